package org.bilateral.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** dev: one PostgreSQL StatefulSet with a volume, creating the three databases; single replicas. */
class DevOverlayTest {

    final Rendered dev = Rendered.overlay("dev");

    @Test
    void servicesReachTheirOwnDatabaseOnTheDevPostgres() {
        List<StatefulSet> sets = dev.typed("StatefulSet", StatefulSet.class);
        assertEquals(1, sets.size());
        StatefulSet pg = sets.get(0);
        assertEquals(1, pg.getSpec().getReplicas());
        assertEquals(1, pg.getSpec().getVolumeClaimTemplates().size(), "PostgreSQL data on a PVC");
        String dataVolume = pg.getSpec().getVolumeClaimTemplates().get(0).getMetadata().getName();
        assertTrue(pg.getSpec().getTemplate().getSpec().getContainers().get(0).getVolumeMounts().stream()
                .anyMatch(m -> m.getName().equals(dataVolume) && m.getMountPath().equals("/var/lib/postgresql/data")));
        String init = String.join("\n", dev.typed("ConfigMap", ConfigMap.class).stream()
                .filter(c -> c.getMetadata().getName().equals("postgres-init")).findFirst().orElseThrow().getData().values());
        Service svc = dev.typed("Service", Service.class).stream().filter(s -> s.getSpec().getSelector().entrySet()
                .stream().allMatch(e -> e.getValue().equals(pg.getSpec().getTemplate().getMetadata().getLabels().get(e.getKey())))
                && s.getMetadata().getName().equals(pg.getSpec().getServiceName())).findFirst().orElseThrow();
        for (String s : Apps.SERVICES) {
            URI jdbc = URI.create(ApplicationCrossCheckTest.env("dev", s).get("QUARKUS_DATASOURCE_JDBC_URL").substring("jdbc:".length()));
            assertEquals(svc.getMetadata().getName(), jdbc.getHost(), s + " database host");
            assertEquals(svc.getSpec().getPorts().get(0).getPort(), jdbc.getPort(), s + " database port");
            String db = jdbc.getPath().substring(1);
            assertTrue(init.matches("(?s).*for db in [^;]*\\b" + db + "\\b.*"), "the init script does not create database " + db);
            String secret = ApplicationCrossCheckTest.container("dev", s).getEnv().stream()
                    .filter(e -> e.getName().equals("QUARKUS_DATASOURCE_PASSWORD")).findFirst().orElseThrow()
                    .getValueFrom().getSecretKeyRef().getName();
            assertTrue(pg.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv().stream()
                    .anyMatch(e -> e.getName().equals(db.toUpperCase() + "_DB_PASSWORD") && e.getValueFrom().getSecretKeyRef().getName().equals(secret)),
                    "the dev database creates " + s + "'s role from the same Secret " + secret);
        }
    }

    @Test
    void everyDeploymentRunsOneReplica() {
        for (Deployment d : dev.typed("Deployment", Deployment.class)) {
            assertEquals(1, d.getSpec().getReplicas(), d.getMetadata().getName());
        }
        assertEquals(List.of(), dev.ofKind("HorizontalPodAutoscaler"));
    }
}
