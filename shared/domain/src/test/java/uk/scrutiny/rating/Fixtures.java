package uk.scrutiny.rating;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import uk.scrutiny.catalogue.Indicator;
import uk.scrutiny.catalogue.Polarity;
import uk.scrutiny.catalogue.Target;
import uk.scrutiny.catalogue.Unit;
import uk.scrutiny.period.Frequency;
import uk.scrutiny.period.Period;
import uk.scrutiny.returns.ReportedValue;

/** Small builders so each test states only the figures that matter to it. */
public final class Fixtures {
    public static final String LEEDS = "E08000035";
    public static final String ENGLAND = "E92000001";
    public static final String YORKSHIRE = "E12000003";
    public static final String STAT_NEIGHBOURS = "STAT-NEIGHBOURS";
    public static final String CORE_CITIES = "CORE-CITIES";
    public static final Instant RECEIVED = Instant.parse("2024-01-15T09:00:00Z");

    private Fixtures() {}

    public static BigDecimal d(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    public static Indicator indicator(String code, Polarity polarity, Unit unit, Frequency frequency) {
        return new Indicator(
                code,
                code + " title",
                "P1",
                "Priority one",
                "Outcome one",
                polarity,
                unit,
                frequency,
                45,
                List.of("provider"));
    }

    public static Indicator indicator(
            String code,
            String priority,
            String outcome,
            Polarity polarity,
            Unit unit,
            Frequency frequency,
            int dueDays,
            String title,
            String priorityTitle) {
        return new Indicator(
                code, title, priority, priorityTitle, outcome, polarity, unit, frequency, dueDays, List.of("provider"));
    }

    public static Period period(Frequency frequency, String text) {
        return Period.parse(frequency, text);
    }

    public static ReportedValue value(Indicator indicator, String area, String period, String value) {
        return value(indicator, area, period, value, null, null);
    }

    public static ReportedValue value(
            Indicator indicator, String area, String period, String value, String numerator, String denominator) {
        return new ReportedValue(
                indicator.code(),
                area,
                period(indicator.frequency(), period),
                d(value),
                d(numerator),
                d(denominator),
                null,
                "provider",
                "returns/" + indicator.code() + ".csv",
                RECEIVED,
                1);
    }

    public static Target target(Indicator indicator, String period, String target, String tolerance) {
        return new Target(indicator.code(), period(indicator.frequency(), period), d(target), d(tolerance));
    }
}
