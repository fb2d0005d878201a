package uk.scrutiny.local;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import uk.scrutiny.catalogue.Catalogue;
import uk.scrutiny.catalogue.Indicator;
import uk.scrutiny.catalogue.Polarity;
import uk.scrutiny.catalogue.Target;
import uk.scrutiny.catalogue.Targets;
import uk.scrutiny.catalogue.Unit;
import uk.scrutiny.period.Frequency;
import uk.scrutiny.period.Period;
import uk.scrutiny.publish.SummaryFiles;
import uk.scrutiny.rating.RatingContext;
import uk.scrutiny.rating.RatingEngine;
import uk.scrutiny.rating.Summary;
import uk.scrutiny.returns.ReportedValue;

/**
 * How the cost of a rating run grows with the catalogue: 1,000, 10,000 and 50,000 indicators,
 * each with 20 periods for 10 areas, from a fixed seed. Prints microseconds per indicator for
 * rating and for writing the files, so a cost that grows faster than the catalogue shows up as a
 * rising per-indicator figure. A command, not a test: run with -Xmx2g.
 */
public final class RatingBenchmark {
    private static final int PERIODS = 20;
    private static final String[] AREAS = {
        "E08000035",
        "E92000001",
        "E12000003",
        "STAT-NEIGHBOURS",
        "CORE-CITIES",
        "E08000016",
        "E08000017",
        "E08000018",
        "E08000019",
        "E08000032"
    };
    private static final LocalDate AS_OF = LocalDate.of(2024, 1, 10);
    private static final Instant GENERATED_AT = Instant.parse("2024-01-10T06:00:00Z");
    private static final Frequency[] FREQUENCIES = {Frequency.QUARTERLY, Frequency.FINANCIAL_YEAR, Frequency.MONTHLY};

    private RatingBenchmark() {}

    public static void main(String[] args) {
        int[] sizes = args.length > 0
                ? java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray()
                : new int[] {1_000, 10_000, 50_000};
        System.out.printf(
                Locale.UK,
                "%d periods x %d areas per indicator; max heap %,d MB; %d processors%n",
                PERIODS,
                AREAS.length,
                Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors());
        run(1_000, false); // warm the JIT so the first size is not measuring it
        for (int size : sizes) {
            run(size, true);
        }
    }

