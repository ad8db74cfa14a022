package org.bilateral.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** dev: one PostgreSQL StatefulSet with a volume, creating the three databases and their roles; single replicas. */
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

    // --- item 1: one role per database, and an init script that refuses a role it cannot log in as ---

    record Run(int exit, String stderr, List<String> sql) {
        long count(String statement) {
            return sql.stream().filter(q -> q.contains(statement)).count();
        }
    }

    /** Runs the rendered init script with bash against a stand-in psql that records each statement it is fed. */
    Run runInitScript(Map<String, String> credentials, String existingRoles) throws Exception {
        String script = dev.typed("ConfigMap", ConfigMap.class).stream().filter(c -> c.getMetadata().getName().equals("postgres-init"))
                .findFirst().orElseThrow().getData().get("10-bilateral-databases.sh");
        Path dir = Files.createTempDirectory("initdb");
        Path log = dir.resolve("psql.log");
        Path psql = dir.resolve("psql");
        Files.writeString(psql, """
                #!/bin/bash
                # stand-in for psql: logs stdin as one line, answers the role-existence query
                user=""
                for a in "$@"; do case "$a" in --set=user=*) user="${a#--set=user=}";; esac; done
                sql=$(cat | tr '\\n' ' ')
                echo "$sql" >> "$FAKE_PSQL_LOG"
                if [[ "$sql" == *"FROM pg_roles WHERE rolname"* && "$sql" == *"count(*)"* ]]; then
                  if [[ " $FAKE_EXISTING_ROLES " == *" $user "* ]]; then echo 1; else echo 0; fi
                fi
                """);
        psql.toFile().setExecutable(true);
        Path file = dir.resolve("init.sh");
        Files.writeString(file, script);
        ProcessBuilder pb = new ProcessBuilder("bash", file.toString()).redirectErrorStream(false);
        pb.environment().put("PATH", dir + ":" + System.getenv("PATH"));
        pb.environment().put("POSTGRES_USER", "postgres");
        pb.environment().put("FAKE_PSQL_LOG", log.toString());
        pb.environment().put("FAKE_EXISTING_ROLES", existingRoles);
        pb.environment().putAll(credentials);
        Process p = pb.start();
        p.getOutputStream().close();
        String err = new String(p.getErrorStream().readAllBytes());
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the init script hangs");
        List<String> sql = Files.exists(log) ? Files.readAllLines(log) : List.of();
        return new Run(p.exitValue(), err, sql);
    }

    static Map<String, String> credentials(String... userPassPairs) {
        Map<String, String> env = new LinkedHashMap<>();
        String[] dbs = {"TRADE", "AGREEMENTS", "VENTURES"};
        for (int i = 0; i < dbs.length; i++) {
            env.put(dbs[i] + "_DB_USERNAME", userPassPairs[2 * i]);
            env.put(dbs[i] + "_DB_PASSWORD", userPassPairs[2 * i + 1]);
        }
        return env;
    }

    @Test
    void theInitScriptCreatesOneRoleAndOneDatabasePerService() throws Exception {
        Run run = runInitScript(credentials("trade", "p1", "agreements", "p2", "ventures", "p3"), "postgres");
        assertEquals(0, run.exit(), run.stderr());
        assertEquals(3, run.count("CREATE ROLE"), run.sql().toString());
        assertEquals(3, run.count("CREATE DATABASE"), run.sql().toString());
    }

    @Test
    void theInitScriptAcceptsOneSharedSecretAndCreatesItsRoleOnce() throws Exception {
        Run run = runInitScript(credentials("bilateral", "same", "bilateral", "same", "bilateral", "same"), "postgres");
        assertEquals(0, run.exit(), run.stderr());
        assertEquals(1, run.count("CREATE ROLE"), run.sql().toString());
        assertEquals(3, run.count("CREATE DATABASE"), run.sql().toString());
    }

    @Test
    void theInitScriptFailsLoudlyWhenOneRoleComesWithTwoPasswords() throws Exception {
        // what the README used to do: three Secrets, one user name, three random passwords
        Run run = runInitScript(credentials("bilateral", "p1", "bilateral", "p2", "bilateral", "p3"), "postgres");
        assertNotEquals(0, run.exit(), "two services would crash-loop on authentication");
        assertTrue(run.stderr().contains("bilateral") && run.stderr().contains("different passwords"), run.stderr());
    }

    @Test
    void theInitScriptFailsLoudlyWhenTheRoleExistsAlready() throws Exception {
        Run run = runInitScript(credentials("postgres", "p1", "agreements", "p2", "ventures", "p3"), "postgres");
        assertNotEquals(0, run.exit());
        assertTrue(run.stderr().contains("postgres") && run.stderr().contains("exists already"), run.stderr());
        assertEquals(0, run.count("CREATE ROLE"), "nothing created after the refusal");
    }

    /** The README's Secret commands, run for each database: each must name a role of its own (or all share one Secret). */
    @Test
    void theReadmeGivesEachDatabaseItsOwnRoleAndProdOwnsEachDatabaseWithIt() {
        String readme = Apps.readOrEmpty(Rendered.root().resolve("README.md"));
        Matcher loop = Pattern.compile("for (\\w+) in ([\\w ]+); do\\s+kubectl [^\\n]*create secret generic \\$\\1-db-credentials"
                + "[^\\n]*\\\\\\s*\\n\\s*--from-literal=username=(\\S+)").matcher(readme);
        assertTrue(loop.find(), "the README has no loop creating the *-db-credentials Secrets");
        String var = loop.group(1);
        Map<String, String> userPerDb = new LinkedHashMap<>();
        for (String db : loop.group(2).trim().split("\\s+")) {
            userPerDb.put(db, loop.group(3).replace("$" + var, db).replace("${" + var + "}", db).replace("\"", ""));
        }
        assertEquals(Set.of("trade", "agreements", "ventures"), userPerDb.keySet());
        assertEquals(userPerDb.size(), new java.util.HashSet<>(userPerDb.values()).size(),
                "the README gives several databases one role with different random passwords: " + userPerDb);
        Rendered prod = Rendered.overlay("prod");
        userPerDb.forEach((db, user) -> assertEquals(user, prod.one("Cluster", db + "-db").path("spec").path("bootstrap").path("initdb")
                .path("owner").asText(), db + "-db: initdb.owner must be the role named in " + db + "-db-credentials"));
    }

    @Test
    void everyDeploymentRunsOneReplica() {
        for (Deployment d : dev.typed("Deployment", Deployment.class)) {
            assertEquals(1, d.getSpec().getReplicas(), d.getMetadata().getName());
        }
        assertEquals(List.of(), dev.ofKind("HorizontalPodAutoscaler"));
    }
}
