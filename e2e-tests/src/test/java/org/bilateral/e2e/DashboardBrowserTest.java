package org.bilateral.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dashboard at / in Debian's Chromium (playwright-core, dashboard.mjs) against the running platform: the chart
 * draws the values the series endpoint answers, the lists hold what the API lists, the in-force and kind filters change
 * them as the API does, keyboard and labels work, nothing breaks the CSP or leaves the gateway; screenshots at 1280 px
 * and 375 px go to target/screenshots. Expected values are fetched from the API by the script, never hard-coded.
 */
@ExtendWith(RunningPlatform.class)
class DashboardBrowserTest {

    /** The checks dashboard.mjs must report; each one failing stops the script with FAIL and a reason. */
    private static final List<String> CHECKS = List.of(
            "OK dashboard loaded", "OK chart TURNOVER values (Years)", "OK chart IMPORT values (Half-years)",
            "OK chart table alternative", "OK a progress bar per target", "OK agreement list", "OK in force on ",
            "OK venture list", "OK map points", "OK ventures of kind ", "OK claimed-vs-listed coverage",
            "OK every control has an accessible name", "OK Enter opens the source with its publisher",
            "OK no horizontal scrolling at 375 px", "OK no console errors or CSP violations", "OK no request leaves the gateway");

    @Test
    void dashboardShowsTheSeededDataFiltersAndWorksByKeyboardAtDesktopAndPhoneWidths() throws Exception {
        String output = BrowserScripts.runAgainstGateway("dashboard.mjs", 240);
        for (String check : CHECKS) {
            assertTrue(output.contains(check), "dashboard check '" + check + "' passed:\n" + output);
        }
        for (String shot : List.of("dashboard-1280.png", "dashboard-375.png")) {
            assertTrue(Files.size(BrowserScripts.screenshots().resolve(shot)) > 10_000, "screenshot " + shot);
        }
    }
}