    private static void run(int indicators, boolean print) {
        Inputs inputs = Inputs.generate(indicators, new Random(20240110L + indicators));
        System.gc();
        RatingContext context = new RatingContext(AS_OF, AREAS[0], AREAS[1], GENERATED_AT);

        long gcBefore = gcMillis();
        long start = System.nanoTime();
        Summary summary = new RatingEngine().rate(inputs.catalogue, inputs.targets, inputs.values, context);
        long rated = System.nanoTime();
        AtomicLong bytes = new AtomicLong();
        AtomicLong files = new AtomicLong();
        // Handed over one file at a time and dropped, as an uploader would, so 50,000 files need not fit in memory.
        new SummaryFiles().write(summary, (key, content) -> {
            bytes.addAndGet(content.length);
            files.incrementAndGet();
        });
        long written = System.nanoTime();
        long gc = gcMillis() - gcBefore;
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        System.gc();
        long retained = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();

        if (print) {
            double rateMicros = (rated - start) / 1e3 / indicators;
            double writeMicros = (written - rated) / 1e3 / indicators;
            System.out.printf(
                    Locale.UK,
                    "%,7d indicators (%,d figures): rate %,8.1f us/indicator, files %,8.1f us/indicator, "
                            + "total %,7d ms (of which GC %,d ms); %,d files, %,d MB written; heap used %,d MB at end, %,d MB retained "
                            + "(inputs + summary) after GC; %s%n",
                    indicators,
                    inputs.values.size(),
                    rateMicros,
                    writeMicros,
                    (written - start) / 1_000_000,
                    gc,
                    files.get(),
                    bytes.get() >> 20,
                    heap.getUsed() >> 20,
                    retained >> 20,
                    summary.counts());
        }
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime)
                .sum();
    }

    /** Inputs shaped like real returns: mostly percents and rates with numerators, some gaps, targets for the home area. */
    record Inputs(Catalogue catalogue, Targets targets, List<ReportedValue> values) {

        static Inputs generate(int count, Random random) {
            // Immutable values shared between figures, as interned strings are, so 10 million figures fit in 2 GB.
            Map<Frequency, Period[]> periods = new HashMap<>();
            for (Frequency f : FREQUENCIES) {
                Period[] p = new Period[PERIODS];
                Period latest = Period.containing(f, AS_OF).previous().previous();
                for (int i = PERIODS - 1; i >= 0; i--) {
                    p[i] = latest;
                    latest = latest.previous();
                }
                periods.put(f, p);
            }
            BigDecimalCache numbers = new BigDecimalCache();
            BigDecimal[] denominators = new BigDecimal[AREAS.length];
            for (int a = 0; a < AREAS.length; a++) {
                denominators[a] = BigDecimal.valueOf(15_000 + 1_000L * a);
            }
            Instant received = Instant.parse("2023-12-01T10:00:00Z");

            List<Indicator> indicators = new ArrayList<>(count);
            List<Target> targets = new ArrayList<>();
            List<ReportedValue> values = new ArrayList<>(count * PERIODS * AREAS.length);
            for (int i = 0; i < count; i++) {
                Frequency frequency = FREQUENCIES[i % FREQUENCIES.length];
                Polarity polarity = Polarity.values()[random.nextInt(3)];
                Unit unit = i % 4 == 3 ? Unit.ratePer(10_000) : Unit.PERCENT;
                String code = "IND-" + i;
                indicators.add(new Indicator(
                        code,
                        "Indicator " + i,
                        "P" + (i % 200),
                        "Priority " + (i % 200),
                        "Outcome " + (i % 5),
                        polarity,
                        unit,
                        frequency,
                        45,
                        List.of("provider")));
                Period[] p = periods.get(frequency);
                double share = 0.05 + random.nextDouble() * 0.5;
                for (int a = 0; a < AREAS.length; a++) {
                    for (int t = 0; t < PERIODS; t++) {
                        if (random.nextInt(20) == 0) {
                            continue; // a gap, as real series have
                        }
                        double drift = share * (0.9 + random.nextDouble() * 0.2);
                        BigDecimal denominator = denominators[a];
                        long x = Math.round(drift * denominator.doubleValue() * (unit == Unit.PERCENT ? 1 : 0.02));
                        BigDecimal numerator = numbers.whole(x);
                        BigDecimal value = numbers.tenths(
                                Math.round(x * unit.multiplier().doubleValue() * 10 / denominator.doubleValue()));
                        values.add(new ReportedValue(
                                code,
                                AREAS[a],
                                p[t],
                                value,
                                numerator,
                                denominator,
                                null,
                                "provider",
                                "returns/benchmark.csv",
                                received,
                                1 + (t % 3 == 0 ? 1 : 0)));
                    }
                }
                for (int t = PERIODS - 8; t < PERIODS; t++) {
                    double goal = share * (unit == Unit.PERCENT ? 100 : 200);
                    targets.add(new Target(
                            code,
                            p[t],
                            BigDecimal.valueOf(goal).setScale(1, RoundingMode.HALF_UP),
                            t % 2 == 0 ? null : BigDecimal.ONE));
                }
            }
            return new Inputs(Catalogue.of(indicators), Targets.of(targets), values);
        }
    }

    private static final class BigDecimalCache {
        private final Map<Long, BigDecimal> wholes = new HashMap<>();
        private final Map<Long, BigDecimal> tenths = new HashMap<>();

        BigDecimal whole(long n) {
            return wholes.computeIfAbsent(n, BigDecimal::valueOf);
        }

        BigDecimal tenths(long n) {
            return tenths.computeIfAbsent(n, k -> BigDecimal.valueOf(k, 1));
        }
    }
}
