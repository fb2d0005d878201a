package uk.scrutiny.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    private static InputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<CsvRow> rows(CsvTable table) {
        List<CsvRow> rows = new ArrayList<>();
        table.rows().forEachRemaining(rows::add);
        return rows;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void headerNamesAreTrimmedLowerCaseAndLookedUpInAnyOrder() throws IOException {
        try (CsvTable table = CsvTable.open(utf8(" Value ,AREA_CODE,Period\n12.5,E08000035,2007\n"))) {
            assertEquals(List.of("value", "area_code", "period"), table.header());
            assertTrue(table.hasColumn("area_code"));
            assertFalse(table.hasColumn("AREA_CODE"));
            CsvRow row = rows(table).get(0);
            assertEquals("E08000035", row.get("area_code"));
            assertEquals("12.5", row.get("value"));
            assertEquals("2007", row.get("period"));
            assertEquals(2, row.line());
        }
    }

    @Test
    void cellsAreTrimmedButRawKeepsSpacing() throws IOException {
        try (CsvTable table = CsvTable.open(utf8("a,note\n 1 ,\"  two  spaces \"\n"))) {
            CsvRow row = rows(table).get(0);
            assertEquals("1", row.get("a"));
            assertEquals("two  spaces", row.get("note"));
            assertEquals("  two  spaces ", row.raw("note"));
        }
    }

    @Test
    void absentColumnOrShortRowReadsAsEmpty() throws IOException {
        try (CsvTable table = CsvTable.open(utf8("a,b,c\n1\n"))) {
            CsvRow row = rows(table).get(0);
            assertEquals("1", row.get("a"));
            assertEquals("", row.get("c"));
            assertEquals("", row.get("nope"));
            assertEquals("", row.raw("c"));
        }
    }

    @Test
    void byteOrderMarkIsNotPartOfTheFirstColumnName() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        try (CsvTable table = CsvTable.open(new ByteArrayInputStream(concat(bom, ascii("code,title\nA,B\n"))))) {
            assertEquals(List.of("code", "title"), table.header());
            assertEquals("A", rows(table).get(0).get("code"));
        }
    }

    @Test
    void crlfLineEndsAndQuotedCommasQuotesAndNewlines() throws IOException {
        String text = "id,note\r\n"
                + "1,\"a, b\"\r\n"
                + "2,\"she said \"\"hi\"\"\"\r\n"
                + "3,\"two\nlines\"\r\n"
                + "4,\"three\r\nline\r\nnote\"\r\n"
                + "5,last\r\n";
        try (CsvTable table = CsvTable.open(utf8(text))) {
            List<CsvRow> rows = rows(table);
            assertEquals(5, rows.size());
            assertEquals("a, b", rows.get(0).get("note"));
            assertEquals("she said \"hi\"", rows.get(1).get("note"));
            assertEquals("two\nlines", rows.get(2).raw("note"));
            assertEquals(
                    List.of(2L, 3L, 4L, 6L, 9L),
                    rows.stream().map(CsvRow::line).toList(),
                    "a row is reported on the line it starts on, counting the lines earlier rows span");
        }
    }

    @Test
    void blankLinesAnywhereAndTrailingAreSkippedButCountedForLineNumbers() throws IOException {
        try (CsvTable table = CsvTable.open(utf8("\n\na,b\n\n1,2\n,\n3,4\n\n\r\n\n"))) {
            assertEquals(List.of("a", "b"), table.header());
            List<CsvRow> rows = rows(table);
            assertEquals(List.of("1", "3"), rows.stream().map(r -> r.get("a")).toList());
            assertEquals(List.of(5L, 7L), rows.stream().map(CsvRow::line).toList());
        }
    }

    @Test
    void emptyFileOrOnlyBlankLinesHasNoHeader() throws IOException {
        try (CsvTable table = CsvTable.open(utf8(""))) {
            assertTrue(table.isEmpty());
            assertFalse(table.rows().hasNext());
        }
        try (CsvTable table = CsvTable.open(utf8("\r\n\n  \n"))) {
            assertTrue(table.isEmpty());
        }
        try (CsvTable table =
                CsvTable.open(new ByteArrayInputStream(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}))) {
            assertTrue(table.isEmpty(), "a byte-order mark alone is still empty");
        }
    }

    @Test
    void rowsIteratorThrowsWhenExhausted() throws IOException {
        try (CsvTable table = CsvTable.open(utf8("a\n1\n"))) {
            Iterator<CsvRow> it = table.rows();
            it.next();
            assertFalse(it.hasNext());
            assertThrows(NoSuchElementException.class, it::next);
        }
    }

    @Test
    void duplicateHeaderNameReadsTheFirstColumn() throws IOException {
        try (CsvTable table = CsvTable.open(utf8("a,A\nfirst,second\n"))) {
            assertEquals(List.of("a", "a"), table.header());
            assertEquals("first", rows(table).get(0).get("a"));
        }
    }

    @Test
    void multiByteUtf8IsReadIntact() throws IOException {
        try (CsvTable table = CsvTable.open(utf8("note\nCafé £40 – 😀\n"))) {
            assertEquals("Café £40 – 😀", rows(table).get(0).get("note"));
        }
    }

    // ---- not UTF-8: the exact line of the first bad byte

    @Test
    void latin1AccentOnLine3Of5IsReportedOnLine3() {
        byte[] file =
                concat(ascii("id,note\n1,fine\n2,Chlo"), new byte[] {(byte) 0xE9}, ascii(" checked\n3,ok\n4,ok\n"));

        CsvFileException e = readAll(file);

        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
        assertTrue(e.getMessage().contains("0xE9"), e.getMessage());
        assertTrue(e.getMessage().contains("not UTF-8"), e.getMessage());
        assertTrue(e.getMessage().contains("CSV UTF-8"), "says how to fix it: " + e.getMessage());
    }

    @Test
    void latin1ByteAtTheVeryEndOfALineStaysOnThatLine() {
        byte[] file = concat(ascii("id,note\n1,caf"), new byte[] {(byte) 0xE9}, ascii("\n2,ok\n"));
        assertEquals(2, readAll(file).line());
        byte[] crlf = concat(ascii("id,note\r\n1,ok\r\n2,"), new byte[] {(byte) 0xA3}, ascii("\r\n3,ok\r\n"));
        assertEquals(3, readAll(crlf).line(), "a stray continuation byte (pound sign in Latin-1)");
    }

    @Test
    void badByteFarIntoALargeFileIsReportedOnItsExactLine() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ascii("id,note\n"));
        for (int i = 2; i < 20_000; i++) {
            out.writeBytes(ascii(i + ",row " + i + " with some padding text to fill the buffers\n"));
        }
        out.writeBytes(ascii("20000,bad "));
        out.write(0xFF);
        out.writeBytes(ascii("\n20001,ok\n"));

        assertEquals(20_000, readAll(out.toByteArray()).line());
    }

    @Test
    void badByteInsideAMultiLineQuotedCellIsReportedOnItsPhysicalLine() {
        byte[] file = concat(ascii("id,note\n1,\"first\nsecond "), new byte[] {(byte) 0xE9}, ascii("\"\n"));
        assertEquals(3, readAll(file).line());
    }

    @Test
    void truncatedMultiByteCharacterAtEndOfFile() {
        byte[] file = concat(ascii("id,note\n1,ok\n2,caf"), new byte[] {(byte) 0xC3});

        CsvFileException e = readAll(file);

        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("0xC3"), e.getMessage());
    }

    @Test
    void truncatedFourByteCharacterAtEndOfFile() {
        byte[] file = concat(ascii("id,note\n1,"), new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98});
        assertEquals(2, readAll(file).line());
    }

    @Test
    void overlongEncodingIsRejected() {
        byte[] file = concat(ascii("id,note\n1,ok\n2,a"), new byte[] {(byte) 0xC0, (byte) 0xAF}, ascii("b\n"));

        CsvFileException e = readAll(file);

        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("0xC0"), e.getMessage());
    }

    @Test
    void otherIllFormedSequencesAreRejected() {
        byte[][] bad = {
            {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, // overlong three-byte slash
            {(byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0xAF}, // overlong four-byte
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // UTF-16 surrogate D800
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // above U+10FFFF
            {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80},
            {(byte) 0xC1, (byte) 0xBF},
            {(byte) 0x80},
            {(byte) 0xFE},
        };
        for (byte[] b : bad) {
            byte[] file = concat(ascii("id,note\n1,"), b, ascii("\n"));
            assertEquals(
                    2,
                    readAll(file).line(),
                    () -> "bytes " + java.util.HexFormat.of().formatHex(b));
        }
    }

    @Test
    void badByteInTheHeaderIsLine1() {
        byte[] file = concat(ascii("id,n"), new byte[] {(byte) 0xE9}, ascii("e\n1,2\n"));
        assertEquals(1, readAll(file).line());
    }

    @Test
    void checkingStreamPassesValidBytesThroughUnchanged() throws IOException {
        byte[] valid = "a,é,€,😀\n\uFEFFz".getBytes(StandardCharsets.UTF_8);
        try (InputStream in = new Utf8CheckingInputStream(new ByteArrayInputStream(valid))) {
            assertArrayEquals(valid, in.readAllBytes());
        }
        ByteArrayOutputStream oneByOne = new ByteArrayOutputStream();
        try (InputStream in = new Utf8CheckingInputStream(new ByteArrayInputStream(valid))) {
            for (int b = in.read(); b >= 0; b = in.read()) {
                oneByOne.write(b);
            }
        }
        assertArrayEquals(valid, oneByOne.toByteArray());
    }

    @Test
    void checkingStreamReadByteByByteFindsTheLineToo() {
        byte[] file = concat(ascii("a\nb\nc"), new byte[] {(byte) 0xE9}, ascii("\n"));
        IOException e = assertThrows(IOException.class, () -> {
            try (InputStream in = new Utf8CheckingInputStream(new ByteArrayInputStream(file))) {
                while (in.read() >= 0) {
                    // read on
                }
            }
        });
        assertEquals(3, ((Utf8CheckingInputStream.NotUtf8Exception) e).line());
    }

    // ---- unreadable CSV

    @Test
    void unterminatedQuoteIsAFileErrorRatherThanSwallowingTheRestOfTheFile() {
        // GIVEN a quote opened on line 3 and never closed: a lenient parser reads lines 3-5 as one cell
        CsvFileException e = readAll(ascii("id,note\n1,ok\n2,\"never closed\n3,x\n4,y\n"));

        assertEquals(3, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
        assertTrue(e.getMessage().contains("quote"), e.getMessage());
    }

    @Test
    void closedQuotesOfEveryShapeAreFine() throws IOException {
        String text = "id,note\n"
                + "1,\"\"\n" // empty quoted cell
                + "2,\"ends with a quote \"\"\"\n" // doubled quote just before the closing one
                + "3,\"\"\"quoted\"\" at the start\"\n"
                + "\"4\",\"last cell, no newline at end of file\"";
        try (CsvTable table = CsvTable.open(utf8(text))) {
            List<CsvRow> rows = rows(table);
            assertEquals(
                    List.of(
                            "",
                            "ends with a quote \"",
                            "\"quoted\" at the start",
                            "last cell, no newline at end of file"),
                    rows.stream().map(r -> r.get("note")).toList());
            assertEquals("4", rows.get(3).get("id"));
        }
    }

    @Test
    void unterminatedQuoteOnTheLastLineWithoutANewline() {
        CsvFileException e = readAll(ascii("id,note\r\n1,ok\r\n2,\"oops"));
        assertEquals(3, e.line(), e.getMessage());
    }

    @Test
    void charactersAfterAClosingQuoteAreAFileError() {
        CsvFileException e = readAll(ascii("id,note\n1,ok\n2,\"closed\"then more\n"));
        assertTrue(e.getMessage().contains("quoted cell"), e.getMessage());
    }

    @Test
    void aQuoteInsideAnUnquotedCellIsJustACharacter() throws IOException {
        try (CsvTable table = CsvTable.open(utf8("id,note\n1,5\" screen\n2,x\n"))) {
            List<CsvRow> rows = rows(table);
            assertEquals(2, rows.size());
            assertEquals("5\" screen", rows.get(0).get("note"));
        }
    }

    private static CsvFileException readAll(byte[] file) {
        return assertThrows(CsvFileException.class, () -> {
            try (CsvTable table = CsvTable.open(new ByteArrayInputStream(file))) {
                table.rows().forEachRemaining(r -> {});
            }
        });
    }
}
