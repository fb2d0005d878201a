package uk.scrutiny.rating;

import uk.scrutiny.catalogue.Target;
import uk.scrutiny.returns.ReportedValue;

/**
 * One figure in a chart's series.
 *
 * @param interval null without a numerator and denominator (or for plain numbers)
 * @param target   null for other areas, and for home periods without a target
 * @param rag      the home figure against its target; null for other areas
 */
public record SeriesPoint(ReportedValue reported, ConfidenceInterval interval, Target target, Rag rag) {}
