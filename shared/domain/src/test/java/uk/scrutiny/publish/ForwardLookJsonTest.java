package uk.scrutiny.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.scrutiny.catalogue.Catalogue;
import uk.scrutiny.catalogue.Indicator;
import uk.scrutiny.catalogue.Polarity;
import uk.scrutiny.catalogue.Target;
import uk.scrutiny.catalogue.Targets;
import uk.scrutiny.catalogue.Unit;
import uk.scrutiny.period.Frequency;
import uk.scrutiny.period.Period;
import uk.scrutiny.rating.RatingContext;
import uk.scrutiny.rating.RatingEngine;
import uk.scrutiny.returns.ReportedValue;

/** Issue 12's published fields: year targets, trajectory, forecast, at risk, curve and recent trend. */
class ForwardLookJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String LEEDS = "E08000035";

    private static final Indicator NEET = new Indicator(
            "NEET",
            "16-17 year olds not in education, employment or training",
            "P04",
            "Participation",
            "Learning",
            Polarity.LOWER,
            Unit.PERCENT,
            Frequency.QUARTERLY,
            45,
            List.of("careers-service"));
    private static final Indicator KS4 = new Indicator(
            "KS4-EM5",
            "Grade 5 or above in GCSE English and maths",
            "P03",
            "Achievement",
            "Learning",
            Polarity.HIGHER,
            Unit.PERCENT,
            Frequency.ACADEMIC_YEAR,
            120,
            List.of("schools"));

    private static Target target(Frequency frequency, String code, String period, String target, String tolerance) {
        return new Target(code, Period.parse(frequency, period), new BigDecimal(target), new BigDecimal(tolerance));
    }

    private static ReportedValue value(Indicator indicator, String period, String value, long x, long n) {
        return new ReportedValue(
                indicator.code(),
                LEEDS,
                Period.parse(indicator.frequency(), period),
                new BigDecimal(value),
                BigDecimal.valueOf(x),
                BigDecimal.valueOf(n),
                null,
                indicator.providers().get(0),
                "returns/" + indicator.code() + ".csv",
                Instant.parse("2026-11-01T09:00:00Z"),
                1);
    }

    private static Map<String, byte[]> publish() {
        Targets targets = Targets.of(List.of(
                target(Frequency.QUARTERLY, "NEET", "2025/26 Q4", "4.2", "0.3"),
                target(Frequency.FINANCIAL_YEAR, "NEET", "2026/27", "4.0", "0.3"),
                target(Frequency.FINANCIAL_YEAR, "NEET", "2027/28", "3.8", "0.3"),
                target(Frequency.ACADEMIC_YEAR, "KS4-EM5", "2025/26", "46.0", "2.0"),
                target(Frequency.ACADEMIC_YEAR, "KS4-EM5", "2026/27", "47.0", "2.0")));
        List<ReportedValue> values = new ArrayList<>();
        values.add(value(NEET, "2025/26 Q2", "4.1", 780, 18960));
        values.add(value(NEET, "2025/26 Q3", "4.5", 853, 18940));
        values.add(value(NEET, "2025/26 Q4", "4.6", 871, 18930));
        values.add(value(NEET, "2026/27 Q1", "4.5", 862, 19150));
        values.add(value(NEET, "2026/27 Q2", "4.6", 881, 19170));
        values.add(value(KS4, "2021/22", "46.1", 4131, 8962));
        values.add(value(KS4, "2022/23", "41.9", 3861, 9215));
        values.add(value(KS4, "2023/24", "43.4", 4074, 9388));
        values.add(value(KS4, "2024/25", "43.9", 4203, 9574));
        values.add(value(KS4, "2025/26", "45.1", 4375, 9701));
        RatingContext context = new RatingContext(
                LocalDate.of(2026, 11, 25), LEEDS, "E92000001", Instant.parse("2026-11-25T06:00:00Z"));
        return new SummaryFiles()
                .files(new RatingEngine().rate(Catalogue.of(List.of(NEET, KS4)), targets, values, context));
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void everyFileWithTheNewFieldsMatchesItsSchema() {
        Map<String, byte[]> files = publish();
        assertEquals(List.of(), SchemaCheck.errors(SchemaCheck.SUMMARY, text(files.get("data/summary.json"))));
        assertEquals(
                List.of(), SchemaCheck.errors(SchemaCheck.INDICATOR, text(files.get("data/indicators/NEET.json"))));
        assertEquals(
                List.of(), SchemaCheck.errors(SchemaCheck.INDICATOR, text(files.get("data/indicators/KS4-EM5.json"))));
    }

    @Test
    void theSummaryCarriesTheYearTargetForecastRiskCurveAndTrend() throws Exception {
        JsonNode summary = MAPPER.readTree(publish().get("data/summary.json"));
        JsonNode neet = summary.get("indicators").get(0).get("latest");
        // GIVEN NEET 4.6% in 2026/27 Q2 with only the 2026/27 year target (4.0%, tolerance 0.3)
        // THEN it is red against the year's target, which is named
        assertEquals("2026/27", neet.get("targetPeriod").asText());
        assertEquals("RED", neet.get("rag").asText());
        assertTrue(neet.get("reason").asText().contains("the 2026/27 target of 4.0%"), neet.toString());
        // AND its forecast: 4.1, 4.5, 4.6, 4.5, 4.6: mean 4.46, Sxy = (-2)(-0.36) + (-1)(0.04) + 0 + 1(0.04) + 2(0.14)
        //   = 1.0, slope 0.1; at x = 6: 4.46 + 0.3 = 4.76, 4.8 in 2026/27 Q3
        JsonNode forecast = neet.get("forecast");
        assertEquals("2026/27 Q3", forecast.get("period").asText());
        assertEquals(4.8, forecast.get("value").asDouble());
        assertEquals(5, forecast.get("basis").size());
        assertEquals("2025/26 Q2", forecast.get("basis").get(0).asText());
        // AND red cannot be at risk
        assertTrue(neet.get("atRisk").isNull());
        // AND the curve: the baseline from the 4 quarters before (4.1, 4.5, 4.6, 4.5: mean 4.425,
        //   Sxy = (-1.5)(-0.325) + (-0.5)(0.075) + 0.5(0.175) + 1.5(0.075) = 0.65, Sxx = 5, slope 0.13;
        //   at x = 5: 4.425 + 0.13 * 2.5 = 4.75, 4.8); 4.6 is lower and lower is better: turned
        JsonNode curve = neet.get("curve");
        assertEquals("TURNED", curve.get("status").asText());
        assertEquals(4.8, curve.get("forecast").asDouble());
        assertEquals(4, curve.get("basis").size());
        // AND the recent trend: 5 quarters with numerators and denominators, a rise too small to be significant
        JsonNode trend = neet.get("recentTrend");
        assertEquals("NO_SIGNIFICANT_CHANGE", trend.get("direction").asText());
        assertTrue(trend.get("assessment").isNull());
        assertEquals(5, trend.get("points").asInt());
        assertTrue(trend.get("chiSquared").asDouble() < 9.5495);

        // GIVEN KS4 45.1% amber against 46.0%, flat at 44.1% for 2026/27 (AtRiskTest), whose target is 47.0%
        JsonNode ks4 = summary.get("indicators").get(1).get("latest");
        assertEquals("2025/26", ks4.get("targetPeriod").asText());
        JsonNode risk = ks4.get("atRisk");
        assertEquals("AMBER", risk.get("from").asText());
        assertEquals("RED", risk.get("to").asText());
        assertEquals("2026/27", risk.get("period").asText());
        assertEquals("2026/27", risk.get("targetPeriod").asText());
        // AND the summary lists it
        JsonNode atRisk = summary.get("atRisk");
        assertEquals(1, atRisk.size());
        assertEquals("KS4-EM5", atRisk.get(0).get("code").asText());
        assertEquals(risk.get("reason").asText(), atRisk.get(0).get("reason").asText());
    }

    @Test
    void theIndicatorFileCarriesEachPointsTargetPeriodAndTheTrajectory() throws Exception {
        JsonNode neet = MAPPER.readTree(publish().get("data/indicators/NEET.json"));
        JsonNode points = neet.get("series").get(0).get("points");
        // THEN 2025/26 Q2 and Q3 have no target; Q4 has its own; 2026/27 Q1 and Q2 take the year's
        List<String> targetPeriods = new ArrayList<>();
        points.forEach(p -> targetPeriods.add(
                p.get("targetPeriod").isNull() ? null : p.get("targetPeriod").asText()));
        assertEquals(java.util.Arrays.asList(null, null, "2025/26 Q4", "2026/27", "2026/27"), targetPeriods);
        assertEquals(4.0, points.get(4).get("target").asDouble());
        assertEquals("RED", points.get(4).get("rag").asText());
        // AND the trajectory is the two year targets, the future one included, with their dates
        JsonNode trajectory = neet.get("trajectory");
        assertEquals(2, trajectory.size());
        assertEquals("2026/27", trajectory.get(0).get("period").asText());
        assertEquals("2027/28", trajectory.get(1).get("period").asText());
        assertEquals("2027-04-01", trajectory.get(1).get("periodStart").asText());
        assertEquals("2028-03-31", trajectory.get(1).get("periodEnd").asText());
        assertEquals(3.8, trajectory.get(1).get("target").asDouble());
        assertEquals(0.3, trajectory.get(1).get("tolerance").asDouble());
    }
}
