package uk.scrutiny.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs DynamoDB requests several at a time on a bounded pool ({@code WRITE_CONCURRENCY} threads),
 * and waits for all of them: a call returns only when every request has succeeded, or throws the
 * first failure once every request has ended (the others' writes are idempotent, so a retry
 * rewrites them).
 */
final class Parallel {
    /** The bound when {@code WRITE_CONCURRENCY} is not set: enough in flight to hide a request's latency. */
    static final int DEFAULT_CONCURRENCY = 8;

    private Parallel() {}

    /** {@code WRITE_CONCURRENCY} from the environment, from 1 to 64; {@value #DEFAULT_CONCURRENCY} when unset. */
    static int concurrency(String setting) {
        if (setting == null || setting.isBlank()) {
            return DEFAULT_CONCURRENCY;
        }
        int n = Integer.parseInt(setting.trim());
        if (n < 1 || n > 64) {
            throw new IllegalArgumentException("WRITE_CONCURRENCY must be from 1 to 64, not " + n);
        }
        return n;
    }

    /** A pool of daemon threads, or null for one at a time on the caller's thread. */
    static ExecutorService pool(int threads) {
        if (threads <= 1) {
            return null;
        }
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dynamo-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    static <T> void forEach(ExecutorService pool, List<T> items, Consumer<T> action) {
        if (pool == null || items.size() <= 1) {
            items.forEach(action);
            return;
        }
        List<Future<?>> running = new ArrayList<>(items.size());
        for (T item : items) {
            running.add(pool.submit(() -> action.accept(item)));
        }
        RuntimeException first = null;
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (ExecutionException e) {
                if (first == null) {
                    first = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running.forEach(r -> r.cancel(true));
                throw new IllegalStateException("Interrupted while writing", e);
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
