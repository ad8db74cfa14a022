package org.bilateral.trade;

import static io.restassured.RestAssured.given;
import static org.bilateral.trade.FigureFixtures.FIGURES;
import static org.bilateral.trade.FigureFixtures.create;
import static org.bilateral.trade.FigureFixtures.validFigure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilateral.testsupport.DevTokens;
import org.bilateral.testsupport.SseClient;
import org.junit.jupiter.api.Test;

/** The live change stream: replay, live, resume without gap or duplicate, filters, limits and the slow consumer. */
@QuarkusTest
@TestProfile(StreamProfile.class)
class ChangeStreamTest {

    private static final String STREAM = "/api/v1/trade/changes/stream";
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL base;

    private String url(String query) {
        return base.toString().replaceAll("/$", "") + STREAM + query;
    }

    static long latestCursor() {
        long cursor = 0;
        boolean more = true;
        while (more) {
            Response r = given().queryParam("since", cursor).queryParam("limit", 1000).when().get("/api/v1/trade/changes");
            cursor = ((Number) r.path("nextCursor")).longValue();
            more = r.path("hasMore");
        }
        return cursor;
    }

    @Test
    void aStreamReplaysWhatWasMissedThenGoesLiveAndResumesAfterTheLastEventSeen() throws Exception {
        long start = latestCursor();
        int a = create(validFigure()).path("id");
        try (SseClient stream = SseClient.open(url("?since=" + start), Map.of())) {
            assertEquals(200, stream.status());
            assertTrue(stream.header("Content-Type").startsWith("text/event-stream"), stream.header("Content-Type"));
            SseClient.Event replayed = stream.next(WAIT);
            assertEquals("figures.create", replayed.name());
            JsonNode item = JSON.readTree(given().queryParam("since", start).queryParam("limit", 1).when().get("/api/v1/trade/changes")
                    .then().statusCode(200).extract().asString()).get("items").get(0);
            assertEquals(item.get("cursor").asText(), replayed.id(), "the event id is the feed cursor");
            assertEquals(item, JSON.readTree(replayed.data()), "the data is the /changes item");
            assertEquals(a, item.get("id").asInt());

            Response b = create(validFigure());
            SseClient.Event live = stream.next(WAIT);
            assertEquals("figures.create", live.name());
            assertEquals(b.path("id").toString(), JSON.readTree(live.data()).get("id").asText());
            assertTrue(Long.parseLong(live.id()) > Long.parseLong(replayed.id()));

            // consumer gone; meanwhile B is replaced and A deleted
            stream.close();
            Map<String, Object> body = validFigure();
            Response c = create(body);
            given().auth().oauth2(DevTokens.editor()).header("If-Match", c.header("ETag")).contentType(ContentType.JSON).body(body)
                    .when().put(FIGURES + "/" + c.path("id")).then().statusCode(200);
            given().auth().oauth2(DevTokens.editor()).header("If-Match", "\"1\"").when().delete(FIGURES + "/" + a)
                    .then().statusCode(204);

            try (SseClient resumed = SseClient.open(url(""), Map.of("Last-Event-ID", live.id()))) {
                List<SseClient.Event> missed = resumed.take(3, WAIT);
                assertEquals(List.of("figures.create", "figures.update", "figures.delete"), missed.stream().map(SseClient.Event::name).toList());
                assertEquals(List.of(c.path("id").toString(), c.path("id").toString(), Integer.toString(a)),
                        missed.stream().map(e -> json(e).get("id").asText()).toList());
                long previous = Long.parseLong(live.id());
                for (SseClient.Event e : missed) {
                    assertTrue(Long.parseLong(e.id()) > previous, "ids increase: " + missed);
                    previous = Long.parseLong(e.id());
                }
                assertNull(resumed.poll(Duration.ofMillis(700)), "nothing more than what was missed");
                int comments = resumed.comments();
                Thread.sleep(2500);
                assertTrue(resumed.comments() > comments, "an idle stream carries heartbeat comments");
                assertTrue(!resumed.ended());
            }
        }
    }

    @Test
    void filtersPassOnlyTheEntitiesAndCountriesAsked() {
        long start = latestCursor();
        try (SseClient lt = SseClient.open(url("?since=" + start + "&entity=figures&reporter=LT"), Map.of());
                SseClient targets = SseClient.open(url("?since=" + start + "&entity=targets"), Map.of())) {
            create(validFigure()); // PL reporter: filtered out of the first stream
            Map<String, Object> fromLt = validFigure();
            fromLt.put("reporter", "LT");
            fromLt.put("partner", "PL");
            int id = create(fromLt).path("id");
            SseClient.Event e = lt.next(WAIT);
            assertEquals(Integer.toString(id), json(e).get("id").asText());
            assertEquals("LT", json(e).get("data").get("reporter").asText());
            assertNull(targets.poll(Duration.ofMillis(700)), "no target changed");
        }
    }

