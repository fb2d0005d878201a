package uk.scrutiny.local.crac;

/** What the org.crac facade registers here: a proxy of each resource registered with it. */
public interface Resource {
    void beforeCheckpoint(Context<? extends Resource> context) throws Exception;

    void afterRestore(Context<? extends Resource> context) throws Exception;
}
