package uk.scrutiny.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.scrutiny.catalogue.Catalogue;
import uk.scrutiny.catalogue.CatalogueReader;
import uk.scrutiny.period.Frequency;
import uk.scrutiny.period.Period;
import uk.scrutiny.validation.Problem;
import uk.scrutiny.validation.Problems;

/**
 * GIVEN a catalogue (a slice of the Leeds demo catalogue) and a provider, WHEN a return is read,
 * THEN every problem is reported with its line, column and a plain-English message, and only good
 * rows are handed on.
 */
class ReturnReaderTest {

    static final String CATALOGUE = """
            code,title,priority_code,priority_title,outcome,polarity,unit,frequency,due_days,providers
            CLA-RATE,"Children looked after per 10,000 children aged under 18",P01,Safe families,Safe,lower,per 10000,quarterly,45,social-care
            CLA-NUM,Number of children looked after,P01,Safe families,Safe,none,count,monthly,30,social-care
            ASSESS-45,% of assessments completed within 45 working days,P02,Vulnerable protected,Safe,higher,percent,monthly,30,social-care
            CL-EET,"% of care leavers aged 19-21 in education, employment or training",P04,Participation,Learning,higher,percent,financial-year,90,social-care;careers-service
            NEET,% of young people aged 16-17 NEET,P04,Participation,Learning,lower,percent,quarterly,45,careers-service
            NEET-NK,% of young people aged 16-17 whose activity is not known,P04,Participation,Learning,lower,percent,quarterly,45,careers-service
            KS2-RWM,% with good achievement at the end of primary school,P03,Achievement,Learning,higher,percent,academic-year,120,schools
            GLD,% achieving a good level of development,P06,Best start,Learning,higher,percent,academic-year,120,schools
            EXCL-PERM,Number of permanent exclusions from school,P07,Attendance,Learning,lower,count,academic-year,120,schools
            CLASS-SIZE,Average primary class size,P07,Attendance,Learning,none,number,academic-year,120,schools
            TEEN-CONC,"Under-18 conception rate per 1,000 females aged 15-17",P09,Sexual health,Healthy,lower,per 1000,calendar-year,450,nhs-public-health
            ALC-U18,"Under-18 alcohol admissions per 100,000 aged under 18",P10,Misuse,Healthy,lower,per 100000,financial-year,120,nhs-public-health
            OBESITY-Y6,% of children in Year 6 living with obesity,P08,Healthy eating,Healthy,lower,percent,academic-year,120,nhs-public-health
            """;

    static final String HEADER = "indicator_code,period,area_code,value,numerator,denominator,note\n";

    /** When the test returns were uploaded: the demo's "now". */
    static final Instant UPLOADED = Instant.parse("2026-11-25T10:00:00Z");

    static Catalogue catalogue() {
        Problems problems = new Problems();
        Catalogue c = new CatalogueReader().read(bytes(CATALOGUE), problems);
        assertTrue(problems.isEmpty(), () -> "test catalogue is valid: " + problems.listed());
        return c;
    }

    static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    record Result(long rows, Problems problems, List<Observation> accepted) {
        Problem only() {
            assertEquals(1, problems.total(), () -> "exactly one problem expected: " + problems.listed());
            return problems.listed().get(0);
        }

        Problem at(long line, String column) {
            return problems.listed().stream()
                    .filter(p -> p.line() == line && p.column().equals(column))
                    .findFirst()
                    .orElseGet(() ->
                            fail("no problem at line " + line + " column '" + column + "' in " + problems.listed()));
        }

        Observation observation(long line) {
            return accepted.stream()
                    .filter(o -> o.line() == line)
                    .findFirst()
                    .orElseGet(() -> fail("line " + line + " not accepted; problems " + problems.listed()));
        }

        String summary() {
            return problems.listed().stream()
                    .map(p -> p.line() + ":" + p.column())
                    .collect(Collectors.joining(" "));
        }
    }

    static Result read(String provider, String csv) {
        return read(provider, csv.getBytes(StandardCharsets.UTF_8));
    }

    static Result read(String provider, byte[] file) {
        Problems problems = new Problems();
        List<Observation> accepted = new ArrayList<>();
        long rows = new ReturnReader(catalogue(), provider, UPLOADED)
                .read(new ByteArrayInputStream(file), problems, accepted::add);
        return new Result(rows, problems, accepted);
    }

