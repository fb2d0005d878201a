package uk.scrutiny.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.scrutiny.period.Frequency;
import uk.scrutiny.period.Period;
import uk.scrutiny.validation.Problem;
import uk.scrutiny.validation.Problems;

/** Issue 8, point 9: catalogue and targets changes are checked against what is stored. */
class CatalogueChangeTest {
    private static Indicator neet(Frequency frequency, Unit unit) {
        return new Indicator(
                "NEET",
                "16-17 year olds NEET",
                "P8",
                "Young people in learning",
                "Ready for work",
                Polarity.LOWER,
                unit,
                frequency,
                45,
                List.of("careers-service"));
    }

    private static final Indicator SEND = new Indicator(
            "SEND-DEST",
            "SEND destinations",
            "P10",
            "SEND",
            "Ready for work",
            Polarity.HIGHER,
            Unit.PERCENT,
            Frequency.ACADEMIC_YEAR,
            120,
            List.of("schools"));

    private final Problems problems = new Problems();
    private final Problems warnings = new Problems();

    private void change(Catalogue now, Catalogue next, Set<String> withFigures, Targets targets) {
        CatalogueChange.check(now, next, targets, code -> 7, withFigures::contains, problems, warnings);
    }

    @Test
    void changingTheFrequencyOfAnIndicatorWithFiguresIsARowErrorAndTheOldCatalogueStays() {
        // GIVEN NEET is quarterly and has figures stored
        // WHEN a catalogue makes it financial-year
        change(
                Catalogue.of(List.of(neet(Frequency.QUARTERLY, Unit.PERCENT))),
                Catalogue.of(List.of(neet(Frequency.FINANCIAL_YEAR, Unit.PERCENT))),
                Set.of("NEET"),
                Targets.none());
        // THEN its row is an error naming both frequencies and what to do
        assertEquals(
                List.of(new Problem(
                        7,
                        "frequency",
                        "The frequency of NEET cannot change from 'quarterly' to 'financial-year': figures are already"
                                + " stored for it as 'quarterly'. Keep 'quarterly', or give the new measure a new"
                                + " indicator code.")),
                problems.listed());
    }

    @Test
    void changingTheUnitOfAnIndicatorWithFiguresIsARowError() {
        change(
                Catalogue.of(List.of(neet(Frequency.QUARTERLY, Unit.PERCENT))),
                Catalogue.of(List.of(neet(Frequency.QUARTERLY, Unit.COUNT))),
                Set.of("NEET"),
                Targets.none());
        assertEquals(1, problems.total());
        assertEquals("unit", problems.listed().get(0).column());
    }

    @Test
    void anIndicatorWithNoFiguresMayChangeFreely() {
        change(
                Catalogue.of(List.of(neet(Frequency.QUARTERLY, Unit.PERCENT))),
                Catalogue.of(List.of(neet(Frequency.MONTHLY, Unit.COUNT))),
                Set.of(),
                Targets.none());
        assertTrue(problems.isEmpty());
    }

    @Test
    void removingAnIndicatorWithFiguresOrTargetsIsAllowedWithAWarning() {
        // GIVEN NEET has figures and SEND-DEST has a target only
        Targets targets = Targets.of(List.of(
                new Target("SEND-DEST", Period.parse(Frequency.ACADEMIC_YEAR, "2025/26"), new BigDecimal("75"), null)));
        // WHEN a catalogue drops both
        change(
                Catalogue.of(List.of(neet(Frequency.QUARTERLY, Unit.PERCENT), SEND)),
                Catalogue.of(List.of(new Indicator(
                        "ATT-PRI",
                        "Attendance",
                        "P2",
                        "Attendance",
                        "Learning",
                        Polarity.HIGHER,
                        Unit.PERCENT,
                        Frequency.ACADEMIC_YEAR,
                        60,
                        List.of("schools")))),
                Set.of("NEET"),
                targets);
        // THEN it is accepted, and each removal is a warning saying what is kept and what happens
        assertTrue(problems.isEmpty());
        assertEquals(2, warnings.total());
        assertEquals(
                "Indicator NEET (16-17 year olds NEET) is no longer in the catalogue. Its stored figures are kept but"
                        + " no longer published, and its page is removed from the dashboard at the next publish. To"
                        + " bring it back, add it to the catalogue again.",
                warnings.listed().get(0).message());
        assertTrue(warnings.listed().get(1).message().contains("Its stored targets are kept"));
    }

    @Test
    void aTargetsFileThatLeavesOutATargetInForceWarnsOfItsRemoval() {
        Target kept = new Target("NEET", Period.parse(Frequency.QUARTERLY, "2026/27 Q1"), new BigDecimal("4.0"), null);
        Target dropped =
                new Target("NEET", Period.parse(Frequency.QUARTERLY, "2026/27 Q2"), new BigDecimal("4.50"), null);
        CatalogueChange.removedTargets(Targets.of(List.of(kept, dropped)), Targets.of(List.of(kept)), warnings);
        assertEquals(
                List.of("The target of 4.5 for NEET in 2026/27 Q2 is not in this file, so it is removed."),
                warnings.listed().stream().map(Problem::message).toList());
    }
}
