package uk.scrutiny.local;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One function from template.yaml, running in its own JVM (see {@link FunctionHost}). */
final class FunctionProcess implements AutoCloseable {
    private final String name;
    private final Process process;
    private final PrintStream events;
    private final BufferedReader answers;

    private FunctionProcess(String name, Process process) {
        this.name = name;
        this.process = process;
        this.events = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
        this.answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    private Path logFile;

    static FunctionProcess start(
            Template.Function function, Path projectRoot, Map<String, String> environment, Path logFile) {
        Path jar = projectRoot.resolve(function.codeUri());
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("The function " + function.logicalId() + " is not built: " + jar
                    + " is missing (run 'mvn package')");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+TieredCompilation",
                "-XX:TieredStopAtLevel=1",
                "-Xshare:auto",
                // S3Proxy's Jetty drops idle keep-alive connections that the JDK client then reuses for a
                // PUT, which fails with "Unexpected end of file from server". Loopback connections are cheap.
                "-Dhttp.keepAlive=false",
                "-cp",
                // As in Lambda: the function's jar, and of the runner only what stands in for the Lambda runtime.
                jar + File.pathSeparator + HostJar.get(),
                FunctionHost.class.getName(),
                function.handler(),
                function.logicalId()));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        if (logFile == null) {
            builder.redirectError(ProcessBuilder.Redirect.INHERIT);
        } else {
            builder.redirectError(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        }
        try {
            FunctionProcess fp = new FunctionProcess(function.logicalId(), builder.start());
            fp.logFile = logFile;
            String ready = fp.answers.readLine();
            if (!"READY".equals(ready)) {
                throw new IllegalStateException(
                        "The function " + function.logicalId() + " did not start: " + fp.logTail());
            }
            return fp;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Invokes the handler with this event; returns null on success, else the error. */
    synchronized String invoke(String eventJson) {
        events.println(eventJson.replace("\n", " ").replace("\r", " "));
        try {
            String answer = answers.readLine();
            if (answer == null) {
                return "the function's JVM exited: " + logTail();
            }
            return answer.equals("OK") ? null : answer.substring(Math.min(answer.length(), 6));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The end of the function's log, so a failure explains itself. */
    private String logTail() {
        if (logFile == null) {
            return "see its log above";
        }
        try {
            List<String> lines = Files.readAllLines(logFile);
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
        } catch (IOException e) {
            return "see " + logFile;
        }
    }

    String name() {
        return name;
    }

    @Override
    public void close() {
        events.close();
        process.destroy();
    }
}
