package org.bilateral.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bilateral.e2e.client.ApiClient;
import org.bilateral.e2e.client.ApiException;
import org.bilateral.e2e.client.ApiResponse;
import org.bilateral.e2e.client.api.AgreementSourcesApi;
import org.bilateral.e2e.client.api.AgreementsApi;
import org.bilateral.e2e.client.api.FiguresApi;
import org.bilateral.e2e.client.api.TradeSourcesApi;
import org.bilateral.e2e.client.api.VentureSourcesApi;
import org.bilateral.e2e.client.api.VenturesApi;
import org.bilateral.e2e.client.model.Agreement;
import org.bilateral.e2e.client.model.AgreementInput;
import org.bilateral.e2e.client.model.AgreementParty;
import org.bilateral.e2e.client.model.AgreementStatus;
import org.bilateral.e2e.client.model.Amount;
import org.bilateral.e2e.client.model.Citation;
import org.bilateral.e2e.client.model.Figure;
import org.bilateral.e2e.client.model.FigureInput;
import org.bilateral.e2e.client.model.Flow;
import org.bilateral.e2e.client.model.Period;
import org.bilateral.e2e.client.model.Qualifier;
import org.bilateral.e2e.client.model.Venture;
import org.bilateral.e2e.client.model.VentureInput;
import org.bilateral.e2e.client.model.VentureKind;
import org.bilateral.e2e.client.model.VentureStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One full write cycle per service through the gateway with the generated client and an editor token:
 * create, read with ETag, update with If-Match, a stale If-Match refused with 412, delete, gone (404).
 */
@ExtendWith(RunningPlatform.class)
class WriteCyclesThroughGatewayIT {

    private final ApiClient editor = Clients.editor(RunningPlatform.gatewayUrl());
    private final ApiClient anonymous = Clients.anonymous(RunningPlatform.gatewayUrl());

    @Test
    void tradeFigureIsCreatedReadUpdatedGuardedAndDeleted() throws ApiException {
        FiguresApi api = new FiguresApi(editor);
        String source = new TradeSourcesApi(anonymous).listTradeSources().get(0).getId();
        FigureInput input = new FigureInput().reporter("BY").partner("KZ").flow(Flow.EXPORT).commodity("8701")
                .period(new Period().start(LocalDate.of(2031, 1, 1)).end(LocalDate.of(2031, 12, 31)).label("2031"))
                .value(new Amount().amount(new BigDecimal("12.5")).unit("USD").scale(6).qualifier(Qualifier.EXACT))
                .source(new Citation().source(source).locator("p1")).note("e2e write cycle");
        Figure created = api.createFigure(input);
        assertNotNull(created.getId());

        ApiResponse<Figure> read = new FiguresApi(anonymous).getFigureWithHttpInfo(created.getId(), null);
        String etag = requireEtag(read);
        assertEquals(new BigDecimal("12.5"), read.getData().getValue().getAmount().stripTrailingZeros());

        Figure updated = api.replaceFigure(created.getId(), etag, input.value(input.getValue().amount(new BigDecimal("13"))));
        assertEquals(0, new BigDecimal("13").compareTo(updated.getValue().getAmount()));
        assertNotEquals(created.getVersion(), updated.getVersion());

        ApiException stale = assertThrows(ApiException.class, () -> api.replaceFigure(created.getId(), etag, input));
        assertEquals(412, stale.getCode(), "an update with the old ETag is refused: " + stale.getResponseBody());

        String current = requireEtag(new FiguresApi(anonymous).getFigureWithHttpInfo(created.getId(), null));
        new FiguresApi(editor).deleteFigure(created.getId(), current);
        assertEquals(404, assertThrows(ApiException.class, () -> new FiguresApi(anonymous).getFigure(created.getId(), null)).getCode());
    }

    @Test
    void agreementIsCreatedReadUpdatedGuardedAndDeleted() throws ApiException {
        AgreementsApi api = new AgreementsApi(editor);
        String source = new AgreementSourcesApi(anonymous).listAgreementSources().get(0).getId();
        AgreementInput input = new AgreementInput().title("E2E memorandum " + UUID.randomUUID()).recordedStatus(AgreementStatus.SIGNED)
                .parties(List.of(new AgreementParty().country("BY"), new AgreementParty().country("KZ")))
                .sources(List.of(new Citation().source(source).locator("p1")));
        Agreement created = api.createAgreement(input);

        ApiResponse<Agreement> read = new AgreementsApi(anonymous).getAgreementWithHttpInfo(created.getId(), null);
        String etag = requireEtag(read);
        assertEquals(input.getTitle(), read.getData().getTitle());

        Agreement updated = api.replaceAgreement(created.getId(), etag, input.summary("Updated by the end-to-end test."));
        assertEquals("Updated by the end-to-end test.", updated.getSummary());

        ApiException stale = assertThrows(ApiException.class, () -> api.replaceAgreement(created.getId(), etag, input));
        assertEquals(412, stale.getCode(), stale.getResponseBody());

        new AgreementsApi(editor).deleteAgreement(created.getId(), requireEtag(new AgreementsApi(anonymous).getAgreementWithHttpInfo(created.getId(), null)));
        assertEquals(404, assertThrows(ApiException.class, () -> new AgreementsApi(anonymous).getAgreement(created.getId(), null)).getCode());
    }

    @Test
    void ventureIsCreatedReadUpdatedGuardedAndDeleted() throws ApiException {
        VenturesApi api = new VenturesApi(editor);
        String source = new VentureSourcesApi(anonymous).listVentureSources().get(0).getId();
        VentureInput input = new VentureInput().name("E2E assembly plant " + UUID.randomUUID()).kind(VentureKind.JOINT_ASSEMBLY_PLANT)
                .status(VentureStatus.PLANNED).hostCountry("KZ").startYear(2019)
                .sources(List.of(new Citation().source(source).locator("p1")));
        Venture created = api.createVenture(input);

        ApiResponse<Venture> read = new VenturesApi(anonymous).getVentureWithHttpInfo(created.getId(), null);
        String etag = requireEtag(read);
        assertEquals(VentureStatus.PLANNED, read.getData().getStatus());

        Venture updated = api.replaceVenture(created.getId(), etag, input.status(VentureStatus.OPERATING));
        assertEquals(VentureStatus.OPERATING, updated.getStatus());

        ApiException stale = assertThrows(ApiException.class, () -> api.replaceVenture(created.getId(), etag, input));
        assertEquals(412, stale.getCode(), stale.getResponseBody());

        new VenturesApi(editor).deleteVenture(created.getId(), requireEtag(new VenturesApi(anonymous).getVentureWithHttpInfo(created.getId(), null)));
        assertEquals(404, assertThrows(ApiException.class, () -> new VenturesApi(anonymous).getVenture(created.getId(), null)).getCode());
    }

    private static String requireEtag(ApiResponse<?> response) {
        String etag = Http.header(response, "ETag");
        assertNotNull(etag, "GET returns an ETag; headers " + response.getHeaders().keySet());
        return etag;
    }
}
