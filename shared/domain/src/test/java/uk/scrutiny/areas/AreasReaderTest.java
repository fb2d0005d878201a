package uk.scrutiny.areas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.scrutiny.validation.Problem;
import uk.scrutiny.validation.Problems;

class AreasReaderTest {
    static final String HEADER = "code,name,kind,parent,groups\n";
    /** A small valid file: lines 2 to 9. */
    static final String VALID = HEADER + """
            E08000035,Leeds,home,E12000003,
            E92000001,England,national,,
            E12000003,Yorkshire and The Humber,region,,
            STAT-NEIGHBOURS,Statistical neighbours,group,,
            CORE-CITIES,Core cities,group,,
            E08000019,Sheffield,authority,E12000003,STAT-NEIGHBOURS;CORE-CITIES
            E08000034,Kirklees,authority,E12000003,STAT-NEIGHBOURS
            LEEDS-CL-ARMLEY,Armley cluster,sub-area,E08000035,
            """;

    private final Problems problems = new Problems();
    private final AreasReader reader = new AreasReader();

    private AreaList read(String csv) {
        return reader.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), problems);
    }

    private Problem at(long line, String column) {
        return problems.listed().stream()
                .filter(p -> p.line() == line && p.column().equals(column))
                .findFirst()
                .orElseGet(() -> fail("no problem at " + line + ":" + column + " in " + problems.listed()));
    }

    private String where() {
        return problems.listed().stream().map(p -> p.line() + ":" + p.column()).collect(Collectors.joining(" "));
    }

    /** The valid file with one line replaced (line 2 is the first data row). */
    private static String withLine(int line, String replacement) {
        List<String> lines = new java.util.ArrayList<>(List.of(VALID.split("\n")));
        lines.set(line - 1, replacement);
        return String.join("\n", lines) + "\n";
    }

    @Test
    void aValidFileGivesEveryAreaWithItsKindParentAndGroups() {
        // WHEN the small valid file is read
        AreaList areas = read(VALID);
        // THEN it has no problems and 8 areas, in file order
        assertTrue(problems.isEmpty(), problems.listed()::toString);
        assertEquals(8, reader.rowsRead());
        assertTrue(areas.present());
        assertEquals(8, areas.size());
        assertEquals(Optional.of("E08000035"), areas.home());
        assertEquals(Optional.of("E92000001"), areas.national());
        Area sheffield = areas.find("E08000019").orElseThrow();
        assertEquals(AreaKind.AUTHORITY, sheffield.kind());
        assertEquals("E12000003", sheffield.parent());
        assertEquals(List.of("STAT-NEIGHBOURS", "CORE-CITIES"), sheffield.groups());
        // AND each group's members are the authorities that name it
        assertEquals(
                List.of("E08000019", "E08000034"),
                areas.members("STAT-NEIGHBOURS").stream().map(Area::code).toList());
        assertEquals(
                List.of("E08000019"),
                areas.members("CORE-CITIES").stream().map(Area::code).toList());
        assertEquals("LEEDS-CL-ARMLEY", areas.ofKind(AreaKind.SUB_AREA).get(0).code());
        assertEquals(null, areas.find("E92000001").orElseThrow().parent());
    }

    @Test
    void onceAFileIsInForceAnUnlistedCodeIsAProblemAndWithoutOneNothingIs() {
        // GIVEN the valid file in force
        // WHEN return rows' area codes are checked against it
        // THEN a listed code passes, an unlisted one is a problem, and without a file every code passes
        AreaList areas = read(VALID);
        assertEquals(Optional.empty(), areas.problemWith("E08000019"));
        assertEquals(
                Optional.of("'E08000036' is not in the areas file (config/areas.csv): use a code it lists, or ask"
                        + " the performance team to add the area first."),
                areas.problemWith("E08000036"));
        assertEquals(Optional.empty(), AreaList.none().problemWith("E08000036"));
        assertFalse(AreaList.none().present());
    }

    @Test
    void missingRequiredColumnsAreNamedOnTheHeaderLine() {
        // GIVEN a header without kind
        // WHEN it is read
        // THEN the problem is on its line and column, in plain English
        AreaList areas = read("code,name,parent\nE08000035,Leeds,\n");
        assertFalse(areas.present());
        assertEquals(
                "Missing required column 'kind'. The header must name code, name, kind (and may name parent,"
                        + " groups), in any order.",
                at(1, "kind").message());
    }

    @Test
    void theParentAndGroupsColumnsMayBeLeftOut() {
        // GIVEN a header with only the required columns, in another order
        // WHEN it is read
        // THEN it is accepted
        AreaList areas = read("kind,code,name\nhome,E08000035,Leeds\nnational,E92000001,England\n");
        assertTrue(problems.isEmpty(), problems.listed()::toString);
        assertEquals(2, areas.size());
    }

    @Test
    void aHeaderWithoutRowsIsRejected() {
        // GIVEN a header and nothing else
        // WHEN it is read
        // THEN the problem is on its line and column, in plain English
        read(HEADER);
        assertEquals(
                "The areas file has a header but no areas: list at least the home and national areas.",
                at(2, "").message());
    }

    @Test
    void anEmptyCodeIsAProblemOnItsLine() {
        // GIVEN a row with no code
        // WHEN it is read
        // THEN the problem is on its line and column, in plain English
        read(withLine(8, ",Kirklees,authority,E12000003,"));
        assertEquals("code is empty: every area needs a code.", at(8, "code").message());
        assertEquals("8:code", where());
    }

    @Test
    void aCodeReturnsCouldNotUseIsAProblem() {
        // GIVEN a code with a space, which no return row could carry
        // WHEN it is read
        // THEN the problem is on its line and column, in plain English
        read(withLine(9, "Leeds Armley,Armley cluster,sub-area,E08000035,"));
        assertEquals(
                "'Leeds Armley' is not an area code: use an ONS code such as E08000035, or capitals, digits and"
                        + " '-' such as STAT-NEIGHBOURS or LEEDS-CL-ARMLEY (returns must use the same code).",
                at(9, "code").message());
    }

    @Test
    void aCodeListedTwiceNamesTheFirstLine() {
        // GIVEN Kirklees listed again on line 10
        // WHEN it is read
        // THEN the problem is on its line and column, in plain English
        read(VALID + "E08000034,Kirklees again,authority,,\n");
        assertEquals(
                "Area code 'E08000034' is listed twice: first on line 8.",
                at(10, "code").message());
        assertEquals("10:code", where());
    }

    @Test
    void anEmptyNameIsAProblem() {
        // GIVEN a region without a name
        // WHEN it is read
        // THEN the problem is on its line and column, in plain English
        read(withLine(4, "E12000003,,region,,"));
        assertEquals(
                "name is empty: give the name the dashboard shows for this area.",
                at(4, "name").message());
    }

    @Test
    void anUnknownKindListsTheKinds() {
        // GIVEN a kind that is not one of the six
        // WHEN it is read
        // THEN the problem is on its line and column, in plain English
        read(withLine(8, "E08000034,Kirklees,metropolitan district,E12000003,"));
        assertEquals(
                "'metropolitan district' is not a kind of area: write home, national, region, authority, group"
                        + " or sub-area.",
                at(8, "kind").message());
        assertEquals("8:kind", where());
    }

    @Test
    void aSecondHomeAreaIsAProblemOnItsOwnLine() {
        // GIVEN Kirklees marked home as well as Leeds
        // WHEN it is read
        // THEN the problem is on its line and column, in plain English
        read(withLine(8, "E08000034,Kirklees,home,E12000003,"));
        assertEquals(
                "A second home area: E08000035 on line 2 already is the home area. Mark exactly one row as home.",
                at(8, "kind").message());
        assertEquals("8:kind", where());
    }

    @Test
    void aSecondNationalAreaIsAProblemOnItsOwnLine() {
        // GIVEN the United Kingdom marked national as well as England
        // WHEN it is read
        // THEN the problem is on its line and column, in plain English
        read(VALID + "K02000001,United Kingdom,national,,\n");
        assertEquals(
                "A second national area: E92000001 on line 3 already is the national area. Mark exactly one row as"
                        + " national.",
                at(10, "kind").message());
    }

    @Test
    void noHomeAndNoNationalAreProblemsOfTheWholeFile() {
        // GIVEN a file with only a region
        // WHEN it is read
        // THEN the problem is on its line and column, in plain English
        read(HEADER + "E12000003,Yorkshire and The Humber,region,,\n");
        assertEquals(
                "No area is marked home: mark exactly one row as home, the council whose performance is rated.",
                at(0, "kind").message());
        assertEquals(
                "No area is marked national: mark exactly one row as national, the benchmark (England, E92000001).",
                problems.listed().get(1).message());
        assertEquals("0:kind 0:kind", where());
    }

    @Test
    void aSubAreaNeedsAParent() {
        // GIVEN a cluster without a parent
        // WHEN it is read
        // THEN the problem is on its line and column, in plain English
        read(withLine(9, "LEEDS-CL-ARMLEY,Armley cluster,sub-area,,"));
        assertEquals(
                "parent is empty: a sub-area is inside the home area, so give its code, E08000035.",
                at(9, "parent").message());
    }

    @Test
    void aSubAreaParentMustBeTheHomeArea() {
        // GIVEN a cluster inside Kirklees rather than Leeds
        // WHEN it is read
        // THEN the problem is on its line and column, in plain English
        read(withLine(9, "LEEDS-CL-ARMLEY,Armley cluster,sub-area,E08000034,"));
        assertEquals(
                "'E08000034' is not the home area: a sub-area's parent must be the home area, E08000035.",
                at(9, "parent").message());
    }

    @Test
    void anAuthorityParentMustBeARegionOfTheFileWhereverItIsListed() {
        // GIVEN the region listed after the authority that names it: accepted
        read(HEADER + """
                E08000035,Leeds,home,E12000003,
                E92000001,England,national,,
                E08000034,Kirklees,authority,E12000003,
                E12000003,Yorkshire and The Humber,region,,
                """);
        assertTrue(problems.isEmpty(), problems.listed()::toString);
        // WHEN an authority names a region the file does not list
        read(withLine(8, "E08000034,Kirklees,authority,E12000099,"));
        // THEN that is a problem on its line
        assertEquals(
                "'E12000099' is not a region in this file: a council's parent is its region. List the region as a"
                        + " row of kind region, or leave parent empty.",
                at(8, "parent").message());
    }

    @Test
    void onlySubAreasAndCouncilsHaveParents() {
        // GIVEN a group with a parent
        // WHEN it is read
        // THEN the problem is on its line and column, in plain English
        read(withLine(5, "STAT-NEIGHBOURS,Statistical neighbours,group,E08000035,"));
        assertEquals(
                "A group has no parent: only a sub-area (its parent is the home area) or a council (its region)"
                        + " has one. Leave parent empty.",
                at(5, "parent").message());
    }

    @Test
    void groupsMustBeGroupsOfTheFile() {
        // GIVEN Kirklees in a group the file does not list
        // WHEN it is read
        // THEN the problem is on its line and column, in plain English
        read(withLine(8, "E08000034,Kirklees,authority,E12000003,STAT-NEIGHBOURS;NEIGHBOURS"));
        assertEquals(
                "'NEIGHBOURS' is not a group in this file: list it as a row of kind group (with its name), or correct"
                        + " the code.",
                at(8, "groups").message());
        assertEquals("8:groups", where());
    }

    @Test
    void aGroupNamedTwiceOnOneRowIsAProblem() {
        // GIVEN Kirklees naming its group twice
        // WHEN it is read
        // THEN the problem is on its line and column, in plain English
        read(withLine(8, "E08000034,Kirklees,authority,E12000003,STAT-NEIGHBOURS; STAT-NEIGHBOURS"));
        assertEquals(
                "'STAT-NEIGHBOURS' is listed twice: list each group once.",
                at(8, "groups").message());
    }

    @Test
    void onlyAuthoritiesBelongToGroups() {
        // GIVEN the home area listed as a member of a group: a problem
        read(withLine(2, "E08000035,Leeds,home,E12000003,CORE-CITIES"));
        assertEquals(
                "The home area is compared with its groups, not counted in them: leave groups empty (list the"
                        + " groups on the councils compared with it).",
                at(2, "groups").message());
        // AND a region naming a group, read on its own
        Problems more = new Problems();
        new AreasReader()
                .read(
                        new ByteArrayInputStream(withLine(4, "E12000003,Yorkshire and The Humber,region,,CORE-CITIES")
                                .getBytes(StandardCharsets.UTF_8)),
                        more);
        assertEquals(
                "Only an authority belongs to comparator groups: leave groups empty for a region.",
                more.listed().get(0).message());
        assertEquals("groups", more.listed().get(0).column());
        assertEquals(4, more.listed().get(0).line());
    }

    @Test
    void problemsAreListedInLineOrderAndTheWholeFileIsRejected() {
        // GIVEN problems on lines 9, 4 and 8, one of them needing a later row to find
        AreaList areas = read(HEADER + """
                E08000035,Leeds,home,,
                E92000001,England,national,,
                E12000003,,region,,
                STAT-NEIGHBOURS,Statistical neighbours,group,,
                CORE-CITIES,Core cities,group,,
                E08000019,Sheffield,authority,E12000003,STAT-NEIGHBOURS
                E08000034,Kirklees,authority,E12000003,CORE-CITY
                LEEDS-CL-ARMLEY,Armley cluster,sub-area,,
                """);
        // THEN all three are reported, in line order, and nothing is returned
        assertEquals("4:name 8:groups 9:parent", where());
        assertFalse(areas.present());
    }
}
