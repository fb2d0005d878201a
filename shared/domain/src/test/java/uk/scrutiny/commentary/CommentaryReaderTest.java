package uk.scrutiny.commentary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.scrutiny.catalogue.Catalogue;
import uk.scrutiny.catalogue.Indicator;
import uk.scrutiny.catalogue.Polarity;
import uk.scrutiny.catalogue.Unit;
import uk.scrutiny.period.Frequency;
import uk.scrutiny.period.Period;
import uk.scrutiny.validation.Problem;
import uk.scrutiny.validation.Problems;

/** Issue 12 point 7: commentary/<name>.csv is checked row by row against the catalogue, all or nothing. */
class CommentaryReaderTest {
    static final String HEADER = "code,period,judged_rating,reason,story,actions,author\n";

    static final Catalogue CATALOGUE = Catalogue.of(List.of(
            indicator("NEET", "P04", Frequency.QUARTERLY),
            indicator("CLA-RATE", "P01", Frequency.QUARTERLY),
            indicator("KS2-RWM", "P03", Frequency.ACADEMIC_YEAR)));

    private final Problems problems = new Problems();
    private CommentaryReader reader = new CommentaryReader(CATALOGUE);

    static Indicator indicator(String code, String priority, Frequency frequency) {
        return new Indicator(
                code,
                code + " title",
                priority,
                priority + " title",
                "An outcome",
                Polarity.LOWER,
                Unit.PERCENT,
                frequency,
                45,
                List.of("careers-service"));
    }

