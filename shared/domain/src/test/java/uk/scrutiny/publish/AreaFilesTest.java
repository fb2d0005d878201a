package uk.scrutiny.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.scrutiny.rating.Fixtures.value;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import uk.scrutiny.areas.AreaList;
import uk.scrutiny.areas.AreasReader;
import uk.scrutiny.catalogue.Catalogue;
import uk.scrutiny.catalogue.Indicator;
import uk.scrutiny.catalogue.Polarity;
import uk.scrutiny.catalogue.Targets;
import uk.scrutiny.catalogue.Unit;
import uk.scrutiny.period.Frequency;
import uk.scrutiny.rating.Fixtures;
import uk.scrutiny.returns.ReportedValue;
import uk.scrutiny.validation.Problems;

/**
 * What the areas file adds to the published files, end to end through the recalculation: names,
 * the home and national areas, the national rank, groups, sub-areas with disclosure control and the
 * councils' figures; every file valid against its schema, and no sub-area figure anywhere else.
 */
class AreaFilesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T03:00:00Z"), ZoneOffset.UTC);
    private static final String Q2 = "2026/27 Q2";
    private static final Indicator NEET = Fixtures.indicator("NEET", Polarity.LOWER, Unit.PERCENT, Frequency.QUARTERLY);

    /** Leeds, England, a region, two groups, twelve councils (Sheffield to Wakefield) and three clusters. */
    static final String AREAS = """
            code,name,kind,parent,groups
            E08000035,Leeds,home,E12000003,
            E92000001,England,national,,
            E12000003,Yorkshire and The Humber,region,,
            STAT-NEIGHBOURS,Statistical neighbours,group,,
            CORE-CITIES,Core cities,group,,
            E08000019,Sheffield,authority,E12000003,STAT-NEIGHBOURS;CORE-CITIES
            E08000034,Kirklees,authority,E12000003,STAT-NEIGHBOURS
            E08000036,Wakefield,authority,E12000003,STAT-NEIGHBOURS
            E08000032,Bradford,authority,E12000003,
            E08000033,Calderdale,authority,E12000003,
            E08000016,Barnsley,authority,E12000003,
            E08000017,Doncaster,authority,E12000003,
            E08000018,Rotherham,authority,E12000003,
            E06000014,York,authority,E12000003,
            E08000025,Birmingham,authority,,CORE-CITIES
            E08000003,Manchester,authority,,CORE-CITIES
            LEEDS-CL-MORLEY,Morley,sub-area,E08000035,
            LEEDS-CL-BRAMLEY,Bramley,sub-area,E08000035,
            LEEDS-CL-OTLEY,"Otley, Pool and Bramhope",sub-area,E08000035,
            """;

    private static AreaList areas() {
        Problems problems = new Problems();
        AreaList areas =
                new AreasReader().read(new ByteArrayInputStream(AREAS.getBytes(StandardCharsets.UTF_8)), problems);
        assertTrue(problems.isEmpty(), problems.listed()::toString);
        return areas;
    }

    private static List<ReportedValue> values() {
        List<ReportedValue> v = new ArrayList<>();
        v.add(value(NEET, "E08000035", Q2, "4.595722", "881", "19170"));
        v.add(value(NEET, "E92000001", Q2, "2.8"));
        v.add(value(NEET, "E12000003", Q2, "3.3"));
        String[] councils = {
            "E08000019",
            "E08000034",
            "E08000036",
            "E08000032",
            "E08000033",
            "E08000016",
            "E08000017",
            "E08000018",
            "E06000014",
            "E08000025",
            "E08000003"
        };
        String[] figures = {"3.9", "4.2", "5.1", "5.5", "3.6", "6.0", "6.4", "3.3", "2.1", "3.0", "2.8"};
        for (int i = 0; i < councils.length; i++) {
            v.add(value(NEET, councils[i], Q2, figures[i]));
        }
        v.add(value(NEET, "LEEDS-CL-MORLEY", Q2, "2.627119", "31", "1180"));
        v.add(value(NEET, "LEEDS-CL-BRAMLEY", Q2, "0.731707", "3", "410"));
        v.add(value(NEET, "LEEDS-CL-OTLEY", Q2, "1.09375", "7", "640"));
        return v;
    }

    /** Publishes with a template default of Wakefield as the home area: the areas file's Leeds must win. */
    private static Map<String, String> publish(AreaList areas, int threshold) {
        StoredFigures store = new StoredFigures() {
            @Override
            public Catalogue catalogue() {
                return Catalogue.of(List.of(NEET));
            }

            @Override
            public Targets targets() {
                return Targets.none();
            }

            @Override
            public List<ReportedValue> currentValues(
                    Collection<Indicator> indicators, BiConsumer<Indicator, RuntimeException> unreadable) {
                return values();
            }

            @Override
            public AreaList areas() {
                return areas;
            }
        };
        Map<String, String> files = new LinkedHashMap<>();
        new Recalculation(
                        store,
                        (key, body, type, cache) -> files.put(key, new String(body, StandardCharsets.UTF_8)),
                        "E08000036",
                        "E92000001",
                        threshold,
                        CLOCK)
                .run(LocalDate.of(2026, 11, 25));
        return files;
    }

    @Test
    void everyFileIsValidAndSaysWhatTheAreasFileAdds() throws Exception {
        // GIVEN the areas file and NEET for Leeds, eleven other councils and three clusters
        // WHEN published with the default threshold, 5
        Map<String, String> files = publish(areas(), 5);
        // THEN both files validate against their schemas
        String summaryText = files.get("data/summary.json");
        String neetText = files.get("data/indicators/NEET.json");
        assertEquals(List.of(), SchemaCheck.errors(SchemaCheck.SUMMARY, summaryText));
        assertEquals(List.of(), SchemaCheck.errors(SchemaCheck.INDICATOR, neetText));
        JsonNode summary = MAPPER.readTree(summaryText);
        // AND the home area is the file's (Leeds), not the template default (Wakefield), with its name
        assertEquals("E08000035", summary.get("homeArea").asText());
        assertEquals("Leeds", summary.get("homeAreaName").asText());
        // AND Leeds's 4.6 among twelve councils, sorted 2.1 2.8 3.0 3.3 3.6 3.9 4.2 4.6 5.1 5.5 6.0 6.4:
        //     seven lower, so 8th; cuts (h = 11p) 2.1, 3.225, 4.05, 5.2, 6.4; above the median: C
        JsonNode national = summary.get("indicators").get(0).get("latest").get("national");
        assertEquals(
                "{\"rank\":8,\"of\":12,\"quartile\":\"C\",\"bestQuartile\":\"A\",\"cuts\":[2.1,3.225,4.05,5.2,6.4],"
                        + "\"reason\":\"8th of 12 councils; quartile C (the best is A)\"}",
                national.toString());
        // AND the statistical neighbours' mean (3.9 + 4.2 + 5.1) / 3 = 4.4, Leeds 3rd of 4; the core cities'
        //     (3.9 + 3.0 + 2.8) / 3 = 3.233333, Leeds 4th of 4
        JsonNode groups = summary.get("indicators").get(0).get("latest").get("groups");
        assertEquals(
                "{\"code\":\"STAT-NEIGHBOURS\",\"name\":\"Statistical neighbours\",\"value\":4.4,\"computed\":true,"
                        + "\"members\":3,\"withFigure\":3,\"rank\":3,\"of\":4}",
                groups.get(0).toString());
        assertEquals(
                "{\"code\":\"CORE-CITIES\",\"name\":\"Core cities\",\"value\":3.233333,\"computed\":true,"
                        + "\"members\":3,\"withFigure\":3,\"rank\":4,\"of\":4}",
                groups.get(1).toString());
        // AND the indicator file lists the twelve councils, best (York, 2.1) first
        JsonNode neet = MAPPER.readTree(neetText);
        JsonNode councils = neet.get("authorities").get("values");
        assertEquals(12, councils.size());
        assertEquals(
                "{\"area\":\"E06000014\",\"areaName\":\"York\",\"value\":2.1,\"rank\":1,\"groups\":[]}",
                councils.get(0).toString());
        assertEquals(Q2, neet.get("authorities").get("period").asText());
    }

    @Test
    void suppressedSubAreasCarryNoFigureAndNoSubAreaIsPublishedAnywhereElse() throws Exception {
        // GIVEN Morley 31 of 1180, Bramley 3 of 410 (a small number) and Otley 7 of 640 (the next smallest)
        Map<String, String> files = publish(areas(), 5);
        JsonNode neet = MAPPER.readTree(files.get("data/indicators/NEET.json"));
        JsonNode subAreas = neet.get("subAreas");
        assertEquals(Q2, subAreas.get("period").asText());
        // THEN Bramley and Otley are published as their names and why, every figure null
        assertEquals(
                "{\"area\":\"LEEDS-CL-BRAMLEY\",\"areaName\":\"Bramley\",\"value\":null,\"numerator\":null,"
                        + "\"denominator\":null,\"ciLower\":null,\"ciUpper\":null,\"ciMethod\":null,\"comparison\":null,"
                        + "\"rank\":null,\"of\":null,\"suppressed\":\"small number\"}",
                subAreas.get("areas").get(1).toString());
        assertEquals("secondary", subAreas.get("areas").get(2).get("suppressed").asText());
        assertTrue(subAreas.get("areas").get(2).get("numerator").isNull());
        // AND Morley is published: 2.63% (1.86% to 3.70%), below Leeds's 4.6: BETTER, 1st of the 1 published
        JsonNode morley = subAreas.get("areas").get(0);
        assertEquals(31, morley.get("numerator").asInt());
        assertEquals(1.86, morley.get("ciLower").asDouble());
        assertEquals(3.70, morley.get("ciUpper").asDouble());
        assertEquals("BETTER", morley.get("comparison").asText());
        assertEquals(1, morley.get("rank").asInt());
        assertEquals(1, morley.get("of").asInt());
        assertTrue(morley.get("suppressed").isNull());
        // AND no sub-area (nor any council) is a chart series or a comparator
        List<String> series = new ArrayList<>();
        neet.get("series").forEach(s -> series.add(s.get("area").asText()));
        assertEquals(List.of("E08000035", "E92000001", "E12000003"), series);
        // AND the summary never names a sub-area; the indicator file names them only in subAreas
        assertFalse(files.get("data/summary.json").contains("LEEDS-CL-"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) neet).remove("subAreas");
        assertFalse(neet.toString().contains("LEEDS-CL-"), neet.toString());
        // AND the suppressed numerators 3 and 7 of 410 and 640 appear nowhere
        assertFalse(files.get("data/indicators/NEET.json").contains("410"));
        assertFalse(files.get("data/indicators/NEET.json").contains("640"));
    }

    @Test
    void theThresholdComesFromTheRecalculation() throws Exception {
        // GIVEN a threshold of 50 (SuppressionThreshold): Morley's 31 is now small too
        Map<String, String> files = publish(areas(), 50);
        JsonNode areas = MAPPER.readTree(files.get("data/indicators/NEET.json"))
                .get("subAreas")
                .get("areas");
        // THEN all three are small numbers (three suppressed: no secondary needed)
        for (JsonNode a : areas) {
            assertEquals("small number", a.get("suppressed").asText(), a.toString());
        }
    }

    @Test
    void withoutAnAreasFileTheTemplateDefaultsAreUsedAndTheNewFieldsAreEmpty() throws Exception {
        // GIVEN no areas file
        Map<String, String> files = publish(AreaList.none(), 5);
        // THEN the template's home area (here Wakefield) is rated, national is null, groups empty
        JsonNode summary = MAPPER.readTree(files.get("data/summary.json"));
        assertEquals("E08000036", summary.get("homeArea").asText());
        JsonNode latest = summary.get("indicators").get(0).get("latest");
        assertTrue(latest.get("national").isNull());
        assertEquals(0, latest.get("groups").size());
        JsonNode neet = MAPPER.readTree(files.get("data/indicators/NEET.json"));
        assertTrue(neet.get("subAreas").isNull());
        assertTrue(neet.get("authorities").isNull());
        assertEquals(List.of(), SchemaCheck.errors(SchemaCheck.SUMMARY, files.get("data/summary.json")));
        assertEquals(List.of(), SchemaCheck.errors(SchemaCheck.INDICATOR, files.get("data/indicators/NEET.json")));
    }

    @Test
    void theSchemaRefusesASuppressedSubAreaWithAFigure() throws Exception {
        // GIVEN a published indicator file whose suppressed Bramley is given a value by mistake
        String text = publish(areas(), 5).get("data/indicators/NEET.json");
        JsonNode neet = MAPPER.readTree(text);
        ((com.fasterxml.jackson.databind.node.ObjectNode)
                        neet.get("subAreas").get("areas").get(1))
                .put("value", 0.73);
        // THEN the schema catches it
        assertFalse(SchemaCheck.errors(SchemaCheck.INDICATOR, neet.toString()).isEmpty());
    }
}
