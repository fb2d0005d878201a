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
import uk.scrutiny.catalogue.TargetsReader;
import uk.scrutiny.returns.ReturnReaderTest.Result;
import uk.scrutiny.validation.Problem;
import uk.scrutiny.validation.Problems;

/**
 * The CSV is exactly what its header says: no row with more cells than the header has columns, no
 * header column unnamed, unknown or named twice, and the parser's own limits reported as such.
 */
class FileShapeTest {
    private static final String ALLOWED = "The header may name only indicator_code, period, area_code, value"
            + " (required) and numerator, denominator, note, action (optional), each once, in any order.";

    // ======================================================================= more cells than the header

    @Test
    void aDecimalCommaInAFourColumnFileIsARowErrorNotTheValue4() {
        // GIVEN a four-column return whose value is written 4,5 (it was accepted as 4)
        Result r = read("careers-service", """
                indicator_code,period,area_code,value
                NEET,2025/26 Q2,E08000035,4,5
                """);

        // THEN line 2 is rejected in its value column, saying how to write it, and nothing is accepted
        Problem p = r.only();
        assertEquals(2, p.line());
        assertEquals("value", p.column());
        assertEquals(
                "Line 2 has 5 cells but the header has 4 columns. '4,5' in value looks like a number with a"
                        + " decimal comma: write 4.5, with a full stop.",
                p.message());
        assertTrue(r.accepted().isEmpty());
    }

    @Test
    void aThousandsSeparatorMayBeEitherSoBothAreSuggested() {
        Result r = read("careers-service", HEADER + "NEET,2025/26 Q2,E08000035,,780,18,960,\n");
        Problem p = r.only();
        assertEquals(2, p.line());
        assertEquals("denominator", p.column());
        assertEquals(
                "Line 2 has 8 cells but the header has 7 columns. '18,960' in denominator has a comma in it:"
                        + " write 18960 if it is a thousands separator, or 18.960 if it is a decimal comma.",
                p.message());
    }

    @Test
    void anUnquotedCommaInANoteIsARowErrorSayingToQuoteIt() {
        // GIVEN a note with a comma, typed without quotes
        Result r = read("careers-service", HEADER + "NEET,2025/26 Q2,E08000035,4.1,,,Checked, and confirmed\n");

        Problem p = r.only();
        assertEquals(2, p.line());
        assertEquals("", p.column());
        assertEquals(
                "Line 2 has 8 cells but the header has 7 columns. Most likely a cell holds text with a comma in"
                        + " it that is not in double quotes (write \"Checked, and confirmed\" with the quotes), or a"
                        + " number written with a decimal comma (write 4.5, not 4,5).",
                p.message());
        assertTrue(r.accepted().isEmpty());
    }

    @Test
    void emptyCellsAfterTheLastColumnAreStillExtraCells() {
        Result r = read("careers-service", HEADER + "NEET,2025/26 Q2,E08000035,4.1,,,,,\n");
        Problem p = r.only();
        assertEquals(2, p.line());
        assertEquals("", p.column());
        assertEquals(
                "Line 2 has 9 cells but the header has 7 columns. The cells after the last column are empty:"
                        + " remove the extra commas at the end of the line.",
                p.message());
    }

    @Test
    void aQuotedCommaAndAShortRowAreFine() {
        Result r = read("careers-service", HEADER + """
                NEET,2025/26 Q2,E08000035,4.1,,,"Checked, and confirmed"
                NEET,2025/26 Q1,E08000035,4.1
                """);
        assertTrue(r.problems().isEmpty(), r::summary);
        assertEquals(2, r.accepted().size());
    }

    @Test
    void catalogueAndTargetsRowsWithExtraCellsAreRowErrorsToo() {
        Problems targets = new Problems();
        new TargetsReader(ReturnReaderTest.catalogue())
                .read(bytes("indicator_code,period,target,amber_tolerance\nNEET,2025/26 Q2,4,5,0.3\n"), targets);
        assertEquals(1, targets.total(), targets.listed()::toString);
        assertEquals(2, targets.listed().get(0).line());
        assertEquals("target", targets.listed().get(0).column());
        assertEquals(
                "Line 2 has 5 cells but the header has 4 columns. '4,5' in target looks like a number with a"
                        + " decimal comma: write 4.5, with a full stop.",
                targets.listed().get(0).message());

        Problems catalogue = new Problems();
        new CatalogueReader()
                .read(
                        bytes(
                                ReturnReaderTest.CATALOGUE.lines().findFirst().orElseThrow()
                                        + "\nNEET,NEET 16-17,P04,Participation,Learning,lower,percent,quarterly,45,careers-service,x\n"),
                        catalogue);
        assertEquals(1, catalogue.total(), catalogue.listed()::toString);
        assertEquals(2, catalogue.listed().get(0).line());
        assertTrue(catalogue.listed().get(0).message().startsWith("Line 2 has 11 cells but the header has 10"));
    }

