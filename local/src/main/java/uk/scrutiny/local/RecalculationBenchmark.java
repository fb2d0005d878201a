package uk.scrutiny.local;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import uk.scrutiny.aws.DynamoPerformanceStore;
import uk.scrutiny.aws.TableLayout;
import uk.scrutiny.publish.Recalculation;
import uk.scrutiny.publish.SiteBucket;
import uk.scrutiny.returns.Observation;
import uk.scrutiny.returns.ReportedValue;
import uk.scrutiny.returns.Upload;

/**
 * A full recalculation against a one-indicator one, on the same emulated table in the same run:
 * N indicators x 20 periods x 10 areas stored as current figures (RatingBenchmark's data), a full
 * publish (which also keeps every indicator's rating result), then a return revising one figure of
 * one indicator and the stream's publish of it. Prints both times and their ratio. A command, not a
 * test: run with -Xmx2g or more.
 */
public final class RecalculationBenchmark {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-01-10T06:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate AS_OF = LocalDate.of(2024, 1, 10);

    private RecalculationBenchmark() {}

    public static void main(String[] args) {
        int[] sizes = args.length > 0
                ? java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray()
                : new int[] {1_000, 10_000, 50_000};
        for (int n : sizes) {
            run(n);
        }
    }

    private static void run(int n) {
        try (DynamoEmulator emulator = DynamoEmulator.start()) {
            DynamoDbClient dynamo = DynamoDbClient.builder()
                    .region(Region.EU_WEST_2)
                    .endpointOverride(emulator.endpoint())
                    .httpClient(UrlConnectionHttpClient.builder().build())
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                    .build();
            TableLayout.create(dynamo, "bench");
            DynamoPerformanceStore store = new DynamoPerformanceStore(dynamo, "bench", CLOCK, 8);
            RatingBenchmark.Inputs inputs = RatingBenchmark.Inputs.generate(n, new Random(42));

            long loadStart = System.nanoTime();
            Upload catalogue = upload("config/indicators.csv", 1);
            store.begin(catalogue, null);
            store.replaceCatalogue(catalogue, inputs.catalogue());
            store.commit(catalogue, n, Set.of());
            store.finish(catalogue);
            Upload targets = upload("config/targets.csv", 2);
            store.begin(targets, null);
            store.replaceTargets(targets, inputs.targets());
            store.commit(targets, inputs.targets().all().size(), Set.of());
            store.finish(targets);
            // The figures as one committed return, promoted to current items (its revision items are
            // not written: no recalculation reads them).
            Upload figures = upload("returns/provider/all.csv", 3);
            store.begin(figures, "provider");
            Set<String> codes = new TreeSet<>();
            inputs.catalogue().indicators().forEach(i -> codes.add(i.code()));
            store.commit(figures, inputs.values().size(), codes);
            List<Observation> batch = new ArrayList<>(5_000);
            long line = 2;
            for (ReportedValue v : inputs.values()) {
                batch.add(observation(v, line++));
                if (batch.size() == 5_000) {
                    store.promote(figures, batch);
                    batch.clear();
                }
            }
            store.promote(figures, batch);
            store.finish(figures);
            double loadSeconds = (System.nanoTime() - loadStart) / 1e9;

            MapSite site = new MapSite();
            Recalculation recalculation = new Recalculation(store, site, "E08000035", "E92000001", CLOCK);
            long fullStart = System.nanoTime();
            recalculation.run(AS_OF);
            long fullNanos = System.nanoTime() - fullStart;

            ReportedValue first = inputs.values().get(0);
            Upload revision = upload("returns/provider/revision.csv", 4);
            Observation revised = observation(first, 2);
            revised = new Observation(
                    revised.indicatorCode(),
                    revised.period(),
                    revised.areaCode(),
                    revised.value().add(java.math.BigDecimal.ONE),
                    null,
                    null,
                    "Revised",
                    2);
            store.begin(revision, "provider");
            store.stage(revision, "provider", List.of(revised));
            store.commit(revision, 1, Set.of(first.indicatorCode()));
            store.promote(revision, List.of(revised));
            store.finish(revision);
            site.written = 0;
            long oneStart = System.nanoTime();
            recalculation.run(AS_OF, Set.of(first.indicatorCode()));
            long oneNanos = System.nanoTime() - oneStart;
            System.out.printf(
                    "%,7d indicators, %,9d figures (loaded in %.0f s): full recalculation %8.2f s; one-indicator"
                            + " upload's %6.3f s (%d files written) = %.2f%% of the full%n",
                    n,
                    inputs.values().size(),
                    loadSeconds,
                    fullNanos / 1e9,
                    oneNanos / 1e9,
                    site.written,
                    100.0 * oneNanos / fullNanos);
        }
    }

    private static Upload upload(String key, int n) {
        return new Upload(
                "bench",
                key,
                "v" + n,
                "etag" + n,
                1,
                Instant.parse("2024-01-0" + n + "T09:00:00Z"),
                String.format("%016X", n));
    }

    private static Observation observation(ReportedValue v, long line) {
        return new Observation(
                v.indicatorCode(), v.period(), v.areaCode(), v.value(), v.numerator(), v.denominator(), v.note(), line);
    }

    private static final class MapSite implements SiteBucket {
        private final Map<String, byte[]> files = new HashMap<>();
        int written;

        @Override
        public void put(String key, byte[] body, String contentType, String cacheControl) {
            files.put(key, body);
            written++;
        }
    }
}
