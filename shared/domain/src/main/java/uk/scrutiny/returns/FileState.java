package uk.scrutiny.returns;

/** Where an upload stands in the ledger of processed files. */
public enum FileState {
    /** Never seen: this delivery claims it. */
    NEW,
    /** Claimed before but never finished (a crash or timeout): this delivery finishes the job. */
    IN_PROGRESS,
    /**
     * Stored and committed, but not every value made current yet (a crash while promoting): this
     * delivery promotes its values again from the file and marks it current.
     */
    COMMITTED,
    /** Finished (accepted or rejected): a repeated delivery changes nothing. */
    DONE
}
