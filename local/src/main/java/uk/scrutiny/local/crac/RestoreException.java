package uk.scrutiny.local.crac;

/** A resource failed after the restore (its suppressed exceptions say why). */
public class RestoreException extends Exception {
    private static final long serialVersionUID = 1L;
}
