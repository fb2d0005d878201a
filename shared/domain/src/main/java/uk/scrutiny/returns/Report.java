package uk.scrutiny.returns;

import java.util.List;
import uk.scrutiny.validation.Problem;

/**
 * What the provider is told about an upload, written beside it under {@code reports/}.
 *
 * @param errorCount every problem found; {@code errors} lists at most {@link Problems#LISTED}
 * @param versionId  the S3 version the report describes (null on an unversioned bucket, then {@code eTag} names it)
 * @param order      the upload's order (event time, then S3's sequencer): a report is never replaced by one of an
 *                   older upload of the same key
 * @param warnings   things the provider or the performance team should know that did not stop the file
 * @param note       how the file came to be processed, when that is not the plain case (a re-check, a retry)
 * @param uploadedBy the uploader's principal, as S3 recorded it in the event
 */
public record Report(
        String status,
        String file,
        String provider,
        long rowsRead,
        long rowsAccepted,
        long errorCount,
        List<Problem> errors,
        String versionId,
        String eTag,
        String order,
        String processedAt,
        List<Problem> warnings,
        String note,
        String uploadedBy) {
    public static final String ACCEPTED = "ACCEPTED";
    public static final String REJECTED = "REJECTED";

    public Report(
            String status,
            String file,
            String provider,
            long rowsRead,
            long rowsAccepted,
            long errorCount,
            List<Problem> errors,
            String versionId,
            String eTag,
            String order,
            String processedAt,
            List<Problem> warnings,
            String note) {
        this(
                status,
                file,
                provider,
                rowsRead,
                rowsAccepted,
                errorCount,
                errors,
                versionId,
                eTag,
                order,
                processedAt,
                warnings,
                note,
                null);
    }

    public Report {
        errors = List.copyOf(errors);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public boolean accepted() {
        return ACCEPTED.equals(status);
    }

    public Report withWarnings(List<Problem> more) {
        return more.isEmpty()
                ? this
                : new Report(
                        status,
                        file,
                        provider,
                        rowsRead,
                        rowsAccepted,
                        errorCount,
                        errors,
                        versionId,
                        eTag,
                        order,
                        processedAt,
                        more,
                        note);
    }

    public Report withNote(String text) {
        return new Report(
                status,
                file,
                provider,
                rowsRead,
                rowsAccepted,
                errorCount,
                errors,
                versionId,
                eTag,
                order,
                processedAt,
                warnings,
                text);
    }
}
