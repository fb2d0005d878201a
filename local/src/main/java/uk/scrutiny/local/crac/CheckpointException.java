package uk.scrutiny.local.crac;

/** A resource refused the checkpoint (its suppressed exceptions say why). */
public class CheckpointException extends Exception {
    private static final long serialVersionUID = 1L;
}
