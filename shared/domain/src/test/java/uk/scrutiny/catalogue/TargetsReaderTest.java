package uk.scrutiny.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.scrutiny.catalogue.ProblemAssertions.assertMessage;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import uk.scrutiny.period.Frequency;
import uk.scrutiny.period.Period;
import uk.scrutiny.validation.Problem;
import uk.scrutiny.validation.Problems;

class TargetsReaderTest {

    static final String CATALOGUE = """
            code,title,priority_code,priority_title,outcome,polarity,unit,frequency,due_days,providers
            CLA-RATE,Children looked after per 10000,P01,Safe families,Safe,lower,per 10000,quarterly,45,social-care
            CLA-NUM,Number of children looked after,P01,Safe families,Safe,none,count,monthly,30,social-care
            KS2-RWM,% good achievement at KS2,P03,Achievement,Learning,higher,percent,academic-year,120,schools
            TEEN-CONC,Under-18 conception rate per 1000,P09,Sexual health,Healthy,lower,per 1000,calendar-year,450,nhs-public-health
            ASSESS-45,% assessments in 45 working days,P02,Protected,Safe,higher,percent,monthly,30,social-care
            """;
    static final String HEADER = "indicator_code,period,target,amber_tolerance\n";

    private final Problems problems = new Problems();
    private final TargetsReader reader = new TargetsReader(catalogue());

    static Catalogue catalogue() {
        Problems p = new Problems();
        Catalogue c =
                new CatalogueReader().read(new ByteArrayInputStream(CATALOGUE.getBytes(StandardCharsets.UTF_8)), p);
        assertTrue(p.isEmpty(), p.listed()::toString);
        return c;
    }

