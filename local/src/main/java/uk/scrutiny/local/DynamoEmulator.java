package uk.scrutiny.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A DynamoDB emulator on a loopback port: dynalite (Apache-2.0, from npm, in memory), run as a
 * child process of this JVM and stopped with it. Amazon's DynamoDB Local is not used: its licence
 * is not an open-source one, and this workplace's package policy rules it out.
 */
public final class DynamoEmulator implements AutoCloseable {
    private final Process process;
    private final int port;

    private DynamoEmulator(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static DynamoEmulator start() {
        Path cli = findDynalite();
        int port = freePort();
        try {
            Process process = new ProcessBuilder(List.of(
                            "node",
                            cli.toString(),
                            "--port",
                            Integer.toString(port),
                            "--host",
                            "127.0.0.1",
                            "--createTableMs",
                            "0",
                            "--deleteTableMs",
                            "0",
                            "--updateTableMs",
                            "0"))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            DynamoEmulator emulator = new DynamoEmulator(process, port);
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            emulator.awaitListening(Duration.ofSeconds(30));
            return emulator;
        } catch (IOException e) {
            throw new IllegalStateException(
                    "Could not start dynalite with 'node': is Node.js 18 or newer installed?", e);
        }
    }

    /**
     * Where {@code npm ci} put dynalite: local/emulator/node_modules beside the project's
     * template.yaml, else found from the working directory, or given by {@code DYNALITE_CLI}.
     */
    static Path findDynalite() {
        String configured = System.getenv("DYNALITE_CLI");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path relative = Path.of("emulator", "node_modules", "dynalite", "cli.js");
        Path besideTemplate = LocalRunner.projectRoot().resolve("local").resolve(relative);
        if (Files.isRegularFile(besideTemplate)) {
            return besideTemplate;
        }
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            for (Path candidate : List.of(dir.resolve("local").resolve(relative), dir.resolve(relative))) {
                if (Files.isRegularFile(candidate)) {
                    return candidate;
                }
            }
        }
        throw new IllegalStateException("dynalite is not installed: run 'npm ci' in local/emulator"
                + " (the Maven build does this) or set DYNALITE_CLI to its cli.js");
    }

    private void awaitListening(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("dynalite exited with status " + process.exitValue());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                sleep();
            }
        }
        throw new IllegalStateException("dynalite did not listen on port " + port + " within " + timeout);
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
