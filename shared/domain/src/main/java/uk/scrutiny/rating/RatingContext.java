package uk.scrutiny.rating;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import uk.scrutiny.areas.Area;
import uk.scrutiny.areas.AreaList;

/**
 * What a rating run is relative to: the day it judges lateness on, whose figures are rated, what
 * they are compared with, and when the run happened (stamped on the output, never used in a rule).
 *
 * @param areas                the areas file in force ({@link AreaList#none()} without one): names, kinds, groups
 * @param suppressionThreshold sub-area numerators (or counts) from 1 to this less one are never published
 */
public record RatingContext(
        LocalDate asOf,
        String homeArea,
        String benchmarkArea,
        Instant generatedAt,
        AreaList areas,
        int suppressionThreshold) {
    public RatingContext {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(homeArea, "homeArea");
        Objects.requireNonNull(benchmarkArea, "benchmarkArea");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(areas, "areas");
        if (suppressionThreshold < 1) {
            throw new IllegalArgumentException("The suppression threshold must be 1 or more: " + suppressionThreshold);
        }
    }

    /** Without an areas file: the default threshold, names from {@link Areas}. */
    public RatingContext(LocalDate asOf, String homeArea, String benchmarkArea, Instant generatedAt) {
        this(asOf, homeArea, benchmarkArea, generatedAt, AreaList.none(), Disclosure.DEFAULT_THRESHOLD);
    }

    /** The name shown for an area: the areas file's, else a known default, else the code itself. */
    public String areaName(String code) {
        return areas.find(code).map(Area::name).orElseGet(() -> Areas.name(code));
    }
}
