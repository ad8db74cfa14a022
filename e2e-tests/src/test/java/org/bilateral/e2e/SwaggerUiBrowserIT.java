package org.bilateral.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The gateway's Swagger UI in a real browser: Debian's Chromium driven by playwright-core (pinned in
 * package-lock.json) through swagger-ui.mjs, run by {@link BrowserScripts} (skipped with the reason where node, npm or
 * Chromium is missing outside CI, failed in CI).
 */
@ExtendWith(RunningPlatform.class)
class SwaggerUiBrowserIT {

    @Test
    void eachServiceSpecRunsAGetThroughTryItOutAndShowsSeedData() throws Exception {
        String output = BrowserScripts.runAgainstGateway("swagger-ui.mjs", 180);
        Path screenshots = BrowserScripts.screenshots();
        for (String spec : List.of("trade", "agreements", "ventures")) {
            assertTrue(output.contains("OK " + spec + ":"), spec + " checked in Swagger UI:\n" + output);
            assertTrue(Files.list(screenshots).anyMatch(p -> p.getFileName().toString().endsWith(spec + ".png")), "screenshot of " + spec);
        }
    }
}
