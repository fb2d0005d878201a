package uk.scrutiny.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Serves the site over HTTP on loopback, file by file, as CloudFront would: a reload shows new data.
 * The files come from a {@link Source}: the site bucket ({@code up}), or folders on disk ({@code serve}).
 */
final class SiteServer {
    /** Where the site's files come from; {@code read} gives null for a key that is not there. */
    interface Source {
        byte[] read(String key) throws IOException;
    }

    private final HttpServer server;

    private SiteServer(HttpServer server) {
        this.server = server;
    }

    static SiteServer start(LocalCloud cloud, int port) throws IOException {
        return start(bucket(cloud), port);
    }

    /** Port 0 picks a free port: see {@link #port()}. */
    static SiteServer start(Source source, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", exchange -> serve(source, exchange));
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        return new SiteServer(server);
    }

    /** The site bucket of the local cloud. */
    static Source bucket(LocalCloud cloud) {
        String bucket = cloud.bucket(LocalCloud.SITE_BUCKET);
        return key -> {
            try (InputStream in = cloud.s3().getObject(b -> b.bucket(bucket).key(key))) {
                return in.readAllBytes();
            } catch (NoSuchKeyException e) {
                return null;
            }
        };
    }

    /**
     * A built site on disk, laid out as in the bucket: {@code data/...} from {@code dataRoot/data/...}
     * when a data folder is given (the engine's output beside the site), everything else from {@code site}.
     */
    static Source directories(Path site, Path dataRoot) {
        Path siteRoot = site.toAbsolutePath().normalize();
        Path data = dataRoot == null ? siteRoot : dataRoot.toAbsolutePath().normalize();
        return key -> {
            Path root = key.startsWith("data/") ? data : siteRoot;
            Path file;
            try {
                file = root.resolve(key).normalize();
            } catch (InvalidPathException e) {
                return null;
            }
            return file.startsWith(root) && Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
        };
    }

    int port() {
        return server.getAddress().getPort();
    }

    private static void serve(Source source, HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET")
                    && !exchange.getRequestMethod().equals("HEAD")) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
            String key = path.endsWith("/") ? path.substring(1) + "index.html" : path.substring(1);
            if (key.contains("..")) {
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            byte[] body = source.read(key);
            if (body != null) {
                exchange.getResponseHeaders().set("Content-Type", contentType(key));
                exchange.getResponseHeaders().set("Cache-Control", "no-cache");
                exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
                boolean head = exchange.getRequestMethod().equals("HEAD");
                exchange.sendResponseHeaders(200, head ? -1 : body.length);
                if (!head) {
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                }
            } else {
                body = ("Not found: " + key).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
                exchange.sendResponseHeaders(404, body.length);
                exchange.getResponseBody().write(body);
            }
        }
    }

    static String contentType(String key) {
        String k = key.toLowerCase();
        if (k.endsWith(".html")) {
            return "text/html; charset=utf-8";
        } else if (k.endsWith(".js") || k.endsWith(".mjs")) {
            return "text/javascript; charset=utf-8";
        } else if (k.endsWith(".css")) {
            return "text/css; charset=utf-8";
        } else if (k.endsWith(".json")) {
            return "application/json";
        } else if (k.endsWith(".svg")) {
            return "image/svg+xml";
        } else if (k.endsWith(".png")) {
            return "image/png";
        } else if (k.endsWith(".ico")) {
            return "image/x-icon";
        } else if (k.endsWith(".csv")) {
            return "text/csv; charset=utf-8";
        } else if (k.endsWith(".woff2")) {
            return "font/woff2";
        }
        return "application/octet-stream";
    }

    void stop() {
        server.stop(0);
    }
}
