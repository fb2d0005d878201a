package uk.scrutiny.returns;

import java.util.List;
import uk.scrutiny.validation.Problem;

/**
 * What the provider is told about an upload, written beside it under {@code reports/}. It holds no
 * clock time, so processing the same upload again writes the same bytes.
 *
 * @param errorCount every problem found; {@code errors} lists at most {@link Problems#LISTED}
 */
public record Report(
        String status,
        String file,
        String provider,
        long rowsRead,
        long rowsAccepted,
        long errorCount,
        List<Problem> errors) {
    public static final String ACCEPTED = "ACCEPTED";
    public static final String REJECTED = "REJECTED";

    public boolean accepted() {
        return ACCEPTED.equals(status);
    }
}
