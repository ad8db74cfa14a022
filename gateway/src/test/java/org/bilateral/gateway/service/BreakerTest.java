package org.bilateral.gateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.bilateral.gateway.config.GatewayConfig;
import org.junit.jupiter.api.Test;

/** The breaker's rules on their own, on a clock the test moves. */
class BreakerTest {

    private long now;
    private final Breaker breaker = new Breaker(new Config(4, 0.5, Duration.ofSeconds(10), 2), () -> now);

    private void call(boolean failed) {
        Breaker.Ticket ticket = breaker.admit();
        assertTrue(ticket.admitted(), "refused in " + breaker.state());
        breaker.record(ticket, failed);
    }

    @Test
    void opensOnlyOnceTheWindowIsFullAndHalfOfItFailed() {
        call(true);
        call(true);
        call(false);
        assertEquals(Breaker.State.CLOSED, breaker.state(), "three calls are not a window of four");
        call(false);
        assertEquals(Breaker.State.OPEN, breaker.state());
        assertFalse(breaker.admit().admitted());
    }

    @Test
    void aWindowWithFewerFailuresStaysClosedAndOldOutcomesRollOut() {
        call(true);
        for (int i = 0; i < 10; i++) {
            call(false);
        }
        call(true);
        assertEquals(Breaker.State.CLOSED, breaker.state(), "one failure in the last four");
        call(true);
        assertEquals(Breaker.State.OPEN, breaker.state(), "two in the last four");
    }

    @Test
    void afterTheDelayTrialCallsCloseItOrTheFirstFailedTrialOpensItAgain() {
        for (int i = 0; i < 4; i++) {
            call(true);
        }
        now += Duration.ofSeconds(9).toNanos();
        assertFalse(breaker.admit().admitted(), "still within the delay");
        now += Duration.ofSeconds(1).toNanos();
        assertEquals(Breaker.State.HALF_OPEN, breaker.state());
        Breaker.Ticket first = breaker.admit();
        Breaker.Ticket second = breaker.admit();
        assertTrue(first.admitted() && second.admitted());
        assertFalse(breaker.admit().admitted(), "only the success threshold's number of trials at once");
        breaker.record(first, false);
        breaker.record(second, true);
        assertEquals(Breaker.State.OPEN, breaker.state());

        now += Duration.ofSeconds(10).toNanos();
        call(false);
        call(false);
        assertEquals(Breaker.State.CLOSED, breaker.state());
        call(true);
        assertEquals(Breaker.State.CLOSED, breaker.state(), "closing starts a new, empty window");
    }

    @Test
    void anOutcomeFromBeforeTheBreakerChangedIsIgnoredAndResetClosesIt() {
        Breaker.Ticket slow = breaker.admit();
        for (int i = 0; i < 4; i++) {
            call(true);
        }
        now += Duration.ofSeconds(10).toNanos();
        call(false);
        breaker.record(slow, true);
        assertEquals(Breaker.State.HALF_OPEN, breaker.state(), "a call admitted while closed is no trial");
        breaker.reset();
        assertEquals(Breaker.State.CLOSED, breaker.state());
        assertTrue(breaker.admit().admitted());
    }

    private record Config(int requestVolumeThreshold, double failureRatio, Duration delay, int successThreshold)
            implements GatewayConfig.Breaker {
    }
}
