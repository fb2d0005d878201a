package uk.scrutiny.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Every problem found in a file, in the order found. The report lists the first {@value #LISTED}
 * in full and counts the rest, so a file where every one of a million rows is wrong still gives a
 * report that can be read (and stored in S3) rather than one that exhausts memory. Whatever the
 * upload, the listed problems take at most {@value #LISTED_BYTES} bytes of report JSON, so a report
 * stays under 1 MB: messages quote at most about 80 characters of a cell ({@link Printable}), and a
 * message or column name that is still too long is cut here.
 */
public final class Problems {
    public static final int LISTED = 1000;
    /** The most the listed problems may take in the report's JSON (with its indentation). */
    public static final int LISTED_BYTES = 900_000;

    static final int MAX_MESSAGE_CHARS = 1000;
    static final int MAX_COLUMN_CHARS = 100;
    /** A listed problem's JSON beyond its column and message: braces, names, line number, indentation. */
    private static final int PROBLEM_OVERHEAD_BYTES = 100;

    private final List<Problem> listed = new ArrayList<>();
    private long total;
    private long listedBytes;

    public void add(long line, String column, String message) {
        add(new Problem(line, column, message));
    }

    public void add(Problem problem) {
        total++;
        if (listed.size() >= LISTED) {
            return;
        }
        Problem shown = new Problem(
                problem.line(), cut(problem.column(), MAX_COLUMN_CHARS), cut(problem.message(), MAX_MESSAGE_CHARS));
        long bytes = jsonBytes(shown.column()) + jsonBytes(shown.message()) + PROBLEM_OVERHEAD_BYTES;
        if (listedBytes + bytes <= LISTED_BYTES) {
            listed.add(shown);
            listedBytes += bytes;
        }
    }

    private static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = max - 3;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "...";
    }

    /** The most bytes {@code text} can take as a JSON string in UTF-8, escapes included. */
    static long jsonBytes(String text) {
        if (text == null) {
            return 4;
        }
        long bytes = 2;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                bytes += 6;
            } else if (c == '"' || c == '\\') {
                bytes += 2;
            } else if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800 || Character.isSurrogate(c)) {
                bytes += 2; // a surrogate pair is 4 bytes, 2 per char
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    public boolean isEmpty() {
        return total == 0;
    }

    public long total() {
        return total;
    }

    public List<Problem> listed() {
        return Collections.unmodifiableList(listed);
    }
}
