package uk.scrutiny.period;

/** A period that is not written the way its indicator's frequency requires; the message says how to fix it. */
public class PeriodFormatException extends IllegalArgumentException {
    public PeriodFormatException(String message) {
        super(message);
    }
}