    static void assertMessage(Problem p, String... fragments) {
        for (String f : fragments) {
            assertTrue(p.message().contains(f), () -> "message should contain '" + f + "': " + p.message());
        }
    }

    static BigDecimal n(String s) {
        return new BigDecimal(s);
    }

    static void assertNumber(String expected, BigDecimal actual) {
        assertTrue(
                actual != null && n(expected).compareTo(actual) == 0,
                () -> "expected " + expected + " but was " + actual);
    }

    // ======================================================================= accepted files

    @Test
    void aValidReturnIsAcceptedRowByRow() {
        // GIVEN two NEET figures from careers-service, one with numerator and denominator
        Result r = read("careers-service", HEADER + """
                NEET,2025/26 Q2,E08000035,4.1,780,18960,  Provisional: checked by the team\s\s
                NEET,2025/26 Q2,E92000001,2.7,,,
                """);

        // THEN both rows are accepted, with no problem
        assertTrue(r.problems().isEmpty(), r.problems().listed()::toString);
        assertEquals(2, r.rows());
        assertEquals(2, r.accepted().size());
        Observation leeds = r.observation(2);
        assertEquals("NEET", leeds.indicatorCode());
        assertEquals(Period.parse(Frequency.QUARTERLY, "2025/26 Q2"), leeds.period());
        assertEquals("E08000035", leeds.areaCode());
        assertNumber("4.113924", leeds.value());
        assertNumber("780", leeds.numerator());
        assertNumber("18960", leeds.denominator());
        assertEquals("Provisional: checked by the team", leeds.note());
        assertEquals("NEET|2025/26 Q2|E08000035", leeds.identity());
        Observation england = r.observation(3);
        assertNumber("2.7", england.value());
        assertNull(england.numerator());
        assertNull(england.denominator());
        assertNull(england.note(), "a blank note is stored as none");
    }

    @Test
    void excelStyleFileIsAccepted_bomCrlfUpperCaseHeadersAnyOrderQuotedNoteAndTrailingBlankLines() {
        // GIVEN events/bad/returns/nhs-public-health/12-accepted-edge-cases.csv, byte for byte
        String text = "\uFEFFNOTE,AREA_CODE,PERIOD,INDICATOR_CODE,DENOMINATOR,NUMERATOR,VALUE\r\n"
                + "\"Leeds Teaching Hospitals admissions, \"\"alcohol-specific\"\" as OHID defines it;\n"
                + "see the covering email for the code list\",E08000035,2020/21,ALC-U18,187500,49,26.1\r\n"
                + ",E92000001,2020/21,ALC-U18,,,25.9\r\n"
                + ",E12000003,2020/21,ALC-U18,,,31.0\r\n"
                + "\r\n"
                + "\r\n";

        Result r = read("nhs-public-health", text);

        assertTrue(r.problems().isEmpty(), r.problems().listed()::toString);
        assertEquals(3, r.accepted().size());
        Observation leeds = r.observation(2);
        assertEquals(
                "Leeds Teaching Hospitals admissions, \"alcohol-specific\" as OHID defines it;\n"
                        + "see the covering email for the code list",
                leeds.note());
        assertNumber("26.133333", leeds.value());
        assertEquals(
                List.of(2L, 4L, 5L),
                r.accepted().stream().map(Observation::line).toList(),
                "the row after the two-line note starts on line 4");
        assertNumber("31.0", r.observation(5).value());
    }

    @Test
    void headerNamesAreCaseInsensitiveInAnyOrderAndOptionalColumnsMayBeLeftOut() {
        Result r = read("schools", """
                Value,Area_Code,PERIOD,indicator_code
                61.2,E08000035,2025/26,KS2-RWM
                """);
        assertTrue(r.problems().isEmpty(), r.problems().listed()::toString);
        assertNumber("61.2", r.observation(2).value());
    }

