package uk.scrutiny.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.scrutiny.returns.ReturnReaderTest.HEADER;
import static uk.scrutiny.returns.ReturnReaderTest.read;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import uk.scrutiny.catalogue.CatalogueReader;
import uk.scrutiny.returns.ReturnReaderTest.Result;
import uk.scrutiny.validation.Printable;
import uk.scrutiny.validation.Problem;
import uk.scrutiny.validation.Problems;

/** Each kind of cell has a maximum length; a longer cell is a row error that quotes only its start. */
class CellLimitsTest {

    @Test
    void anIndicatorCodeOverSixtyFourCharacters() {
        // GIVEN an indicator code of 65 characters (a title pasted into the code column)
        String code = "NEET-" + "x".repeat(60);
        Result r = read("careers-service", HEADER + code + ",2025/26 Q2,E08000035,4.1,,,\n");
        Problem p = r.only();
        assertEquals(2, p.line());
        assertEquals("indicator_code", p.column());
        assertEquals(
                "indicator_code '" + code + "' is 65 characters long: an indicator code has at most 64.", p.message());
    }

    @Test
    void anAreaCodeOverSixtyFourCharactersIsQuotedToEightyCharacters() {
        // GIVEN an area code cell holding a description of 120 characters
        String area = "E08000035 (Leeds, the metropolitan district as defined by the 2021 boundaries, from ONS) "
                + "y".repeat(31);
        assertEquals(120, area.length());
        Result r = read("careers-service", HEADER + "NEET,2025/26 Q2,\"" + area + "\",4.1,,,\n");
        Problem p = r.only();
        assertEquals(2, p.line());
        assertEquals("area_code", p.column());
        assertEquals(
                "area_code '" + area.substring(0, 80) + "... (120 characters)' is 120 characters long:"
                        + " an area code has at most 64.",
                p.message());
    }

    @Test
    void aPeriodOverTwentyCharacters() {
        Result r = read("careers-service", HEADER + "NEET,2025/26 Q2 (July to September),E08000035,4.1,,,\n");
        Problem p = r.only();
        assertEquals(2, p.line());
        assertEquals("period", p.column());
        assertEquals(
                "period '2025/26 Q2 (July to September)' is 30 characters long: a period has at most 20.", p.message());
    }

    @Test
    void aNoteOverTwoThousandCharacters() {
        String note = "z".repeat(2001);
        Result r = read("careers-service", HEADER + "NEET,2025/26 Q2,E08000035,4.1,,," + note + "\n");
        Problem p = r.only();
        assertEquals(2, p.line());
        assertEquals("note", p.column());
        assertEquals(
                "note '" + "z".repeat(80) + "... (2001 characters)' is 2001 characters long: a note has at most 2000.",
                p.message());
    }

    @Test
    void aCatalogueTitleOverThreeHundredCharacters() {
        Problems problems = new Problems();
        String title = "t".repeat(301);
        new CatalogueReader()
                .read(
                        new ByteArrayInputStream(
                                (ReturnReaderTest.CATALOGUE.lines().findFirst().orElseThrow()
                                                + "\nNEET," + title
                                                + ",P04,Participation,Learning,lower,percent,quarterly,45,careers-service\n")
                                        .getBytes(StandardCharsets.UTF_8)),
                        problems);
        assertEquals(1, problems.total(), problems.listed()::toString);
        Problem p = problems.listed().get(0);
        assertEquals(2, p.line());
        assertEquals("title", p.column());
        assertEquals(
                "title '" + "t".repeat(80) + "... (301 characters)' is 301 characters long: a title has at most 300.",
                p.message());
    }

    @Test
    void anUnknownCodeOrBadNumberQuotesAtMostEightyCharactersWithControlCharactersEscaped() {
        // GIVEN a 64-character unknown code with a tab in it, and a 100-character value that is not a number
        String code = "A\tB" + "c".repeat(61);
        String value = "1" + "o".repeat(99);
        Result r = read("careers-service", HEADER + "\"" + code + "\",2025/26 Q2,E08000035," + value + ",,,\n");
        assertEquals(
                "Unknown indicator code 'A\\tB" + "c".repeat(61) + "': it is not in the indicator catalogue.",
                r.at(2, "indicator_code").message());
        assertEquals(
                "'1" + "o".repeat(79) + "... (100 characters)' is not a number.",
                r.at(2, "value").message());
    }

    @Test
    void printableQuotesEightyCharactersAndEscapesControlsForLogs() {
        assertEquals("abc", Printable.quoted("abc"));
        assertEquals("x".repeat(80) + "... (81 characters)", Printable.quoted("x".repeat(81)));
        assertEquals("a\\nb\\u001bc\\u2028", Printable.escaped("a\nb\u001bc\u2028"));
        assertTrue(Printable.hasControlCharacter("a\u0085b"));
        assertFalse(Printable.hasControlCharacter("Chloé £40 – ok"));
        assertEquals(3, Printable.firstControlCharacter("abc\td"));
    }
}
