package uk.scrutiny.rating;

/** An indicator's traffic light against its target, or why it has none. */
public enum Rag {
    GREEN,
    AMBER,
    RED,
    NO_TARGET,
    NO_DATA
}
