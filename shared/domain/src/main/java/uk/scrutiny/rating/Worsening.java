package uk.scrutiny.rating;

/** An indicator whose figure got significantly worse, and how. */
public record Worsening(IndicatorRating indicator, String reason) {}
