package uk.scrutiny.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Enough of SNS for the functions' notices: the Publish action of its query protocol, in this
 * JVM. Each notice goes to a sink (a file per provider for {@code run}, the console for {@code up}).
 */
final class SnsEmulator implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;

    private SnsEmulator(HttpServer server) {
        this.server = server;
    }

    static SnsEmulator start(Consumer<ObjectNode> notices) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> handle(exchange, notices));
            server.start();
            return new SnsEmulator(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static void handle(HttpExchange exchange, Consumer<ObjectNode> notices) throws IOException {
        try (exchange) {
            Map<String, String> form =
                    form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            if (!"Publish".equals(form.get("Action"))) {
                reply(
                        exchange,
                        400,
                        "<ErrorResponse><Error><Code>InvalidAction</Code><Message>Only Publish is"
                                + " emulated</Message></Error></ErrorResponse>");
                return;
            }
            ObjectNode notice = JSON.createObjectNode();
            notice.put("provider", attribute(form, "provider"));
            notice.put("subject", form.get("Subject"));
            notice.put("message", form.get("Message"));
            notice.put("topicArn", form.get("TopicArn"));
            notices.accept(notice);
            String id = UUID.randomUUID().toString();
            reply(
                    exchange,
                    200,
                    "<PublishResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\"><PublishResult><MessageId>"
                            + id + "</MessageId></PublishResult><ResponseMetadata><RequestId>" + id
                            + "</RequestId></ResponseMetadata></PublishResponse>");
        }
    }

    /** A message attribute's string value (MessageAttributes.entry.N.Name / .Value.StringValue). */
    private static String attribute(Map<String, String> form, String name) {
        for (int i = 1; form.containsKey("MessageAttributes.entry." + i + ".Name"); i++) {
            if (name.equals(form.get("MessageAttributes.entry." + i + ".Name"))) {
                return form.get("MessageAttributes.entry." + i + ".Value.StringValue");
            }
        }
        return null;
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(
                        URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    private static void reply(HttpExchange exchange, int status, String xml) throws IOException {
        byte[] body = xml.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/xml");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
