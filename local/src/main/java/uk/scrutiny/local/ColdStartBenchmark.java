package uk.scrutiny.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;
import uk.scrutiny.publish.SummaryFiles;
import uk.scrutiny.returns.UploadKey;

/**
 * Times a cold start of each handler as a whole process: a fresh JVM with the function's shaded jar
 * ({@link ColdInvoke}) builds the handler with its no-argument constructor, with the template's
 * environment and JAVA_TOOL_OPTIONS, and invokes it once with one small event against the
 * emulators. Beside it, in the same run and interleaved, a fresh JVM of {@link BareColdStart} with
 * the same jar builds the same SDK clients and makes the same SDK calls, and nothing else. Each
 * process is timed from spawn to exit; the figure is the ratio of the medians.
 *
 * <p>Before the timed runs, one untimed run of each side logs its SDK calls ({@link CallLog}) and
 * the lists must be equal, so the baseline does exactly the handler's I/O. Given another build's
 * function jars ({@code --before DIR}), their handlers are timed too, as a third side in the same
 * runs, so that a change is measured before and after under the same load.
 */
public final class ColdStartBenchmark {
    static final double TARGET_RATIO = 1.3;
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * As {@link FunctionProcess} runs the functions: S3Proxy's Jetty drops idle keep-alive connections that
     * the JDK client then reuses for a PUT. Both sides run with it; a loopback connection costs microseconds.
     */
    private static final String KEEP_ALIVE_OFF = "-Dhttp.keepAlive=false";
    /** The line each process prints last: where its time went inside main, in microseconds. */
    static final String PHASES = "PHASES ";
    /** The seeded return, and the small return each upload run sends (4 rows). */
    private static final String SEED_RETURN = "returns/careers-service/neet 2026-27 Q1.csv";

    private static final String SMALL_RETURN = "returns/careers-service/neet 2026-27 Q2.csv";

    private final LocalCloud cloud;
    private final Path root;
    private final Path work;
    private final LocalDate now;
    private final Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    private final Path invokerJar;
    private final Path bareJar;
    private final Path callLogJar;
    private final List<String> jvmOptions;
    /** Runs made again because their process failed, to report beside the figures. */
    private final List<String> repeated = new ArrayList<>();
    /** Another build's function jars (by file name) to time as a third side, "before": null for none. */
    private final Path beforeJars;