    @Test
    void blankValueIsComputedFromNumeratorAndDenominator_percentRateAndNumber() {
        Result social = read("social-care", HEADER + """
                CLA-RATE,2025/26 Q1,E08000035,,1427,190400,
                ASSESS-45,2014-12,E08000035,,711,809,
                """);
        assertTrue(social.problems().isEmpty(), social.problems().listed()::toString);
        assertNumber("74.947479", social.observation(2).value()); // 1427 / 190400 x 10000
        assertNumber("87.886279", social.observation(3).value()); // 711 / 809 x 100

        Result health = read("nhs-public-health", HEADER + """
                TEEN-CONC,2024,E08000035,,207,14420,
                ALC-U18,2024/25,E08000035,,44,189600,
                """);
        assertTrue(health.problems().isEmpty(), health.problems().listed()::toString);
        assertNumber("14.355062", health.observation(2).value()); // 207 / 14420 x 1000
        assertNumber("23.206751", health.observation(3).value()); // 44 / 189600 x 100000

        Result schools = read("schools", HEADER + "CLASS-SIZE,2024/25,E08000035,,5320,200,\n");
        assertTrue(schools.problems().isEmpty(), schools.problems().listed()::toString);
        assertNumber("26.6", schools.observation(2).value()); // a number: x 1
    }

    @Test
    void whenAllThreeAgreeWithin005TheComputedValueIsStored() {
        // GIVEN 61.2 against 6179 / 10097 x 100 = 61.196395 (and two values exactly 0.05 away)
        Result r = read("schools", HEADER + """
                KS2-RWM,2025/26,E08000035,61.2,6179,10097,
                KS2-RWM,2024/25,E08000035,50.05,1,2,
                KS2-RWM,2023/24,E08000035,49.95,1,2,
                """);

        assertTrue(r.problems().isEmpty(), r.problems().listed()::toString);
        assertNumber("61.196395", r.observation(2).value());
        assertNumber("50", r.observation(3).value());
        assertNumber("50", r.observation(4).value());
    }

    @Test
    void aCountNeedsNoDenominatorAndMayGiveItsValueAsTheNumerator() {
        Result r = read("schools", HEADER + """
                EXCL-PERM,2024/25,E08000035,31,,,
                EXCL-PERM,2023/24,E08000035,,28,,
                EXCL-PERM,2022/23,E08000035,19,19,,
                """);
        assertTrue(r.problems().isEmpty(), r.problems().listed()::toString);
        assertNumber("31", r.observation(2).value());
        assertNumber("28", r.observation(3).value());
        assertNumber("19", r.observation(4).value());
    }

    @Test
    void zeroIsAValidFigure() {
        Result r = read("schools", HEADER + """
                EXCL-PERM,2024/25,E08000035,0,,,
                KS2-RWM,2024/25,E08000035,,0,10,
                """);
        assertTrue(r.problems().isEmpty(), r.problems().listed()::toString);
        assertNumber("0", r.observation(2).value());
        assertNumber("0", r.observation(3).value());
    }

    @Test
    void comparatorGroupAreaCodesAreAccepted() {
        Result r = read("careers-service", HEADER + """
                NEET,2025/26 Q2,STAT-NEIGHBOURS,3.9,,,
                NEET,2025/26 Q2,E12000003,3.5,,,
                """);
        assertTrue(r.problems().isEmpty(), r.problems().listed()::toString);
        assertEquals(2, r.accepted().size());
    }

    @Test
    void aProviderListedSecondForAnIndicatorMaySubmitIt() {
        Result r = read("careers-service", HEADER + "CL-EET,2024/25,E08000035,59.5,348,585,\n");
        assertTrue(r.problems().isEmpty(), r.problems().listed()::toString);
    }

    // ======================================================================= row errors, one rule each

    @Test
    void unknownIndicatorCode() {
        // GIVEN 01-unknown-indicator.csv: NI117 is not in the catalogue; line 3 is fine
        Result r = read("careers-service", HEADER + """
                NI117,2025/26 Q2,E08000035,4.1,780,18960,Old National Indicator code for 16-18 NEET
                NEET,2025/26 Q2,E92000001,2.7,,,
                """);

        Problem p = r.only();
        assertEquals(2, p.line());
        assertEquals("indicator_code", p.column());
        assertMessage(p, "Unknown indicator code 'NI117'", "not in the indicator catalogue");
        assertEquals(List.of(3L), r.accepted().stream().map(Observation::line).toList());
    }

    @Test
    void indicatorCodesAreCaseSensitive() {
        Result r = read("careers-service", HEADER + "neet,2025/26 Q2,E08000035,4.1,,,\n");
        assertMessage(r.at(2, "indicator_code"), "'neet'");
    }