    private List<Commentary> read(String csv) {
        return reader.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), problems);
    }

    private Problem at(long line, String column) {
        return problems.listed().stream()
                .filter(p -> p.line() == line && p.column().equals(column))
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError("no problem at " + line + ":" + column + " in " + problems.listed()));
    }

    private String where() {
        return problems.listed().stream().map(p -> p.line() + ":" + p.column()).collect(Collectors.joining(" "));
    }

    @Test
    void aGoodFileGivesIndicatorAndPriorityRows() {
        List<Commentary> rows = read(HEADER
                + "NEET,2026/27 Q2,amber,At risk but improving,\"The rate fell for a second quarter.\",Targeted"
                + " support,Head of Learning Inclusion\n"
                + "P01,2026/27 Q2,GREEN,Fewer children entering care than planned,,,Chief Officer\n"
                + "P04,2026/27,,,Participation is the board's focus this year,,\n"
                + "KS2-RWM,2025/26,,,,Reading recovery in 40 schools,\n");
        assertTrue(problems.isEmpty(), problems.listed()::toString);
        assertEquals(4, rows.size());
        Commentary neet = rows.get(0);
        assertEquals(Commentary.Kind.INDICATOR, neet.kind());
        assertEquals(Period.parse(Frequency.QUARTERLY, "2026/27 Q2"), neet.period());
        assertEquals(JudgedRating.AMBER, neet.judgedRating(), "ratings are read in any case");
        assertEquals("At risk but improving", neet.reason());
        assertEquals("Head of Learning Inclusion", neet.author());
        Commentary p01 = rows.get(1);
        assertEquals(Commentary.Kind.PRIORITY, p01.kind());
        assertEquals(Frequency.QUARTERLY, p01.period().frequency());
        assertEquals(Frequency.FINANCIAL_YEAR, rows.get(2).period().frequency());
        assertNull(rows.get(2).judgedRating());
        assertEquals(Frequency.ACADEMIC_YEAR, rows.get(3).period().frequency());
        assertEquals(4, reader.rowsRead());
    }

    @Test
    void anUnknownCodeIsARowErrorThatANewerCatalogueCouldFix() {
        List<Commentary> rows = read(HEADER + "NI117,2026/27 Q2,,,A story,,\n" + "NEET,2026/27 Q2,,,A story,,\n");
        assertTrue(at(2, "code")
                .message()
                .startsWith("Unknown code 'NI117': it is neither an indicator code nor a" + " priority code"));
        assertEquals(1, problems.total(), where());
        assertEquals(1, reader.catalogueProblems());
        assertEquals(List.of(), rows, "all or nothing");
    }

    @Test
    void aPeriodMustFollowTheIndicatorsFrequency() {
        read(HEADER + "NEET,2026/27,,,A story,,\n" + "KS2-RWM,2025/26 Q1,,,A story,,\n"
                + "NEET,2026/27 Q5,,,A story,,\n" + "NEET,,,,A story,,\n");
        assertEquals(
                "'2026/27' is not a quarter of the financial year such as 2009/10 Q2 (this indicator is reported"
                        + " quarterly).",
                at(2, "period").message());
        assertTrue(
                at(3, "period").message().contains("academic year"),
                at(3, "period").message());
        assertTrue(at(4, "period").message().contains("no quarter 5"));
        assertTrue(at(5, "period").message().startsWith("period is empty"));
        assertEquals(0, reader.catalogueProblems(), "no catalogue would fix these");
    }

    @Test
    void aPrioritysPeriodIsAFinancialYearOrQuarter() {
        read(HEADER + "P01,2026,,,A story,,\n" + "P01,2026-09,,,A story,,\n" + "P01,2026/28,,,A story,,\n"
                + "P01,2026/27 Q2,,,A story,,\n" + "P01,2026/27,,,A story,,\n");
        for (long line = 2; line <= 4; line++) {
            assertTrue(
                    at(line, "period")
                            .message()
                            .contains("is not a financial year such as 2026/27 or a quarter such as"
                                    + " 2026/27 Q2: a priority's commentary is for one of those"),
                    at(line, "period").message());
        }
        assertEquals(3, problems.total(), where());
    }

    @Test
    void aJudgedRatingNeedsAReasonAndMustBeGreenAmberOrRed() {
        read(HEADER + "NEET,2026/27 Q2,GREEN,,,,Jo\n" + "CLA-RATE,2026/27 Q2,BLUE,Because,,,Jo\n"
                + "NEET,2026/27 Q1,,A reason for nothing,,,Jo\n" + "CLA-RATE,2026/27 Q1,,,,,Jo\n");
        assertEquals(
                "reason is empty: a judged rating needs a reason, saying why the figures' own rating is not the one to"
                        + " show.",
                at(2, "reason").message());
        assertTrue(at(3, "judged_rating").message().startsWith("'BLUE' is not a rating: write GREEN, AMBER or RED"));
        assertTrue(at(4, "judged_rating").message().startsWith("judged_rating is empty but a reason is given"));
        assertTrue(at(5, "").message().startsWith("The row says nothing"));
        assertEquals(4, problems.total(), where());
    }

    @Test
    void textOverTwoThousandCharactersIsARowErrorQuotingOnlyItsStart() {
        read(HEADER + "NEET,2026/27 Q2,,,\"" + "a".repeat(2001) + "\",,\n" + "CLA-RATE,2026/27 Q2,,," + "b".repeat(2000)
                + ",,\n");
        Problem p = at(2, "story");
        assertTrue(p.message().contains("is 2001 characters long: a text cell has at most 2000."), p.message());
        assertTrue(p.message().length() < 300, "quotes only the start");
        assertEquals(1, problems.total(), "2,000 is allowed: " + where());
    }

    @Test
    void markupIsKeptAsTextAndLineBreaksAndTabsAreAllowed() {
        List<Commentary> rows = read(HEADER + "NEET,2026/27 Q2,,,\"<script>alert('x')</script> & <b>bold</b>\r\nline"
                + " two\tcolumn\",\"<img src=x onerror=alert(1)>\",\"O'Brien & Co\"\n");
        assertTrue(problems.isEmpty(), problems.listed()::toString);
        assertEquals(
                "<script>alert('x')</script> & <b>bold</b>\nline two\tcolumn",
                rows.get(0).story());
        assertEquals("<img src=x onerror=alert(1)>", rows.get(0).actions());
        assertEquals("O'Brien & Co", rows.get(0).author());
    }

    @Test
    void controlCharactersAreRowErrorsNamedAsEscapes() {
        read(HEADER + "NEET,2026/27 Q2,,,Red \u001b[31malert,,\n" + "CLA-RATE,2026/27 Q2,,,,Nul\u0000here,\n"
                + "KS2-RWM,2025/26,,,Line\u2028separator,,Back\bspace\n");
        assertEquals(
                "story has a control character (\\u001b) at position 5: text cells hold plain text only (line breaks"
                        + " and tabs are fine). Remove it, often by retyping the text rather than pasting it.",
                at(2, "story").message());
        assertTrue(at(3, "actions").message().contains("(\\u0000) at position 4"));
        assertTrue(at(4, "story").message().contains("(\\u2028)"));
        assertTrue(at(4, "author").message().contains("(\\u0008)"));
        assertEquals(4, problems.total(), where());
    }

    @Test
    void theSameCodeAndPeriodTwiceInOneFileIsAnError() {
        read(HEADER + "NEET,2026/27 Q2,,,One,,\n" + "NEET,2026/27 Q2,,,Two,,\n");
        assertTrue(at(3, "code").message().contains("appears twice: first on line 2"));
    }

    @Test
    void theHeaderIsExactAndOnlyCodeAndPeriodAreRequired() {
        List<Commentary> rows = read("code,period,story\nNEET,2026/27 Q2,A story\n");
        assertTrue(problems.isEmpty(), problems.listed()::toString);
        assertEquals(1, rows.size());
        reader = new CommentaryReader(CATALOGUE);
        read("code,period,judgement\nNEET,2026/27 Q2,GREEN\n");
        assertTrue(at(1, "judgement").message().startsWith("Unknown column 'judgement'"), where());
    }
}
