package uk.scrutiny.catalogue;

import java.util.List;
import uk.scrutiny.period.Frequency;

/**
 * One performance indicator in the catalogue: what it measures, which improvement priority and
 * outcome it serves, which way is good, how often it is reported and who may report it, and what
 * it is ({@link About}: definition, source, methodology, owner; each null when not given).
 */
public record Indicator(
        String code,
        String title,
        String priorityCode,
        String priorityTitle,
        String outcome,
        Polarity polarity,
        Unit unit,
        Frequency frequency,
        int dueDays,
        List<String> providers,
        About about) {

    public Indicator {
        providers = List.copyOf(providers);
        about = about == null ? About.NONE : about;
    }

    /** Without the optional description columns. */
    public Indicator(
            String code,
            String title,
            String priorityCode,
            String priorityTitle,
            String outcome,
            Polarity polarity,
            Unit unit,
            Frequency frequency,
            int dueDays,
            List<String> providers) {
        this(code, title, priorityCode, priorityTitle, outcome, polarity, unit, frequency, dueDays, providers, null);
    }

    public boolean acceptsFrom(String provider) {
        return providers.contains(provider);
    }
}