    @Test
    void providerNotListedForTheIndicator() {
        // GIVEN 02-indicator-not-for-provider.csv: CLA-RATE may only come from social-care
        Result r = read(
                "schools",
                HEADER + "CLA-RATE,2026/27 Q2,E08000035,74.9,1427,190400,Sent by the schools team by mistake\n");

        Problem p = r.only();
        assertEquals(2, p.line());
        assertEquals("indicator_code", p.column());
        assertMessage(p, "'schools'", "'CLA-RATE'", "social-care");
        assertTrue(r.accepted().isEmpty());
    }

    @Test
    void malformedPeriodsOnePerRow() {
        // GIVEN 03-malformed-periods.csv
        Result r = read("social-care", HEADER + """
                CL-EET,2008/10,E08000035,59.5,348,585,
                CLA-RATE,2009/10 Q5,E08000035,74.9,1427,190400,
                ASSESS-45,2014-13,E08000035,87.9,711,809,
                """);

        assertEquals(3, r.problems().total(), r::summary);
        assertMessage(r.at(2, "period"), "'2008/10'", "2008/09");
        assertMessage(r.at(3, "period"), "'2009/10 Q5'", "Q1 (April to June) to Q4 (January to March)");
        assertMessage(r.at(4, "period"), "'2014-13'", "01 to 12");
        assertTrue(r.accepted().isEmpty());
    }

    @Test
    void periodOfTheWrongFrequency() {
        Result r = read("nhs-public-health", HEADER + """
                TEEN-CONC,2008/09,E08000035,14.4,,,
                ALC-U18,2024,E08000035,23.2,,,
                """);
        assertEquals(2, r.problems().total(), r::summary);
        assertMessage(r.at(2, "period"), "'2008/09'", "a calendar year such as 2007");
        assertMessage(r.at(3, "period"), "'2024'", "a financial year such as 2008/09");
    }

    @Test
    void nonNumericAndNegativeFigures() {
        // GIVEN 04-non-numeric-and-negative.csv
        Result r = read("nhs-public-health", HEADER + """
                OBESITY-Y6,2024/25,E08000035,twenty-four,,,
                ALC-U18,2025/26,E08000035,-21.5,,,
                TEEN-CONC,2024,E08000035,,2O7,14420,Letter O typed for zero
                ALC-U18,2024/25,E08000035,23.2,44,-189600,
                """);

        assertEquals(4, r.problems().total(), r::summary);
        assertMessage(r.at(2, "value"), "'twenty-four' is not a number");
        assertMessage(r.at(3, "value"), "-21.5", "must not be negative");
        assertMessage(r.at(4, "numerator"), "'2O7' is not a number");
        assertMessage(r.at(5, "denominator"), "-189600", "must not be negative");
        assertTrue(r.accepted().isEmpty());
    }

    @Test
    void spreadsheetFormattedNumbersGetAHint() {
        Result r = read("careers-service", HEADER + """
                NEET,2025/26 Q2,E08000035,4.1%,,,
                NEET,2025/26 Q1,E08000035,4.1,780,"18,960",
                NEET,2024/25 Q4,E08000035,four,,,
                NEET,2024/25 Q3,E08000035,NaN,,,
                NEET,2024/25 Q2,E08000035,4.1.2,,,
                """);
        assertEquals(5, r.problems().total(), r::summary);
        assertMessage(r.at(2, "value"), "'4.1%' is not a number", "without the % sign");
        assertMessage(r.at(3, "denominator"), "'18,960' is not a number", "thousands separators");
        assertMessage(r.at(4, "value"), "'four' is not a number");
        assertMessage(r.at(5, "value"), "'NaN' is not a number");
        assertMessage(r.at(6, "value"), "'4.1.2' is not a number");
    }

    @Test
    void numeratorAboveDenominatorForAPercent() {
        // GIVEN 05-numerator-above-denominator.csv: would compute to 100.8%
        Result r = read("schools", HEADER + "KS2-RWM,2025/26,E08000035,,10179,10097,Numerator mistyped\n");

        Problem p = r.only();
        assertEquals(2, p.line());
        assertEquals("numerator", p.column());
        assertMessage(p, "10179", "10097", "above");
    }

    @Test
    void numeratorAboveDenominatorIsFineForARate() {
        Result r = read("schools", HEADER + "CLASS-SIZE,2024/25,E08000035,,5320,200,\n");
        assertTrue(r.problems().isEmpty(), r.problems().listed()::toString);
    }

