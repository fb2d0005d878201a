package uk.scrutiny.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.scrutiny.catalogue.Catalogue;
import uk.scrutiny.period.Period;
import uk.scrutiny.validation.Problem;
import uk.scrutiny.validation.Problems;

/**
 * Whatever bytes a provider uploads, the return reader reports problems and never throws: a bad
 * file can only be rejected, never stop the function. Every row it accepts is storable: a period
 * in the accepted years that has ended, a value, an area code. {@code mvn verify} runs the seeds in
 * {@code ReturnReaderFuzzTestInputs/returnReader/}; {@code mvn verify -Pfuzz -pl shared/domain}
 * fuzzes (see the README).
 */
class ReturnReaderFuzzTest {
    private static final Catalogue CATALOGUE = ReturnReaderTest.catalogue();
    private static final LocalDate UPLOAD_DAY = LocalDate.of(2026, 11, 25);

    @FuzzTest(maxDuration = "3m")
    void returnReader(byte[] data) {
        Problems problems = new Problems();
        List<Observation> accepted = new ArrayList<>();

        long rows = new ReturnReader(CATALOGUE, "careers-service", ReturnReaderTest.UPLOADED)
                .read(new ByteArrayInputStream(data), problems, accepted::add);

        assertTrue(accepted.size() <= rows, "no more rows accepted than read");
        if (problems.isEmpty()) {
            assertEquals(rows, accepted.size(), "a file without problems has every row accepted");
        }
        assertTrue(problems.listed().size() <= Problems.LISTED);
        for (Problem p : problems.listed()) {
            assertTrue(p.line() >= 0 && p.message() != null && !p.message().isEmpty());
            assertTrue(p.message().length() <= 1000 && p.column().length() <= 100, p::toString);
        }
        for (Observation o : accepted) {
            Period period = o.period();
            assertTrue(period.start().getYear() >= Period.FIRST_YEAR - 1, period::text);
            assertTrue(period.end().isBefore(UPLOAD_DAY), period::text);
            assertEquals(period, Period.startingOn(period.frequency(), period.start()));
            assertTrue(o.value() != null && o.value().signum() >= 0);
            assertTrue(o.areaCode().length() <= 64 && o.indicatorCode().length() <= 64);
        }
    }
}
