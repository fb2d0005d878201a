package uk.scrutiny.returns;

/** Thrown by the in-memory fakes where a real bucket or table would fail: a crash, a timeout, a denied write. */
public final class SimulatedFailure extends RuntimeException {
    public SimulatedFailure(String message) {
        super(message);
    }
}
