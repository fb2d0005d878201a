package uk.scrutiny.rating;

import uk.scrutiny.catalogue.Target;
import uk.scrutiny.returns.ReportedValue;

/**
 * One figure in a chart's series.
 *
 * @param interval null without a numerator and denominator (or for plain numbers)
 * @param target   the home period's target in force (its own, or its financial year's: the target's
 *                 period says which); null for other areas, and for home periods without one
 * @param rag      the home figure against its target; null for other areas
 */
public record SeriesPoint(ReportedValue reported, ConfidenceInterval interval, Target target, Rag rag) {}
