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
    }

    @Test
    void ratesSayPerWithThousandsSeparators() {
        UnitFormat f = new UnitFormat(Unit.ratePer(1000));
        assertEquals("48.10 per 1,000", f.value(d("48.10")));
    }

    @Test
    void intervalsNameTheUnitOnceAndShowTwoPlacesWhenOneWouldHideTheGap() {
        assertEquals("67.3% to 69.2%", new UnitFormat(Unit.PERCENT).range(67.2913, 69.2027));
        assertEquals("92.39% to 92.41%", new UnitFormat(Unit.PERCENT).range(92.3912, 92.4149));
        assertEquals("44.5 to 51.9 per 1,000", new UnitFormat(Unit.ratePer(1000)).range(44.544, 51.863));
    }

    @Test
    void countsAreWholeNumbersWithThousandsSeparators() {
        UnitFormat f = new UnitFormat(Unit.COUNT);
        assertEquals("1,953", f.value(d("1953")));
        assertEquals("12,346 to 13,001", f.range(12345.6, 13000.6));
        assertEquals("47", f.difference(d("1953"), d("2000")));
    }

    @Test
    void groupsThousandsInLargeAndNegativeFigures() {
        UnitFormat f = new UnitFormat(Unit.COUNT);
        assertEquals("1,234,567", f.value(d("1234567")));
        assertEquals("123,456", f.value(d("123456")));
        assertEquals("-1,000", f.value(d("-1000")));
        assertEquals("999", f.value(d("999")));
        assertEquals("12,345.678 per 100,000", new UnitFormat(Unit.ratePer(100000)).value(d("12345.678")));
    }

    @Test
    void figuresComputedFromNumeratorAndDenominatorReadAsInABoardPaper() {
        // GIVEN values with more decimals than anyone types (6218 / 9110 x 100 = 68.254665)
        // THEN they are shown to one decimal place, counts to whole numbers
        assertEquals("68.3%", new UnitFormat(Unit.PERCENT).value(d("68.254665")));
        assertEquals("74.9 per 10,000", new UnitFormat(Unit.ratePer(10000)).value(d("74.947022")));
        assertEquals("1,431", new UnitFormat(Unit.COUNT).value(d("1431.0000001")));
        assertEquals("3", new UnitFormat(Unit.NUMBER).value(d("3E+0")));
    }

    @Test
    void typedFiguresKeepTheirPrecisionUpToThreeDecimalPlaces() {
        assertEquals("9.346%", new UnitFormat(Unit.PERCENT).value(d("9.346")));
        assertEquals("90.900%", new UnitFormat(Unit.PERCENT).value(d("90.900")));
        assertEquals("0.1 points", new UnitFormat(Unit.PERCENT).difference(d("90.8"), d("90.9")));
    }
}
