package uk.scrutiny.csv;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CSV file read as a stream of rows, never whole: strict UTF-8 (a byte that is not UTF-8 stops
 * the read and says where), an optional byte-order mark, CRLF or LF line ends, quoted cells with
 * commas, quotes and line breaks, header names matched case-insensitively in any order, and blank
 * lines (trailing ones included) skipped.
 */
public final class CsvTable implements Closeable {
    /**
     * The parser's limits, far above any good file (a return has 8 columns and notes of at most
     * 2,000 characters) and low enough that one row never holds much memory. Reaching one stops
     * the read with a message of its own.
     */
    public static final int MAX_CELLS = 1_000;

    public static final int MAX_CELL_CHARS = 10_000;
    public static final int MAX_ROW_CHARS = 100_000;

    private static final Pattern AT_LINE = Pattern.compile("line (\\d+)");
    private final Reader reader;
    private final CsvReader<CsvRecord> csv;
    private final Iterator<CsvRecord> records;
    private final Map<String, Integer> columns;
    private final List<String> header;
    /** The last line read, so that a decoding error can say roughly where it happened. */
    private long lastLine;

    private CsvTable(InputStream in) {
        // The checking stream finds bad bytes (on their exact line); the decoder then never meets one.
        this.reader = new QuoteCheckingReader(withoutByteOrderMark(new BufferedReader(
                new InputStreamReader(
                        new Utf8CheckingInputStream(in),
                        StandardCharsets.UTF_8
                                .newDecoder()
                                .onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT)),
                64 * 1024)));
        this.csv = CsvReader.builder()
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .build(
                        CsvRecordHandler.builder()
                                .maxFields(MAX_CELLS)
                                .maxFieldSize(MAX_CELL_CHARS)
                                .maxRecordSize(MAX_ROW_CHARS)
                                .build(),
                        reader);
        this.records = csv.iterator();
        CsvRecord first = nextNonBlank();
        if (first == null) {
            this.header = List.of();
            this.columns = Map.of();
        } else {
            List<String> names =
                    first.getFields().stream().map(CsvTable::headerName).toList();
            Map<String, Integer> map = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                map.putIfAbsent(names.get(i), i);
            }
            this.header = names;
            this.columns = Collections.unmodifiableMap(map);
        }
    }

    /** Opens the stream and reads the header line. The caller closes the table. */
    public static CsvTable open(InputStream in) {
        return new CsvTable(in);
    }

    /** Excel's "CSV UTF-8" starts with a byte-order mark; it is not part of the first column's name. */
    private static Reader withoutByteOrderMark(BufferedReader in) {
        try {
            in.mark(1);
            if (in.read() != '\uFEFF') {
                in.reset();
            }
            return in;
        } catch (IOException e) {
            throw translate(e);
        }
    }

    private static String headerName(String raw) {
        return raw.trim().toLowerCase(Locale.ROOT);
    }

    /** True when the file has no header at all (empty, or only blank lines). */
    public boolean isEmpty() {
        return header.isEmpty();
    }

    /** The header's column names, lower-case, in file order. */
    public List<String> header() {
        return header;
    }

    public boolean hasColumn(String name) {
        return columns.containsKey(name);
    }

    /** The data rows after the header; blank rows are skipped. */
    public Iterator<CsvRow> rows() {
        return new Iterator<>() {
            private CsvRecord next = nextNonBlank();

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public CsvRow next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                CsvRecord current = next;
                next = nextNonBlank();
                return new CsvRow(current.getStartingLineNumber(), current.getFields(), columns, header);
            }
        };
    }

    private CsvRecord nextNonBlank() {
        try {
            while (records.hasNext()) {
                CsvRecord r = records.next();
                lastLine = r.getStartingLineNumber();
                if (!isBlank(r)) {
                    return r;
                }
            }
            return null;
        } catch (UncheckedIOException e) {
            throw translate(e.getCause());
        } catch (CsvParseException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException u) {
                cause = u.getCause();
            }
            if (cause instanceof IOException io) {
                throw translate(io);
            }
            CsvFileException limit = parserLimit(e);
            if (limit != null) {
                throw limit;
            }
            throw new CsvFileException(
                    lastLine + 1,
                    "The file cannot be read as CSV after line " + lastLine
                            + ": check for a quoted cell that is never closed (" + e.getMessage() + ").",
                    e);
        }
    }

    /**
     * The parser's own limits, said as such: a cell, a row or a number of cells too large (often a
     * quote never closed, or a file that is not this kind of CSV), never mistaken for a quoting error.
     * Returns null for any other parse error.
     */
    static CsvFileException parserLimit(CsvParseException e) {
        String detail = "";
        for (Throwable t = e; t != null; t = t.getCause()) {
            detail += " " + t.getMessage();
        }
        Matcher at = AT_LINE.matcher(detail);
        long line = at.find() ? Long.parseLong(at.group(1)) : 0;
        String where = line > 0 ? "Line " + line : "A line";
        String message;
        if (detail.contains("max field size") || detail.contains("maximum buffer size")) {
            message = where + " has a cell longer than " + String.format("%,d", MAX_CELL_CHARS)
                    + " characters, more than any cell may hold. Check it for a quote (\") that opens a cell and is"
                    + " never closed (the lines after it become part of the cell), or for text pasted into one cell.";
        } else if (detail.contains("max record size")) {
            message = where + " is longer than " + String.format("%,d", MAX_ROW_CHARS)
                    + " characters, more than any row may be. Check it for a quote (\") that opens a cell and is"
                    + " never closed, or for text pasted into the file.";
        } else if (detail.contains("maximum limit of") && detail.contains("fields")) {
            message = where + " has more than " + String.format("%,d", MAX_CELLS)
                    + " cells (values separated by commas), more than any file here has columns: check that the"
                    + " file is the CSV return it should be, saved with commas between columns.";
        } else {
            return null;
        }
        return new CsvFileException(line, message, e);
    }

    private static CsvFileException translate(IOException e) {
        if (e instanceof UnclosedQuoteException open) {
            return new CsvFileException(
                    open.line,
                    "A quoted cell opened on line " + open.line + " is never closed,"
                            + " so the rest of the file would be read as part of it: check line " + open.line
                            + " for a missing closing quote (\").",
                    e);
        }
        if (e instanceof Utf8CheckingInputStream.NotUtf8Exception bad) {
            return new CsvFileException(
                    bad.line(),
                    "The file is not UTF-8 text: line " + bad.line() + " has a "
                            + bad.getMessage() + " that is not UTF-8 (often an accented letter or a pound sign saved"
                            + " as Windows-1252). Save the file as 'CSV UTF-8' and upload it again.",
                    e);
        }
        if (e instanceof CharacterCodingException) {
            return new CsvFileException(
                    0, "The file is not UTF-8 text. Save it as 'CSV UTF-8' and upload it again.", e);
        }
        return new CsvFileException(0, "The file could not be read: " + e.getMessage(), e);
    }

    private static boolean isBlank(CsvRecord r) {
        for (String f : r.getFields()) {
            if (!f.isBlank()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }

    /**
     * Follows the quoting as the CSV parser does (a quote opens a cell only at its start; a doubled
     * quote inside is a quote) and fails at the end of the file if a quoted cell is still open: the
     * parser would otherwise take everything after the stray quote as one cell and lose those rows.
     */
    private static final class QuoteCheckingReader extends FilterReader {
        private static final int FIELD_START = 0;
        private static final int UNQUOTED = 1;
        private static final int QUOTED = 2;
        private static final int QUOTE_IN_QUOTED = 3;

        private int state = FIELD_START;
        private long line = 1;
        private long openedOn;

        QuoteCheckingReader(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c < 0) {
                end();
            } else {
                track((char) c);
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n < 0) {
                end();
            }
            for (int i = 0; i < n; i++) {
                track(buffer[offset + i]);
            }
            return n;
        }

        private void track(char c) {
            boolean endOfField = c == ',' || c == '\n' || c == '\r';
            switch (state) {
                case FIELD_START -> {
                    if (c == '"') {
                        state = QUOTED;
                        openedOn = line;
                    } else if (!endOfField) {
                        state = UNQUOTED;
                    }
                }
                case UNQUOTED -> {
                    if (endOfField) {
                        state = FIELD_START;
                    }
                }
                case QUOTED -> {
                    if (c == '"') {
                        state = QUOTE_IN_QUOTED;
                    }
                }
                default -> state = c == '"' ? QUOTED : endOfField ? FIELD_START : UNQUOTED;
            }
            if (c == '\n') {
                line++;
            }
        }

        private void end() throws UnclosedQuoteException {
            if (state == QUOTED) {
                throw new UnclosedQuoteException(openedOn);
            }
        }
    }

    private static final class UnclosedQuoteException extends IOException {
        private final long line;

        UnclosedQuoteException(long line) {
            super("a quoted cell opened on line " + line + " is never closed");
            this.line = line;
        }
    }
}
