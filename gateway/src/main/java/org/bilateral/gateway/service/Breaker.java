package org.bilateral.gateway.service;

import java.util.function.LongSupplier;
import org.bilateral.gateway.config.GatewayConfig;

/**
 * The circuit breaker of one downstream, with MicroProfile Fault Tolerance's rules: closed, it keeps the outcomes of
 * the last {@code requestVolumeThreshold} calls and opens once that many were made and at least {@code failureRatio}
 * of them failed; open, it refuses every call for {@code delay}; then half-open, it lets {@code successThreshold}
 * trial calls through and closes when they all succeed, or opens again at the first failure.
 * <p>
 * Its own rather than SmallRye Fault Tolerance's {@code Guard}: on the proxy's path that one cost about a fifth of the
 * gateway's CPU per call (a context, an invocation chain and two future conversions per call; bench/ scenario 4),
 * where this costs two short uncontended locks.
 */
public final class Breaker {

    public enum State {
        CLOSED, OPEN, HALF_OPEN
    }

    /** What {@link #admit()} decided: whether the call may go, and the state period its outcome belongs to. */
    record Ticket(boolean admitted, long period) {
    }

    private static final Ticket REFUSED = new Ticket(false, -1);

    private final boolean[] failedCalls;
    private final double failureRatio;
    private final long delayNanos;
    private final int successThreshold;
    private final LongSupplier clock;

    private State state = State.CLOSED;
    /** Counts state changes: an outcome of a call admitted in an earlier period says nothing about this one. */
    private long period;
    private int next;
    private int recorded;
    private int failures;
    private long openedAt;
    private int trials;
    private int trialSuccesses;

    Breaker(GatewayConfig.Breaker config, LongSupplier clock) {
        this.failedCalls = new boolean[config.requestVolumeThreshold()];
        this.failureRatio = config.failureRatio();
        this.delayNanos = config.delay().toNanos();
        this.successThreshold = config.successThreshold();
        this.clock = clock;
    }

    /** Whether a call may go now; its outcome is to be reported with {@link #record}. */
    synchronized Ticket admit() {
        if (state == State.OPEN) {
            if (clock.getAsLong() - openedAt < delayNanos) {
                return REFUSED;
            }
            change(State.HALF_OPEN);
        }
        if (state == State.HALF_OPEN) {
            if (trials >= successThreshold) {
                return REFUSED;
            }
            trials++;
        }
        return new Ticket(true, period);
    }

    /** The outcome of an admitted call: failed when it counts against the service. */
    synchronized void record(Ticket ticket, boolean failed) {
        if (ticket.period() != period) {
            return;
        }
        if (state == State.HALF_OPEN) {
            if (failed) {
                open();
            } else if (++trialSuccesses >= successThreshold) {
                change(State.CLOSED);
            }
            return;
        }
        if (recorded == failedCalls.length) {
            failures -= failedCalls[next] ? 1 : 0;
        } else {
            recorded++;
        }
        failedCalls[next] = failed;
        failures += failed ? 1 : 0;
        next = (next + 1) % failedCalls.length;
        if (recorded == failedCalls.length && failures >= failureRatio * failedCalls.length) {
            open();
        }
    }

    synchronized State state() {
        if (state == State.OPEN && clock.getAsLong() - openedAt >= delayNanos) {
            return State.HALF_OPEN;
        }
        return state;
    }

    /** Closed, with an empty window. */
    synchronized void reset() {
        change(State.CLOSED);
    }

    private void open() {
        change(State.OPEN);
        openedAt = clock.getAsLong();
    }

    private void change(State to) {
        state = to;
        period++;
        next = 0;
        recorded = 0;
        failures = 0;
        trials = 0;
        trialSuccesses = 0;
    }
}
