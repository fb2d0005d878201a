package uk.scrutiny.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The in-memory rehearsal that SnapStart priming runs goes through every kind of upload. */
class UploadRehearsalTest {
    @Test
    void acceptsTheCatalogueTargetsAndGoodReturnAndRejectsTheBadOne() {
        List<Report> reports = UploadRehearsal.run();
        assertEquals(
                List.of(Report.ACCEPTED, Report.ACCEPTED, Report.ACCEPTED, Report.REJECTED),
                reports.stream().map(Report::status).toList(),
                reports.toString());
        // AND the bad return's every problem was found: a bad quarter, a bad number, a disagreeing
        // numerator, an indicator not in the catalogue
        assertEquals(4, reports.get(3).errorCount(), reports.get(3).errors().toString());
        assertEquals(4, reports.get(2).rowsAccepted());
    }
}
