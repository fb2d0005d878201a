package uk.scrutiny.rating;

/** Why a sub-area's figure is withheld from publication. */
public enum Suppression {
    /** Its numerator (or count) is from 1 to the threshold less one: it could identify people. */
    SMALL_NUMBER("small number"),
    /** The only other suppressed figure could be worked out from the home total without hiding this one too. */
    SECONDARY("secondary");

    private final String text;

    Suppression(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
