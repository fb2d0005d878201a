package uk.scrutiny.catalogue;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import uk.scrutiny.validation.Problem;
import uk.scrutiny.validation.Problems;

/**
 * What a new catalogue changes about the one in force, checked against what is stored. Figures
 * are stored in the frequency and unit they were returned in, so changing either for an indicator
 * that has figures would make them unreadable: that is refused. Removing an indicator is allowed,
 * with a warning, because its figures and targets are kept and it can be put back.
 */
public final class CatalogueChange {
    private CatalogueChange() {}

    /**
     * @param lineOf     the line each indicator of the new catalogue is on
     * @param hasFigures whether any figure is stored for an indicator code
     */
    public static void check(
            Catalogue current,
            Catalogue proposed,
            Targets targets,
            ToLongFunction<String> lineOf,
            Predicate<String> hasFigures,
            Problems problems,
            Problems warnings) {
        for (Indicator now : current.indicators()) {
            Indicator next = proposed.find(now.code()).orElse(null);
            if (next == null) {
                boolean figures = hasFigures.test(now.code());
                boolean hasTargets = !targets.forIndicator(now.code()).isEmpty();
                if (figures || hasTargets) {
                    warnings.add(Problem.ofFile("Indicator " + now.code() + " (" + now.title() + ") is no longer in the"
                            + " catalogue. Its stored " + what(figures, hasTargets) + " are kept but no longer"
                            + " published, and its page is removed from the dashboard at the next publish. To bring"
                            + " it back, add it to the catalogue again."));
                }
                continue;
            }
            if (now.frequency() == next.frequency() && now.unit().equals(next.unit())) {
                continue;
            }
            if (!hasFigures.test(now.code())) {
                continue;
            }
            long line = lineOf.applyAsLong(now.code());
            if (now.frequency() != next.frequency()) {
                problems.add(
                        line,
                        "frequency",
                        "The frequency of " + now.code() + " cannot change from '"
                                + now.frequency().text()
                                + "' to '" + next.frequency().text() + "': figures are already stored for it as '"
                                + now.frequency().text() + "'. Keep '"
                                + now.frequency().text()
                                + "', or give the new measure a new indicator code.");
            }
            if (!now.unit().equals(next.unit())) {
                problems.add(
                        line,
                        "unit",
                        "The unit of " + now.code() + " cannot change from '"
                                + now.unit().text() + "' to '"
                                + next.unit().text() + "': figures are already stored for it in '"
                                + now.unit().text() + "'. Keep '" + now.unit().text()
                                + "', or give the new measure a new indicator code.");
            }
        }
    }

    /** Targets in force that a new targets file leaves out: each is a warning, since the file replaces them all. */
    public static void removedTargets(Targets current, Targets proposed, Problems warnings) {
        Map<String, Target> kept = new TreeMap<>();
        proposed.all().forEach(t -> kept.put(key(t), t));
        Set<String> seen = new java.util.HashSet<>();
        for (Target t : current.all()) {
            if (!kept.containsKey(key(t)) && seen.add(key(t))) {
                warnings.add(Problem.ofFile(
                        "The target of " + t.target().stripTrailingZeros().toPlainString() + " for " + t.indicatorCode()
                                + " in " + t.period().text() + " is not in this file, so it is removed."));
            }
        }
    }

    private static String key(Target t) {
        return t.indicatorCode() + "\u0000" + t.period().frequency().text() + "\u0000"
                + t.period().text();
    }

    private static String what(boolean figures, boolean targets) {
        return figures && targets ? "figures and targets" : figures ? "figures" : "targets";
    }
}