    private ColdStartBenchmark(
            LocalCloud cloud, Path root, Path work, LocalDate now, List<String> jvmOptions, Path beforeJars)
            throws IOException {
        this.cloud = cloud;
        this.jvmOptions = jvmOptions;
        this.beforeJars = beforeJars;
        this.root = root;
        this.work = work;
        this.now = now;
        this.invokerJar = HostJar.get();
        this.bareJar = work.resolve("bare.jar");
        this.callLogJar = work.resolve("call-log.jar");
        HostJar.write(bareJar, Map.of(), new HostJar.Source(BareColdStart.class, HostJar.classes(BareColdStart.class)));
        HostJar.write(
                callLogJar,
                Map.of(CallLog.GLOBAL_INTERCEPTORS, (CallLog.class.getName() + "\n").getBytes(StandardCharsets.UTF_8)),
                new HostJar.Source(CallLog.class, HostJar.classes(CallLog.class)));
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        LocalDate now = args.length > 1 ? LocalDate.parse(args[1]) : LocalDate.of(2026, 11, 25);
        // For finding where the time goes, e.g. "-Xlog:class+load" (lands in each process's log): every side gets them.
        List<String> jvmOptions =
                args.length > 2 && !args[2].isBlank() ? List.of(args[2].trim().split("\\s+")) : List.of();
        Path before = args.length > 3 && !args[3].isBlank() ? Path.of(args[3]).toAbsolutePath() : null;
        Path root = LocalRunner.projectRoot();
        Path work = Files.createTempDirectory("cold-start-bench");
        System.out.printf(
                "Cold start benchmark: %d runs per side, interleaved; each a fresh JVM (JAVA_TOOL_OPTIONS=%s from"
                        + " template.yaml), timed from spawn to exit; emulators on loopback; logs in %s%n",
                runs, javaToolOptions(root), work);
        if (before != null) {
            System.out.println("Also timing the handlers in the jars of " + before + " (\"before\")");
        }
        try (LocalCloud cloud = LocalCloud.start(root, 0, work, LocalRunner.clockOn(now))) {
            ColdStartBenchmark bench = new ColdStartBenchmark(cloud, root, work, now, jvmOptions, before);
            bench.seed();
            List<Result> results = List.of(bench.returnUploaded(runs), bench.filesCommitted(runs), bench.nightly(runs));
            System.out.println();
            System.out.printf(
                    "%-28s %-34s %5s %11s %8s %6s %10s %8s %9s%s%n",
                    "handler",
                    "event",
                    "calls",
                    "handler ms",
                    "bare ms",
                    "ratio",
                    "handler CPU",
                    "bare CPU",
                    "CPU ratio",
                    before == null
                            ? ""
                            : String.format(" %10s %6s %10s %9s", "before ms", "ratio", "before CPU", "CPU ratio"));
            for (Result r : results) {
                System.out.printf(
                        "%-28s %-34s %5d %11.0f %8.0f %6.2f %10.0f %8.0f %9.2f%s%n",
                        r.handler(),
                        r.event(),
                        r.calls(),
                        r.median(HANDLER),
                        r.median(BARE),
                        r.ratio(HANDLER),
                        r.times().get(HANDLER).medianCpu(),
                        r.times().get(BARE).medianCpu(),
                        r.cpuRatio(HANDLER),
                        before == null
                                ? ""
                                : String.format(
                                        " %10.0f %6.2f %10.0f %9.2f",
                                        r.median(BEFORE),
                                        r.ratio(BEFORE),
                                        r.times().get(BEFORE).medianCpu(),
                                        r.cpuRatio(BEFORE)));
            }
            System.out.println("(ms: spawn to exit, the figure; CPU: user and system time of the process, all threads,"
                    + " which a loaded machine disturbs less)");
            System.out.println();
            System.out.println(
                    "Medians of each part (JVM = starting and stopping the JVM, outside main), and every run:");
            for (Result r : results) {
                r.times()
                        .forEach((side, timings) -> System.out.printf(
                                "%-28s %-7s %s%n", side.equals(HANDLER) ? r.handler() : "", side, timings));
            }
            System.out.println();
            System.out.println(
                    "Primed once (SnapStart's order: built, beforeCheckpoint hooks, then the invoke; no snapshot):");
            for (Result r : results) {
                System.out.printf("%-28s %s%n", r.handler(), r.primed());
            }
            if (!bench.repeated.isEmpty()) {
                System.out.println();
                System.out.println("Runs made again after their process failed (not counted):");
                bench.repeated.forEach(r -> System.out.println("  " + r));
            }
            boolean met = results.stream().allMatch(r -> r.ratio(HANDLER) <= TARGET_RATIO);
            System.out.printf(
                    "%nTarget: at most %.1fx the bare JVM for every handler: %s%n",
                    TARGET_RATIO, met ? "met" : "NOT met");
        }
    }

    static final String HANDLER = "handler";
    static final String BARE = "bare";
    static final String BEFORE = "before";

    /** What one handler measured: each side's runs (handler, bare, and before if asked), and the SDK calls. */
    record Result(String handler, String event, int calls, Map<String, Timings> times, String primed) {
        double median(String side) {
            return times.get(side).median();
        }

        double ratio(String side) {
            return median(side) / median(BARE);
        }

        double cpuRatio(String side) {
            return times.get(side).medianCpu() / times.get(BARE).medianCpu();
        }
    }

    /** One side's runs: spawn-to-exit times, and the parts each process reported (PHASES name=micros ...). */
    static final class Timings {
        private final List<Double> totals = new ArrayList<>();
        private final List<Double> cpu = new ArrayList<>();
        private final Map<String, List<Double>> parts = new LinkedHashMap<>();

