package org.bilateral.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The ventures' GeoJSON, fetched through the gateway of the running platform, checked by an RFC 7946
 * validator nobody here wrote: @placemarkio/check-geojson (pinned in package-lock.json), run with
 * node. Like the browser test, it is skipped with the reason where node or npm is missing on a
 * developer's machine and fails in CI (CI or BILATERAL_REQUIRE_BROWSER=true set).
 */
@ExtendWith(RunningPlatform.class)
class GeoJsonValidatorIT {

    /** Prints each file's issues and exits non-zero when any is an error. */
    private static final String CHECK = """
            import { getIssues } from "@placemarkio/check-geojson";
            import { readFileSync } from "node:fs";
            let failed = false;
            for (const file of process.argv.slice(1)) {
              const text = readFileSync(file, "utf8");
              const issues = getIssues(text);
              for (const i of issues) console.log(`${i.severity} ${file}: ${i.message} at ${i.from}-${i.to}`);
              if (issues.some(i => i.severity === "error")) failed = true;
              else console.log(`OK ${file}: ${JSON.parse(text).features.length} features`);
            }
            process.exit(failed ? 1 : 0);
            """;

    @Test
    void everyVentureListAnswersGeoJsonThatTheValidatorAccepts() throws Exception {
        Path work = BrowserScripts.nodeProject("geojson-check", "@placemarkio/check-geojson");

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        Map<String, String> queries = Map.of(
                "all", "size=200",
                "near-almaty", "near=43.2775,76.8958&radiusKm=100",
                "host-kz-page", "hostCountry=KZ&size=2&page=1",
                "none-match", "q=zeppelin");
        List<String> files = new ArrayList<>();
        for (var query : queries.entrySet()) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(RunningPlatform.gatewayUrl() + "/api/v1/ventures?" + query.getValue()))
                    .header("Accept", "application/geo+json").timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), query + ": " + r.body());
            assertEquals("application/geo+json", r.headers().firstValue("Content-Type").orElse("").split(";")[0], query.getKey());
            Path file = work.resolve(query.getKey() + ".geojson");
            Files.writeString(file, r.body(), StandardCharsets.UTF_8);
            files.add(file.getFileName().toString());
        }
        List<String> command = new ArrayList<>(List.of("node", "--input-type=module", "-e", CHECK));
        command.addAll(files);
        String output = BrowserScripts.run(work, 120, command.toArray(String[]::new));
        for (String file : files) {
            assertTrue(output.contains("OK " + file + ":"), file + " validated:\n" + output);
        }
        assertTrue(!output.contains("OK all.geojson: 0 features"), "the seeded ventures with coordinates are features:\n" + output);
    }
}
