package uk.scrutiny.aws;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * One JSON object per log line, for Lambda's JSON log format: {@code timestamp} (RFC 3339, UTC),
 * {@code level} (the names Lambda's log-level filtering reads: TRACE, DEBUG, INFO, WARN, ERROR),
 * {@code logger}, {@code message}, the invocation's {@code AWSRequestId}, and for an exception
 * {@code errorType}, {@code errorMessage} and {@code stackTrace} (one string per line).
 *
 * <p>The functions log through java.util.logging, and the SDK's SLF4J reaches it too (the function
 * jars carry slf4j-jdk14), so every line a function writes is JSON. Our code logs from INFO; the
 * SDK and other libraries ({@code software.amazon}) from WARN, as before.
 */
public final class JsonLogging {
    /** java.util.logging holds loggers weakly: a level set on one that is collected would be lost. */
    private static final List<Logger> CONFIGURED = new ArrayList<>();

    private static volatile String requestId;
    private static boolean installed;

    private JsonLogging() {}

    /** Replaces the root logger's handlers with one writing JSON lines to stderr. Idempotent. */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        Logger root = LogManager.getLogManager().getLogger("");
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
        }
        root.addHandler(new LineHandler(System.err));
        root.setLevel(Level.INFO);
        Logger libraries = Logger.getLogger("software.amazon");
        libraries.setLevel(Level.WARNING);
        CONFIGURED.add(root);
        CONFIGURED.add(libraries);
    }

    /** The request id every line carries until the next invocation sets another (Lambda runs one at a time). */
    public static void requestId(String id) {
        requestId = id;
    }

    /** Writes each record as one line, at once: a function's JVM can be frozen or stopped right after. */
    static final class LineHandler extends Handler {
        private final PrintStream out;

        LineHandler(PrintStream out) {
            this.out = out;
            setFormatter(new JsonFormatter());
        }

        @Override
        public void publish(LogRecord record) {
            if (isLoggable(record)) {
                out.print(getFormatter().format(record));
                out.flush();
            }
        }

        @Override
        public void flush() {
            out.flush();
        }

        @Override
        public void close() {
            flush();
        }
    }

    /** The JSON line for one record. */
    static final class JsonFormatter extends Formatter {
        @Override
        public String format(LogRecord record) {
            StringBuilder json = new StringBuilder(256).append('{');
            field(json, "timestamp", Instant.ofEpochMilli(record.getMillis()).toString());
            field(json, "level", level(record.getLevel()));
            field(json, "logger", record.getLoggerName());
            field(json, "message", formatMessage(record));
            String id = requestId;
            if (id != null) {
                field(json, "AWSRequestId", id);
            }
            Throwable thrown = record.getThrown();
            if (thrown != null) {
                field(json, "errorType", thrown.getClass().getName());
                field(json, "errorMessage", thrown.getMessage());
                StringWriter trace = new StringWriter();
                thrown.printStackTrace(new PrintWriter(trace));
                json.append(",\"stackTrace\":[");
                String[] lines = trace.toString().split("\\R");
                for (int i = 0; i < lines.length; i++) {
                    if (i > 0) {
                        json.append(',');
                    }
                    string(json, lines[i].strip());
                }
                json.append(']');
            }
            return json.append("}\n").toString();
        }

        static String level(Level level) {
            int v = level.intValue();
            if (v >= Level.SEVERE.intValue()) {
                return "ERROR";
            }
            if (v >= Level.WARNING.intValue()) {
                return "WARN";
            }
            if (v >= Level.INFO.intValue()) {
                return "INFO";
            }
            if (v >= Level.FINE.intValue()) {
                return "DEBUG";
            }
            return "TRACE";
        }

        private static void field(StringBuilder json, String name, String value) {
            if (json.length() > 1) {
                json.append(',');
            }
            string(json, name);
            json.append(':');
            if (value == null) {
                json.append("null");
            } else {
                string(json, value);
            }
        }

        /** A JSON string: quotes, backslashes and control characters escaped (RFC 8259). */
        static void string(StringBuilder json, String s) {
            json.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> json.append("\\\"");
                    case '\\' -> json.append("\\\\");
                    case '\n' -> json.append("\\n");
                    case '\r' -> json.append("\\r");
                    case '\t' -> json.append("\\t");
                    default -> {
                        if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                            json.append(String.format("\\u%04x", (int) c));
                        } else {
                            json.append(c);
                        }
                    }
                }
            }
            json.append('"');
        }
    }
}
