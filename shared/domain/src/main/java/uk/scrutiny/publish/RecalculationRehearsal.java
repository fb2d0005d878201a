package uk.scrutiny.publish;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import uk.scrutiny.catalogue.Catalogue;
import uk.scrutiny.catalogue.Indicator;
import uk.scrutiny.catalogue.Polarity;
import uk.scrutiny.catalogue.Target;
import uk.scrutiny.catalogue.Targets;
import uk.scrutiny.catalogue.Unit;
import uk.scrutiny.period.Frequency;
import uk.scrutiny.period.Period;
import uk.scrutiny.rating.Summary;
import uk.scrutiny.returns.Notice;
import uk.scrutiny.returns.ReportedValue;

/**
 * The recalculation rehearsed in memory: a tiny catalogue (a percentage, a rate, a count, one
 * indicator never reported), targets and a few figures with numerators are rated, as after a
 * committed return and as the nightly run does, and every file is written to an in-memory site
 * bucket, with the overdue reminders composed but sent nowhere. Rating, confidence intervals, the
 * roll-ups and the JSON writers are loaded and run once; no bucket, table or topic is touched. A
 * SnapStart priming hook runs it before the snapshot is taken.
 */
public final class RecalculationRehearsal {
    static final String HOME = "E08000035";
    static final String BENCHMARK = "E92000001";
    static final LocalDate AS_OF = LocalDate.of(2025, 8, 1);

    private static final Indicator PERCENT =
            indicator("R-PCT", Polarity.HIGHER, Unit.PERCENT, Frequency.QUARTERLY, 45, "P1");
    private static final Indicator RATE =
            indicator("R-RATE", Polarity.LOWER, Unit.ratePer(10_000), Frequency.FINANCIAL_YEAR, 90, "P1");
    private static final Indicator COUNT = indicator("R-NUM", Polarity.NONE, Unit.COUNT, Frequency.MONTHLY, 30, "P2");
    private static final Indicator NEVER =
            indicator("R-NONE", Polarity.HIGHER, Unit.PERCENT, Frequency.ACADEMIC_YEAR, 120, "P2");

    private RecalculationRehearsal() {}

    /** Rates and publishes twice (one indicator changed, then everything); returns the files last written. */
    public static Rehearsed run() {
        Clock clock = Clock.fixed(Instant.parse("2025-08-01T01:30:00Z"), ZoneOffset.UTC);
        InMemorySite site = new InMemorySite();
        // A file of an indicator no longer in the catalogue, which the full run removes.
        site.files.put(SummaryFiles.indicatorKey("R-GONE"), new byte[] {'{', '}'});
        Recalculation recalculation = new Recalculation(new InMemoryFigures(), site, HOME, BENCHMARK, clock);
        recalculation.run(AS_OF, Set.of(PERCENT.code()));
        Summary summary = recalculation.run(AS_OF, Set.of());
        return new Rehearsed(summary, Map.copyOf(site.files), OverdueNotices.of(summary));
    }

    /** What a rehearsal produced: the summary, the site's files, the reminders it would send. */
    public record Rehearsed(Summary summary, Map<String, byte[]> files, List<Notice> notices) {}

    private static Indicator indicator(
            String code, Polarity polarity, Unit unit, Frequency frequency, int dueDays, String priority) {
        return new Indicator(
                code,
                "Rehearsal " + code,
                priority,
                "Rehearsal priority " + priority,
                "Rehearsal outcome",
                polarity,
                unit,
                frequency,
                dueDays,
                List.of("rehearsal"));
    }

    private static final class InMemoryFigures implements StoredFigures {
        @Override
        public Catalogue catalogue() {
            return Catalogue.of(List.of(PERCENT, RATE, COUNT, NEVER));
        }

        @Override
        public Targets targets() {
            return Targets.of(List.of(
                    new Target(PERCENT.code(), period(PERCENT, "2025/26 Q1"), new BigDecimal("50"), null),
                    new Target(PERCENT.code(), period(PERCENT, "2024/25 Q4"), new BigDecimal("50"), null),
                    new Target(RATE.code(), period(RATE, "2024/25"), new BigDecimal("70.5"), new BigDecimal("1.5"))));
        }

        @Override
        public List<ReportedValue> currentValues(
                Collection<Indicator> indicators, BiConsumer<Indicator, RuntimeException> unreadable) {
            List<ReportedValue> values = new ArrayList<>();
            List<String> quarters = List.of("2024/25 Q1", "2024/25 Q4", "2025/26 Q1");
            for (int q = 0; q < quarters.size(); q++) {
                String numerator = Integer.toString(455 + 20 * q);
                values.add(value(PERCENT, HOME, quarters.get(q), null, numerator, "1000"));
                values.add(value(PERCENT, BENCHMARK, quarters.get(q), "48.2", "48200", "100000"));
                values.add(value(PERCENT, "STAT-NEIGHBOURS", quarters.get(q), "47." + q, null, null));
            }
            for (String year : List.of("2023/24", "2024/25")) {
                values.add(value(RATE, HOME, year, "72.1", "1442", "200000"));
                values.add(value(RATE, BENCHMARK, year, "70.0", "70000", "10000000"));
            }
            for (String month : List.of("2025-01", "2025-02", "2025-03")) {
                values.add(value(COUNT, HOME, month, "1200", null, null));
            }
            return values;
        }

        private static ReportedValue value(
                Indicator indicator, String area, String period, String value, String numerator, String denominator) {
            return new ReportedValue(
                    indicator.code(),
                    area,
                    period(indicator, period),
                    value != null
                            ? new BigDecimal(value)
                            : new BigDecimal(numerator)
                                    .multiply(BigDecimal.valueOf(100))
                                    .divide(new BigDecimal(denominator)),
                    numerator == null ? null : new BigDecimal(numerator),
                    denominator == null ? null : new BigDecimal(denominator),
                    null,
                    "rehearsal",
                    "returns/rehearsal/rehearsal.csv",
                    Instant.parse("2025-07-01T09:00:00Z"),
                    1);
        }

        static Period period(Indicator indicator, String text) {
            return Period.parse(indicator.frequency(), text);
        }
    }

    private static final class InMemorySite implements SiteBucket {
        final Map<String, byte[]> files = new TreeMap<>();

        @Override
        public void put(String key, byte[] body, String contentType, String cacheControl) {
            files.put(key, body);
        }

        @Override
        public Set<String> keys(String prefix) {
            return Set.copyOf(
                    files.keySet().stream().filter(k -> k.startsWith(prefix)).toList());
        }

        @Override
        public void delete(String key) {
            files.remove(key);
        }
    }
}
