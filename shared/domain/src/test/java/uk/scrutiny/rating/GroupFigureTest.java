package uk.scrutiny.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.scrutiny.rating.Fixtures.d;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.scrutiny.catalogue.Polarity;

class GroupFigureTest {

    @Test
    void withoutAPublishedFigureTheGroupIsTheSimpleMeanOfTheMembersWithOne() {
        // GIVEN four statistical neighbours, three of them with a figure (3.9, 4.2, 5.1), and Leeds at 4.6
        // WHEN nobody published a figure for the group itself
        GroupFigure g = GroupFigure.of(
                "STAT-NEIGHBOURS",
                "Statistical neighbours",
                null,
                4,
                List.of(d("3.9"), d("4.2"), d("5.1")),
                d("4.6"),
                Polarity.LOWER);
        // THEN its figure is (3.9 + 4.2 + 5.1) / 3 = 13.2 / 3 = 4.4, computed, from 3 of 4 members
        assertEquals(0, d("4.4").compareTo(g.value()), g.value().toPlainString());
        assertTrue(g.computed());
        assertEquals(4, g.members());
        assertEquals(3, g.withFigure());
        // AND lower is better: 3.9 and 4.2 beat Leeds's 4.6, so Leeds is 3rd of 4 (itself and the three)
        assertEquals(3, g.rank());
        assertEquals(4, g.of());
    }

    @Test
    void aPublishedFigureForTheGroupIsUsedAndMarkedNotComputed() {
        // GIVEN the same members, and 3.6 published for STAT-NEIGHBOURS itself
        GroupFigure g = GroupFigure.of(
                "STAT-NEIGHBOURS",
                "Statistical neighbours",
                d("3.6"),
                4,
                List.of(d("3.9"), d("4.2"), d("5.1")),
                d("4.6"),
                Polarity.LOWER);
        // THEN the published figure is the group's, not the members' mean of 4.4
        assertEquals(0, d("3.6").compareTo(g.value()));
        assertFalse(g.computed());
        // AND the members and the rank are still given from the members' own figures
        assertEquals(3, g.withFigure());
        assertEquals(3, g.rank());
    }

    @Test
    void aMeanThatDoesNotTerminateIsGivenToSixDecimalPlaces() {
        // GIVEN 4.0, 5.0 and 6.5: 15.5 / 3 = 5.1666...
        GroupFigure g = GroupFigure.of(
                "CORE-CITIES", "Core cities", null, 3, List.of(d("4.0"), d("5.0"), d("6.5")), d("5"), Polarity.HIGHER);
        // THEN 5.166667; and higher is better: 6.5 beats 5, the 5.0 ties with Leeds's 5, so Leeds is joint 2nd of 4
        assertEquals("5.166667", g.value().toPlainString());
        assertEquals(2, g.rank());
    }

    @Test
    void noFigureAtAllGivesANullValueAndNoRank() {
        // GIVEN a group whose members have no figure and no published figure
        GroupFigure g = GroupFigure.of("CORE-CITIES", "Core cities", null, 7, List.of(), d("4.6"), Polarity.LOWER);
        // THEN no value, not computed, no rank
        assertNull(g.value());
        assertFalse(g.computed());
        assertEquals(7, g.members());
        assertEquals(0, g.withFigure());
        assertNull(g.rank());
        assertNull(g.of());
    }

    @Test
    void noPolarityGivesTheMeanButNoRank() {
        GroupFigure g = GroupFigure.of(
                "CORE-CITIES", "Core cities", null, 2, List.of(d("10"), d("20")), d("12"), Polarity.NONE);
        assertEquals(0, d("15").compareTo(g.value()));
        assertNull(g.rank());
        assertNull(g.of());
    }
}
