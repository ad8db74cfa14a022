package org.bilateral.gateway.service;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports each service's readiness (read on its management port) and circuit breaker as INFORMATION: the check itself is always
 * UP, because the gateway can serve (degraded overview, 503 for a dead route) whatever its
 * downstreams do, and taking it out of the load balancer would only make things worse.
 */
@Readiness
@ApplicationScoped
public class DownstreamHealth implements AsyncHealthCheck {

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(1);

    private final Downstreams downstreams;

    DownstreamHealth(Downstreams downstreams) {
        this.downstreams = downstreams;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        List<Uni<String>> probes = new ArrayList<>();
        for (Downstream d : downstreams.all()) {
            probes.add(probe(d));
        }
        return Uni.join().all(probes).andFailFast().map(states -> {
            HealthCheckResponseBuilder builder = HealthCheckResponse.named("downstream services (information only)").up();
            for (int i = 0; i < states.size(); i++) {
                Downstream d = downstreams.all().get(i);
                builder.withData(d.serviceName(), states.get(i));
                builder.withData(d.serviceName() + " breaker", d.breakerState().name());
            }
            return builder.build();
        });
    }

    private Uni<String> probe(Downstream d) {
        return Uni.createFrom().completionStage(() -> d.client().request(d.managementOptions("/q/health/ready", PROBE_TIMEOUT))
                        .compose(r -> r.send()).compose(r -> r.body().map(b -> r.statusCode())).toCompletionStage())
                .map(status -> status == 200 ? "UP" : "DOWN (ready answered " + status + ")")
                .ifNoItem().after(PROBE_TIMEOUT.plusMillis(200)).fail()
                .onFailure().recoverWithItem(e -> "DOWN (" + e.getClass().getSimpleName() + ")");
    }
}
