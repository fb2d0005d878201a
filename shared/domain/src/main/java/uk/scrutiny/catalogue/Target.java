package uk.scrutiny.catalogue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import uk.scrutiny.period.Period;

/**
 * The value an indicator aims for in one period, and how far it may miss before it turns from
 * amber to red. A blank tolerance in the targets file means 5% of the target.
 *
 * @param amberTolerance in the indicator's own units, or null for the default
 */
public record Target(String indicatorCode, Period period, BigDecimal target, BigDecimal amberTolerance) {
    private static final BigDecimal DEFAULT_SHARE = new BigDecimal("0.05");

    /** The tolerance in force: the one given, or 5% of the target. */
    public BigDecimal tolerance() {
        if (amberTolerance != null) {
            return amberTolerance;
        }
        return target.abs()
                .multiply(DEFAULT_SHARE)
                .setScale(Math.max(target.scale(), 2) + 2, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }

    public boolean hasDefaultTolerance() {
        return amberTolerance == null;
    }
}
