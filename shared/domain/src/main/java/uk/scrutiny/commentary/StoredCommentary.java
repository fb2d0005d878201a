package uk.scrutiny.commentary;

import java.time.Instant;

/**
 * A commentary row as stored, with its provenance: the file it came from, when it arrived, and the
 * upload's order (event time, then sequencer), which decides which of two rows for the same code
 * and period is current.
 */
public record StoredCommentary(Commentary commentary, String sourceKey, Instant receivedAt, String order) {}
