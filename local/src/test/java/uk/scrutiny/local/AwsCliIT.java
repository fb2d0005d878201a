package uk.scrutiny.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runner's {@code up}, used as a provider would: the Debian AWS CLI uploads a return to the
 * local S3 endpoint and the report appears; the dashboard's data is served on the site port; Ctrl-C
 * (SIGTERM) stops it cleanly. Runs where an AWS CLI is installed (.ci/run installs Debian's).
 */
@EnabledIf("cliInstalled")
class AwsCliIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    static String cli() {
        return Files.isExecutable(Path.of("/usr/bin/aws")) ? "/usr/bin/aws" : "aws";
    }

    static boolean cliInstalled() {
        try {
            return new ProcessBuilder(cli(), "--version")
                            .redirectErrorStream(true)
                            .start()
                            .waitFor()
                    == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    @TempDir
    Path work;

    @Test
    void aReturnUploadedWithTheAwsCliIsValidatedAndReported() throws Exception {
        Path root = LocalRunner.projectRoot();
        Path jar = root.resolve("local/target/local-runner.jar");
        int s3Port = DynamoEmulator.freePort();
        int sitePort = DynamoEmulator.freePort();
        // GIVEN the stack is up, with the demo loaded
        Process up = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        jar.toString(),
                        "up",
                        "--port",
                        Integer.toString(s3Port),
                        "--site-port",
                        Integer.toString(sitePort),
                        "--now",
                        "2026-11-25")
                .redirectErrorStream(true)
                .start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r =
                    new BufferedReader(new InputStreamReader(up.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
        reader.start();
        List<String> seen = new ArrayList<>();
        List<ProcessHandle> children = new ArrayList<>();
        try {
            waitFor(lines, seen, "Ready.", Duration.ofMinutes(3));
            up.descendants().forEach(children::add);
            String bucket = LocalCloud.STACK + "-returns-000000000000";

            // WHEN a provider uploads a return with the AWS CLI
            Path csv = work.resolve("neet.csv");
            Files.writeString(
                    csv,
                    "indicator_code,period,area_code,value,numerator,denominator,note\n"
                            + "NEET,2026/27 Q2,E08000035,,1690,19700,Revised with the AWS CLI\n");
            assertEquals(
                    0,
                    aws(
                            s3Port,
                            "s3",
                            "cp",
                            csv.toString(),
                            "s3://" + bucket + "/returns/careers-service/cli upload.csv"));

            // THEN its report appears within seconds, ACCEPTED
            Path report = work.resolve("report.json");
            long deadline = System.currentTimeMillis() + 60_000;
            while (aws(
                            s3Port,
                            "s3",
                            "cp",
                            "s3://" + bucket + "/reports/careers-service/cli upload.csv.json",
                            report.toString())
                    != 0) {
                assertTrue(System.currentTimeMillis() < deadline, "no report after 60 s; runner said: " + seen);
                Thread.sleep(1000);
            }
            JsonNode json = JSON.readTree(report.toFile());
            assertEquals("ACCEPTED", json.get("status").asText(), json.toString());
            assertEquals(1, json.get("rowsAccepted").asInt());

            // AND the dashboard's data is served, and soon rated with the revised quarter (2026/27 Q3 has not
            // ended on 25 November 2026, so a revision of Q2 is what a provider can upload that day)
            HttpClient http = HttpClient.newHttpClient();
            JsonNode neet = null;
            deadline = System.currentTimeMillis() + 90_000;
            while (neet == null
                    || !neet.get("latest").get("period").asText().equals("2026/27 Q2")
                    || neet.get("latest").get("revisions").asInt() != 2) {
                assertTrue(System.currentTimeMillis() < deadline, "summary not republished; runner said: " + seen);
                Thread.sleep(2000);
                HttpResponse<String> r = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + sitePort + "/data/summary.json"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode());
                for (JsonNode i : JSON.readTree(r.body()).get("indicators")) {
                    if (i.get("code").asText().equals("NEET")) {
                        neet = i;
                    }
                }
            }
        } finally {
            // WHEN it is stopped as Ctrl-C would (SIGTERM)
            up.destroy();
            assertTrue(up.waitFor(60, TimeUnit.SECONDS), "up did not stop within 60 s");
        }
        // THEN the functions' JVMs and the DynamoDB emulator stopped with it
        assertTrue(children.size() >= 3, "expected two function JVMs and dynalite, saw " + children);
        long deadline = System.currentTimeMillis() + 30_000;
        while (children.stream().anyMatch(ProcessHandle::isAlive)) {
            assertTrue(
                    System.currentTimeMillis() < deadline,
                    "still running after up stopped: "
                            + children.stream()
                                    .filter(ProcessHandle::isAlive)
                                    .map(p -> p.info().command().orElse("?"))
                                    .toList());
            Thread.sleep(500);
        }
        reader.join(30_000);
    }

    private static int aws(int port, String... args) throws IOException, InterruptedException {
        List<String> command =
                new ArrayList<>(List.of(cli(), "--endpoint-url", "http://127.0.0.1:" + port, "--region", "eu-west-2"));
        command.addAll(List.of(args));
        ProcessBuilder pb =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> env = pb.environment();
        env.put("AWS_ACCESS_KEY_ID", "local");
        env.put("AWS_SECRET_ACCESS_KEY", "local");
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        env.put("AWS_CONFIG_FILE", "/dev/null");
        env.put("AWS_SHARED_CREDENTIALS_FILE", "/dev/null");
        return pb.start().waitFor();
    }

    private static void waitFor(BlockingQueue<String> lines, List<String> seen, String wanted, Duration timeout)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeout.toMillis();
        while (System.currentTimeMillis() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line != null) {
                seen.add(line);
                if (line.trim().equals(wanted)) {
                    return;
                }
            }
        }
        throw new AssertionError("'" + wanted + "' not printed within " + timeout + "; printed: " + seen);
    }
}
