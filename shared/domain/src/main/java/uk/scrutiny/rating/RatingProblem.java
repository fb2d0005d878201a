package uk.scrutiny.rating;

/**
 * An indicator that could not be rated this run, with why in plain English. It is listed apart
 * so that one indicator's bad data never stops the others from being rated and published.
 */
public record RatingProblem(String code, String title, String message) {}
