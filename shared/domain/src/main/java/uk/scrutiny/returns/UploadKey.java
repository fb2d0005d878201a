package uk.scrutiny.returns;

import java.util.Optional;
import java.util.Set;
import uk.scrutiny.areas.AreasReader;
import uk.scrutiny.catalogue.CatalogueReader;

/**
 * Where a key sits in the returns bucket's layout: the catalogue, the targets, the areas, or a provider's
 * return. Anything else is outside the layout and is reported as such. Reports go under
 * {@code reports/}, which never triggers processing.
 */
public record UploadKey(Kind kind, String key, String provider) {
    public enum Kind {
        CATALOGUE,
        TARGETS,
        AREAS,
        RETURN,
        OUTSIDE_LAYOUT
    }

    public static final String CATALOGUE_KEY = "config/indicators.csv";
    public static final String TARGETS_KEY = "config/targets.csv";
    public static final String AREAS_KEY = AreasReader.KEY;
    public static final Set<String> RESERVED_PROVIDERS = CatalogueReader.RESERVED_PROVIDERS;

    public static UploadKey of(String key) {
        if (CATALOGUE_KEY.equals(key)) {
            return new UploadKey(Kind.CATALOGUE, key, null);
        }
        if (TARGETS_KEY.equals(key)) {
            return new UploadKey(Kind.TARGETS, key, null);
        }
        if (AREAS_KEY.equals(key)) {
            return new UploadKey(Kind.AREAS, key, null);
        }
        if (key.startsWith("returns/")) {
            String rest = key.substring("returns/".length());
            int slash = rest.indexOf('/');
            if (slash > 0
                    && slash < rest.length() - 1
                    && key.toLowerCase().endsWith(".csv")
                    && !RESERVED_PROVIDERS.contains(rest.substring(0, slash))) {
                return new UploadKey(Kind.RETURN, key, rest.substring(0, slash));
            }
        }
        return new UploadKey(Kind.OUTSIDE_LAYOUT, key, providerGuess(key).orElse(null));
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
        String base = kind == Kind.RETURN ? key.substring("returns/".length()) : key;
        return "reports/" + base + ".json";
    }

    /** What the provider should have done, for a key outside the layout. */
    public String layoutAdvice() {
        return "The file '" + key + "' is outside the bucket's layout: upload returns as returns/<provider>/<name>.csv,"
                + " the catalogue as " + CATALOGUE_KEY + ", targets as " + TARGETS_KEY + " and areas as " + AREAS_KEY
                + ".";
    }
}
