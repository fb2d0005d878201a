package uk.scrutiny.rating;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a rating run is relative to: the day it judges lateness on, whose figures are rated, what
 * they are compared with, and when the run happened (stamped on the output, never used in a rule).
 */
public record RatingContext(LocalDate asOf, String homeArea, String benchmarkArea, Instant generatedAt) {
    public RatingContext {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(homeArea, "homeArea");
        Objects.requireNonNull(benchmarkArea, "benchmarkArea");
        Objects.requireNonNull(generatedAt, "generatedAt");
    }
}
