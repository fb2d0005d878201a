package uk.scrutiny.rating;

/** The traffic light of an improvement priority or outcome: its worst rated indicator, or none. */
public enum RollupRag {
    RED,
    AMBER,
    GREEN,
    UNRATED
}
