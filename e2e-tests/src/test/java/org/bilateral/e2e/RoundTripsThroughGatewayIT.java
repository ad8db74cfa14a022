package org.bilateral.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.bilateral.e2e.client.ApiClient;
import org.bilateral.e2e.client.ApiException;
import org.bilateral.e2e.client.ApiResponse;
import org.bilateral.e2e.client.api.AgreementsApi;
import org.bilateral.e2e.client.api.FiguresApi;
import org.bilateral.e2e.client.api.OrganisationsApi;
import org.bilateral.e2e.client.api.VenturesApi;
import org.bilateral.e2e.client.model.AgreementInput;
import org.bilateral.e2e.client.model.FigureInput;
import org.bilateral.e2e.client.model.OrganisationInput;
import org.bilateral.e2e.client.model.VentureInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A client edits what it fetched: per writable resource, the generated client reads a seeded record through the
 * gateway, turns it into the input model with the client's own mapper (the read-only id and version come along, as
 * the input schema documents them), and sends it back with the ETag. The record answers 200 with version + 1 and the
 * same content; the same body sent to another record is a 400 naming id; an unknown field is still a 400.
 */
@ExtendWith(RunningPlatform.class)
class RoundTripsThroughGatewayIT {

    private final ApiClient editor = Clients.editor(RunningPlatform.gatewayUrl());
    private final ApiClient anonymous = Clients.anonymous(RunningPlatform.gatewayUrl());
    private final ObjectMapper mapper = editor.getObjectMapper();

    @FunctionalInterface
    interface Read<V> {
        ApiResponse<V> get(long id) throws ApiException;
    }

    @FunctionalInterface
    interface Write<I, V> {
        ApiResponse<V> put(long id, String ifMatch, I body) throws ApiException;
    }

    @Test
    void aFigureFetchedWithTheClientIsSentBackAsItIs() throws Exception {
        roundTrip("/api/v1/trade/figures", id -> new FiguresApi(anonymous).getFigureWithHttpInfo(id, null),
                (id, etag, body) -> new FiguresApi(editor).replaceFigureWithHttpInfo(id, etag, body), FigureInput.class);
    }

    @Test
    void anAgreementFetchedWithTheClientIsSentBackAsItIs() throws Exception {
        roundTrip("/api/v1/agreements", id -> new AgreementsApi(anonymous).getAgreementWithHttpInfo(id, null),
                (id, etag, body) -> new AgreementsApi(editor).replaceAgreementWithHttpInfo(id, etag, body), AgreementInput.class);
    }

    @Test
    void aVentureFetchedWithTheClientIsSentBackAsItIs() throws Exception {
        roundTrip("/api/v1/ventures", id -> new VenturesApi(anonymous).getVentureWithHttpInfo(id, null),
                (id, etag, body) -> new VenturesApi(editor).replaceVentureWithHttpInfo(id, etag, body), VentureInput.class);
    }

    @Test
    void anOrganisationFetchedWithTheClientIsSentBackAsItIs() throws Exception {
        roundTrip("/api/v1/ventures/organisations", id -> new OrganisationsApi(anonymous).getVentureOrganisationWithHttpInfo(id, null),
                (id, etag, body) -> new OrganisationsApi(editor).replaceVentureOrganisationWithHttpInfo(id, etag, body), OrganisationInput.class);
    }

    /** Seeded records 1 and 2 of a collection: 1 round-trips, 2's body sent to 1 is refused naming id. */
    private <V, I> void roundTrip(String collection, Read<V> read, Write<I, V> write, Class<I> inputType) throws Exception {
        ApiResponse<V> fetched = read.get(1);
        String etag = Http.header(fetched, "ETag");
        assertNotNull(etag, collection + "/1 has an ETag");
        I same = mapper.convertValue(fetched.getData(), inputType);
        ObjectNode sent = mapper.valueToTree(same);
        assertEquals(1, sent.path("id").asLong(), "the input model carries the read-only id: " + sent);
        assertTrue(sent.has("version"), "the input model carries the read-only version: " + sent);

        ApiResponse<V> written = write.put(1, etag, same);
        assertEquals(200, written.getStatusCode());
        ObjectNode before = mapper.valueToTree(fetched.getData());
        ObjectNode after = mapper.valueToTree(written.getData());
        assertEquals(before.path("version").asInt() + 1, after.path("version").asInt(), "a new version");
        assertEquals("\"" + after.path("version").asInt() + "\"", Http.header(written, "ETag"));
        before.remove("version");
        after.remove("version");
        assertEquals(before, after, collection + "/1 is unchanged but for its version");

        I other = mapper.convertValue(read.get(2).getData(), inputType);
        String current = Http.header(read.get(1), "ETag");
        ApiException misdirected = assertThrows(ApiException.class, () -> write.put(1, current, other));
        assertEquals(400, misdirected.getCode(), misdirected.getResponseBody());
        assertTrue(Http.problem(misdirected).getErrors().stream().anyMatch(e -> "id".equals(e.getField())), misdirected.getResponseBody());

        // a field that is not part of the representation is still refused by name (raw JSON: the typed client cannot send one)
        ObjectNode unknown = mapper.valueToTree(read.get(1).getData());
        unknown.put("notAField", true);
        HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(RunningPlatform.gatewayUrl() + collection + "/1"))
                .header("Authorization", Clients.editorBearer()).header("If-Match", current).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(unknown.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("\"notAField\""), refused.body());
        assertEquals(current, Http.header(read.get(1), "ETag"), "nothing was written by the refused requests");
    }
}
