package uk.scrutiny.returns;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * An upload copied once to the function's temporary disk, so it can be read twice (find every
 * problem, then store) without holding it in memory and without keeping an S3 connection open
 * while the store is written, which S3 closes if it is read too slowly. 50 MB at most fits
 * Lambda's 512 MB of /tmp.
 */
final class LocalCopy implements AutoCloseable {
    private final Path file;

    private LocalCopy(Path file) {
        this.file = file;
    }

    static LocalCopy of(InputStream upload) {
        try (InputStream in = upload) {
            Path file = Files.createTempFile("upload-", ".csv");
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return new LocalCopy(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    InputStream open() {
        try {
            return new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A leftover temporary file is removed with the container.
        }
    }
}
