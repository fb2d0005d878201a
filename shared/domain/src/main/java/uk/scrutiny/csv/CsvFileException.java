package uk.scrutiny.csv;

/** The file cannot be read as CSV text at all (not UTF-8, an unterminated quote); says where. */
public class CsvFileException extends RuntimeException {
    private final long line;

    public CsvFileException(long line, String message, Throwable cause) {
        super(message, cause);
        this.line = line;
    }

    /** The 1-based line where reading stopped, or 0 when unknown. */
    public long line() {
        return line;
    }
}