    // ======================================================================= the header

    @Test
    void aMisspeltNumeratorIsAFileErrorNotASilentlyDroppedColumn() {
        // GIVEN a header with numerater for numerator (the numerator used to be dropped without a word)
        Result r = read("careers-service", """
                indicator_code,period,area_code,value,numerater,denominator
                NEET,2025/26 Q2,E08000035,,780,18960
                """);

        // THEN the file is rejected at line 1 in that column, naming the likely column and the allowed ones
        Problem p = r.only();
        assertEquals(1, p.line());
        assertEquals("numerater", p.column());
        assertEquals("Unknown column 'numerater': did you mean 'numerator'? " + ALLOWED, p.message());
        assertEquals(0, r.rows());
        assertTrue(r.accepted().isEmpty());
    }

    @Test
    void anUnnamedColumnIsAFileError() {
        // GIVEN a header with a column whose name was deleted
        Result r = read("careers-service", """
                indicator_code,period,area_code,value,,note
                NEET,2025/26 Q2,E08000035,4.1,,
                """);
        Problem p = r.only();
        assertEquals(1, p.line());
        assertEquals("", p.column());
        assertEquals(
                "Column 5 of the header has no name: name it, or delete the column if it is not needed. " + ALLOWED,
                p.message());
        assertEquals(0, r.rows());
    }

    @Test
    void aColumnNamedTwiceIsAFileErrorNamingBothPositions() {
        Result r = read("careers-service", """
                indicator_code,period,area_code,value,note,Note
                NEET,2025/26 Q2,E08000035,4.1,a,b
                """);
        Problem p = r.only();
        assertEquals(1, p.line());
        assertEquals("note", p.column());
        assertEquals("Column 'note' appears twice in the header (columns 5 and 6): keep one. " + ALLOWED, p.message());
        assertEquals(0, r.rows());
    }

    @Test
    void theActionColumnIsAllowed() {
        Result r = read("careers-service", HEADER.trim() + ",action\nNEET,2025/26 Q2,E08000035,4.1,,,,\n");
        assertTrue(r.problems().isEmpty(), r::summary);
    }

    @Test
    void aHugeUnknownColumnNameIsQuotedShort() {
        String name = "x".repeat(5000);
        Result r = read("careers-service", HEADER.trim() + "," + name + "\nNEET,2025/26 Q2,E08000035,4.1,,,,\n");
        Problem p = r.only();
        assertTrue(p.column().length() < 120, p.column());
        assertTrue(p.message().length() < 400, p.message());
        assertTrue(p.message().contains("(5000 characters)"), p.message());
    }

    // ======================================================================= the parser's limits

    @Test
    void aCellOverTheParsersLimitHasItsOwnMessage() {
        // GIVEN a note of 10,001 characters on line 3, in quotes that are closed
        Result r = read(
                "careers-service",
                HEADER + "NEET,2025/26 Q1,E08000035,4.1,,,\nNEET,2025/26 Q2,E08000035,4.1,,,\"" + "x".repeat(10_001)
                        + "\"\n");

        Problem p = r.problems().listed().get(0);
        assertEquals(3, p.line());
        assertEquals("", p.column());
        assertEquals(
                "Line 3 has a cell longer than 10,000 characters, more than any cell may hold. Check it for a quote"
                        + " (\") that opens a cell and is never closed (the lines after it become part of the cell),"
                        + " or for text pasted into one cell.",
                p.message());
    }

    @Test
    void aRowWithMoreCellsThanTheParserTakesHasItsOwnMessage() {
        // GIVEN a row of 1,001 cells on line 2
        Result r = read("careers-service", HEADER + "NEET" + ",1".repeat(1000) + "\n");
        Problem p = r.problems().listed().get(0);
        assertEquals(2, p.line());
        assertEquals("", p.column());
        assertEquals(
                "Line 2 has more than 1,000 cells (values separated by commas), more than any file here has"
                        + " columns: check that the file is the CSV return it should be, saved with commas between"
                        + " columns.",
                p.message());
        assertFalse(p.message().contains("quoted cell that is never closed"));
    }

    @Test
    void aRowOverTheParsersLengthLimitHasItsOwnMessage() {
        // GIVEN a row of 20 cells of 9,000 characters each (180,000 characters) on line 2
        Result r = read("careers-service", HEADER + ("y".repeat(9000) + ",").repeat(20) + "\n");
        Problem p = r.problems().listed().get(0);
        assertEquals(2, p.line());
        assertEquals(
                "Line 2 is longer than 100,000 characters, more than any row may be. Check it for a quote (\") that"
                        + " opens a cell and is never closed, or for text pasted into the file.",
                p.message());
    }

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
