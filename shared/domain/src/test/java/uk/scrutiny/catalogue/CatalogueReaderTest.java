package uk.scrutiny.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.scrutiny.catalogue.ProblemAssertions.assertMessage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.scrutiny.period.Frequency;
import uk.scrutiny.validation.Problem;
import uk.scrutiny.validation.Problems;

class CatalogueReaderTest {

    static final String HEADER =
            "code,title,priority_code,priority_title,outcome,polarity,unit,frequency,due_days,providers\n";
    static final String NEET = "NEET,% NEET,P04,Participation,Learning,lower,percent,quarterly,45,careers-service\n";
    static final String CL_EET =
            "CL-EET,% care leavers in EET,P04,Participation,Learning,higher,percent,financial-year,90,social-care;careers-service\n";

    private final Problems problems = new Problems();
    private final CatalogueReader reader = new CatalogueReader();

    private Catalogue read(String csv) {
        return reader.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), problems);
    }

    private Problem at(long line, String column) {
        return ProblemAssertions.at(problems, line, column);
    }

    private String summary() {
        return ProblemAssertions.summary(problems);
    }

    @Test
    void theDemoCatalogueReadsWhole() throws IOException {
        Catalogue catalogue;
        try (InputStream in = getClass().getResourceAsStream("/demo-indicators.csv")) {
            assertNotNull(in);
            catalogue = reader.read(in, problems);
        }
        assertTrue(problems.isEmpty(), problems.listed()::toString);
        assertEquals(22, catalogue.size());
        assertEquals(22, reader.rowsRead());
        assertEquals("CLA-RATE", catalogue.indicators().iterator().next().code(), "kept in file order");

        Indicator claRate = catalogue.find("CLA-RATE").orElseThrow();
        assertEquals("Children looked after per 10,000 children aged under 18", claRate.title());
        assertEquals("P01", claRate.priorityCode());
        assertEquals("Help children to live in safe and supportive families", claRate.priorityTitle());
        assertEquals("All CYP are safe from harm", claRate.outcome());
        assertEquals(Polarity.LOWER, claRate.polarity());
        assertEquals(Unit.ratePer(10000), claRate.unit());
        assertEquals(Frequency.QUARTERLY, claRate.frequency());
        assertEquals(45, claRate.dueDays());
        assertEquals(List.of("social-care"), claRate.providers());

        Indicator clEet = catalogue.find("CL-EET").orElseThrow();
        assertEquals(List.of("social-care", "careers-service"), clEet.providers());
        assertTrue(clEet.acceptsFrom("careers-service"));
        assertFalse(clEet.acceptsFrom("schools"));
        assertEquals(Polarity.NONE, catalogue.find("CLA-NUM").orElseThrow().polarity());
        assertEquals(Unit.COUNT, catalogue.find("CLA-NUM").orElseThrow().unit());
        assertEquals(
                Frequency.CALENDAR_YEAR,
                catalogue.find("TEEN-CONC").orElseThrow().frequency());
        assertTrue(catalogue.find("NI117").isEmpty());
    }

    @Test
    void headersAnyOrderAnyCaseAndLooseSpellingOfWords() {
        Catalogue c = read("""
                PROVIDERS,Code,Title,Priority_Code,Priority_Title,Outcome,Polarity,Unit,Frequency,Due_Days
                " careers-service ; schools ;",NEET,% NEET,P04,Participation,Learning,Lower,Per  1000,Quarterly,045
                """);
        assertTrue(problems.isEmpty(), problems.listed()::toString);
        Indicator neet = c.find("NEET").orElseThrow();
        assertEquals(List.of("careers-service", "schools"), neet.providers());
        assertEquals(Polarity.LOWER, neet.polarity());
        assertEquals(Unit.ratePer(1000), neet.unit());
        assertEquals(45, neet.dueDays());
    }

    @Test
    void duplicateCodeNamesTheFirstLineAndEmptiesTheCatalogue() {
        Catalogue c = read(HEADER + NEET + CL_EET + NEET);

        Problem p = at(4, "code");
        assertMessage(p, "'NEET'", "listed twice", "first on line 2");
        assertEquals(1, problems.total(), this::summary);
        assertTrue(c.isEmpty(), "a catalogue with any error is never used");
    }

    @Test
    void onePriorityWithTwoTitles() {
        Catalogue c = read(
                HEADER + NEET
                        + "NEET-NK,% not known,P04,Participation and engagement,Learning,lower,percent,quarterly,45,careers-service\n");
        assertMessage(at(3, "priority_title"), "P04", "'Participation'", "line 2", "'Participation and engagement'");
        assertEquals(1, problems.total(), this::summary);
        assertTrue(c.isEmpty());
    }

    @Test
    void onePriorityWithTwoOutcomes() {
        Catalogue c = read(HEADER + NEET
                + "NEET-NK,% not known,P04,Participation,Healthy,lower,percent,quarterly,45,careers-service\n");
        assertMessage(at(3, "outcome"), "P04", "'Learning'", "'Healthy'", "one outcome");
        assertEquals(1, problems.total(), this::summary);
        assertTrue(c.isEmpty());
    }

    @ParameterizedTest(name = "{0} = ''{1}''")
    @CsvSource(
            delimiter = '|',
            value = {
                "polarity   | up             | write higher, lower or none",
                "polarity   | ''             | write higher, lower or none",
                "unit       | percentage     | per N",
                "unit       | per 0          | per N",
                "unit       | per 10,000     | per N",
                "unit       | per            | per N",
                "frequency  | annual         | calendar-year",
                "frequency  | quarter        | quarterly",
                "due_days   | ten            | whole number",
                "due_days   | 45.5           | whole number",
                "due_days   | -1             | whole number",
                "due_days   | 10000          | whole number",
                "due_days   | ''             | whole number",
                "providers  | ''             | providers is empty",
                "providers  | ;              | providers is empty",
                "providers  | Social Care    | not a provider id",
                "providers  | social_care    | not a provider id",
                "providers  | config         | reserved",
                "providers  | returns        | reserved",
                "code       | NEET 2         | not a usable code",
                "code       | -NEET          | not a usable code",
                "code       | ''             | every indicator needs a code",
                "title      | ''             | title is empty",
                "priority_code  | ''         | priority_code is empty",
                "priority_title | ''         | priority_title is empty",
                "outcome    | ''             | outcome is empty",
            })
    void badValuesAreErrorsInTheirColumn(String column, String bad, String message) {
        String[] names = HEADER.trim().split(",");
        String[] cells = NEET.trim().split(",");
        cells[List.of(names).indexOf(column)] = bad.contains(",") ? "\"" + bad + "\"" : bad;

        Catalogue c = read(HEADER + CL_EET + String.join(",", cells) + "\n");

        assertMessage(at(3, column), message);
        assertTrue(c.isEmpty());
    }

    @Test
    void everyProblemInARowIsListed() {
        read(HEADER + "NEET,% NEET,P04,Participation,Learning,up,percentage,annual,soon,\n");
        at(2, "polarity");
        at(2, "unit");
        at(2, "frequency");
        at(2, "due_days");
        at(2, "providers");
        assertEquals(5, problems.total(), this::summary);
    }

    @Test
    void headerButNoIndicators() {
        Catalogue c = read(HEADER);
        assertEquals(1, problems.total());
        assertMessage(problems.listed().get(0), "no indicators");
        assertTrue(c.isEmpty());
    }

    @Test
    void emptyFile() {
        Catalogue c = read("");
        assertMessage(problems.listed().get(0), "The file is empty", "code,title,priority_code");
        assertTrue(c.isEmpty());
    }

    @Test
    void missingAndUnknownColumns() {
        Catalogue c = read("code,title,priority_code,priority_title,outcome,polarity,unit,frequency,providers,lead\n"
                + "NEET,% NEET,P04,Participation,Learning,lower,percent,quarterly,careers-service,Jo\n");
        assertMessage(at(1, "due_days"), "Missing required column 'due_days'");
        // "owner" is an optional column since issue 12; "lead" is not one
        assertMessage(at(1, "lead"), "Unknown column 'lead'");
        assertTrue(c.isEmpty());
    }

    @Test
    void notUtf8IsReportedOnItsLine() {
        byte[] file = (HEADER + NEET + "CL-EET,% care leavers in EET,P04,Participation,Learning,higher,percent,"
                        + "financial-year,90,social-care\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] withBad = new byte[file.length + 1];
        int at = HEADER.length() + NEET.length() + 3;
        System.arraycopy(file, 0, withBad, 0, at);
        withBad[at] = (byte) 0xE9;
        System.arraycopy(file, at, withBad, at + 1, file.length - at);

        Catalogue c = reader.read(new ByteArrayInputStream(withBad), problems);

        assertEquals(3, problems.listed().get(0).line());
        assertMessage(problems.listed().get(0), "not UTF-8");
        assertTrue(c.isEmpty());
    }

    @Test
    void goodRowsBesideABadOneAreStillNotUsed() {
        Catalogue c = read(HEADER + NEET + CL_EET.replace("financial-year", "yearly"));
        assertEquals(1, problems.total());
        assertTrue(c.isEmpty());
        assertEquals(2, reader.rowsRead());
    }

    // ---- issue 12 point 6: what the measure is

    static final String ABOUT_HEADER = HEADER.replace("providers\n", "providers,definition,source,methodology,owner\n");

    @Test
    void theOptionalDescriptionColumnsAreReadAndKeptAsText() {
        Catalogue c = read(ABOUT_HEADER
                + NEET.replace(
                        "\n",
                        ",\"Young people aged 16-17 not in education,\nemployment or training.\","
                                + "DfE NCCIS,<b>Average</b> of Dec-Feb,Head of Learning Inclusion\n")
                + CL_EET.replace("\n", ",,,,\n"));
        assertTrue(problems.isEmpty(), problems.listed()::toString);
        About neet = c.find("NEET").orElseThrow().about();
        assertEquals("Young people aged 16-17 not in education,\nemployment or training.", neet.definition());
        assertEquals("DfE NCCIS", neet.source());
        assertEquals("<b>Average</b> of Dec-Feb", neet.methodology(), "markup is kept as text, not interpreted");
        assertEquals("Head of Learning Inclusion", neet.owner());
        assertEquals(About.NONE, c.find("CL-EET").orElseThrow().about(), "empty cells are null");
    }

    @Test
    void withoutTheDescriptionColumnsEveryIndicatorHasNone() {
        Catalogue c = read(HEADER + NEET);
        assertTrue(problems.isEmpty(), problems.listed()::toString);
        assertEquals(About.NONE, c.find("NEET").orElseThrow().about());
    }

    @Test
    void aDescriptionOverTwoThousandCharactersOrWithAControlCharacterIsARowError() {
        Catalogue c = read(ABOUT_HEADER + NEET.replace("\n", "," + "x".repeat(2001) + ",ok,ok,Jo\u001b[31m\n"));
        assertMessage(at(2, "definition"), "2001 characters long", "at most 2000");
        assertMessage(at(2, "owner"), "control character (\\u001b) at position 3", "plain text only");
        assertTrue(c.isEmpty());
    }
}
