package uk.scrutiny.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.scrutiny.validation.Problem;

/** Issue 10, point 6: a rejected upload becomes a plain-English notice to its provider. */
class RejectionNoticeTest {
    private static Report rejected(List<Problem> errors, long count) {
        return new Report(
                Report.REJECTED,
                "returns/social-care/cla.csv",
                "social-care",
                12,
                0,
                count,
                errors,
                "v1",
                "etag",
                "2026-11-25T10:00:00.000Z#0001",
                "2026-11-25T10:00:05Z",
                List.of(),
                null);
    }

    @Test
    void theNoticeSaysWhatFileWhatIsWrongWithLineAndColumnAndWhatToDo() {
        // GIVEN a return rejected for one malformed period
        Report report = rejected(
                List.of(new Problem(
                        5,
                        "period",
                        "'2009/10 Q5' has no quarter 5: quarters run Q1 (April to June) to Q4 (January to March).")),
                1);
        // WHEN it becomes a notice
        Notice notice = RejectionNotice.of(report, "reports/social-care/cla.csv.json");
        // THEN it goes to that provider, with the file, the problem located and what to do
        assertEquals("social-care", notice.provider());
        assertEquals("Rejected: returns/social-care/cla.csv", notice.subject());
        assertEquals("""
                Your upload returns/social-care/cla.csv was rejected on 2026-11-25: nothing from it was stored.

                What is wrong:
                - line 5, column period: '2009/10 Q5' has no quarter 5: quarters run Q1 (April to June) to Q4 \
                (January to March).

                What to do: correct the file and upload it again to the same place \
                (returns/social-care/cla.csv). The full report is reports/social-care/cla.csv.json in the returns \
                bucket.""", notice.message());
    }

    @Test
    void onlyTheFirstTenProblemsAreListedAndTheTotalIsGiven() {
        List<Problem> errors = new ArrayList<>();
        for (int line = 2; line < 40; line++) {
            errors.add(new Problem(line, "value", "'x' is not a number."));
        }
        Notice notice = RejectionNotice.of(rejected(errors, 38), "reports/social-care/cla.csv.json");
        assertEquals(
                10, notice.message().lines().filter(l -> l.startsWith("- line")).count());
        assertEquals(true, notice.message().contains("What is wrong (38 problems; the first 10 are listed):"));
    }

    @Test
    void aFileProblemHasNoLineAndASubjectNeverRunsOverOneHundredCharacters() {
        Report report = new Report(
                Report.REJECTED,
                "returns/schools/" + "x".repeat(200) + ".csv",
                "schools",
                0,
                0,
                1,
                List.of(Problem.ofFile("The file is empty.")),
                null,
                "e",
                "o",
                "2026-11-25T10:00:05Z",
                List.of(),
                null);
        Notice notice = RejectionNotice.of(report, "reports/schools/x.csv.json");
        assertEquals(100, notice.subject().length());
        assertEquals(true, notice.message().contains("- the whole file: The file is empty."));
    }
}
