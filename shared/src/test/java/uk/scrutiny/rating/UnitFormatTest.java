package uk.scrutiny.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.scrutiny.rating.Fixtures.d;

import org.junit.jupiter.api.Test;
import uk.scrutiny.catalogue.Unit;

class UnitFormatTest {

    @Test
    void percentsAndTheirDifferencesInPoints() {
        UnitFormat f = new UnitFormat(Unit.PERCENT);
        assertEquals("68.3%", f.value(d("68.3")));
        assertEquals("0.6 points", f.difference(d("9.5"), d("8.9")));
        assertEquals("1 point", f.difference(d("96"), d("95")));
        assertEquals("67.3%", f.estimate(67.2913));
    }

    @Test
    void ratesSayPerWithThousandsSeparators() {
        UnitFormat f = new UnitFormat(Unit.ratePer(1000));
        assertEquals("48.10 per 1,000", f.value(d("48.10")));
        assertEquals("44.5 per 1,000", f.estimate(44.544));
    }

    @Test
    void countsAreWholeNumbersWithThousandsSeparators() {
        UnitFormat f = new UnitFormat(Unit.COUNT);
        assertEquals("1,953", f.value(d("1953")));
        assertEquals("12,346", f.estimate(12345.6));
        assertEquals("47", f.difference(d("1953"), d("2000")));
    }

    @Test
    void neverShowsMoreThanThreeDecimalPlaces() {
        assertEquals("68.255%", new UnitFormat(Unit.PERCENT).value(d("68.2547")));
        assertEquals("3", new UnitFormat(Unit.NUMBER).value(d("3E+0")));
    }
}
