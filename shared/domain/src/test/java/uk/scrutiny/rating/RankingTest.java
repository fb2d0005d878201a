package uk.scrutiny.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static uk.scrutiny.rating.Fixtures.d;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.scrutiny.catalogue.Polarity;

/**
 * Ranks, quantiles and bands as DfE's Local Authority Interactive Tool computes them: LAIT's
 * R/fn_analysis.R ranks with {@code rank(values_num, ties.method = "min")} (its test "calculate_rank
 * handles ties correctly": 10, 20, 20, 30, 40 give 1, 2, 2, 4, 5), takes the quartile cut points with
 * R's default {@code quantile()} (type 7) and bands a value A to D against them (its test "handles
 * boundary values correctly": with cuts 0, 25, 50, 75, 100, the values 0 and 25 are A, 50 B, 75 C, 100 D).
 * Every expected figure below is worked by hand.
 */
class RankingTest {
    private static List<BigDecimal> values(String... v) {
        return Stream.of(v).map(BigDecimal::new).toList();
    }

    @Test
    void tiesShareTheBestRankTheySpanAsRsMinMethod() {
        // GIVEN 10, 20, 20, 30
        List<BigDecimal> all = values("10", "20", "20", "30");
        // WHEN lower is better: ascending, as R's rank(x, ties.method = "min")
        // THEN 1, 2, 2, 4 (the two 20s share 2nd; nobody is 3rd)
        assertEquals(1, Ranking.rank(d("10"), all, Polarity.LOWER));
        assertEquals(2, Ranking.rank(d("20"), all, Polarity.LOWER));
        assertEquals(4, Ranking.rank(d("30"), all, Polarity.LOWER));
        // AND when higher is better: rank(-x, ties.method = "min"), 30 first: 4, 2, 2, 1
        assertEquals(4, Ranking.rank(d("10"), all, Polarity.HIGHER));
        assertEquals(2, Ranking.rank(d("20"), all, Polarity.HIGHER));
        assertEquals(1, Ranking.rank(d("30"), all, Polarity.HIGHER));
        // AND LAIT's own case: 10, 20, 20, 30, 40 -> 1, 2, 2, 4, 5
        List<BigDecimal> lait = values("10", "20", "20", "30", "40");
        assertEquals(
                List.of(1, 2, 2, 4, 5),
                lait.stream().map(v -> Ranking.rank(v, lait, Polarity.LOWER)).toList());
        // AND figures are compared as numbers: 20.0 ties with 20
        assertEquals(2, Ranking.rank(d("20.0"), all, Polarity.LOWER));
        // AND with no polarity there is no best, so no rank
        assertNull(Ranking.rank(d("20"), all, Polarity.NONE));
    }

    @Test
    void quartileCutsAreRsDefaultType7Quantiles() {
        // GIVEN ten values, sorted x[0..9] = 2, 4, 4, 5, 7, 9, 10, 12, 15, 20 (given unsorted)
        List<BigDecimal> ten = values("12", "2", "20", "4", "9", "5", "15", "4", "10", "7");
        // WHEN cut at 0, 0.25, 0.5, 0.75 and 1 with h = (n - 1) p = 9p
        // THEN   p = 0.25: h = 2.25, x[2] + 0.25 (x[3] - x[2]) = 4 + 0.25 x 1 = 4.25
        //        p = 0.5:  h = 4.5,  x[4] + 0.5 (x[5] - x[4])  = 7 + 0.5 x 2  = 8
        //        p = 0.75: h = 6.75, x[6] + 0.75 (x[7] - x[6]) = 10 + 0.75 x 2 = 11.5
        // as R's quantile(c(2, 4, 4, 5, 7, 9, 10, 12, 15, 20)) gives 2, 4.25, 8, 11.5, 20
        assertEquals(values("2", "4.25", "8", "11.5", "20"), Ranking.quartileCuts(ten));
        // AND six values 1..6: h = 5p: 1 + 0.25 -> 2.25; 3 + 0.5 -> 3.5; 4 + 0.75 -> 4.75
        assertEquals(
                values("1", "2.25", "3.5", "4.75", "6"), Ranking.quartileCuts(values("6", "5", "4", "3", "2", "1")));
        // AND 10, 20, 20, 30: h = 3p: 10 + 0.75 x 10 = 17.5; x[1] + 0.5 x 0 = 20; 20 + 0.25 x 10 = 22.5
        assertEquals(values("10", "17.5", "20", "22.5", "30"), Ranking.quartileCuts(values("10", "20", "20", "30")));
        // AND one value is every cut
        assertEquals(values("7", "7", "7", "7", "7"), Ranking.quartileCuts(values("7")));
    }

    @Test
    void bandsIncludeEachCutPointAndRunFromTheMinimumToTheMaximum() {
        // GIVEN the cuts of the ten values above: 2, 4.25, 8, 11.5, 20
        List<BigDecimal> cuts = values("2", "4.25", "8", "11.5", "20");
        // THEN the minimum and a value exactly at the lower quartile are A; just above it is B
        assertEquals("A", Ranking.band(d("2"), cuts));
        assertEquals("A", Ranking.band(d("4.25"), cuts));
        assertEquals("B", Ranking.band(d("4.26"), cuts));
        // AND exactly at the median is B, just above C
        assertEquals("B", Ranking.band(d("8"), cuts));
        assertEquals("B", Ranking.band(d("8.00"), cuts));
        assertEquals("C", Ranking.band(d("8.01"), cuts));
        // AND exactly at the upper quartile is C, just above D, and the maximum is D
        assertEquals("C", Ranking.band(d("11.5"), cuts));
        assertEquals("D", Ranking.band(d("11.51"), cuts));
        assertEquals("D", Ranking.band(d("20"), cuts));
        // AND LAIT's boundary test: cuts 0, 25, 50, 75, 100 give 0 A, 25 A, 50 B, 75 C, 100 D
        List<BigDecimal> lait = values("0", "25", "50", "75", "100");
        assertEquals(
                List.of("A", "A", "B", "C", "D"),
                lait.stream().map(v -> Ranking.band(v, lait)).toList());
        // AND the letters go by value whatever the polarity: the best band is D when higher is better, A when lower
        assertEquals("D", Ranking.bestBand(Polarity.HIGHER));
        assertEquals("A", Ranking.bestBand(Polarity.LOWER));
        assertNull(Ranking.bestBand(Polarity.NONE));
    }

    @Test
    void ordinalsAsABoardPaperWritesThem() {
        assertEquals(
                List.of(
                        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "101st", "111th",
                        "152nd"),
                Stream.of(1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 152)
                        .map(Ranking::ordinal)
                        .toList());
    }
}
