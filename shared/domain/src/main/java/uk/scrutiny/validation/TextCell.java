package uk.scrutiny.validation;

/**
 * A cell of free text written by people (a definition, a judged rating's reason, a story): at most
 * {@value #MAX} characters of plain text. It is kept exactly as written, markup included (a
 * {@code <b>} stays those three characters; whoever shows it must show it as text), except that
 * CRLF line ends become LF and the ends are trimmed. Line breaks and tabs are allowed; any other
 * control character (an escape, a NUL, a backspace, U+2028) is a row error, since it cannot be
 * shown and is most often a sign of pasted binary or terminal text.
 */
public final class TextCell {
    /** The most characters any free-text cell may hold. */
    public static final int MAX = 2000;

    private TextCell() {}

    /**
     * The text to keep (null when empty), adding a problem when it is too long or holds a control
     * character other than a line break or a tab.
     */
    public static String check(String raw, long line, String column, Problems problems) {
        String text =
                raw == null ? "" : raw.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (text.isEmpty()) {
            return null;
        }
        boolean ok = CellLimits.fits(text, MAX, "a text cell", line, column, problems);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\n' && c != '\t' && Printable.hasControlCharacter(String.valueOf(c))) {
                problems.add(
                        line,
                        column,
                        column + " has a control character (" + Printable.escaped(String.valueOf(c))
                                + ") at position " + (i + 1) + ": text cells hold plain text only (line breaks and"
                                + " tabs are fine). Remove it, often by retyping the text rather than pasting it.");
                ok = false;
                break;
            }
        }
        return ok ? text : null;
    }
}
