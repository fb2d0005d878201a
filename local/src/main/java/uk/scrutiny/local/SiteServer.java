package uk.scrutiny.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/** Serves the site bucket over HTTP on loopback, object by object, as CloudFront would: a reload shows new data. */
final class SiteServer {
    private final HttpServer server;

    private SiteServer(HttpServer server) {
        this.server = server;
    }

    static SiteServer start(LocalCloud cloud, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        String bucket = cloud.bucket(LocalCloud.SITE_BUCKET);
        server.createContext("/", exchange -> serve(cloud, bucket, exchange));
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        return new SiteServer(server);
    }

    private static void serve(LocalCloud cloud, String bucket, HttpExchange exchange) throws IOException {
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
            try (InputStream in = cloud.s3().getObject(b -> b.bucket(bucket).key(key))) {
                byte[] body = in.readAllBytes();
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
            } catch (NoSuchKeyException e) {
                byte[] body = ("Not found: " + key).getBytes(StandardCharsets.UTF_8);
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
