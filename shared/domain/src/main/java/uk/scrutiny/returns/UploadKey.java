package uk.scrutiny.returns;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import uk.scrutiny.areas.AreasReader;
import uk.scrutiny.catalogue.CatalogueReader;
import uk.scrutiny.commentary.CommentaryReader;
import uk.scrutiny.validation.Printable;

/**
 * Where a key sits in the returns bucket's layout: the catalogue, the targets, the areas, a commentary
 * file, or a provider's return. Anything else is outside the layout and is reported as such. Reports go under
 * {@code reports/}, which never triggers processing.
 */
public record UploadKey(Kind kind, String key, String provider) {
    public enum Kind {
        CATALOGUE,
        TARGETS,
        AREAS,
        COMMENTARY,
        RETURN,
        OUTSIDE_LAYOUT
    }

    public static final String CATALOGUE_KEY = "config/indicators.csv";
    public static final String TARGETS_KEY = "config/targets.csv";
    public static final String AREAS_KEY = AreasReader.KEY;
    /** The performance team's judged ratings and stories: commentary/&lt;any name&gt;.csv. */
    public static final String COMMENTARY_PREFIX = CommentaryReader.PREFIX;

    public static final Set<String> RESERVED_PROVIDERS = CatalogueReader.RESERVED_PROVIDERS;

    /** S3's limit on a key, in UTF-8 bytes: a report's key must fit it too. */
    static final int MAX_KEY_BYTES = 1024;

    /**
     * Where the key sits. A key with a control character (a line break, a tab, an escape) is outside
     * the layout whatever its folder: it is reported, never read.
     */
    public static UploadKey of(String key) {
        if (Printable.hasControlCharacter(key)) {
            return new UploadKey(Kind.OUTSIDE_LAYOUT, key, providerGuess(key).orElse(null));
        }
        if (CATALOGUE_KEY.equals(key)) {
            return new UploadKey(Kind.CATALOGUE, key, null);
        }
        if (TARGETS_KEY.equals(key)) {
            return new UploadKey(Kind.TARGETS, key, null);
        }
        if (AREAS_KEY.equals(key)) {
            return new UploadKey(Kind.AREAS, key, null);
        }
        if (key.startsWith(COMMENTARY_PREFIX)
                && key.length() > COMMENTARY_PREFIX.length() + ".csv".length()
                && key.toLowerCase().endsWith(".csv")) {
            return new UploadKey(Kind.COMMENTARY, key, null);
        }
        String provider = returnProvider(key);
        if (provider != null && key.toLowerCase().endsWith(".csv")) {
            return new UploadKey(Kind.RETURN, key, provider);
        }
        return new UploadKey(Kind.OUTSIDE_LAYOUT, key, providerGuess(key).orElse(null));
    }

    /** The provider of a key shaped {@code returns/<provider>/<name>}, or null. */
    private static String returnProvider(String key) {
        if (!key.startsWith("returns/")) {
            return null;
        }
        String rest = key.substring("returns/".length());
        int slash = rest.indexOf('/');
        if (slash > 0 && slash < rest.length() - 1 && !RESERVED_PROVIDERS.contains(rest.substring(0, slash))) {
            return rest.substring(0, slash);
        }
        return null;
    }

    private static Optional<String> providerGuess(String key) {
        String[] parts = key.split("/");
        return parts.length > 2 && parts[0].equals("returns") ? Optional.of(parts[1]) : Optional.empty();
    }

    /**
     * {@code returns/connexions/neet.csv} reports to {@code reports/connexions/neet.csv.json}; others to
     * {@code reports/<key>.json}, so that no two uploads share a report.
     */
    public String reportKey() {
        // A return whose name has a control character is rejected, but reported where its provider looks.
        boolean providers = kind == Kind.RETURN
                || Printable.hasControlCharacter(key)
                        && returnProvider(key) != null
                        && key.toLowerCase().endsWith(".csv");
        String report = "reports/" + (providers ? key.substring("returns/".length()) : key) + ".json";
        if (report.getBytes(StandardCharsets.UTF_8).length <= MAX_KEY_BYTES) {
            return report;
        }
        // Past S3's limit: cut, then the start of the hash of the whole key, so that no two uploads share a report.
        String hash = HexFormat.of().formatHex(sha256(key)).substring(0, 16);
        String suffix = "~" + hash + ".json";
        String kept = report.substring(0, report.length() - ".json".length());
        while ((kept + suffix).getBytes(StandardCharsets.UTF_8).length > MAX_KEY_BYTES) {
            int end = kept.length() - 1;
            if (Character.isLowSurrogate(kept.charAt(end))) {
                end--;
            }
            kept = kept.substring(0, end);
        }
        return kept + suffix;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    /** What the provider should have done, for a key outside the layout. */
    public String layoutAdvice() {
        int control = Printable.firstControlCharacter(key);
        if (control >= 0) {
            return "The file's name '" + Printable.quoted(key) + "' has a control character ("
                    + Printable.escaped(key.substring(control, control + 1)) + ") at position " + (control + 1)
                    + ": rename the file with letters, digits, spaces, '-', '_' and '.' only and upload it again."
                    + " Nothing in it was read.";
        }
        return "The file '" + Printable.quoted(key)
                + "' is outside the bucket's layout: upload returns as returns/<provider>/<name>.csv,"
                + " the catalogue as " + CATALOGUE_KEY + ", targets as " + TARGETS_KEY + ", areas as " + AREAS_KEY
                + " and commentary as " + COMMENTARY_PREFIX + "<name>.csv.";
    }
}