        void add(double totalMillis, double cpuMillis, Map<String, Double> reported) {
            totals.add(totalMillis);
            if (cpuMillis >= 0) {
                cpu.add(cpuMillis);
            }
            double inside = 0;
            for (double v : reported.values()) {
                inside += v;
            }
            parts.computeIfAbsent("JVM", k -> new ArrayList<>()).add(totalMillis - inside);
            reported.forEach((name, v) ->
                    parts.computeIfAbsent(name, k -> new ArrayList<>()).add(v));
        }

        double median() {
            return ColdStartBenchmark.median(totals);
        }

        /** The median CPU time (user and system, every thread), or NaN where /proc could not say. */
        double medianCpu() {
            return cpu.isEmpty() ? Double.NaN : ColdStartBenchmark.median(cpu);
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder();
            parts.forEach((name, values) -> text.append(name)
                    .append(' ')
                    .append(Math.round(ColdStartBenchmark.median(values)))
                    .append(", "));
            text.append("total ")
                    .append(Math.round(median()))
                    .append(" ms, CPU ")
                    .append(Math.round(medianCpu()))
                    .append(" ms (");
            for (int i = 0; i < totals.size(); i++) {
                text.append(i == 0 ? "" : ", ").append(Math.round(totals.get(i)));
            }
            return text.append(')').toString();
        }
    }

    // ---- the state each handler needs

    private String returns() {
        return cloud.bucket(LocalCloud.RETURNS_BUCKET);
    }

    private String site() {
        return cloud.bucket(LocalCloud.SITE_BUCKET);
    }

    /** The demo catalogue and targets and one small return, through the warm functions, then published. */
    private void seed() throws IOException {
        Path demo = root.resolve("events").resolve("demo");
        for (String key : List.of("config/indicators.csv", "config/targets.csv", SEED_RETURN)) {
            List<LocalCloud.Delivery> deliveries = cloud.upload(returns(), key, Files.readAllBytes(demo.resolve(key)));
            String line = LocalRunner.summary(cloud, returns(), key, deliveries);
            System.out.println("seed: " + line);
            if (!line.startsWith("ACCEPTED")) {
                throw new IllegalStateException("Could not seed the benchmark's state: " + line);
            }
        }
        if (LocalRunner.reportStream(cloud.streamTick(true))) {
            throw new IllegalStateException("The seeded state was not published");
        }
    }

