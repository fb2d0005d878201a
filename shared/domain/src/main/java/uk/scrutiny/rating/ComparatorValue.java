package uk.scrutiny.rating;

import java.math.BigDecimal;
import uk.scrutiny.period.Period;

/**
 * Another area's figure shown beside the benchmark: for the home figure's period where it has
 * one, otherwise its own latest, which is why the period is carried with it.
 */
public record ComparatorValue(String area, Period period, BigDecimal value, boolean samePeriod) {}
