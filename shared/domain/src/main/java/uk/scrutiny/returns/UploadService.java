package uk.scrutiny.returns;

/** What the upload handler hands each uploaded file to. */
public interface UploadService {
    /** Validates, stores if clean and reports; returns the report, or null when there was nothing to do. */
    Report process(Upload upload);
}
