package uk.scrutiny.rating;

/**
 * How the home area's figure compares with the benchmark's, allowing for chance. Better and worse
 * need a polarity; without one the comparison is only higher or lower.
 */
public enum Comparison {
    BETTER,
    SIMILAR,
    WORSE,
    HIGHER,
    LOWER,
    NOT_COMPARED
}