    private Targets read(String csv) {
        return reader.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), problems);
    }

    private Problem at(long line, String column) {
        return ProblemAssertions.at(problems, line, column);
    }

    private String summary() {
        return ProblemAssertions.summary(problems);
    }

    @Test
    void validTargetsAreReadAndFoundByIndicatorAndPeriod() {
        Targets t = read(HEADER + """
                CLA-RATE,2025/26 Q1,74.0,1.5
                CLA-RATE,2025/26 Q2,74.0,
                KS2-RWM,2025/26,62,0
                TEEN-CONC,2024,14.0,0.5
                """);

        assertTrue(problems.isEmpty(), problems.listed()::toString);
        assertEquals(4, t.all().size());
        assertEquals(4, reader.rowsRead());
        Period q1 = Period.parse(Frequency.QUARTERLY, "2025/26 Q1");
        Target target = t.find("CLA-RATE", q1).orElseThrow();
        assertEquals(0, new BigDecimal("74.0").compareTo(target.target()));
        assertEquals(0, new BigDecimal("1.5").compareTo(target.tolerance()));
        assertFalse(target.hasDefaultTolerance());

        Target blank = t.find("CLA-RATE", q1.next()).orElseThrow();
        assertNull(blank.amberTolerance());
        assertTrue(blank.hasDefaultTolerance());
        assertEquals(0, new BigDecimal("3.7").compareTo(blank.tolerance()), "blank = 5% of 74.0");

        assertEquals(
                0,
                BigDecimal.ZERO.compareTo(t.find("KS2-RWM", Period.parse(Frequency.ACADEMIC_YEAR, "2025/26"))
                        .orElseThrow()
                        .tolerance()),
                "an explicit 0 is not the default");
        assertEquals(2, t.forIndicator("CLA-RATE").size());
        assertTrue(t.find("CLA-RATE", q1.previous()).isEmpty());
        assertTrue(t.forIndicator("NEET").isEmpty());
    }

    @Test
    void headerOnlyMeansNoTargets() {
        Targets t = read(HEADER);
        assertTrue(problems.isEmpty(), problems.listed()::toString);
        assertTrue(t.all().isEmpty());
    }

    @Test
    void amberToleranceColumnMayBeLeftOut() {
        Targets t = read("Period,Target,Indicator_Code\n2024,14.0,TEEN-CONC\n");
        assertTrue(problems.isEmpty(), problems.listed()::toString);
        assertEquals(0, new BigDecimal("0.7").compareTo(t.all().get(0).tolerance()));
    }

    @Test
    void unknownIndicator() {
        Targets t = read(HEADER + "CLA-RATE,2025/26 Q1,74.0,1.5\nNI117,2025/26,4.0,\n");
        assertMessage(at(3, "indicator_code"), "Unknown indicator code 'NI117'");
        assertEquals(1, problems.total(), this::summary);
        assertTrue(t.all().isEmpty(), "a targets file with any error is rejected whole");
    }

    @Test
    void polarityNoneIndicatorCannotHaveATarget() {
        Targets t = read(HEADER + "CLA-NUM,2025-06,1400,\n");
        Problem p = at(2, "indicator_code");
        assertMessage(p, "'CLA-NUM'", "polarity none");
        assertEquals(1, problems.total(), this::summary);
        assertTrue(t.all().isEmpty());
    }

    @Test
    void badPeriods() {
        read(HEADER + """
                CLA-RATE,2025/26 Q5,74.0,
                KS2-RWM,2025/27,62,
                TEEN-CONC,2024/25,14.0,
                CLA-RATE,,74.0,
                CLA-RATE,2025/27,74.0,
                ASSESS-45,2026,90.0,
                """);
        assertMessage(at(2, "period"), "'2025/26 Q5'", "no quarter 5", "whole financial year, such as 2026/27");
        assertMessage(at(3, "period"), "'2025/27'", "2025/26");
        assertMessage(at(4, "period"), "'2024/25'", "2007");
        assertMessage(at(5, "period"), "period is empty");
        // A quarterly indicator's "2025/27" was meant as a financial year: what is wrong with it as one.
        assertMessage(at(6, "period"), "'2025/27' is not a financial year", "2025/26");
        assertMessage(at(7, "period"), "'2026'", "2014-12", "whole financial year, such as 2026/27");
        assertEquals(6, problems.total(), this::summary);
    }

    @Test
    void quarterlyAndMonthlyIndicatorsMayHaveATargetForAFinancialYear() {
        // GIVEN a quarterly indicator with a 2026/27 target and its own Q3 target, and a monthly one with a year's
        Targets t = read(HEADER + """
                CLA-RATE,2026/27,74.0,1.5
                CLA-RATE,2026/27 Q3,75.0,1.5
                CLA-RATE,2027/28,72.0,1.5
                ASSESS-45,2026/27,90.0,3.0
                """);
        // THEN all four are accepted, the year ones as financial years beside the quarter's own
        assertTrue(problems.isEmpty(), problems.listed()::toString);
        assertEquals(4, t.all().size());
        Target year = t.find("CLA-RATE", Period.parse(Frequency.FINANCIAL_YEAR, "2026/27"))
                .orElseThrow();
        assertEquals(Frequency.FINANCIAL_YEAR, year.period().frequency());
        assertTrue(t.find("CLA-RATE", Period.parse(Frequency.QUARTERLY, "2026/27 Q3"))
                .isPresent());
        assertEquals(3, t.forIndicator("CLA-RATE").size());
        assertEquals(
                Frequency.FINANCIAL_YEAR,
                t.forIndicator("ASSESS-45").keySet().iterator().next().frequency());
    }

    @Test
    void aFinancialYearTargetSetTwiceNamesTheFirstLine() {
        read(HEADER + "CLA-RATE,2026/27,74.0,\nCLA-RATE,2026/27 Q1,74.0,\nCLA-RATE, 2026/27 ,73.0,\n");
        assertMessage(at(4, "indicator_code"), "CLA-RATE", "2026/27", "already set on line 2");
        assertEquals(1, problems.total(), this::summary);
    }

    @Test
    void annualIndicatorsTakeOnlyTheirOwnKindOfYear() {
        // An academic-year indicator's "2025/26" is the academic year; a calendar-year one has no split years.
        Targets t = read(HEADER + "KS2-RWM,2025/26,62,\n");
        assertTrue(problems.isEmpty(), problems.listed()::toString);
        assertEquals(Frequency.ACADEMIC_YEAR, t.all().get(0).period().frequency());
        read(HEADER + "TEEN-CONC,2025/26,14.0,\n");
        assertMessage(at(2, "period"), "'2025/26'", "calendar year");
    }

    @Test
    void duplicateTargetNamesTheFirstLine() {
        Targets t = read(HEADER + """
                CLA-RATE,2025/26 Q1,74.0,1.5
                KS2-RWM,2025/26,62,
                CLA-RATE, 2025/26 Q1 ,73.0,
                """);
        assertMessage(at(4, "indicator_code"), "CLA-RATE", "2025/26 Q1", "already set on line 2");
        assertEquals(1, problems.total(), this::summary);
        assertTrue(t.all().isEmpty());
    }

    @Test
    void negativeTargetOrTolerance() {
        read(HEADER + "CLA-RATE,2025/26 Q1,-74.0,\nCLA-RATE,2025/26 Q2,74.0,-1.5\n");
        assertMessage(at(2, "target"), "-74.0", "must not be negative");
        assertMessage(at(3, "amber_tolerance"), "-1.5", "must not be negative");
        assertEquals(2, problems.total(), this::summary);
    }

    @Test
    void nonNumericOrMissingTarget() {
        read(HEADER + "CLA-RATE,2025/26 Q1,seventy,\nCLA-RATE,2025/26 Q2,,\nCLA-RATE,2025/26 Q3,74,1.5%\n");
        assertMessage(at(2, "target"), "'seventy' is not a number");
        assertMessage(at(3, "target"), "target is empty");
        assertMessage(at(4, "amber_tolerance"), "'1.5%' is not a number");
        assertEquals(3, problems.total(), this::summary);
    }

    @Test
    void missingColumnsAndEmptyFile() {
        Targets t = read("indicator_code,period,amber_tolerance\nCLA-RATE,2025/26 Q1,1\n");
        assertMessage(at(1, "target"), "Missing required column 'target'");
        assertTrue(t.all().isEmpty());

        Problems empty = new Problems();
        new TargetsReader(catalogue()).read(new ByteArrayInputStream(new byte[0]), empty);
        assertTrue(empty.listed().get(0).message().contains("The file is empty"), empty.listed()::toString);
    }

    @Test
    void againstAnEmptyCatalogueEveryTargetIsUnknown() {
        Problems p = new Problems();
        new TargetsReader(Catalogue.empty())
                .read(
                        new ByteArrayInputStream(
                                (HEADER + "CLA-RATE,2025/26 Q1,74.0,\n").getBytes(StandardCharsets.UTF_8)),
                        p);
        assertEquals(1, p.total());
        assertEquals("indicator_code", p.listed().get(0).column());
    }

    // ---- Target.tolerance(): blank = 5% of the target

    @Test
    void defaultToleranceIsFivePercentOfTheTarget() {
        Period p = Period.parse(Frequency.CALENDAR_YEAR, "2024");
        assertTolerance("3.7", new Target("X", p, new BigDecimal("74.0"), null));
        assertTolerance("5", new Target("X", p, new BigDecimal("100"), null));
        assertTolerance("0.61725", new Target("X", p, new BigDecimal("12.345"), null));
        assertTolerance("0.0005", new Target("X", p, new BigDecimal("0.01"), null));
        assertTolerance("0", new Target("X", p, BigDecimal.ZERO, null));
        assertTolerance("2.25", new Target("X", p, new BigDecimal("45"), null));
        assertTolerance("1.5", new Target("X", p, new BigDecimal("74.0"), new BigDecimal("1.5")));
    }

    private static void assertTolerance(String expected, Target t) {
        assertEquals(
                0,
                new BigDecimal(expected).compareTo(t.tolerance()),
                () -> "tolerance of " + t.target() + " was " + t.tolerance());
    }
}
