package uk.scrutiny.rating;

import uk.scrutiny.commentary.Commentary;

/**
 * The rating an indicator or priority is shown with, and the commentary behind it. Without a
 * judged rating for the latest period the headline is the computed rating.
 *
 * @param rag     the headline rating's name: the judged rating when there is one, else the computed one
 * @param judged  the commentary whose judged rating this is, or null
 * @param story   the commentary whose story and actions are published, or null
 */
public record Headline(String rag, Commentary judged, Commentary story) {
    public static Headline computed(String rag) {
        return new Headline(rag, null, null);
    }

    public boolean isJudged() {
        return judged != null;
    }
}
