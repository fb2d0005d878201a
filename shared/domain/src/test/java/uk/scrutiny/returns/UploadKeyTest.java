package uk.scrutiny.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.scrutiny.returns.UploadKey.Kind;

class UploadKeyTest {

    @Test
    void aProvidersReturn() {
        UploadKey key = UploadKey.of("returns/connexions/neet.csv");
        assertEquals(Kind.RETURN, key.kind());
        assertEquals("connexions", key.provider());
        assertEquals("returns/connexions/neet.csv", key.key());
        assertEquals("reports/connexions/neet.csv.json", key.reportKey());
    }

    @Test
    void returnNamesWithSpacesAndUpperCaseExtension() {
        UploadKey key = UploadKey.of("returns/careers-service/neet 2025-26 Q1.CSV");
        assertEquals(Kind.RETURN, key.kind());
        assertEquals("careers-service", key.provider());
        assertEquals("reports/careers-service/neet 2025-26 Q1.CSV.json", key.reportKey());
    }

    @Test
    void theTargets() {
        UploadKey key = UploadKey.of("config/targets.csv");
        assertEquals(Kind.TARGETS, key.kind());
        assertNull(key.provider());
        assertEquals("reports/config/targets.csv.json", key.reportKey());
    }

    @Test
    void theCatalogue() {
        UploadKey key = UploadKey.of("config/indicators.csv");
        assertEquals(Kind.CATALOGUE, key.kind());
        assertNull(key.provider());
        assertEquals("reports/config/indicators.csv.json", key.reportKey());
    }

    @Test
    void theAreas() {
        UploadKey key = UploadKey.of("config/areas.csv");
        assertEquals(Kind.AREAS, key.kind());
        assertNull(key.provider());
        assertEquals("reports/config/areas.csv.json", key.reportKey());
        assertTrue(UploadKey.of("config/other.csv").layoutAdvice().contains("areas as config/areas.csv"));
    }

    @ParameterizedTest(name = "{0} is outside the layout")
    @ValueSource(
            strings = {
                "returns/neet.csv",
                "other/x.csv",
                "config/other.csv",
                "returns/connexions/notes.txt",
                "returns//neet.csv",
                "returns/connexions/",
                "Config/indicators.csv",
                "config/indicators.csv.bak",
                "reports/connexions/neet.csv.json",
                "neet.csv",
                "returns/config/x.csv"
            })
    void outsideTheLayout(String k) {
        UploadKey key = UploadKey.of(k);
        assertEquals(Kind.OUTSIDE_LAYOUT, key.kind());
        assertTrue(key.layoutAdvice().contains("'" + k + "'"), key.layoutAdvice());
        assertTrue(key.layoutAdvice().contains("returns/<provider>/<name>.csv"), key.layoutAdvice());
        assertTrue(key.reportKey().startsWith("reports/") && key.reportKey().endsWith(".json"), key.reportKey());
    }

    @Test
    void outsideTheLayoutUnderAProviderStillNamesTheProvider() {
        assertEquals("connexions", UploadKey.of("returns/connexions/notes.txt").provider());
        assertNull(UploadKey.of("returns/neet.csv").provider());
        assertNull(UploadKey.of("other/x.csv").provider());
    }

    @Test
    void reportsForOutsideKeysAreBesideTheirWholeKey() {
        assertEquals(
                "reports/returns/neet.csv.json",
                UploadKey.of("returns/neet.csv").reportKey());
        assertEquals(
                "reports/config/other.csv.json",
                UploadKey.of("config/other.csv").reportKey());
    }

    @ParameterizedTest(name = "{0} is not a provider's return")
    @ValueSource(strings = {"returns/config/targets.csv", "returns/config/indicators.csv", "returns/returns/neet.csv"})
    void reservedFolderNamesAreNotProviders(String k) {
        assertEquals(Kind.OUTSIDE_LAYOUT, UploadKey.of(k).kind());
    }

    @Test
    void noReturnSharesAReportWithAKeyOutsideTheLayout() {
        assertNotEquals(
                UploadKey.of("returns/neet.csv").reportKey(),
                UploadKey.of("returns/returns/neet.csv").reportKey());
    }

    @ParameterizedTest(name = "{0} does not overwrite the report of {1}")
    @CsvSource({
        "returns/config/targets.csv,    config/targets.csv",
        "returns/config/indicators.csv, config/indicators.csv",
    })
    void noUploadCanOverwriteTheCatalogueOrTargetsReport(String upload, String config) {
        // "config" is reserved as a provider id in the catalogue for exactly this reason, but the
        // bucket layout still accepts returns/config/... and reports it beside the config files.
        assertNotEquals(UploadKey.of(config).reportKey(), UploadKey.of(upload).reportKey());
    }
}
