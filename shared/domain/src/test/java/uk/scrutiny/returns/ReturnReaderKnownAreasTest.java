package uk.scrutiny.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.scrutiny.areas.AreaList;
import uk.scrutiny.areas.AreasReader;
import uk.scrutiny.validation.Problem;
import uk.scrutiny.validation.Problems;

/** The reader's optional known-areas check: once an areas file is in force, an unlisted code is a row error. */
class ReturnReaderKnownAreasTest {
    private static final String AREAS = """
            code,name,kind,parent,groups
            E08000035,Leeds,home,,
            E92000001,England,national,,
            STAT-NEIGHBOURS,Statistical neighbours,group,,
            """;
    private static final String RETURN = ReturnReaderTest.HEADER + """
            NEET,2026/27 Q2,E08000035,4.6,881,19170,
            NEET,2026/27 Q2,E92000001,2.8,,,
            NEET,2026/27 Q2,E08000036,3.9,,,
            NEET,2026/27 Q2,STAT-NEIGHBOURS,3.6,,,
            NEET,2026/27 Q2,leeds,3.6,,,
            """;

    private static AreaList areas() {
        Problems problems = new Problems();
        AreaList areas = new AreasReader().read(ReturnReaderTest.bytes(AREAS), problems);
        assertTrue(problems.isEmpty(), problems.listed()::toString);
        return areas;
    }

    private static List<Problem> read(ReturnReader reader, List<Observation> accepted) {
        Problems problems = new Problems();
        reader.read(ReturnReaderTest.bytes(RETURN), problems, accepted::add);
        return problems.listed();
    }

    @Test
    void withAnAreasFileAnUnlistedCodeIsARowError() {
        // GIVEN an areas file listing Leeds, England and the statistical neighbours
        ReturnReader reader = new ReturnReader(
                        ReturnReaderTest.catalogue(),
                        "careers-service",
                        java.time.Instant.parse("2026-11-25T12:00:00Z"))
                .checkingAreas(areas()::problemWith);
        // WHEN a return also has Wakefield (E08000036) and a malformed code
        List<Observation> accepted = new ArrayList<>();
        List<Problem> problems = read(reader, accepted);
        // THEN Wakefield's row is an error on line 4, area_code; the malformed code keeps its own message only
        assertEquals(2, problems.size(), problems::toString);
        assertEquals(
                new Problem(
                        4,
                        "area_code",
                        "'E08000036' is not in the areas file (config/areas.csv): use a"
                                + " code it lists, or ask the performance team to add the area first."),
                problems.get(0));
        assertEquals(6, problems.get(1).line());
        assertTrue(
                problems.get(1).message().startsWith("'leeds' is not an area code"),
                problems.get(1).message());
        assertEquals(3, accepted.size());
    }

    @Test
    void withoutAnAreasFileAnyWellFormedCodeIsAccepted() {
        // GIVEN no areas file (the default check, and the check of AreaList.none())
        for (ReturnReader reader : List.of(
                new ReturnReader(
                        ReturnReaderTest.catalogue(),
                        "careers-service",
                        java.time.Instant.parse("2026-11-25T12:00:00Z")),
                new ReturnReader(
                                ReturnReaderTest.catalogue(),
                                "careers-service",
                                java.time.Instant.parse("2026-11-25T12:00:00Z"))
                        .checkingAreas(AreaList.none()::problemWith))) {
            // WHEN the same return is read
            List<Observation> accepted = new ArrayList<>();
            List<Problem> problems = read(reader, accepted);
            // THEN only the malformed code is a problem
            assertEquals(1, problems.size(), problems::toString);
            assertEquals(6, problems.get(0).line());
            assertEquals(4, accepted.size());
        }
    }
}
