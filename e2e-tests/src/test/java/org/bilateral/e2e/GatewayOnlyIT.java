package org.bilateral.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.bilateral.e2e.client.ApiClient;
import org.bilateral.e2e.client.ApiException;
import org.bilateral.e2e.client.api.AgreementsApi;
import org.bilateral.e2e.client.api.FiguresApi;
import org.bilateral.e2e.client.api.OverviewApi;
import org.bilateral.e2e.client.api.VenturesApi;
import org.bilateral.e2e.client.model.AgreementInput;
import org.bilateral.e2e.client.model.Amount;
import org.bilateral.e2e.client.model.Citation;
import org.bilateral.e2e.client.model.FigureInput;
import org.bilateral.e2e.client.model.Flow;
import org.bilateral.e2e.client.model.Overview;
import org.bilateral.e2e.client.model.Problem;
import org.bilateral.e2e.client.model.Qualifier;
import org.bilateral.e2e.client.model.VentureInput;
import org.bilateral.e2e.client.model.VentureKind;
import org.bilateral.e2e.client.model.VentureStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/** What only the gateway offers (the overview, the merged document) and bad requests per service through it. */
@ExtendWith(RunningPlatform.class)
class GatewayOnlyIT {

    private final ApiClient anonymous = Clients.anonymous(RunningPlatform.gatewayUrl());
    private final ApiClient editor = Clients.editor(RunningPlatform.gatewayUrl());

    @Test
    void overviewCombinesAllThreeServicesWithNothingDegraded() throws ApiException {
        Overview overview = new OverviewApi(anonymous).getOverview("KZ", "BY");
        assertEquals("BY", overview.getReporter());
        assertEquals("KZ", overview.getPartner());
        assertTrue(overview.getDegraded() == null || overview.getDegraded().isEmpty(), "degraded: " + overview.getDegraded());
        assertNotNull(overview.getTrade().getTurnover(), "latest turnover");
        assertTrue(overview.getAgreements().getInForce() > 0);
        assertTrue(overview.getVentures().getTotal() > 0);
    }

    @Test
    void theClientsBuildTimeDocumentHasEveryOperationTheRunningGatewayServes() throws Exception {
        HttpResponse<String> served = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(RunningPlatform.gatewayUrl() + "/q/openapi?format=json")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, served.statusCode());
        JsonNode runtime = Http.JSON.readTree(served.body());
        JsonNode buildTime = Http.JSON.readTree(Path.of(System.getProperty("e2e.openapi")).toFile());
        runtime.path("x-bilateral-services").forEach(s -> assertTrue(s.path("included").asBoolean(), "merged at run time: " + s));
        assertEquals(operations(runtime), operations(buildTime));
        assertEquals(schemaNames(runtime), schemaNames(buildTime));
    }

    @Test
    void tradeRejectsAFigureWithoutPeriodAsProblemNamingTheField() {
        FigureInput noPeriod = new FigureInput().reporter("BY").partner("KZ").flow(Flow.EXPORT)
                .value(new Amount().amount(BigDecimal.ONE).unit("USD").scale(6).qualifier(Qualifier.EXACT))
                .source(new Citation().source("000_86346d2b20f6c8b6").locator("p1"));
        assertProblemNaming("period", () -> new FiguresApi(editor).createFigure(noPeriod));
    }

    @Test
    void agreementsRejectAnAgreementWithoutPartiesAsProblemNamingTheField() {
        AgreementInput noParties = new AgreementInput().title("No parties").recordedStatus(org.bilateral.e2e.client.model.AgreementStatus.SIGNED)
                .parties(List.of()).sources(List.of(new Citation().source("000_86346d2b20f6c8b6").locator("p1")));
        assertProblemNaming("parties", () -> new AgreementsApi(editor).createAgreement(noParties));
    }

    @Test
    void venturesRejectAStartYearOutOfRangeAsProblemNamingTheField() {
        VentureInput tooEarly = new VentureInput().name("Too early").kind(VentureKind.JOINT_VENTURE).status(VentureStatus.PLANNED)
                .hostCountry("KZ").startYear(1800).sources(List.of(new Citation().source("000_86346d2b20f6c8b6").locator("p1")));
        assertProblemNaming("startYear", () -> new VenturesApi(editor).createVenture(tooEarly));
    }

    @Test
    void listsRejectAPageSizeOverTheMaximumAsProblemNamingTheParameter() {
        assertProblemNaming("size", () -> new FiguresApi(anonymous).listFigures(null, null, null, null, null, null, null, null, 500, null, null, null, null));
        assertProblemNaming("size", () -> new AgreementsApi(anonymous).listAgreements(null, null, null, null, null, null, null, null, null, null, 500, null, null));
        assertProblemNaming("size", () -> new VenturesApi(anonymous).listVentures(null, null, null, null, null, null, null, null, null, null, null, null, 500, null, null, null, null));
    }

    private static void assertProblemNaming(String field, Executable call) {
        ApiException e = assertThrows(ApiException.class, call);
        assertEquals(400, e.getCode(), e.getResponseBody());
        String contentType = Http.contentType(e);
        assertNotNull(contentType);
        assertTrue(contentType.startsWith("application/problem+json"), "content type " + contentType);
        Problem problem = Http.problem(e);
        assertEquals(400, problem.getStatus());
        assertFalse(problem.getTitle() == null || problem.getTitle().isBlank());
        boolean named = problem.getErrors() != null && problem.getErrors().stream().anyMatch(err -> err.getField() != null && err.getField().endsWith(field));
        assertTrue(named || (problem.getDetail() != null && problem.getDetail().contains(field)), "names " + field + ": " + e.getResponseBody());
    }

    private static Set<String> operations(JsonNode doc) {
        Set<String> ops = new TreeSet<>();
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(m -> {
            if (m.getValue().has("operationId")) {
                ops.add(m.getKey().toUpperCase() + " " + path.getKey() + " " + m.getValue().get("operationId").asText());
            }
        }));
        assertFalse(ops.isEmpty());
        return ops;
    }

    private static Set<String> schemaNames(JsonNode doc) {
        Set<String> names = new TreeSet<>();
        doc.path("components").path("schemas").fieldNames().forEachRemaining(names::add);
        return names;
    }
}
