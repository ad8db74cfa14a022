package org.bilateral.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;

/** Runs several calls released at the same instant, for tests of what concurrent writers may do. */
public final class Race {

    private Race() {
    }

    /** Calls {@code call(i)} for i in 0..n-1 on n threads started together; returns the results in order. */
    public static <T> List<T> atOnce(int n, IntFunction<T> call) {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<CompletableFuture<T>> results = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int racer = i;
                results.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                    return call.apply(racer);
                }, pool));
            }
            start.countDown();
            return results.stream().map(CompletableFuture::join).toList();
        } finally {
            pool.shutdown();
        }
    }
}
