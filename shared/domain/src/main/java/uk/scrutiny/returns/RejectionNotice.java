package uk.scrutiny.returns;

import java.util.List;
import uk.scrutiny.validation.Problem;

/** Tells a provider that an upload was rejected, with its first problems and what to do next. */
public final class RejectionNotice {
    /** Enough to act on in an e-mail; the report lists up to 1,000. */
    static final int LISTED = 10;

    private RejectionNotice() {}

    public static Notice of(Report report, String reportKey) {
        String provider = report.provider() == null ? "performance-team" : report.provider();
        StringBuilder text = new StringBuilder()
                .append("Your upload ")
                .append(report.file())
                .append(" was rejected")
                .append(
                        report.processedAt() == null
                                ? ""
                                : " on " + report.processedAt().substring(0, 10))
                .append(": nothing from it was stored.\n\n");
        List<Problem> errors = report.errors();
        text.append(
                        report.errorCount() == 1
                                ? "What is wrong:\n"
                                : "What is wrong (" + report.errorCount() + " problems"
                                        + (report.errorCount() > LISTED ? "; the first " + LISTED + " are listed" : "")
                                        + "):\n")
                .append(errors.stream().limit(LISTED).map(RejectionNotice::line).reduce("", String::concat))
                .append("\nWhat to do: correct the file and upload it again to the same place (")
                .append(report.file())
                .append("). The full report is ")
                .append(reportKey)
                .append(" in the returns bucket.");
        if (report.note() != null) {
            text.append("\n\n").append(report.note());
        }
        return new Notice(provider, "Rejected: " + report.file(), text.toString());
    }

    private static String line(Problem p) {
        String where = p.line() > 0
                ? "line " + p.line() + (p.column() == null || p.column().isEmpty() ? "" : ", column " + p.column())
                : "the whole file";
        return "- " + where + ": " + p.message() + "\n";
    }
}
