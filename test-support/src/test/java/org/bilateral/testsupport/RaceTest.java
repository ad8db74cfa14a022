package org.bilateral.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RaceTest {

    @Test
    void resultsComeBackInRacerOrder() {
        assertEquals(IntStream.range(0, 8).map(i -> i * i).boxed().toList(), Race.atOnce(8, i -> i * i));
    }

    @Test
    void allRacersRunAtTheSameTime() {
        int n = 6;
        CyclicBarrier allIn = new CyclicBarrier(n);
        // each call waits until all n are inside at once; run one after another, the first would time out
        List<Integer> arrivals = Race.atOnce(n, i -> {
            try {
                return allIn.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                throw new IllegalStateException("racers did not run together", e);
            }
        });
        assertEquals(IntStream.range(0, n).boxed().toList(), arrivals.stream().sorted().toList());
    }

    @Test
    void aFailingRacerFailsTheRace() {
        CompletionException e = assertThrows(CompletionException.class, () -> Race.atOnce(3, i -> {
            if (i == 1) {
                throw new IllegalArgumentException("racer 1");
            }
            return i;
        }));
        assertInstanceOf(IllegalArgumentException.class, e.getCause());
    }
}
