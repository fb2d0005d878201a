package uk.scrutiny.validation;

/**
 * A provider's text made safe to show: in an error message, at most about {@value #QUOTED}
 * characters of it, however long the cell; in a log line, with every control character written as
 * an escape, so that a key holding a line break or a terminal escape cannot forge or garble log
 * lines.
 */
public final class Printable {
    /** How many characters of a cell a message quotes. */
    public static final int QUOTED = 80;

    private Printable() {}

    /**
     * At most {@value #QUOTED} characters of {@code text}, control characters escaped, with "..."
     * and the full length when it was cut: what a message quotes of a cell.
     */
    public static String quoted(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), QUOTED) + 32);
        int i = 0;
        while (i < text.length() && out.length() < QUOTED) {
            int cp = text.codePointAt(i);
            append(out, cp);
            i += Character.charCount(cp);
        }
        if (i < text.length()) {
            out.append("... (").append(text.length()).append(" characters)");
        }
        return out.toString();
    }

    /** The whole of {@code text} with control characters escaped ({@code \n}, {@code \u001b}): for logs. */
    public static String escaped(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> append(out, cp));
        return out.toString();
    }

    /** Whether {@code text} holds a control character (C0, DEL or C1), such as a line break or a tab. */
    public static boolean hasControlCharacter(String text) {
        return text.chars().anyMatch(Printable::isControl);
    }

    /** The first control character's position (0-based), or -1. */
    public static int firstControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isControl(int c) {
        // ISO controls, and the line and paragraph separators that some log viewers break lines at.
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }

    private static void append(StringBuilder out, int cp) {
        switch (cp) {
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            default -> {
                if (isControl(cp)) {
                    out.append(String.format("\\u%04x", cp));
                } else {
                    out.appendCodePoint(cp);
                }
            }
        }
    }
}
