package uk.scrutiny.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricTotalsTest {
    private static final String UPLOAD = "{\"_aws\":{\"Timestamp\":1795000000000,\"CloudWatchMetrics\":[{\"Namespace\":"
            + "\"CouncilPerformance\",\"Metrics\":[{\"Name\":\"UploadsAccepted\",\"Unit\":\"Count\"},"
            + "{\"Name\":\"RowsStored\",\"Unit\":\"Count\"}],\"Dimensions\":[[\"Service\"]]}]},"
            + "\"Service\":\"council-performance\",\"UploadsAccepted\":1.0,\"RowsStored\":%d}\n";

    @TempDir
    Path logs;

    @Test
    void addsUpEveryMetricOfThisRunsEmfLinesAndIgnoresOtherLines() throws IOException {
        // GIVEN a log from an earlier run, then this run's lines: EMF (a value and a list of values),
        // an ordinary JSON log line and a plain one
        Path validate = logs.resolve("ValidateReturnFunction.log");
        Files.writeString(validate, String.format(UPLOAD, 1000));
        Map<Path, Long> mark = MetricTotals.mark(logs);
        Files.writeString(
                validate,
                String.format(UPLOAD, 22)
                        + "{\"timestamp\":\"2026-11-25T02:30:00Z\",\"level\":\"INFO\",\"message\":\"_aws\"}\n"
                        + "plain text\n"
                        + String.format(UPLOAD, 8).replace("\"RowsStored\":8", "\"RowsStored\":[3,5]"),
                StandardOpenOption.APPEND);
        Files.writeString(
                logs.resolve("RecalculateFunction.log"),
                "{\"_aws\":{\"CloudWatchMetrics\":[{\"Namespace\":\"CouncilPerformance\",\"Metrics\":"
                        + "[{\"Name\":\"PublishDuration\",\"Unit\":\"Milliseconds\"}]}]},\"PublishDuration\":12.5}\n");
        // WHEN read from the mark
        List<MetricTotals.Total> totals = MetricTotals.read(logs, mark);
        // THEN only this run's lines count, each value of a list among them
        assertEquals(
                List.of(
                        new MetricTotals.Total("CouncilPerformance", "PublishDuration", "Milliseconds", 1, 12.5),
                        new MetricTotals.Total("CouncilPerformance", "UploadsAccepted", "Count", 2, 2),
                        new MetricTotals.Total("CouncilPerformance", "RowsStored", "Count", 3, 30)),
                totals);
        String table = MetricTotals.table(totals);
        assertTrue(table.contains("RowsStored"), table);
        assertTrue(
                table.lines()
                        .anyMatch(l -> l.contains("RowsStored") && l.strip().endsWith(" 30")),
                table);
        assertTrue(
                table.lines()
                        .anyMatch(
                                l -> l.contains("PublishDuration") && l.strip().endsWith(" 12.5")),
                table);
    }

    @Test
    void saysSoWhenThereAreNone() {
        assertEquals("No metrics in the function logs.\n", MetricTotals.table(List.of()));
        assertEquals(List.of(), MetricTotals.read(logs.resolve("missing"), Map.of()));
    }
}
