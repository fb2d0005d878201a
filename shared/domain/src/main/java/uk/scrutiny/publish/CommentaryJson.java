package uk.scrutiny.publish;

import uk.scrutiny.commentary.Commentary;
import uk.scrutiny.rating.Headline;

/**
 * The performance team's commentary in the published files: the headline rating beside the
 * computed {@code rag}, the judged rating with its reason, and the story and actions. Text is
 * written exactly as uploaded (JSON-escaped, never HTML-escaped): the dashboard shows it as text.
 */
final class CommentaryJson {
    private CommentaryJson() {}

    /** {@code headlineRag}, {@code judged} and {@code story}, on an indicator or a priority. */
    static void headline(JsonOut out, Headline headline) {
        out.field("headlineRag", headline.rag());
        Commentary judged = headline.judged();
        if (judged == null) {
            out.nullField("judged");
        } else {
            out.startObject("judged");
            out.field("rating", judged.judgedRating().name());
            out.field("reason", judged.reason());
            out.field("author", judged.author());
            out.field("period", PeriodText.of(judged.period()));
            out.endObject();
        }
        Commentary story = headline.story();
        if (story == null) {
            out.nullField("story");
        } else {
            out.startObject("story");
            out.field("story", story.story());
            out.field("actions", story.actions());
            out.field("author", story.author());
            out.field("period", PeriodText.of(story.period()));
            out.endObject();
        }
    }
}
