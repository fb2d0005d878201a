package uk.scrutiny.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.scrutiny.returns.ReturnReaderTest.HEADER;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.scrutiny.catalogue.Catalogue;
import uk.scrutiny.catalogue.CatalogueReader;
import uk.scrutiny.catalogue.TargetsReader;
import uk.scrutiny.validation.Problem;
import uk.scrutiny.validation.Problems;

/** No figure for the future: a return row is for a period that ended before the upload (Europe/London). */
class FuturePeriodTest {

    static ReturnReaderTest.Result read(String provider, String csv, Instant uploadedAt) {
        Problems problems = new Problems();
        List<Observation> accepted = new ArrayList<>();
        long rows = new ReturnReader(ReturnReaderTest.catalogue(), provider, uploadedAt)
                .read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), problems, accepted::add);
        return new ReturnReaderTest.Result(rows, problems, accepted);
    }

    @Test
    void aRowForAQuarterThatHasNotEndedIsARowErrorNamingItsEndDate() {
        // GIVEN a NEET return uploaded on 25 November 2026 with a figure for 2026/27 Q3 (October to December)
        ReturnReaderTest.Result r = read("careers-service", HEADER + """
                        NEET,2026/27 Q2,E08000035,4.6,,,
                        NEET,2026/27 Q3,E08000035,4.4,,,Forecast
                        """, Instant.parse("2026-11-25T10:00:00Z"));

        // THEN line 3 is rejected in its period column, with the day the quarter ends
        Problem p = r.only();
        assertEquals(3, p.line());
        assertEquals("period", p.column());
        assertEquals(
                "The period 2026/27 Q3 has not ended: it ends on 31 December 2026 and this file was uploaded on"
                        + " 25 November 2026. Send a figure once its period has ended.",
                p.message());
    }

    @Test
    void aPeriodEndsAtMidnightInLondonNotInUtc() {
        String csv = HEADER + "NEET,2026/27 Q2,E08000035,4.6,,,\n";
        // GIVEN 2026/27 Q2 ends on 30 September 2026, when London is on BST (UTC+1)
        // WHEN it is uploaded at 23:59 BST on 30 September (22:59 UTC): the quarter has not ended
        ReturnReaderTest.Result lastMinute = read("careers-service", csv, Instant.parse("2026-09-30T22:59:00Z"));
        assertEquals(2, lastMinute.only().line());
        assertEquals("period", lastMinute.only().column());
        assertTrue(lastMinute.only().message().contains("ends on 30 September 2026"));
        assertTrue(lastMinute.only().message().contains("uploaded on 30 September 2026"));
        // WHEN it is uploaded at 00:30 BST on 1 October (23:30 UTC on 30 September): it has ended
        ReturnReaderTest.Result nextDay = read("careers-service", csv, Instant.parse("2026-09-30T23:30:00Z"));
        assertTrue(nextDay.problems().isEmpty(), nextDay::summary);
        assertEquals(1, nextDay.accepted().size());
    }

    @Test
    void everyFrequencyIsJudgedByItsOwnEnd() {
        // GIVEN uploads on 1 November 2026
        ReturnReaderTest.Result r = read("social-care", HEADER + """
                        CLA-NUM,2026-10,E08000035,1431,,,
                        CLA-NUM,2026-11,E08000035,1431,,,
                        CL-EET,2025/26,E08000035,59.5,,,
                        CL-EET,2026/27,E08000035,59.5,,,
                        """, Instant.parse("2026-11-01T09:00:00Z"));
        // THEN October (ended) and 2025/26 (ended 31 March 2026) are accepted; November and 2026/27 are not
        assertEquals("3:period 5:period", r.summary());
        assertTrue(r.at(3, "period").message().contains("ends on 30 November 2026"));
        assertTrue(r.at(5, "period").message().contains("ends on 31 March 2027"));
    }

    @Test
    void targetsMayBeForFuturePeriods() {
        // GIVEN a target for 2030/31 Q4, years ahead
        Problems problems = new Problems();
        Catalogue catalogue = new CatalogueReader()
                .read(
                        new ByteArrayInputStream(ReturnReaderTest.CATALOGUE.getBytes(StandardCharsets.UTF_8)),
                        new Problems());
        var targets = new TargetsReader(catalogue)
                .read(
                        new ByteArrayInputStream("indicator_code,period,target,amber_tolerance\nNEET,2030/31 Q4,3.5,\n"
                                .getBytes(StandardCharsets.UTF_8)),
                        problems);
        // THEN it is accepted
        assertTrue(problems.isEmpty(), problems.listed()::toString);
        assertEquals(1, targets.all().size());
    }
}
