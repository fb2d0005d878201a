package uk.scrutiny.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.scrutiny.areas.Area;
import uk.scrutiny.areas.AreaKind;
import uk.scrutiny.areas.AreaList;

/**
 * The areas file through the real handler into the table (dynalite) and back: stored whole or not
 * at all, the pointer moving forward only in upload order, and returns checked against it.
 */
class AreasPipelineIT extends PipelineFixture {
    static final String AREAS = """
            code,name,kind,parent,groups
            E08000035,Leeds,home,E12000003,
            E92000001,England,national,,
            E12000003,Yorkshire and The Humber,region,,
            STAT-NEIGHBOURS,Statistical neighbours,group,,
            E08000019,Sheffield,authority,E12000003,STAT-NEIGHBOURS
            LEEDS-CL-MORLEY,Morley,sub-area,E08000035,
            """;

    @Override
    Aws aws() {
        return LocalEmulators.aws();
    }

    @Test
    void anAcceptedAreasFileIsStoredReadBackAndChecksReturns() throws IOException {
        // GIVEN no areas file: the store has none
        loadCatalogue();
        assertFalse(store.areas().present());
        // WHEN the performance team uploads one
        handler(store).handleRequest(put("config/areas.csv", AREAS), null);
        // THEN it is accepted, and read back exactly: kinds, parents, groups, file order
        JsonNode report = report("reports/config/areas.csv.json");
        assertEquals("ACCEPTED", report.get("status").asText(), report.toString());
        assertEquals(6, report.get("rowsAccepted").asLong());
        AreaList areas = store.areas();
        assertTrue(areas.present());
        assertEquals(
                List.of("E08000035", "E92000001", "E12000003", "STAT-NEIGHBOURS", "E08000019", "LEEDS-CL-MORLEY"),
                areas.all().stream().map(Area::code).toList());
        assertEquals(
                new Area("E08000019", "Sheffield", AreaKind.AUTHORITY, "E12000003", List.of("STAT-NEIGHBOURS")),
                areas.find("E08000019").orElseThrow());
        assertEquals(null, areas.find("E92000001").orElseThrow().parent());
        // AND a return naming a council the file does not list is rejected on that row, storing nothing
        handler(store)
                .handleRequest(
                        put(
                                "returns/careers-service/neet.csv",
                                "indicator_code,period,area_code,value\n"
                                        + "NEET,2025/26 Q2,E08000035,9.5\n"
                                        + "NEET,2025/26 Q2,E08000036,7.1\n"),
                        null);
        JsonNode rejected = report("reports/careers-service/neet.csv.json");
        assertEquals("REJECTED", rejected.get("status").asText());
        JsonNode error = rejected.get("errors").get(0);
        assertEquals(3, error.get("line").asLong());
        assertEquals("area_code", error.get("column").asText());
        assertTrue(error.get("message").asText().startsWith("'E08000036' is not in the areas file"), error.toString());
        assertEquals(0, seriesItems());
        // AND one naming only listed areas, a cluster among them, is accepted
        handler(store)
                .handleRequest(
                        put(
                                "returns/careers-service/neet-clusters.csv",
                                "indicator_code,period,area_code,value,numerator,denominator\n"
                                        + "NEET,2025/26 Q2,LEEDS-CL-MORLEY,,31,1180\n"),
                        null);
        assertEquals(
                "ACCEPTED",
                report("reports/careers-service/neet-clusters.csv.json")
                        .get("status")
                        .asText());
    }

    @Test
    void aBadAreasFileIsRejectedWithEveryProblemAndNeverReplacesAGoodOne() throws IOException {
        // GIVEN a good areas file in force
        handler(store).handleRequest(put("config/areas.csv", AREAS), null);
        // WHEN a newer one marks Sheffield home as well and puts Morley inside Sheffield
        handler(store)
                .handleRequest(
                        put(
                                "config/areas.csv",
                                AREAS.replace("Sheffield,authority,E12000003,STAT-NEIGHBOURS", "Sheffield,home,,")
                                        .replace("Morley,sub-area,E08000035", "Morley,sub-area,E08000019")),
                        null);
        // THEN it is rejected, each problem located
        JsonNode report = report("reports/config/areas.csv.json");
        assertEquals("REJECTED", report.get("status").asText());
        assertEquals(2, report.get("errorCount").asLong(), report.toString());
        assertEquals(6, report.get("errors").get(0).get("line").asLong());
        assertEquals("kind", report.get("errors").get(0).get("column").asText());
        assertEquals(7, report.get("errors").get(1).get("line").asLong());
        assertEquals("parent", report.get("errors").get(1).get("column").asText());
        // AND the good file stays in force
        assertEquals(
                AreaKind.AUTHORITY,
                store.areas().find("E08000019").orElseThrow().kind());
    }

    @Test
    void anOlderAreasFileProcessedLateNeverReplacesANewerOne() {
        // GIVEN two uploads of config/areas.csv, the newer naming Sheffield differently
        S3Event older = put("config/areas.csv", AREAS, Instant.parse("2026-11-20T10:00:00Z"));
        S3Event newer = put(
                "config/areas.csv",
                AREAS.replace("Sheffield,authority", "Sheffield City Council,authority"),
                Instant.parse("2026-11-20T10:05:00Z"));
        // WHEN the newer is processed first and the older last
        handler(store).handleRequest(newer, null);
        handler(store).handleRequest(older, null);
        // THEN the newer file is in force
        assertEquals(
                "Sheffield City Council",
                store.areas().find("E08000019").orElseThrow().name());
    }
}
