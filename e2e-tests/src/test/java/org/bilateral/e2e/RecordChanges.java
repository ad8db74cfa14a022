package org.bilateral.e2e;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bilateral.e2e.client.ApiClient;
import org.bilateral.e2e.client.ApiException;
import org.bilateral.e2e.client.ApiResponse;
import org.bilateral.e2e.client.api.FiguresApi;
import org.bilateral.e2e.client.api.TradeSourcesApi;
import org.bilateral.e2e.client.api.VentureSourcesApi;
import org.bilateral.e2e.client.api.VenturesApi;
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

/**
 * One record written through the API with the generated client and an editor token, to make changes in a feed:
 * created, updated any number of times (If-Match from the last answer), deleted. Each call is one change.
 */
abstract class RecordChanges {

    protected long id;
    protected String etag;
    protected int updates;

    abstract void create() throws ApiException;

    abstract void update() throws ApiException;

    abstract void delete() throws ApiException;

    void update(int times) throws ApiException {
        for (int i = 0; i < times; i++) {
            update();
        }
    }

    protected final void answered(ApiResponse<?> response, long recordId) {
        id = recordId;
        etag = Http.header(response, "ETag");
        if (etag == null) {
            throw new AssertionError("a write answered no ETag; headers " + response.getHeaders().keySet());
        }
    }

    /** A trade figure of the year given (its amount changes by one per update). */
    static RecordChanges figure(String baseUrl, int year) throws ApiException {
        ApiClient editor = Clients.editor(baseUrl);
        String source = new TradeSourcesApi(Clients.anonymous(baseUrl)).listTradeSources().get(0).getId();
        FigureInput input = new FigureInput().reporter("BY").partner("KZ").flow(Flow.EXPORT).commodity("8701")
                .period(new Period().start(LocalDate.of(year, 1, 1)).end(LocalDate.of(year, 12, 31)).label(Integer.toString(year)))
                .value(new Amount().amount(BigDecimal.ONE).unit("USD").scale(6).qualifier(Qualifier.EXACT))
                .source(new Citation().source(source).locator("p1")).note("e2e change stream and webhook clients");
        FiguresApi api = new FiguresApi(editor);
        return new RecordChanges() {
            @Override
            void create() throws ApiException {
                ApiResponse<Figure> r = api.createFigureWithHttpInfo(input);
                answered(r, r.getData().getId());
            }

            @Override
            void update() throws ApiException {
                input.getValue().amount(BigDecimal.valueOf(2 + updates++));
                answered(api.replaceFigureWithHttpInfo(id, etag, input), id);
            }

            @Override
            void delete() throws ApiException {
                api.deleteFigure(id, etag);
            }
        };
    }

    /** A venture (its start year changes per update). */
    static RecordChanges venture(String baseUrl) throws ApiException {
        ApiClient editor = Clients.editor(baseUrl);
        String source = new VentureSourcesApi(Clients.anonymous(baseUrl)).listVentureSources().get(0).getId();
        VentureInput input = new VentureInput().name("E2E stream plant " + UUID.randomUUID()).kind(VentureKind.JOINT_ASSEMBLY_PLANT)
                .status(VentureStatus.PLANNED).hostCountry("KZ").startYear(2000)
                .sources(List.of(new Citation().source(source).locator("p1")));
        VenturesApi api = new VenturesApi(editor);
        return new RecordChanges() {
            @Override
            void create() throws ApiException {
                ApiResponse<Venture> r = api.createVentureWithHttpInfo(input);
                answered(r, r.getData().getId());
            }

            @Override
            void update() throws ApiException {
                input.startYear(2001 + updates++);
                answered(api.replaceVentureWithHttpInfo(id, etag, input), id);
            }

            @Override
            void delete() throws ApiException {
                api.deleteVenture(id, etag);
            }
        };
    }
}
