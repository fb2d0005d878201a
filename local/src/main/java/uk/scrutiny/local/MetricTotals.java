package uk.scrutiny.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The metrics the functions emitted, read back from their logs as CloudWatch would: every line that
 * is a JSON object with an {@code _aws} block is in the Embedded Metric Format, and each metric its
 * directives name takes its value (a number or a list of them) from the same object.
 */
final class MetricTotals {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One metric's datapoints over the run. */
    record Total(String namespace, String name, String unit, long datapoints, double sum) {}

    private MetricTotals() {}

    /** How far each log file has got, so that a later read sees only this run's lines. */
    static Map<Path, Long> mark(Path logs) {
        Map<Path, Long> sizes = new HashMap<>();
        for (Path log : logFiles(logs)) {
            try {
                sizes.put(log, Files.size(log));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sizes;
    }

    /** The totals of every metric in the lines written since {@code mark}, in the order first seen. */
    static List<Total> read(Path logs, Map<Path, Long> mark) {
        Map<String, Total> totals = new LinkedHashMap<>();
        for (Path log : logFiles(logs)) {
            for (String line : linesAfter(log, mark.getOrDefault(log, 0L))) {
                add(line, totals);
            }
        }
        return new ArrayList<>(totals.values());
    }

    static void add(String line, Map<String, Total> totals) {
        String text = line.strip();
        if (!text.startsWith("{") || !text.contains("\"_aws\"")) {
            return;
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (IOException e) {
            return; // not JSON after all: an ordinary log line
        }
        for (JsonNode directive : root.path("_aws").path("CloudWatchMetrics")) {
            String namespace = directive.path("Namespace").asText();
            for (JsonNode metric : directive.path("Metrics")) {
                String name = metric.path("Name").asText();
                JsonNode value = root.path(name);
                List<JsonNode> values = new ArrayList<>();
                if (value.isArray()) {
                    value.forEach(values::add);
                } else if (value.isNumber()) {
                    values.add(value);
                }
                String key = namespace + "/" + name;
                Total before = totals.getOrDefault(
                        key, new Total(namespace, name, metric.path("Unit").asText("None"), 0, 0));
                double sum = before.sum();
                for (JsonNode v : values) {
                    sum += v.asDouble();
                }
                totals.put(key, new Total(namespace, name, before.unit(), before.datapoints() + values.size(), sum));
            }
        }
    }

    /** A short table: one metric a line, with its unit, how many datapoints and their total. */
    static String table(List<Total> totals) {
        if (totals.isEmpty()) {
            return "No metrics in the function logs.\n";
        }
        StringBuilder out = new StringBuilder("Metrics the functions emitted (Embedded Metric Format, totals):\n");
        out.append(
                String.format("  %-20s %-20s %-12s %10s %12s%n", "namespace", "metric", "unit", "datapoints", "total"));
        for (Total t : totals) {
            String sum =
                    t.sum() == Math.rint(t.sum()) ? String.format("%.0f", t.sum()) : String.format("%.1f", t.sum());
            out.append(String.format(
                    "  %-20s %-20s %-12s %10d %12s%n", t.namespace(), t.name(), t.unit(), t.datapoints(), sum));
        }
        return out.toString();
    }

    private static List<Path> logFiles(Path logs) {
        if (!Files.isDirectory(logs)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(logs)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".log"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> linesAfter(Path log, long offset) {
        try (InputStream in = Files.newInputStream(log)) {
            in.skipNBytes(Math.min(offset, Files.size(log)));
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
