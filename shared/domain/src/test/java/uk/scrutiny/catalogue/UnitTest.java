package uk.scrutiny.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnitTest {

    @ParameterizedTest(name = "''{0}'' is {1}, x{2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "percent      | percent     | 100",
                "PERCENT      | percent     | 100",
                "' percent '  | percent     | 100",
                "count        | count       | 1",
                "number       | number      | 1",
                "per 1000     | per 1000    | 1000",
                "per 10000    | per 10000   | 10000",
                "Per 100000   | per 100000  | 100000",
                "per   1000   | per 1000    | 1000",
                "per 1        | per 1       | 1",
                "per 999999999 | per 999999999 | 999999999",
            })
    void readsCatalogueWords(String text, String normalised, String multiplier) {
        Unit unit = Unit.fromText(text).orElseThrow();
        assertEquals(normalised, unit.text());
        assertEquals(normalised, unit.toString());
        assertEquals(0, new BigDecimal(multiplier).compareTo(unit.multiplier()));
        assertEquals(unit, Unit.fromText(unit.text()).orElseThrow(), "text() reads back as the same unit");
    }

    @ParameterizedTest(name = "''{0}'' is not a unit")
    @ValueSource(
            strings = {
                "",
                "percentage",
                "%",
                "per",
                "per 0",
                "per 01000",
                "per 10,000",
                "per -10",
                "per 1000000000",
                "per 99999999999",
                "per1000",
                "rate",
                "per 1.5"
            })
    void rejectsOtherWords(String text) {
        assertTrue(Unit.fromText(text).isEmpty(), () -> "'" + text + "' read as " + Unit.fromText(text));
    }

    @Test
    void nullIsNotAUnit() {
        assertTrue(Unit.fromText(null).isEmpty());
    }

    @Test
    void onlyACountHasNoDenominator() {
        assertFalse(Unit.COUNT.hasDenominator());
        assertTrue(Unit.PERCENT.hasDenominator());
        assertTrue(Unit.NUMBER.hasDenominator());
        assertTrue(Unit.ratePer(1000).hasDenominator());
    }

    @Test
    void kinds() {
        assertEquals(Unit.Kind.RATE, Unit.fromText("per 1000").orElseThrow().kind());
        assertEquals(1000, Unit.fromText("per 1000").orElseThrow().perN());
        assertEquals(Unit.PERCENT, Unit.fromText("percent").orElseThrow());
        assertEquals(Unit.COUNT, Unit.fromText("count").orElseThrow());
        assertEquals(Unit.NUMBER, Unit.fromText("number").orElseThrow());
    }

    @Test
    void polarityWords() {
        assertEquals(Polarity.HIGHER, Polarity.fromText(" Higher ").orElseThrow());
        assertEquals(Polarity.LOWER, Polarity.fromText("lower").orElseThrow());
        assertEquals(Polarity.NONE, Polarity.fromText("NONE").orElseThrow());
        assertTrue(Polarity.fromText("up").isEmpty());
        assertTrue(Polarity.fromText(null).isEmpty());
        assertEquals("higher", Polarity.HIGHER.text());
    }
}