    @Test
    void valueDisagreeingWithNumeratorAndDenominator() {
        // GIVEN 06-value-disagrees-with-numerator.csv: 6253 / 9488 x 100 = 65.90, not 68.4; line 3 is within 0.05
        Result r = read("schools", HEADER + """
                GLD,2025/26,E08000035,68.4,6253,9488,Value copied from the wrong column
                KS2-RWM,2025/26,E08000035,61.2,6179,10097,
                """);

        Problem p = r.only();
        assertEquals(2, p.line());
        assertEquals("value", p.column());
        assertMessage(p, "68.4", "6253 / 9488 x 100 = 65.90", "leave value empty");
        assertEquals(List.of(3L), r.accepted().stream().map(Observation::line).toList());
    }

    @Test
    void valueJustOutside005Disagrees() {
        Result r = read("schools", HEADER + "KS2-RWM,2024/25,E08000035,50.051,1,2,\n");
        assertEquals("value", r.only().column());
    }

    @Test
    void rateValueDisagreeingNamesItsMultiplier() {
        Result r = read("social-care", HEADER + "CLA-RATE,2025/26 Q1,E08000035,80,1427,190400,\n");
        assertMessage(r.at(2, "value"), "1427 / 190400 x 10000 = 74.95");
    }

    @Test
    void aCountHasNoDenominator() {
        Result r = read("schools", HEADER + "EXCL-PERM,2024/25,E08000035,31,31,40,\n");
        Problem p = r.only();
        assertEquals("denominator", p.column());
        assertMessage(p, "count has no denominator");
    }

    @Test
    void aCountWhoseNumeratorDiffersFromItsValue() {
        Result r = read("schools", HEADER + "EXCL-PERM,2024/25,E08000035,31,30,,\n");
        Problem p = r.only();
        assertEquals("numerator", p.column());
        assertMessage(p, "30", "31");
    }

    @Test
    void zeroDenominator() {
        Result r = read("schools", HEADER + "KS2-RWM,2024/25,E08000035,,0,0,\n");
        Problem p = r.only();
        assertEquals("denominator", p.column());
        assertMessage(p, "denominator is 0");
    }

    @Test
    void missingCells() {
        // GIVEN 07-missing-cells.csv
        Result r = read("careers-service", HEADER + """
                NEET,2026/27 Q2,,4.6,881,19170,
                NEET-NK,,E08000035,3.1,594,19170,
                NEET,2026/27 Q2,E92000001,,,,
                ,2026/27 Q2,E08000035,3.1,594,19170,
                NEET-NK,2026/27 Q2,E92000001,,594,,
                """);

        assertMessage(r.at(2, "area_code"), "area_code is empty");
        assertMessage(r.at(3, "period"), "period is empty", "2009/10 Q2");
        assertMessage(r.at(4, "value"), "value is empty");
        assertMessage(r.at(5, "indicator_code"), "indicator_code is empty");
        assertMessage(r.at(6, "denominator"), "denominator is empty");
        assertEquals(5, r.problems().total(), r::summary);
        assertTrue(r.accepted().isEmpty());
    }

    @Test
    void denominatorWithoutNumerator() {
        Result r = read("careers-service", HEADER + "NEET,2026/27 Q2,E08000035,4.6,,19170,\n");
        Problem p = r.only();
        assertEquals("numerator", p.column());
        assertMessage(p, "numerator is empty");
    }

    @Test
    void emptyCountValue() {
        Result r = read("schools", HEADER + "EXCL-PERM,2024/25,E08000035,,,,\n");
        assertMessage(r.at(2, "value"), "value is empty");
    }

    @Test
    void badAreaCodes() {
        Result r = read("careers-service", HEADER + """
                NEET,2025/26 Q2,Leeds,4.1,,,
                NEET,2025/26 Q2,e08000035,4.1,,,
                NEET,2025/26 Q2,stat-neighbours,4.1,,,
                """);
        assertEquals(3, r.problems().total(), r::summary);
        assertMessage(r.at(2, "area_code"), "'Leeds' is not an area code", "E08000035");
        r.at(3, "area_code");
        r.at(4, "area_code");
    }

