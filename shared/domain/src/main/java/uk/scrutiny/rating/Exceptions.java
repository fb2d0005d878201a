package uk.scrutiny.rating;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * What a board reads first when it reports by exception: red then amber indicators, late returns
 * (longest overdue first), and figures that got significantly worse.
 */
public record Exceptions(List<IndicatorRating> offTarget, List<IndicatorRating> overdue, List<Worsening> worsening) {

    public Exceptions {
        offTarget = List.copyOf(offTarget);
        overdue = List.copyOf(overdue);
        worsening = List.copyOf(worsening);
    }

    /** @param indicators in catalogue order; ties keep it */
    public static Exceptions of(List<IndicatorRating> indicators) {
        return of(indicators, IndicatorRating::rag);
    }

    /**
     * @param headline the rating each indicator is listed by: red then amber by headline rating (the
     *                 judged one when the performance team has judged it), not the computed one
     */
    public static Exceptions of(List<IndicatorRating> indicators, Function<IndicatorRating, Rag> headline) {
        List<IndicatorRating> offTarget = new ArrayList<>();
        indicators.stream().filter(r -> headline.apply(r) == Rag.RED).forEach(offTarget::add);
        indicators.stream().filter(r -> headline.apply(r) == Rag.AMBER).forEach(offTarget::add);

        List<IndicatorRating> overdue = indicators.stream()
                .filter(IndicatorRating::overdue)
                .sorted(Comparator.comparingLong((IndicatorRating r) -> r.due().daysOverdue())
                        .reversed())
                .toList();

        List<Worsening> worsening = new ArrayList<>();
        for (IndicatorRating r : indicators) {
            String reason = worseningReason(r);
            if (reason != null) {
                worsening.add(new Worsening(r, reason));
            }
        }
        return new Exceptions(offTarget, overdue, worsening);
    }

    /** Why the indicator is listed as significantly worse, or null when it is not. */
    public static String worseningReason(IndicatorRating r) {
        Latest latest = r.latest();
        if (latest == null) {
            return null;
        }
        List<String> reasons = new ArrayList<>();
        if (latest.sincePrevious().isSignificantlyWorse()) {
            reasons.add(latest.sincePrevious().reason());
        }
        if (latest.sinceYearEarlier() != null && latest.sinceYearEarlier().isSignificantlyWorse()) {
            reasons.add(latest.sinceYearEarlier().reason());
        }
        return reasons.isEmpty() ? null : String.join(" ", reasons);
    }
}
