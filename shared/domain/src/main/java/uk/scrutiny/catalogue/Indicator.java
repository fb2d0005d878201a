package uk.scrutiny.catalogue;

import java.util.List;
import uk.scrutiny.period.Frequency;

/**
 * One performance indicator in the catalogue: what it measures, which improvement priority and
 * outcome it serves, which way is good, how often it is reported and who may report it.
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
        List<String> providers) {

    public Indicator {
        providers = List.copyOf(providers);
    }

    public boolean acceptsFrom(String provider) {
        return providers.contains(provider);
    }
}