    @Test
    void overlongNote() {
        String note = "x".repeat(2001);
        Result r = read(
                "careers-service",
                HEADER + "NEET,2025/26 Q2,E08000035,4.1,,," + note + "\n" + "NEET,2025/26 Q1,E08000035,4.1,,,"
                        + "y".repeat(2000) + "\n");
        Problem p = r.only();
        assertEquals(2, p.line());
        assertEquals("note", p.column());
        assertMessage(p, "2001");
    }

    @Test
    void duplicateRowNamesTheFirstLine() {
        // GIVEN 08-duplicate-rows.csv: lines 2 and 4 are the same figure
        Result r = read("social-care", HEADER + """
                CPP-RATE,2026/27 Q2,E08000035,31.8,606,190400,
                CLA-RATE,2026/27 Q2,E92000001,40.3,,,
                CLA-RATE,2026/27 Q2,E08000035,31.8,606,190400,
                CLA-RATE,2026/27 Q2,E08000035,31.8,606,190400,Pasted twice
                """);

        // line 2 is unknown (CPP-RATE is not in this slice); the duplicate is line 5 of line 4
        Problem dup = r.at(5, "indicator_code");
        assertMessage(dup, "CLA-RATE", "2026/27 Q2", "E08000035", "first on line 4");
        assertEquals(2, r.problems().total(), r::summary);
    }

    @Test
    void duplicateIsFoundWhateverTheSpacingOfThePeriod() {
        Result r = read("social-care", HEADER + """
                CLA-RATE,2026/27 Q2,E08000035,31.8,,,
                CLA-RATE, 2026/27 Q2 ,E08000035,31.8,,,
                """);
        assertMessage(r.only(), "first on line 2");
        assertEquals(3, r.only().line());
    }

    @Test
    void duplicateAfterAMultiLineNoteNamesTheLinesTheRowsStartOn() {
        Result r = read("social-care", HEADER + """
                CLA-RATE,2026/27 Q2,E08000035,31.8,,,"one
                two
                three"
                CLA-RATE,2026/27 Q2,E08000035,31.8,,,
                """);
        Problem p = r.only();
        assertEquals(5, p.line());
        assertMessage(p, "first on line 2");
    }

    @Test
    void sameIndicatorAndPeriodInAnotherAreaOrPeriodIsNotADuplicate() {
        Result r = read("social-care", HEADER + """
                CLA-RATE,2026/27 Q2,E08000035,31.8,,,
                CLA-RATE,2026/27 Q2,E92000001,31.8,,,
                CLA-RATE,2026/27 Q1,E08000035,31.8,,,
                """);
        assertTrue(r.problems().isEmpty(), r::summary);
    }

    @Test
    void rowErrorsAfterAMultiLineCellAreReportedOnTheLineTheRowStarts() {
        Result r = read("careers-service", HEADER + """
                NEET,2025/26 Q2,E08000035,4.1,,,"first line
                second line"
                NEET,2025/26 Q3,E08000035,lots,,,
                """);
        assertEquals(4, r.only().line());
    }

    // ======================================================================= every error, not just the first

    @Test
    void everyBadRowIsReported() {
        Result r = read("careers-service", HEADER + """
                NEET,2025/26 Q2,E08000035,4.1,,,
                NI117,2025/26 Q2,E08000035,4.1,,,
                NEET,2025/26 Q9,E08000035,4.1,,,
                NEET,2025/26 Q1,E08000035,-1,,,
                NEET,2025/26 Q4,E08000035,4.1,,,
                """);
        assertTrue(r.problems().total() >= 3, r::summary);
        r.at(3, "indicator_code");
        r.at(4, "period");
        r.at(5, "value");
        assertEquals(5, r.rows());
        assertEquals(
                List.of(2L, 6L), r.accepted().stream().map(Observation::line).toList());
    }

    @Test
    void everyBadCellInOneRowIsReported() {
        Result r = read("careers-service", HEADER + "NEET,2025/26 Q5,leeds,x,y,-3,\n");
        r.at(2, "period");
        r.at(2, "area_code");
        r.at(2, "value");
        r.at(2, "numerator");
        r.at(2, "denominator");
        assertEquals(5, r.problems().total(), r::summary);
    }

