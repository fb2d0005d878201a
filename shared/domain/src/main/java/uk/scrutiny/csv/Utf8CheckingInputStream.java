package uk.scrutiny.csv;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes bytes through while checking that they are well-formed UTF-8, counting lines as it goes,
 * so that a bad byte is reported on its exact line however far ahead the decoder has read.
 * Rejects what Java's decoder would: stray continuation bytes, truncated sequences, overlong
 * forms, UTF-16 surrogates and code points above U+10FFFF.
 */
final class Utf8CheckingInputStream extends FilterInputStream {
    private long line = 1;
    private int pending;
    private int lead;
    private int lowerBound = 0x80;
    private int upperBound = 0xBF;

    Utf8CheckingInputStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            end();
        } else {
            check(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n < 0) {
            end();
        }
        for (int i = 0; i < n; i++) {
            check(buffer[offset + i] & 0xFF);
        }
        return n;
    }

    private void end() throws NotUtf8Exception {
        if (pending > 0) {
            throw new NotUtf8Exception(line, String.format("byte 0x%02X", lead));
        }
    }

    private void check(int b) throws NotUtf8Exception {
        if (pending == 0) {
            if (b == '\n') {
                line++;
            }
            if (b < 0x80) {
                return;
            }
            lowerBound = 0x80;
            upperBound = 0xBF;
            lead = b;
            if (b >= 0xC2 && b <= 0xDF) {
                pending = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                pending = 2;
                if (b == 0xE0) {
                    lowerBound = 0xA0;
                } else if (b == 0xED) {
                    upperBound = 0x9F;
                }
            } else if (b >= 0xF0 && b <= 0xF4) {
                pending = 3;
                if (b == 0xF0) {
                    lowerBound = 0x90;
                } else if (b == 0xF4) {
                    upperBound = 0x8F;
                }
            } else {
                throw new NotUtf8Exception(line, String.format("byte 0x%02X", b));
            }
            return;
        }
        if (b < lowerBound || b > upperBound) {
            throw new NotUtf8Exception(line, String.format("byte 0x%02X", lead));
        }
        lowerBound = 0x80;
        upperBound = 0xBF;
        pending--;
    }

    /** The first byte that is not UTF-8, with the line it is on. */
    static final class NotUtf8Exception extends IOException {
        private final long line;

        NotUtf8Exception(long line, String detail) {
            super(detail);
            this.line = line;
        }

        long line() {
            return line;
        }
    }
}
