package uk.scrutiny.returns;

/**
 * A plain-English message to one data provider: what file, what is wrong and what to do. Sent
 * with the provider as an attribute, so each provider's subscription receives only its own.
 *
 * @param subject one line, at most 100 characters (an e-mail subject)
 */
public record Notice(String provider, String subject, String message) {
    public Notice {
        subject = subject.replaceAll("\\p{Cntrl}", " ");
        if (subject.length() > 100) {
            subject = subject.substring(0, 99) + "…";
        }
    }
}
