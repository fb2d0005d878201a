package uk.scrutiny.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code serve} command's source: a built site folder, with data/ from a separate folder beside it. */
class SiteServerTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static HttpResponse<String> get(SiteServer server, String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesTheSiteFolderAndDataFromTheDataFolder(@TempDir Path tmp) throws Exception {
        // GIVEN a built site (with a stale data/ of its own) and a data folder beside it
        Path site = Files.createDirectories(tmp.resolve("dist"));
        Files.writeString(site.resolve("index.html"), "<!doctype html>");
        Files.createDirectories(site.resolve("assets"));
        Files.writeString(site.resolve("assets/app.js"), "1;");
        Files.createDirectories(site.resolve("data"));
        Files.writeString(site.resolve("data/summary.json"), "{\"stale\":true}");
        Path data = tmp.resolve("scenario");
        Files.createDirectories(data.resolve("data/indicators"));
        Files.writeString(data.resolve("data/summary.json"), "{\"schemaVersion\":1}");
        Files.writeString(tmp.resolve("secret.txt"), "no");

        SiteServer server = SiteServer.start(SiteServer.directories(site, data), 0);
        try {
            // THEN the page and its assets come from the site, data/ from the data folder
            HttpResponse<String> index = get(server, "/");
            assertEquals(200, index.statusCode());
            assertEquals(
                    "text/html; charset=utf-8",
                    index.headers().firstValue("Content-Type").orElseThrow());
            assertEquals("1;", get(server, "/assets/app.js").body());
            assertEquals(
                    "{\"schemaVersion\":1}", get(server, "/data/summary.json").body());
            assertEquals(
                    "no-cache",
                    get(server, "/data/summary.json")
                            .headers()
                            .firstValue("Cache-Control")
                            .orElseThrow());
            // AND what is not there is a 404, and nothing outside the folders is served
            assertEquals(404, get(server, "/data/indicators/NOPE.json").statusCode());
            assertEquals(404, get(server, "/data").statusCode());
            assertEquals(400, get(server, "/%2e%2e/secret.txt").statusCode());
        } finally {
            server.stop();
        }
    }

    @Test
    void withoutADataFolderDataComesFromTheSite(@TempDir Path tmp) throws Exception {
        Path site = tmp.resolve("site");
        Files.createDirectories(site.resolve("data"));
        Files.writeString(site.resolve("data/summary.json"), "{}");
        SiteServer server = SiteServer.start(SiteServer.directories(site, null), 0);
        try {
            assertEquals("{}", get(server, "/data/summary.json").body());
        } finally {
            server.stop();
        }
    }
}
