package uk.scrutiny.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import software.amazon.awssdk.core.sync.RequestBody;
import uk.scrutiny.returns.UploadKey;

/**
 * The product on a laptop. {@code run} processes a folder of uploads once and copies out what the
 * dashboard would read; {@code up} keeps the stack running with demo data, an S3 endpoint the AWS
 * CLI can upload to, and the dashboard on a local port; {@code serve} serves a built dashboard with a
 * data folder beside it, with no stack at all (the dashboard's browser tests and benchmark use it).
 */
public final class LocalRunner {
    private static final ObjectMapper JSON = new ObjectMapper();

    private LocalRunner() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || args[0].equals("help") || args[0].equals("--help")) {
            usage();
            return;
        }
        Map<String, String> options = options(args);
        int status = switch (args[0]) {
            case "run" ->
                run(projectRoot(), Path.of(require(options, "data")), Path.of(require(options, "out")), now(options));
            case "up" ->
                up(
                        projectRoot(),
                        Integer.parseInt(options.getOrDefault("port", "4566")),
                        Integer.parseInt(options.getOrDefault("site-port", "8080")),
                        now(options));
            case "serve" ->
                serve(
                        options.containsKey("site")
                                ? Path.of(options.get("site"))
                                : projectRoot().resolve("dashboard").resolve("dist"),
                        options.containsKey("data") ? Path.of(options.get("data")) : null,
                        Integer.parseInt(options.getOrDefault("port", "8080")));
            case "bench-ingest" -> {
                IngestBenchmark.main(
                        new String[] {options.getOrDefault("rows", "100000"), options.getOrDefault("round-trip-ms", "0")
                        });
                yield 0;
            }
            case "bench-cold-start" -> {
                ColdStartBenchmark.main(new String[] {
                    options.getOrDefault("runs", "5"),
                    options.getOrDefault("now", "2026-11-25"),
                    options.getOrDefault("jvm", ""),
                    options.getOrDefault("before", "")
                });
                yield 0;
            }
            case "bench-rating" -> {
                RatingBenchmark.main(new String[0]);
                yield 0;
            }
            case "bench-recalc" -> {
                RecalculationBenchmark.main(
                        options.containsKey("indicators")
                                ? options.get("indicators").split(",")
                                : new String[0]);
                yield 0;
            }
            default -> {
                usage();
                yield 2;
            }
        };
        System.exit(status);
    }

    private static void usage() {
        System.out.println("""
                usage:
                  java -jar local/target/local-runner.jar run --data DIR --out OUT [--now YYYY-MM-DD]
                  java -jar local/target/local-runner.jar up [--port 4566] [--site-port 8080] [--now YYYY-MM-DD]
                  java -jar local/target/local-runner.jar serve [--site dashboard/dist] [--data DIR] [--port 8080]
                      (DIR holds data/summary.json; without --data, data/ is read from the site folder;
                       --port 0 picks a free port; the first line printed is "Serving http://127.0.0.1:PORT/")
                  java -jar local/target/local-runner.jar bench-ingest [--rows 100000] [--round-trip-ms 0]
                  java -jar local/target/local-runner.jar bench-rating
                  java -jar local/target/local-runner.jar bench-cold-start [--runs 5] [--now 2026-11-25] [--jvm "-Xlog:class+load"]
                      [--before DIR]   (DIR holds another build's validate-return.jar and recalculate.jar: timed too)
                  java -jar local/target/local-runner.jar bench-recalc [--indicators 1000,10000,50000]""");
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("Expected --name value, got '" + args[i] + "'");
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }

    private static String require(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    private static LocalDate now(Map<String, String> options) {
        try {
            return options.containsKey("now") ? LocalDate.parse(options.get("now")) : LocalDate.now();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--now must be a date such as 2026-11-25", e);
        }
    }

    /** The folder with template.yaml: beside the runner's jar (local/target/..) or above the working directory. */
    static Path projectRoot() {
        try {
            Path self = Path.of(LocalRunner.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            for (Path dir = self.getParent(); dir != null; dir = dir.getParent()) {
                if (Files.isRegularFile(dir.resolve("template.yaml"))) {
                    return dir;
                }
            }
        } catch (URISyntaxException ignored) {
            // fall back to the working directory
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("template.yaml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("template.yaml not found beside the runner or above "
                + Path.of("").toAbsolutePath());
    }

    /**
     * Real time moved to the given day: S3 events, stream records and the schedule's input carry
     * it, as AWS's carry theirs, so the functions need no local-only setting to see it.
     */
    static Clock clockOn(LocalDate day) {
        LocalDate today = LocalDate.now(Clock.systemUTC());
        return Clock.offset(Clock.systemUTC(), Duration.ofDays(ChronoUnit.DAYS.between(today, day)));
    }

    static int run(Path root, Path data, Path out, LocalDate now) throws IOException {
        if (!Files.isDirectory(data)) {
            System.err.println("No such folder: " + data);
            return 2;
        }
        Path logs = out.resolve("logs");
        Files.createDirectories(logs);
        Map<Path, Long> logsBefore = MetricTotals.mark(logs);
        boolean failed = false;
        try (LocalCloud cloud = LocalCloud.start(root, 0, logs, clockOn(now))) {
            publishDashboard(root, cloud);
            String returns = cloud.bucket(LocalCloud.RETURNS_BUCKET);
            for (Path file : filesIn(data)) {
                String key = data.relativize(file).toString().replace('\\', '/');
                List<LocalCloud.Delivery> deliveries = cloud.upload(returns, key, Files.readAllBytes(file));
                System.out.println(summary(cloud, returns, key, deliveries));
                failed |= deliveries.stream().anyMatch(d -> !d.succeeded());
                failed |= reportStream(cloud.streamTick(false));
            }
            failed |= reportStream(cloud.streamTick(true));
            failed |= !Schedules.runAll(cloud, now).isEmpty();
            cloud.copyBucket(cloud.bucket(LocalCloud.SITE_BUCKET), out.resolve("site"));
            cloud.copyBucket(returns, out.resolve("returns"));
            writeNotices(cloud.notices(), out.resolve("notices"));
        }
        System.out.println(
                "Wrote " + out.resolve("site") + " and " + out.resolve("returns") + "; function logs in " + logs);
        System.out.print(MetricTotals.table(MetricTotals.read(logs, logsBefore)));
        if (failed) {
            System.err.println("A function failed after its retries: see the logs above and in " + logs);
            return 1;
        }
        return 0;
    }

    /**
     * What SNS would have e-mailed each provider: one JSON line per notice in notices/<provider>.jsonl,
     * in the order they were sent, so a provider's subscription filter can be tried on them.
     */
    static void writeNotices(List<ObjectNode> notices, Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<String, StringBuilder> byProvider = new TreeMap<>();
        for (ObjectNode notice : notices) {
            String provider = notice.path("provider").asText("unknown");
            byProvider
                    .computeIfAbsent(provider, p -> new StringBuilder())
                    .append(notice)
                    .append('\n');
        }
        for (Map.Entry<String, StringBuilder> e : byProvider.entrySet()) {
            // Provider ids are folder names the catalogue checked ([a-z0-9-]); anything else is not a file name.
            String name = e.getKey().matches("[a-z0-9][a-z0-9-]{0,62}") ? e.getKey() : "unknown";
            Files.writeString(dir.resolve(name + ".jsonl"), e.getValue(), StandardCharsets.UTF_8);
        }
        System.out.printf("%-9s %d to %d providers in %s%n", "NOTICES", notices.size(), byProvider.size(), dir);
    }

    /** Prints one line per stream-triggered invocation; true when one failed. */
    static boolean reportStream(List<LocalCloud.Delivery> deliveries) {
        boolean failed = false;
        for (LocalCloud.Delivery d : deliveries) {
            System.out.printf(
                    "%-9s %s (%s: committed files since the last batch)%n",
                    d.succeeded() ? "STREAM" : "FAILED", d.function(), d.trigger());
            failed |= !d.succeeded();
        }
        return failed;
    }

    /**
     * The files under {@code data} in the order they are uploaded: config/ first (the catalogue before
     * anything checked against it; commentary/ would otherwise sort before it), then the rest in
     * lexicographic key order.
     */
    static List<Path> filesIn(Path data) throws IOException {
        try (Stream<Path> walk = Files.walk(data)) {
            return walk.filter(Files::isRegularFile)
                    .sorted(Comparator.comparing((Path p) -> !key(data, p).startsWith("config/"))
                            .thenComparing(p -> key(data, p)))
                    .toList();
        }
    }

    private static String key(Path data, Path file) {
        return data.relativize(file).toString().replace('\\', '/');
    }

    /** One line per upload: what the provider's report says, or why nothing processed it. */
    static String summary(LocalCloud cloud, String bucket, String key, List<LocalCloud.Delivery> deliveries) {
        if (deliveries.isEmpty()) {
            return String.format("%-9s %s  (no function is triggered by this key)", "IGNORED", key);
        }
        for (LocalCloud.Delivery d : deliveries) {
            if (!d.succeeded()) {
                return String.format("%-9s %s  %s failed 3 times: %s", "FAILED", key, d.function(), d.error());
            }
        }
        String reportKey = UploadKey.of(key).reportKey();
        try (InputStream in = cloud.s3().getObject(b -> b.bucket(bucket).key(reportKey))) {
            JsonNode report = JSON.readTree(in);
            String status = report.path("status").asText();
            if ("ACCEPTED".equals(status)) {
                return String.format(
                        "%-9s %s  %d rows",
                        status, key, report.path("rowsAccepted").asLong());
            }
            JsonNode first = report.path("errors").path(0);
            long count = report.path("errorCount").asLong(report.path("errors").size());
            return String.format(
                    "%-9s %s  %d error%s; first: line %d, %s: %s",
                    status,
                    key,
                    count,
                    count == 1 ? "" : "s",
                    first.path("line").asLong(),
                    first.path("column").asText().isEmpty()
                            ? "file"
                            : first.path("column").asText(),
                    first.path("message").asText());
        } catch (Exception e) {
            return String.format("%-9s %s  (processed; no report at %s)", "DONE", key, reportKey);
        }
    }

    /** The built dashboard goes to the site bucket's root, as `aws s3 sync dashboard/dist` does when deploying. */
    static void publishDashboard(Path root, LocalCloud cloud) throws IOException {
        Path dist = root.resolve("dashboard").resolve("dist");
        if (!Files.isDirectory(dist)) {
            System.out.println(
                    "(dashboard/dist not built: the site bucket gets data only; run 'npm ci && npm run build' in dashboard/)");
            return;
        }
        String site = cloud.bucket(LocalCloud.SITE_BUCKET);
        for (Path file : filesIn(dist)) {
            String key = dist.relativize(file).toString().replace('\\', '/');
            cloud.s3()
                    .putObject(
                            b -> b.bucket(site).key(key).contentType(SiteServer.contentType(key)),
                            RequestBody.fromFile(file));
        }
    }

    /** Serves a built site (and a data folder beside it) until the process is stopped. */
    static int serve(Path site, Path data, int port) throws Exception {
        if (!Files.isRegularFile(site.resolve("index.html"))) {
            System.err.println("No built dashboard at " + site + " (run 'npm ci && npm run build' in dashboard/)");
            return 2;
        }
        if (data != null && !Files.isDirectory(data)) {
            System.err.println("No such folder: " + data);
            return 2;
        }
        SiteServer server = SiteServer.start(SiteServer.directories(site, data), port);
        System.out.println("Serving http://127.0.0.1:" + server.port() + "/ (site " + site
                + (data == null ? "" : ", data/ from " + data) + ")");
        System.out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }

    static int up(Path root, int port, int sitePort, LocalDate now) throws Exception {
        System.out.println(
                "Starting S3 (port " + port + "), DynamoDB and the functions from " + root.resolve("template.yaml"));
        LocalCloud cloud = LocalCloud.start(root, port, null, clockOn(now));
        cloud.onNotice(notice -> System.out.printf(
                "%-9s to %s: %s%n",
                "NOTICE",
                notice.path("provider").asText("?"),
                notice.path("subject").asText()));
        CountDownLatch stopped = new CountDownLatch(1);
        SiteServer site = null;
        try {
            publishDashboard(root, cloud);
            String returns = cloud.bucket(LocalCloud.RETURNS_BUCKET);
            Path demo = root.resolve("events").resolve("demo");
            if (Files.isDirectory(demo)) {
                System.out.println("Loading demo data from " + demo);
                for (Path file : filesIn(demo)) {
                    String key = demo.relativize(file).toString().replace('\\', '/');
                    System.out.println(
                            summary(cloud, returns, key, cloud.upload(returns, key, Files.readAllBytes(file))));
                    reportStream(cloud.streamTick(false));
                }
            }
            reportStream(cloud.streamTick(true));
            Schedules.runAll(cloud, now);
            site = SiteServer.start(cloud, sitePort);
            UploadWatcher watcher = new UploadWatcher(cloud, returns);
            watcher.start();
            System.out.printf("""

                    Ready.
                      Dashboard:     http://localhost:%d/
                      S3 endpoint:   %s   (any credentials)
                      Returns:       s3://%s/returns/<provider>/<name>.csv
                      Try:           AWS_ACCESS_KEY_ID=x AWS_SECRET_ACCESS_KEY=x aws --region eu-west-2 --endpoint-url %s \\
                                       s3 cp my-return.csv s3://%s/returns/careers-service/my-return.csv
                      Reports appear at s3://%s/reports/...  Stop with Ctrl-C.
                    %n""", sitePort, cloud.s3Endpoint(), returns, cloud.s3Endpoint(), returns, returns);
            SiteServer server = site;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                System.out.println("Stopping...");
                System.out.flush();
                watcher.stop();
                server.stop();
                cloud.close();
                stopped.countDown();
            }));
            stopped.await();
            return 0;
        } catch (Exception e) {
            if (site != null) {
                site.stop();
            }
            cloud.close();
            throw e;
        }
    }
}
