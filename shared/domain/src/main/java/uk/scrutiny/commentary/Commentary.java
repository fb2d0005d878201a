package uk.scrutiny.commentary;

import uk.scrutiny.period.Period;

/**
 * One row of a commentary file: what the performance team says about an indicator or a priority
 * for one period. Text is kept exactly as written (markup included; it is shown as text).
 *
 * @param kind         whether {@code code} is an indicator's code or a priority's
 * @param period       for an indicator, one of its own periods; for a priority, a financial year or a quarter
 * @param judgedRating null when the row judges nothing (a story only)
 * @param reason       why the judged rating differs, or null; given whenever a rating is
 * @param story        the story behind the figures, or null
 * @param actions      what is being done, or null
 * @param author       who wrote it, or null
 * @param line         the row's line in its file
 */
public record Commentary(
        String code,
        Kind kind,
        Period period,
        JudgedRating judgedRating,
        String reason,
        String story,
        String actions,
        String author,
        long line) {

    /** What a commentary row's code names. */
    public enum Kind {
        INDICATOR,
        PRIORITY
    }

    /** Whether it has a story or actions to publish. */
    public boolean hasStory() {
        return story != null || actions != null;
    }
}
