package uk.scrutiny.returns;

/** Where notices to providers go: an SNS topic in AWS, a folder of files locally. */
public interface Notices {
    void send(Notice notice);

    /** For deployments and tests that send none. */
    Notices NONE = notice -> {};
}
