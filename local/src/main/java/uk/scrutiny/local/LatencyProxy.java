package uk.scrutiny.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A TCP proxy on loopback that holds back each response by a fixed delay: a model of the network
 * round trip to a real service, which the emulators on loopback do not have. Each connection is
 * forwarded both ways; the first bytes the server sends after the client has sent a request wait
 * {@code delay} before they are passed on, so every HTTP request (keep-alive or not) costs one
 * round trip more, whatever the size of its response. Benchmarks only.
 */
final class LatencyProxy implements AutoCloseable {
    private final ServerSocket server;
    private final URI target;
    private final long delayMillis;
    private final AtomicBoolean open = new AtomicBoolean(true);

    private LatencyProxy(ServerSocket server, URI target, Duration delay) {
        this.server = server;
        this.target = target;
        this.delayMillis = delay.toMillis();
    }

    /** Starts forwarding to {@code target} (an http URI on loopback), each response held back by {@code delay}. */
    static LatencyProxy start(URI target, Duration delay) {
        try {
            ServerSocket server = new ServerSocket(0, 128, InetAddress.getLoopbackAddress());
            LatencyProxy proxy = new LatencyProxy(server, target, delay);
            Thread accept = new Thread(proxy::accept, "latency-proxy");
            accept.setDaemon(true);
            accept.start();
            return proxy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    private void accept() {
        while (open.get()) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket(target.getHost(), target.getPort());
                client.setTcpNoDelay(true);
                upstream.setTcpNoDelay(true);
                AtomicBoolean requestSent = new AtomicBoolean(false);
                pump(client, upstream, requestSent, false);
                pump(upstream, client, requestSent, true);
            } catch (IOException e) {
                if (open.get()) {
                    System.err.println("latency proxy: " + e);
                }
            }
        }
    }

    /**
     * Copies one direction of a connection. Client to server marks that a request is under way;
     * server to client waits the delay before the first bytes of each response.
     */
    private void pump(Socket from, Socket to, AtomicBoolean requestSent, boolean response) {
        Thread t = new Thread(
                () -> {
                    byte[] buffer = new byte[64 * 1024];
                    try (InputStream in = from.getInputStream();
                            OutputStream out = to.getOutputStream()) {
                        for (int n; (n = in.read(buffer)) >= 0; ) {
                            if (response && requestSent.getAndSet(false)) {
                                Thread.sleep(delayMillis);
                            } else if (!response) {
                                requestSent.set(true);
                            }
                            out.write(buffer, 0, n);
                            out.flush();
                        }
                    } catch (IOException e) {
                        // the other side closed: so does this one
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        close(from);
                        close(to);
                    }
                },
                response ? "latency-proxy-response" : "latency-proxy-request");
        t.setDaemon(true);
        t.start();
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() {
        open.set(false);
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
