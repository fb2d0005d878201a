package uk.scrutiny.local.crac;

/** A set of resources notified together, as CRaC's contexts are. */
public abstract class Context<R extends Resource> implements Resource {
    public abstract void register(R resource);
}