    private Template.Function function(String logicalId) {
        return cloud.functions().stream()
                .filter(f -> f.logicalId().equals(logicalId))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("template.yaml has no " + logicalId));
    }

    /** The handler's sides: this build's jar, and the "before" jar of the same name when asked for. */
    private Map<String, Path> handlerJars(Template.Function function) {
        Map<String, Path> jars = new LinkedHashMap<>();
        Path jar = root.resolve(function.codeUri());
        jars.put(HANDLER, jar);
        if (beforeJars != null) {
            Path before = beforeJars.resolve(jar.getFileName());
            if (!Files.isRegularFile(before)) {
                throw new IllegalStateException("No " + jar.getFileName() + " in " + beforeJars);
            }
            jars.put(BEFORE, before);
        }
        return jars;
    }

    // ---- the three handlers

    /** A new upload of a small return each run: the handler validates, stores and reports it. */
    private Result returnUploaded(int runs) throws IOException {
        Template.Function function = function("ValidateReturnFunction");
        byte[] csv = Files.readAllBytes(root.resolve("events").resolve("demo").resolve(SMALL_RETURN));
        List<String> dataRows = new String(csv, StandardCharsets.UTF_8)
                .lines()
                .filter(l -> !l.isBlank() && !l.startsWith("indicator_code,"))
                .toList();
        int rows = dataRows.size();
        // The store locks each indicator of the file while promoting it, so the bare side does too.
        long indicators = dataRows.stream()
                .map(l -> l.substring(0, l.indexOf(',')))
                .distinct()
                .count();
        Map<String, Side> sides = new LinkedHashMap<>();
        handlerJars(function)
                .forEach((label, jar) -> sides.put(label, run -> {
                    String key = "returns/careers-service/cold-start-" + label + "-" + run + ".csv";
                    PutObjectResponse put =
                            cloud.s3().putObject(b -> b.bucket(returns()).key(key), RequestBody.fromBytes(csv));
                    String event = S3EventJson.objectCreated(
                            "ReturnUploaded",
                            returns(),
                            key,
                            csv.length,
                            put.eTag().replace("\"", ""),
                            put.versionId(),
                            String.format("%016X", 0x2000000000000000L + run),
                            cloud.clock().instant());
                    return new Invocation(handlerCommand(function, jar, event, label + "-" + run), () -> {}, () -> {
                        String report = LocalRunner.summary(
                                cloud,
                                returns(),
                                key,
                                List.of(new LocalCloud.Delivery(function.logicalId(), "", null, 1)));
                        if (!report.startsWith("ACCEPTED")) {
                            throw new IllegalStateException("The handler did not accept the return: " + report);
                        }
                    });
                }));
        sides.put(BARE, run -> {
            String key = "returns/careers-service/cold-start-bare-" + run + ".csv";
            PutObjectResponse put =
                    cloud.s3().putObject(b -> b.bucket(returns()).key(key), RequestBody.fromBytes(csv));
            return new Invocation(
                    bareCommand(
                            "upload",
                            key,
                            put.versionId(),
                            Integer.toString(rows),
                            Integer.toString(reportSize()),
                            Long.toString(indicators)),
                    () -> {},
                    () -> {});
        });
        return measure("ReturnUploadedHandler", "S3 put, " + rows + "-row return", function, runs, sides);
    }

    /** The size of the report the handler wrote in its first run, for the bare JVM's PutObject. */
    private int reportSize() {
        String key =
                UploadKey.of("returns/careers-service/cold-start-handler-0.csv").reportKey();
        return (int) cloud.s3()
                .headObject(b -> b.bucket(returns()).key(key))
                .contentLength()
                .longValue();
    }

    /** One stream record: the seeded return's committed ledger item, as the table's stream delivers it. */
    private Result filesCommitted(int runs) throws IOException {
        Template.Function function = function("RecalculateFunction");
        Map<String, AttributeValue> ledger = cloud
                .dynamo()
                .query(b -> b.tableName(cloud.table())
                        .consistentRead(true)
                        .keyConditionExpression("pk = :p")
                        .expressionAttributeValues(Map.of(
                                ":p", AttributeValue.builder().s("LEDGER").build())))
                .items()
                .stream()
                .filter(item -> item.get("key").s().equals(SEED_RETURN))
                .findFirst()
                .orElseThrow();
        ObjectNode event = JSON.createObjectNode();
        event.putArray("Records")
                .add(TableStream.record(
                        ledger, "MODIFY", 900_000_000_000L, cloud.clock().instant(), cloud.table()));
        String json = event.toString();
        Map<String, Side> sides = new LinkedHashMap<>();
        handlerJars(function)
                .forEach((label, jar) -> sides.put(
                        label,
                        run -> new Invocation(
                                handlerCommand(function, jar, json, label + "-" + run), () -> {}, () -> {})));
        // The handler republishes the summary and the files of the indicators the committed return changed.
        List<String> changed = ledger.get("indicators").ss();
        List<String> files = changed.stream().map(SummaryFiles::indicatorKey).toList();
        sides.put(BARE, run -> new Invocation(recalculateCommand(false, 0, changed, files), () -> {}, () -> {}));
        return measure(
                "FilesCommittedHandler",
                "stream, 1 record (" + String.join(", ", changed) + ")",
                function,
                runs,
                sides);
    }

    /** The schedule's input for 02:30 London on the benchmark's day, as EventBridge Scheduler fills it in. */
    private Result nightly(int runs) throws IOException {
        Template.Function function = function("NightlyRecalculateFunction");
        Template.ScheduleTrigger schedule = function.schedules().get(0);
        ZoneId zone = ZoneId.of(schedule.timeZone());
        String scheduledTime = now.atTime(Schedules.timeOfDay(schedule.expression(), Clock.system(zone)))
                .atZone(zone)
                .toInstant()
                .toString();
        String json = schedule.input().replace("<aws.scheduler.scheduled-time>", scheduledTime);
        int[] notices = {-1};
        Map<String, Side> sides = new LinkedHashMap<>();
        handlerJars(function)
                .forEach((label, jar) -> sides.put(label, run -> {
                    long[] before = {0};
                    return new Invocation(
                            handlerCommand(function, jar, json, label + "-" + run),
                            () -> before[0] = handlerNotices(),
                            () -> {
                                int sent = (int) (handlerNotices() - before[0]);
                                if (notices[0] >= 0 && notices[0] != sent) {
                                    throw new IllegalStateException(
                                            "The nightly run sent " + sent + " notices, not " + notices[0]);
                                }
                                notices[0] = sent;
                            });
                }));
        sides.put(BARE, run -> {
            List<String> files = cloud.list(site()).keySet().stream()
                    .filter(k -> k.startsWith(SummaryFiles.INDICATOR_PREFIX))
                    .toList();
            return new Invocation(
                    recalculateCommand(true, Math.max(0, notices[0]), List.of(), files), () -> {}, () -> {});
        });
        return measure("NightlyRecalculationHandler", "schedule, " + now, function, runs, sides);
    }

    /** The notices the handlers sent (the bare JVM's go to providers named bare-N). */
    private long handlerNotices() {
        return cloud.notices().stream()
                .filter(n -> !n.path("provider").asText().startsWith("bare-"))
                .count();
    }

    // ---- running and timing

    /** One process to time, what to do just before it starts, and what to check once it has exited (untimed). */
    record Invocation(List<String> command, Runnable prepare, Runnable check) {}

    /** Makes the invocation for one run (run 0 is the untimed run that logs the SDK calls). */
    interface Side {
        Invocation next(int run) throws IOException;
    }

    private Result measure(String name, String event, Template.Function function, int runs, Map<String, Side> sides)
            throws IOException {
        System.out.printf("%s (%s) ...%n", name, event);
        Map<String, String> env = cloud.environment(function);
        // The untimed run of each side: every side makes exactly the same SDK calls, or the ratio means nothing.
        // The same calls, not the same order: the store makes some of them several at a time.
        List<String> handlerCalls = null;
        for (Map.Entry<String, Side> side : sides.entrySet()) {
            List<String> calls = calls(side.getValue().next(0), env, name + "-calls-" + side.getKey());
            if (handlerCalls == null) {
                handlerCalls = calls;
                System.out.printf("  SDK calls (%d): %s%n", calls.size(), grouped(sorted(calls)));
            } else if (!sorted(calls).equals(sorted(handlerCalls))) {
                throw new IllegalStateException(
                        name + ": the " + side.getKey() + " side made other SDK calls than the handler: " + calls);
            }
        }
        String primed = primedOnce(name, sides.get(HANDLER), env, handlerCalls);
        Map<String, Timings> times = new LinkedHashMap<>();
        List<String> order = new ArrayList<>(sides.keySet());
        order.forEach(side -> times.put(side, new Timings()));
        for (int run = 1; run <= runs; run++) {
            // Rotate which side goes first, so a drift in the machine's load falls on every side alike.
            for (int i = 0; i < order.size(); i++) {
                String side = order.get((run - 1 + i) % order.size());
                // A process that fails (the emulators can drop a connection on a loaded machine) is reported and
                // its run made again with a fresh event; a third failure stops the benchmark.
                for (int attempt = 0; ; attempt++) {
                    int id = run + 1000 * attempt;
                    try {
                        time(sides.get(side).next(id), env, name + "-" + side + "-" + id, times.get(side));
                        break;
                    } catch (ProcessFailed e) {
                        if (attempt == 2) {
                            throw e;
                        }
                        repeated.add(name + " " + side + " run " + run + ": " + e.getMessage());
                        System.out.println("  repeating a failed run: " + e.getMessage());
                    }
                }
            }
        }
        Result result = new Result(name, event, handlerCalls.size(), times, primed);
        System.out.printf(
                "  median handler %.0f ms, bare %.0f ms, ratio %.2f%s%n",
                result.median(HANDLER),
                result.median(BARE),
                result.ratio(HANDLER),
                times.containsKey(BEFORE)
                        ? String.format("; before %.0f ms, ratio %.2f", result.median(BEFORE), result.ratio(BEFORE))
                        : "");
        return result;
    }

    /** Runs a side once with the call log on its class path; the SDK calls it made, in order. */
    private List<String> calls(Invocation invocation, Map<String, String> env, String logName) throws IOException {
        return calls(run(withCallLog(invocation), env, logName));
    }

    private Invocation withCallLog(Invocation invocation) {
        List<String> command = new ArrayList<>(invocation.command());
        int cp = command.indexOf("-cp") + 1;
        command.set(cp, command.get(cp) + File.pathSeparator + callLogJar);
        return new Invocation(command, invocation.prepare(), invocation.check());
    }

    private static List<String> calls(Path log) throws IOException {
        try (Stream<String> lines = Files.lines(log)) {
            return lines.filter(l -> l.startsWith(CallLog.PREFIX))
                    .map(l -> l.substring(CallLog.PREFIX.length()))
                    .toList();
        }
    }

    /**
     * Once, untimed: the function as SnapStart runs it, its beforeCheckpoint hooks (the priming) called
     * through the org.crac facade once it is built ({@link uk.scrutiny.local.crac} stands in for CRaC; no
     * snapshot is taken), then the invoke. Checks that the priming ran and made only reads of keys that
     * do not exist, and that the invoke still made the handler's calls; says how long each part took.
     */
    private String primedOnce(String name, Side handler, Map<String, String> env, List<String> handlerCalls)
            throws IOException {
        Invocation plain = withCallLog(handler.next(500));
        List<String> command = new ArrayList<>(plain.command());
        command.add(1, "-Dorg.crac.Core.Compat=" + uk.scrutiny.local.crac.Core.class.getPackageName());
        command.add("checkpoint");
        Path log = run(new Invocation(command, plain.prepare(), plain.check()), env, name + "-primed");
        String text = Files.readString(log);
        List<String> calls = calls(log);
        List<String> priming = calls.subList(0, Math.max(0, calls.size() - handlerCalls.size()));
        if (!text.contains("Primed before the snapshot")
                || !sorted(calls.subList(priming.size(), calls.size())).equals(sorted(handlerCalls))
                || !priming.stream().allMatch(c -> c.endsWith(".GetItem") || c.endsWith(".HeadObject"))) {
            throw new IllegalStateException(name + ": the primed run did not prime as expected; see " + log);
        }
        Map<String, Double> parts = parts(log);
        String summary = String.format(
                "beforeCheckpoint %.0f ms (SDK calls: %s), then event %.0f ms, handler %.0f ms",
                parts.get("checkpoint"), grouped(priming), parts.get("event"), parts.get("handler"));
        System.out.println("  primed once: " + summary);
        return summary;
    }

    static List<String> sorted(List<String> calls) {
        List<String> copy = new ArrayList<>(calls);
        copy.sort(null);
        return copy;
    }

    /** "DynamoDb.Query x23" for a run of the same call. */
    static String grouped(List<String> calls) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < calls.size(); ) {
            int j = i;
            while (j < calls.size() && calls.get(j).equals(calls.get(i))) {
                j++;
            }
            text.append(text.length() == 0 ? "" : ", ").append(calls.get(i)).append(j - i > 1 ? " x" + (j - i) : "");
            i = j;
        }
        return text.toString();
    }

    private void time(Invocation invocation, Map<String, String> env, String logName, Timings timings)
            throws IOException {
        long started = System.nanoTime();
        Path log = run(invocation, env, logName);
        double total = (System.nanoTime() - started) / 1e6;
        double cpu;
        try (Stream<String> lines = Files.lines(log)) {
            cpu = lines.filter(l -> l.startsWith("CPU "))
                    .mapToDouble(l -> Long.parseLong(l.substring(4).trim()) / 1000.0)
                    .findFirst()
                    .orElse(-1);
        }
        timings.add(total, cpu, parts(log));
    }

    /** The parts a process reported on its PHASES line, in milliseconds. */
    private static Map<String, Double> parts(Path log) throws IOException {
        Map<String, Double> parts = new LinkedHashMap<>();
        try (Stream<String> lines = Files.lines(log)) {
            lines.filter(l -> l.startsWith(PHASES)).findFirst().ifPresent(line -> {
                for (String part : line.substring(PHASES.length()).trim().split(" ")) {
                    String[] nameValue = part.split("=");
                    parts.put(nameValue[0], Long.parseLong(nameValue[1]) / 1000.0);
                }
            });
        }
        return parts;
    }

    /** Spawns the process, waits for it to exit (it must succeed), then runs its check. Returns its log. */
    private Path run(Invocation invocation, Map<String, String> env, String logName) throws IOException {
        Path log = work.resolve(logName + ".log");
        ProcessBuilder builder = new ProcessBuilder(invocation.command())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // Only what Lambda would set: the template's environment (JAVA_TOOL_OPTIONS included) and the endpoints.
        builder.environment().clear();
        builder.environment().putAll(env);
        invocation.prepare().run();
        Process process = builder.start();
        try {
            int status = process.waitFor();
            if (status != 0) {
                throw new ProcessFailed(logName + " exited with " + status + " (" + firstError(log) + "); see " + log);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
        invocation.check().run();
        return log;
    }

    private List<String> handlerCommand(Template.Function function, Path jar, String event, String run)
            throws IOException {
        Path eventFile = work.resolve(function.logicalId() + "-event-" + run + ".json");
        Files.writeString(eventFile, event, StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of(java.toString(), KEEP_ALIVE_OFF));
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-cp",
                jar + File.pathSeparator + invokerJar,
                ColdInvoke.class.getName(),
                function.handler(),
                function.logicalId(),
                eventFile.toString()));
        return command;
    }

    private List<String> bareCommand(String... args) {
        // The bare JVM runs from the validate function's jar: the same SDK, nothing of ours used.
        return command(root.resolve(function("ValidateReturnFunction").codeUri()), args);
    }

    /** The recalculation's calls: the indicator files it writes (by their current sizes), then the summary. */
    /** @param changed the indicators a stream batch re-rates (it reads the kept results of the rest); empty: all */
    private List<String> recalculateCommand(
            boolean nightly, int publishes, List<String> changed, List<String> indicatorFiles) {
        Map<String, String> sizes = new TreeMap<>();
        for (S3Object o : cloud.s3()
                .listObjectsV2Paginator(b -> b.bucket(site()).prefix("data/"))
                .contents()) {
            sizes.put(o.key(), Long.toString(o.size()));
        }
        List<String> args = new ArrayList<>(List.of(
                "recalculate",
                Integer.toString(publishes),
                nightly ? "list" : "-",
                changed.isEmpty() ? "-" : String.join(",", changed)));
        for (String file : indicatorFiles) {
            args.add(sizes.getOrDefault(file, "2000"));
        }
        args.add(sizes.getOrDefault("data/summary.json", "20000"));
        return command(root.resolve(function("RecalculateFunction").codeUri()), args.toArray(String[]::new));
    }

    private List<String> command(Path functionJar, String... args) {
        List<String> command = new ArrayList<>(List.of(java.toString(), KEEP_ALIVE_OFF));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", functionJar + File.pathSeparator + bareJar, BareColdStart.class.getName()));
        command.addAll(Arrays.asList(args));
        return command;
    }

    /** A timed process that did not exit with 0. */
    static final class ProcessFailed extends IllegalStateException {
        ProcessFailed(String message) {
            super(message);
        }
    }

    /** The first line of the process's log that names an exception. */
    private static String firstError(Path log) {
        try (Stream<String> lines = Files.lines(log)) {
            return lines.filter(l -> l.contains("Exception") || l.contains("Error"))
                    .findFirst()
                    .orElse("no exception logged");
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** The template's JAVA_TOOL_OPTIONS, which both sides run with (Globals sets them for every function). */
    private static String javaToolOptions(Path root) throws IOException {
        return Template.read(root.resolve("template.yaml"), LocalCloud.STACK).functions().stream()
                .map(f -> f.environment().get("JAVA_TOOL_OPTIONS"))
                .filter(o -> o != null && !o.isBlank())
                .findFirst()
                .orElse("(none)");
    }

    static double median(List<Double> values) {
        double[] sorted =
                values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
