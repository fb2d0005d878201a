package uk.scrutiny.validation;

/**
 * One thing wrong with an uploaded file, said so that the provider can fix it.
 *
 * @param line   1-based line of the file; 0 for the file as a whole
 * @param column the column at fault, or "" for the file or the whole row
 */
public record Problem(long line, String column, String message) {
    public static Problem ofFile(String message) {
        return new Problem(0, "", message);
    }
}
