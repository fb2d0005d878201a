package uk.scrutiny.catalogue;

/**
 * What an indicator measures, from the catalogue's optional columns: its definition, where the
 * figures come from, how they are calculated and who owns it. Each is plain text (line breaks
 * kept), at most {@link uk.scrutiny.validation.TextCell#MAX} characters, or null when not given.
 */
public record About(String definition, String source, String methodology, String owner) {
    public static final About NONE = new About(null, null, null, null);

    public About {
        definition = blankToNull(definition);
        source = blankToNull(source);
        methodology = blankToNull(methodology);
        owner = blankToNull(owner);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
