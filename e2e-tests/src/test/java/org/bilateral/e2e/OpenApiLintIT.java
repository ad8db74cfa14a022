package org.bilateral.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every OpenAPI document the running platform serves (each service's /q/openapi, the gateway's own and its merged
 * /q/openapi) linted by two linters nobody here wrote, pinned in package-lock.json: Redocly CLI with its recommended
 * rules (redocly.yaml; the findings accepted by name and why are in .redocly.lint-ignore.yaml) and Spectral with
 * spectral:oas (.spectral.yaml). Any error or warning of either fails the test. Like the other node tests, skipped
 * with the reason where node or npm is missing on a developer's machine and failing in CI.
 */
@ExtendWith(RunningPlatform.class)
class OpenApiLintIT {

    private static final String[] CONFIG = {"redocly.yaml", ".redocly.lint-ignore.yaml", ".spectral.yaml"};

    private static Path work;
    private static final Map<String, String> DOCUMENTS = new LinkedHashMap<>();

    @BeforeAll
    static void fetchServedDocuments() throws Exception {
        work = BrowserScripts.nodeProject("openapi-lint", "@redocly/cli", CONFIG);
        DOCUMENTS.put("trade.json", RunningPlatform.serviceUrl("trade") + "/q/openapi?format=json");
        DOCUMENTS.put("agreements.json", RunningPlatform.serviceUrl("agreements") + "/q/openapi?format=json");
        DOCUMENTS.put("ventures.json", RunningPlatform.serviceUrl("ventures") + "/q/openapi?format=json");
        DOCUMENTS.put("gateway.json", RunningPlatform.gatewayUrl() + "/q/openapi/gateway?format=json");
        DOCUMENTS.put("merged.json", RunningPlatform.gatewayUrl() + "/q/openapi?format=json");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        for (var document : DOCUMENTS.entrySet()) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(document.getValue())).timeout(Duration.ofSeconds(30))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), document.getValue() + ": " + r.body());
            Files.writeString(work.resolve(document.getKey()), r.body(), StandardCharsets.UTF_8);
        }
        JsonNode merged = Http.JSON.readTree(work.resolve("merged.json").toFile());
        for (JsonNode service : merged.path("x-bilateral-services")) {
            // a merged document missing a service would lint clean while leaving most of the API unchecked
            assertTrue(service.path("included").asBoolean() && !service.path("stale").asBoolean(), "merged document complete: " + service);
        }
    }

    /**
     * The tag rule: a tag names one service's endpoints only (endpoints every service has, such as changes, sources,
     * webhooks and administration, carry the service's subject: "Trade changes", "Agreement changes"), so Swagger UI's
     * merged view never pools two services' operations under one heading.
     */
    @Test
    void noTagGroupsTheOperationsOfTwoServicesInTheMergedDocument() throws Exception {
        JsonNode merged = Http.JSON.readTree(work.resolve("merged.json").toFile());
        Map<String, Set<String>> servicesByTag = new TreeMap<>();
        merged.path("paths").fields().forEachRemaining(path -> {
            String service = path.getKey().split("/").length > 3 ? path.getKey().split("/")[3] : path.getKey();
            path.getValue().fields().forEachRemaining(operation -> operation.getValue().path("tags")
                    .forEach(tag -> servicesByTag.computeIfAbsent(tag.asText(), t -> new TreeSet<>()).add(service)));
        });
        assertTrue(servicesByTag.size() > 10, "tags found: " + servicesByTag.keySet());
        Map<String, Set<String>> pooled = new TreeMap<>(servicesByTag);
        pooled.values().removeIf(services -> services.size() == 1);
        assertEquals(Map.of(), pooled, "tags used by more than one service");
    }

    @Test
    void redoclyFindsNoErrorAndNoWarningInAnyDocument() throws Exception {
        List<String> findings = new ArrayList<>();
        for (String file : DOCUMENTS.keySet()) {
            Result r = lint(work.resolve("node_modules/.bin/redocly").toString(), "lint", "--format=json", file);
            int start = r.stdout().indexOf('{');
            assertTrue(start >= 0, "redocly lint " + file + " answered no JSON report:\n" + r.stdout() + r.stderr());
            JsonNode report = Http.JSON.readTree(r.stdout().substring(start));
            JsonNode totals = report.path("totals");
            assertTrue(totals.has("errors") && totals.has("warnings"), "redocly report of " + file + ": " + totals);
            for (JsonNode problem : report.path("problems")) {
                if (!problem.path("ignored").asBoolean(false)) {
                    findings.add(file + ": " + problem.path("severity").asText() + " " + problem.path("ruleId").asText() + " "
                            + problem.path("message").asText() + " at " + problem.path("location").path(0).path("pointer").asText());
                }
            }
            if (totals.path("errors").asInt() + totals.path("warnings").asInt() > 0) {
                findings.add(file + ": " + totals);
            }
            System.out.println("[e2e] redocly lint " + file + ": " + totals);
        }
        assertTrue(findings.isEmpty(), "Redocly (recommended) findings:\n" + String.join("\n", findings));
    }

    @Test
    void spectralFindsNoErrorAndNoWarningInAnyDocument() throws Exception {
        List<String> findings = new ArrayList<>();
        for (String file : DOCUMENTS.keySet()) {
            Path out = work.resolve(file + ".spectral.json");
            Files.deleteIfExists(out);
            lint(work.resolve("node_modules/.bin/spectral").toString(), "lint", "--ruleset", ".spectral.yaml", "--format", "json",
                    "--output", out.getFileName().toString(), "--fail-severity", "hint", file);
            assertTrue(Files.isRegularFile(out), "spectral wrote its report for " + file);
            JsonNode results = Http.JSON.readTree(out.toFile());
            // severity 0 error, 1 warning, 2 info, 3 hint: every one counts
            for (JsonNode result : results) {
                findings.add(file + ": " + result.path("code").asText() + " " + result.path("message").asText() + " at "
                        + result.path("path").toString());
            }
            System.out.println("[e2e] spectral lint " + file + ": " + results.size() + " findings");
        }
        assertTrue(findings.isEmpty(), "Spectral (spectral:oas) findings:\n" + String.join("\n", findings));
    }

    private record Result(int exit, String stdout, String stderr) {
    }

    /** Runs a linter in the npm project; its exit status is judged by the report, which says why. */
    private static Result lint(String... command) throws IOException, InterruptedException {
        Path stdout = Files.createTempFile(work, "lint", ".out");
        Path stderr = Files.createTempFile(work, "lint", ".err");
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile());
        builder.environment().put("REDOCLY_TELEMETRY", "off");
        builder.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        Process process = builder.start();
        boolean finished = process.waitFor(180, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly().waitFor();
        }
        Result r = new Result(finished ? process.exitValue() : -1, Files.readString(stdout, StandardCharsets.UTF_8),
                Files.readString(stderr, StandardCharsets.UTF_8));
        assertTrue(finished, String.join(" ", command) + " did not finish in 180 s");
        return r;
    }
}
