package uk.scrutiny.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.scrutiny.catalogue.Catalogue;
import uk.scrutiny.catalogue.CatalogueReader;
import uk.scrutiny.catalogue.Indicator;
import uk.scrutiny.period.Period;
import uk.scrutiny.returns.InMemoryReturnStore.Call;
import uk.scrutiny.validation.Problems;

/** The fake keeps the DynamoDB store's promises, so tests that use it can rely on them. */
class InMemoryReturnStoreTest {
    private static final Instant T = Instant.parse("2026-11-09T09:00:00Z");

    private final InMemoryReturnStore store = new InMemoryReturnStore();

    private static Upload upload(String key, int second) {
        return new Upload(
                InMemoryReturnsBucket.NAME, key, null, "etag" + second, 10, T.plusSeconds(second), "00" + second);
    }

    private static Catalogue catalogue(String rows) {
        Problems problems = new Problems();
        Catalogue catalogue = new CatalogueReader()
                .read(
                        new ByteArrayInputStream(
                                (UploadProcessorTest.CATALOGUE_HEADER + rows).getBytes(StandardCharsets.UTF_8)),
                        problems);
        assertEquals(List.of(), problems.listed());
        return catalogue;
    }

    private static final Catalogue NEET_ONLY = catalogue(UploadProcessorTest.NEET_ROW);
    private static final Indicator NEET = NEET_ONLY.find("NEET").orElseThrow();

    private static Observation neet(String area, String value) {
        return new Observation(
                "NEET", Period.parse(NEET.frequency(), "2025/26 Q2"), area, new BigDecimal(value), null, null, null, 2);
    }

    @Test
    void beginClaimsThenReportsInProgressThenDone() {
        // GIVEN two uploads; WHEN each is begun, finished one way or the other and begun again
        // THEN the first begin claims it, a second finds it in progress, and once finished it is done
        Upload committed = upload("returns/careers-service/a.csv", 1);
        Upload rejected = upload("returns/careers-service/b.csv", 2);
        assertEquals(FileState.NEW, store.begin(committed, "careers-service"));
        assertEquals(FileState.IN_PROGRESS, store.begin(committed, "careers-service"));
        store.commit(committed, 0, Set.of());
        assertEquals(FileState.COMMITTED, store.begin(committed, "careers-service"));
        store.finish(committed);
        assertEquals(FileState.DONE, store.begin(committed, "careers-service"));
        store.begin(rejected, "careers-service");
        store.reject(rejected, 3);
        assertEquals(FileState.DONE, store.begin(rejected, "careers-service"));
    }

    @Test
    void stagedValuesAreInvisibleUntilCommittedAndRestagingDoesNotAdd() {
        // GIVEN a catalogue and a file staged twice (a retry)
        Upload catalogueUpload = upload(UploadKey.CATALOGUE_KEY, 1);
        store.replaceCatalogue(catalogueUpload, NEET_ONLY);
        Upload file = upload("returns/careers-service/neet.csv", 2);
        store.begin(file, "careers-service");
        store.stage(file, "careers-service", List.of(neet("E08000035", "4.1")));
        store.stage(file, "careers-service", List.of(neet("E08000035", "4.1")));
        // THEN nothing is visible, and the table holds one item
        assertEquals(List.of(), store.currentValues());
        assertEquals(1, store.valueItems());
        // WHEN it is committed and promoted, THEN it is still invisible until the file is current
        store.commit(file, 1, Set.of("NEET"));
        store.promote(file, List.of(neet("E08000035", "4.1")));
        assertEquals(List.of(), store.currentValues());
        store.finish(file);
        // THEN the value is current, once
        List<ReportedValue> values = store.currentValues();
        assertEquals(1, values.size());
        assertEquals(1, values.get(0).revisions());
        assertEquals("careers-service", values.get(0).provider());
    }

    @Test
    void theLaterUploadsValueIsCurrentWhicheverIsCommittedFirst() {
        // GIVEN two files with the same figure, WHEN the later upload is committed first
        // THEN the later upload's value is still current, and both count as revisions
        store.replaceCatalogue(upload(UploadKey.CATALOGUE_KEY, 1), NEET_ONLY);
        Upload earlier = upload("returns/careers-service/first.csv", 2);
        Upload later = upload("returns/careers-service/second.csv", 3);
        for (Upload u : List.of(later, earlier)) {
            store.begin(u, "careers-service");
            store.stage(u, "careers-service", List.of(neet("E08000035", u == later ? "4.3" : "4.1")));
            store.commit(u, 1, Set.of("NEET"));
            store.promote(u, List.of(neet("E08000035", u == later ? "4.3" : "4.1")));
            store.finish(u);
        }
        assertEquals(1, store.currentItems());
        ReportedValue current = store.currentValues().get(0);
        assertEquals(new BigDecimal("4.3"), current.value());
        assertEquals(2, current.revisions());
    }

    @Test
    void theCataloguePointerOnlyMovesToALaterUpload() {
        // GIVEN a current catalogue, WHEN an earlier upload and then a later one replace it
        // THEN only the later one becomes current
        Catalogue both = catalogue(UploadProcessorTest.NEET_ROW + UploadProcessorTest.CLA_NUM_ROW);
        store.replaceCatalogue(upload(UploadKey.CATALOGUE_KEY, 5), both);
        store.replaceCatalogue(upload(UploadKey.CATALOGUE_KEY, 4), NEET_ONLY);
        assertEquals(2, store.catalogue().size());
        store.replaceCatalogue(upload(UploadKey.CATALOGUE_KEY, 6), NEET_ONLY);
        assertEquals(1, store.catalogue().size());
    }

    @Test
    void theTablesConditionsHold() {
        // A commit needs a begun upload; a committed upload cannot be rejected
        Upload never = upload("returns/careers-service/never.csv", 1);
        assertThrows(IllegalStateException.class, () -> store.commit(never, 1, Set.of()));
        Upload committed = upload("returns/careers-service/done.csv", 2);
        store.begin(committed, "careers-service");
        store.commit(committed, 1, Set.of());
        assertThrows(IllegalStateException.class, () -> store.reject(committed, 1));
    }

    @Test
    void aChosenCallFailsOnceAndWritesNothing() {
        // GIVEN the second begin from now set to fail
        // THEN the first succeeds, the second fails without claiming, and its retry claims
        Upload file = upload("returns/careers-service/neet.csv", 1);
        store.failOn(Call.BEGIN, 2);
        store.begin(upload("returns/careers-service/other.csv", 0), "careers-service");
        assertThrows(SimulatedFailure.class, () -> store.begin(file, "careers-service"));
        assertEquals(1, store.ledger().size());
        assertEquals(FileState.NEW, store.begin(file, "careers-service"));
        assertEquals(3, store.calls(Call.BEGIN));
    }
}