    @Test
    void problemsListsAThousandButCountsThemAll() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 1500; i++) {
            csv.append("NEET,2025/26 Q2,AREA").append(i).append(",bad,,,\n");
        }
        Result r = read("careers-service", csv.toString());
        assertEquals(1500, r.problems().total());
        assertEquals(Problems.LISTED, r.problems().listed().size());
        assertEquals(1000, Problems.LISTED);
        assertEquals(2, r.problems().listed().get(0).line());
        assertEquals(1001, r.problems().listed().get(999).line());
        assertEquals(1500, r.rows());
    }

    // ======================================================================= file errors

    @Test
    void missingRequiredColumn() {
        // GIVEN 09-missing-area-code-column.csv
        Result r = read("youth-justice", """
                indicator_code,period,value,numerator,denominator,note
                FTE-RATE,2025/26 Q4,191.6,164,85600,
                FTE-RATE,2025/26 Q4,150.2,,,
                """);

        Problem p = r.only();
        assertEquals(1, p.line());
        assertEquals("area_code", p.column());
        assertMessage(p, "Missing required column 'area_code'", "in any order");
        assertEquals(0, r.rows(), "rows are not read without the columns to read them by");
        assertTrue(r.accepted().isEmpty());
    }

    @Test
    void everyMissingColumnIsReported() {
        Result r = read("careers-service", "indicator_code,note\nNEET,x\n");
        r.at(1, "period");
        r.at(1, "area_code");
        r.at(1, "value");
        assertEquals(3, r.problems().total(), r::summary);
    }

    @Test
    void emptyFile() {
        // GIVEN 10-empty.csv: zero bytes
        Result r = read("schools", new byte[0]);
        Problem p = r.only();
        assertEquals("", p.column());
        assertMessage(p, "The file is empty", "indicator_code,period,area_code,value,numerator,denominator,note");
        assertEquals(0, r.rows());
    }

    @Test
    void fileOfBlankLinesIsEmpty() {
        assertMessage(read("schools", "\r\n\r\n").only(), "The file is empty");
    }

    @Test
    void unknownColumnIsAFileErrorListingTheAllowedColumnsAndRowsAreNotRead() {
        // GIVEN a header with a column no return has
        Result r = read("careers-service", """
                indicator_code,period,area_code,value,comment
                NEET,2025/26 Q2,E08000035,4.1,hello
                NEET,2025/26 Q5,E08000035,4.1,
                """);
        // THEN the header is the only problem: rows are not read by a header that does not say what each cell is
        Problem unknown = r.only();
        assertEquals(1, unknown.line());
        assertEquals("comment", unknown.column());
        assertEquals(
                "Unknown column 'comment'. The header may name only indicator_code, period, area_code, value"
                        + " (required) and numerator, denominator, note, action (optional), each once, in any order.",
                unknown.message());
        assertEquals(0, r.rows());
    }

    @Test
    void columnNamedTwice() {
        Result r = read("careers-service", """
                indicator_code,period,area_code,value,VALUE
                NEET,2025/26 Q2,E08000035,4.1,4.1
                """);
        assertMessage(r.at(1, "value"), "appears twice");
    }

    @Test
    void notUtf8_latin1AccentOnLine3Of5() {
        byte[] file = join(
                HEADER + "TEEN-CONC,2024,E08000035,14.4,207,14420,\nTEEN-CONC,2023,E08000035,14.4,,,Chlo",
                new byte[] {(byte) 0xE9},
                " checked\nTEEN-CONC,2022,E08000035,14.4,,,\nTEEN-CONC,2021,E08000035,14.4,,,\n");

        Result r = read("nhs-public-health", file);

        Problem p = r.only();
        assertEquals(3, p.line());
        assertMessage(p, "not UTF-8", "line 3", "0xE9", "CSV UTF-8");
    }

    @Test
    void notUtf8_theFixtureFileReportsLine2() {
        // GIVEN 11-not-utf8.csv: 0xE9 on line 2, 0xA3 on line 3
        byte[] file = join(
                HEADER + "TEEN-CONC,2024,E08000035,14.4,207,14420,Checked by Chlo",
                new byte[] {(byte) 0xE9},
                " in the Public Health Intelligence team\nTEEN-CONC,2024,E92000001,12.4,,,Survey cost ",
                new byte[] {(byte) 0xA3},
                "40 per clinic\n");
        Problem first = read("nhs-public-health", file).problems().listed().get(0);
        assertEquals(2, first.line());
        assertMessage(first, "0xE9");
    }

    @Test
    void notUtf8_truncatedMultiByteCharacterAtEndOfFile() {
        byte[] file = join(
                HEADER + "TEEN-CONC,2024,E08000035,14.4,,,\nTEEN-CONC,2023,E08000035,14.4,,,caf",
                new byte[] {(byte) 0xC3});
        Problem p = read("nhs-public-health", file).only();
        assertEquals(3, p.line());
        assertMessage(p, "not UTF-8");
    }

    @Test
    void notUtf8_overlongEncoding() {
        byte[] file = join(
                HEADER + "TEEN-CONC,2024,E08000035,14.4,,,a",
                new byte[] {(byte) 0xC0, (byte) 0xAF},
                "b\nTEEN-CONC,2023,E08000035,14.4,,,\n");
        Problem p = read("nhs-public-health", file).only();
        assertEquals(2, p.line());
        assertMessage(p, "0xC0");
    }

    @Test
    void unterminatedQuoteDoesNotSilentlySwallowTheRowsAfterIt() {
        // GIVEN a note whose closing quote was lost: lines 3 and 4 would otherwise be read as part of it
        Result r = read("careers-service", HEADER + """
                NEET,2025/26 Q2,E08000035,4.1,,,"the quote is never closed
                NEET,2025/26 Q3,E08000035,4.2,,,
                NEET,2025/26 Q4,E08000035,4.3,,,
                """);
        assertFalse(r.problems().isEmpty(), "the file must be rejected, not accepted with 1 row of 3");
        assertEquals(2, r.problems().listed().get(0).line());
    }

    // ======================================================================= robustness

    @Test
    void absurdExponentsAreRejectedQuicklyRatherThanExhaustingMemory() {
        // GIVEN numbers a spreadsheet would never write, that expand to a billion digits
        Result r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> read("schools", HEADER + """
                EXCL-PERM,2024/25,E08000035,1,1e999999999,,
                KS2-RWM,2024/25,E08000035,1e-999999999,1,2,
                EXCL-PERM,2023/24,E08000035,1e9999999999,,,
                """));
        r.at(2, "numerator");
        r.at(3, "value");
        r.at(4, "value");
    }

    @Test
    void valuesTooLargeToStoreAreRejected() {
        // DynamoDB numbers hold at most 38 significant digits and magnitudes below 1E+126
        Result r = read(
                "schools",
                HEADER + "EXCL-PERM,2024/25,E08000035,1e200,,,\n" + "EXCL-PERM,2023/24,E08000035,1" + "0".repeat(130)
                        + ",,,\n");
        assertMessage(r.at(2, "value"), "out of range");
        assertMessage(r.at(3, "value"), "out of range");
    }

    @Test
    void largeButPlausibleFiguresAreAccepted() {
        Result r = read(
                "schools",
                HEADER + "EXCL-PERM,2024/25,E08000035,999999999999999,,,\n"
                        + "CLASS-SIZE,2024/25,E08000035,30.000000000000004,,,\n"
                        + "CLASS-SIZE,2023/24,E08000035,26.50000000000000000000000000,,,\n");
        assertTrue(r.problems().isEmpty(), r::summary);
        assertNumber("30.000000000000004", r.observation(3).value());
    }

    @Test
    void spreadsheetScientificNotationIsAccepted() {
        Result r = read("schools", HEADER + "EXCL-PERM,2024/25,E08000035,1.5E+03,,,\n");
        assertTrue(r.problems().isEmpty(), r::summary);
        assertNumber("1500", r.observation(2).value());
    }

    private static byte[] join(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object p : parts) {
            out.writeBytes(p instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : (byte[]) p);
        }
        return out.toByteArray();
    }

    @Test
    void aReturnWithAHeaderButNoRowsIsRejected() {
        // GIVEN a return with only its header (and trailing blank lines)
        // WHEN it is read
        Problems problems = new Problems();
        long rows = new ReturnReader(Catalogue.empty(), "schools", UPLOADED)
                .read(
                        new ByteArrayInputStream(
                                "indicator_code,period,area_code,value\n\n\n".getBytes(StandardCharsets.UTF_8)),
                        problems,
                        o -> {});
        // THEN it is rejected with a message saying what is missing
        assertEquals(0, rows);
        assertEquals(1, problems.total());
        assertTrue(problems.listed().get(0).message().contains("no rows"));
    }
}
