package uk.scrutiny.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class UploadTest {

    private static final Instant T = Instant.parse("2026-03-18T09:15:30.123Z");

    private static Upload upload(Instant time, String sequencer) {
        return new Upload("bucket", "returns/connexions/neet.csv", null, "etag", 10, time, sequencer);
    }

    private static void assertBefore(Upload earlier, Upload later) {
        assertTrue(
                earlier.order().compareTo(later.order()) < 0,
                () -> earlier.order() + " should sort before " + later.order());
    }

    @Test
    void laterEventTimeSortsLaterWhateverTheSequencer() {
        assertBefore(upload(T, "FFFFFFFFFFFFFFFF"), upload(T.plusMillis(1), "0001"));
        assertBefore(upload(T, "0100"), upload(T.plusSeconds(3600), "FF"));
        assertBefore(
                upload(Instant.parse("2025-12-31T23:59:59.999Z"), "9"),
                upload(Instant.parse("2026-01-01T00:00:00Z"), "1"));
    }

    @Test
    void sameTimeComparesSequencersAfterLeftPadding() {
        // S3: pad the shorter with zeros on the left, so FF is 00FF, which is below 0100
        assertBefore(upload(T, "FF"), upload(T, "0100"));
        assertBefore(upload(T, "FF"), upload(T, "100"));
        assertBefore(upload(T, "0062E99A88DC407460"), upload(T, "0062E99A88DC407461"));
        assertBefore(upload(T, "62E99A88DC407460"), upload(T, "0062E99A88DC407461"));
    }

    @Test
    void sequencerCaseDoesNotMatter() {
        assertEquals(upload(T, "00ff").order(), upload(T, "00FF").order());
        assertEquals(upload(T, "FF").order(), upload(T, "0000ff").order(), "leading zeros do not change the order");
    }

    @Test
    void timeCountsToTheMillisecondThenTheSequencerDecides() {
        assertBefore(upload(T.plusNanos(900_000), "02"), upload(T, "03"));
    }

    @Test
    void missingSequencerSortsFirstAtTheSameTime() {
        assertBefore(upload(T, null), upload(T, "01"));
    }

    @Test
    void sortingManyUploadsPutsTheNewestLast() {
        List<Upload> uploads = new ArrayList<>(List.of(
                upload(T, "0100"),
                upload(T.minusSeconds(1), "FFFF"),
                upload(T, "FF"),
                upload(T, "0101"),
                upload(T.plusMillis(1), "01")));
        Collections.shuffle(uploads, new java.util.Random(7));
        uploads.sort((a, b) -> a.order().compareTo(b.order()));
        assertEquals(
                List.of("FFFF", "FF", "0100", "0101", "01"),
                uploads.stream().map(Upload::sequencer).toList());
    }

    @Test
    void idNamesTheVersionOrElseTheSequencerAndETag() {
        Upload versioned = new Upload("b", "config/targets.csv", "3HL4kqtJlcpXroDTDmJ", "e1", 1, T, "01");
        Upload unversioned = new Upload("b", "config/targets.csv", null, "e1", 1, T, "01");
        Upload blankVersion = new Upload("b", "config/targets.csv", "", "e1", 1, T, "01");
        assertEquals("b/config/targets.csv#v:3HL4kqtJlcpXroDTDmJ", versioned.id());
        assertEquals("b/config/targets.csv#s:01#e:e1", unversioned.id());
        assertEquals("b/config/targets.csv#s:01#e:e1", blankVersion.id());
        assertNotEquals(unversioned.id(), new Upload("b", "config/targets.csv", null, "e2", 1, T, "02").id());
    }

    @Test
    void withoutVersioningUploadingEarlierContentAgainIsANewUpload() {
        // GIVEN content A, then B, then A again on an unversioned bucket (issue 10: the eTag fallback skipped it)
        Upload first = new Upload("b", "returns/schools/ks2.csv", null, "etagA", 1, T, "0A");
        Upload second = new Upload("b", "returns/schools/ks2.csv", null, "etagB", 1, T, "0B");
        Upload third = new Upload("b", "returns/schools/ks2.csv", null, "etagA", 1, T, "0C");
        // THEN each is its own upload in the ledger, and a repeated event of the first is still the first
        assertEquals(3, java.util.Set.of(first.id(), second.id(), third.id()).size());
        assertEquals(first.id(), new Upload("b", "returns/schools/ks2.csv", null, "etagA", 1, T, "0A").id());
    }
}
