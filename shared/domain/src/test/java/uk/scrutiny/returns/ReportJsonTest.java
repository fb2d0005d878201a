package uk.scrutiny.returns;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.scrutiny.validation.Problem;

/** Reports are written with Jackson's streaming API: byte for byte what data binding wrote before. */
class ReportJsonTest {
    private static final ObjectMapper DATA_BINDING = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private static Report accepted() {
        return new Report(
                Report.ACCEPTED,
                "returns/careers-service/neet.csv",
                "careers-service",
                8,
                8,
                0,
                List.of(),
                null,
                "bbc28ccd9c5d3e65ab685d3d64c1c46f",
                "2026-11-25T14:21:38.058Z#00000000000000001000000000000018",
                "2026-11-25T14:21:38.092752021Z",
                List.of(),
                null);
    }

    private static Report rejected() {
        return new Report(
                Report.REJECTED,
                "returns/schools/ks2 \"final\".csv",
                "schools",
                3,
                0,
                1_234,
                List.of(
                        Problem.ofFile("The file is not UTF-8 — line 2 has a bad byte."),
                        new Problem(
                                5, "period", "'2009/10 Q5' has no quarter 5:\nquarters run Q1 (April to June) to Q4."),
                        new Problem(7, "value", "Tab\there, a backslash \\ and a control \u0001 character")),
                "v0000000000000049",
                "",
                "2026-11-25T14:21:38.058Z#00000000000000001000000000000019",
                "2026-11-25T14:21:39Z",
                List.of(new Problem(0, "", "Targets for NEET were removed.")),
                "retrying");
    }

    @Test
    void writesWhatDataBindingWrote() throws Exception {
        for (Report report : List.of(accepted(), rejected(), rejected().withNote(null))) {
            // THEN the bytes are identical: reports already in buckets and new ones look alike
            assertArrayEquals(
                    DATA_BINDING.writeValueAsBytes(report),
                    ReportJson.write(report),
                    new String(ReportJson.write(report), StandardCharsets.UTF_8));
        }
    }

    @Test
    void readsTheOrderOfAReportInTheBucket() {
        assertEquals(Optional.of(rejected().order()), ReportJson.order(ReportJson.write(rejected())));
        // AND a report with nested values before the order
        assertEquals(
                Optional.of("b"),
                ReportJson.order(bytes("{\"errors\":[{\"order\":\"a\"}],\"x\":{\"order\":\"a\"},\"order\":\"b\"}")));
    }

    @Test
    void aReportThatIsNotOursHasNoOrder() {
        for (String other :
                List.of("", "not json", "[1,2]", "{\"order\":5}", "{\"order\":", "{\"status\":\"ACCEPTED\"}")) {
            assertEquals(Optional.empty(), ReportJson.order(bytes(other)), other);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
