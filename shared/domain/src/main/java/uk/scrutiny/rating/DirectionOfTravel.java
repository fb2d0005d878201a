package uk.scrutiny.rating;

/**
 * Which way a figure moved since an earlier period. Improving and worsening need a polarity;
 * without one a board is only told whether it went up or down.
 */
public enum DirectionOfTravel {
    IMPROVING,
    WORSENING,
    NO_CHANGE,
    INCREASING,
    DECREASING,
    NOT_COMPARABLE
}