    @Test
    void badCursorsAndFiltersAreProblems() {
        for (String[] bad : new String[][] {{"?since=-1", "since"}, {"?entity=nope", "entity"}, {"?reporter=XX", "reporter"},
                {"?since=abc", "since"}}) {
            given().when().get(STREAM + bad[0]).then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", org.hamcrest.Matchers.hasItem(bad[1]));
        }
        given().header("Last-Event-ID", "t:12").when().get(STREAM).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItem("Last-Event-ID"));
    }

    @Test
    void aClientBeyondItsStreamLimitGets429UntilItClosesOne() throws Exception {
        String token = DevTokens.bearer(DevTokens.withGroups("reader", "stream-limit"));
        List<SseClient> open = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                open.add(SseClient.open(url(""), Map.of("Authorization", token)));
                assertEquals(200, open.get(i).status());
            }
            SseClient refused = SseClient.open(url(""), Map.of("Authorization", token));
            assertEquals(429, refused.status());
            assertTrue(refused.header("Content-Type").startsWith("application/problem+json"));
            assertTrue(refused.errorBody().contains("too-many-streams"));
            // another client is not affected
            try (SseClient other = SseClient.open(url(""), Map.of("Authorization", DevTokens.bearer(DevTokens.editor())))) {
                assertEquals(200, other.status());
            }
            open.remove(0).close();
            long deadline = System.nanoTime() + WAIT.toNanos();
            int status = 0;
            while (System.nanoTime() < deadline) {
                SseClient again = SseClient.open(url(""), Map.of("Authorization", token));
                status = again.status();
                if (status == 200) {
                    open.add(again);
                    break;
                }
                Thread.sleep(100);
            }
            assertEquals(200, status, "a closed stream frees its place");
        } finally {
            open.forEach(SseClient::close);
        }
    }

    @Test
    void aConsumerThatStopsReadingIsCutOffWithWhereToResume() throws Exception {
        // enough changes to fill the small buffers many times over
        long start = latestCursor();
        for (int i = 0; i < 40; i++) {
            create(validFigure());
        }
        String raw;
        try (Socket socket = new Socket()) {
            socket.setReceiveBufferSize(2048);
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()));
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + STREAM + "?since=0 HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(3000); // not reading: the server's buffer fills and the slow-consumer timeout passes
            socket.setSoTimeout(10_000);
            raw = readToEnd(socket.getInputStream());
        }
        String events = dechunk(raw);
        List<String> ids = new ArrayList<>();
        Matcher each = Pattern.compile("id: ?(\\d+)\n").matcher(events);
        while (each.find()) {
            ids.add(each.group(1));
        }
        assertTrue(ids.size() > 1, tail(raw));
        long resumeFrom = Long.parseLong(ids.get(ids.size() - 1));
        assertTrue(resumeFrom < latestCursor(), "cut off before the end");
        Matcher cutoff = Pattern.compile("event: ?cutoff\n").matcher(events);
        boolean sawCutoff = cutoff.find();
        System.out.println("[stream] slow consumer got " + ids.size() + " events, final cutoff event received: " + sawCutoff);
        if (sawCutoff) {
            // its id names the last change delivered before it
            assertEquals(ids.get(ids.size() - 2), ids.get(ids.size() - 1), tail(events));
            assertTrue(events.substring(cutoff.start()).contains("\"resumeFrom\":" + resumeFrom), tail(events));
        }
        long expected = ((Number) given().queryParam("since", resumeFrom).queryParam("limit", 1).when().get("/api/v1/trade/changes")
                .path("items[0].cursor")).longValue();
        try (SseClient resumed = SseClient.open(url(""), Map.of("Last-Event-ID", Long.toString(resumeFrom)))) {
            assertEquals(Long.toString(expected), resumed.next(WAIT).id(), "resumes with the very next change");
        }
        assertTrue(start >= 0);
    }

    private static JsonNode json(SseClient.Event e) {
        try {
            return JSON.readTree(e.data());
        } catch (Exception x) {
            throw new AssertionError(e.data(), x);
        }
    }

    private static String readToEnd(InputStream in) throws Exception {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        try {
            while ((n = in.read(buffer)) > 0) {
                all.write(buffer, 0, n);
            }
        } catch (java.net.SocketException reset) {
            // the server dropped the connection: as good an end as any
        } catch (java.net.SocketTimeoutException e) {
            throw new AssertionError("the server did not end the stream; read " + all.size() + " bytes ending "
                    + tail(all.toString(StandardCharsets.UTF_8)));
        }
        return all.toString(StandardCharsets.UTF_8);
    }

    /** The body of a chunked HTTP/1.1 answer, headers dropped. */
    private static String dechunk(String raw) {
        int at = raw.indexOf("\r\n\r\n") + 4;
        StringBuilder body = new StringBuilder();
        while (at < raw.length()) {
            int eol = raw.indexOf("\r\n", at);
            if (eol < 0) {
                break;
            }
            int size = Integer.parseInt(raw.substring(at, eol).trim(), 16);
            if (size == 0) {
                break;
            }
            body.append(raw, eol + 2, Math.min(raw.length(), eol + 2 + size));
            at = eol + 2 + size + 2;
        }
        return body.toString();
    }

    private static String tail(String s) {
        return s.length() > 600 ? s.substring(s.length() - 600) : s;
    }
}
