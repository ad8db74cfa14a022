package org.bilateral.agreements;

import static io.restassured.RestAssured.given;
import static org.bilateral.agreements.AgreementFixtures.AGREEMENTS;
import static org.bilateral.agreements.AgreementFixtures.create;
import static org.bilateral.agreements.AgreementFixtures.replace;
import static org.bilateral.agreements.AgreementFixtures.validAgreement;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;

/**
 * The agreements calendar read back with ical4j (an independent RFC 5545 parser and validator),
 * its events checked against what the JSON API says about the same agreements.
 */
@QuarkusTest
class CalendarTest {

    private static final String CALENDAR = AGREEMENTS + "/calendar";
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    /** Parses with ical4j and insists its validator finds nothing wrong. */
    private static Calendar parse(String text) throws Exception {
        Calendar cal = new CalendarBuilder().build(new StringReader(text));
        ValidationResult result = cal.validate();
        assertFalse(result.hasErrors(), "ical4j validation: " + result.getEntries());
        return cal;
    }

    private static Map<String, VEvent> byUid(Calendar cal) {
        Map<String, VEvent> events = new TreeMap<>();
        for (Component c : cal.getComponents(Component.VEVENT)) {
            VEvent e = (VEvent) c;
            String uid = value(e, Property.UID);
            assertTrue(events.put(uid, e) == null, "UIDs are unique: " + uid);
        }
        return events;
    }

    private static String value(Component c, String property) {
        return c.getProperty(property).map(p -> ((Property) p).getValue()).orElse(null);
    }

    private static String calendar(Map<String, ?> query) {
        return given().queryParams(query).when().get(CALENDAR).then().statusCode(200)
                .contentType(startsWith("text/calendar")).extract().asString();
    }

    /** What the events of one agreement must be, computed from its JSON. */
    private static Map<String, String[]> expectedEvents(Map<String, Object> a) {
        Map<String, String[]> expected = new HashMap<>();
        long id = ((Number) a.get("id")).longValue();
        Map<?, ?> signed = (Map<?, ?>) a.get("signed");
        if (signed.get("date") != null) {
            LocalDate date = LocalDate.parse((String) signed.get("date"));
            String precision = (String) signed.get("precision");
            LocalDate end = switch (precision) {
                case "DAY" -> date.plusDays(1);
                case "MONTH" -> date.plusMonths(1);
                default -> date.plusYears(1);
            };
            expected.put(id + "-signed@bilateral.example", new String[] {DATE.format(date), DATE.format(end), precision});
        }
        Map<?, ?> validity = (Map<?, ?>) a.get("validity");
        if (validity.get("from") != null) {
            LocalDate from = LocalDate.parse((String) validity.get("from"));
            expected.put(id + "-valid-from@bilateral.example", new String[] {DATE.format(from), DATE.format(from.plusDays(1)), "DAY"});
        }
        if (validity.get("until") != null) {
            LocalDate until = LocalDate.parse((String) validity.get("until"));
            expected.put(id + "-valid-until@bilateral.example", new String[] {DATE.format(until), DATE.format(until.plusDays(1)), "DAY"});
        }
        return expected;
    }

    private static void assertEventsMatch(List<Map<String, Object>> agreements, Map<String, VEvent> events) {
        Map<String, String[]> expected = new HashMap<>();
        agreements.forEach(a -> expected.putAll(expectedEvents(a)));
        assertEquals(expected.keySet(), events.keySet(), "one event per signing and per start and end of validity");
        Map<Long, Map<String, Object>> byId = agreements.stream().collect(Collectors.toMap(a -> ((Number) a.get("id")).longValue(), a -> a));
        expected.forEach((uid, e) -> {
            VEvent event = events.get(uid);
            assertEquals("DATE", event.getProperty(Property.DTSTART).flatMap(p -> ((Property) p).getParameter("VALUE"))
                    .map(p -> ((net.fortuna.ical4j.model.Parameter) p).getValue()).orElse(null), uid + " is all-day");
            assertEquals(e[0], value(event, Property.DTSTART), uid + " start");
            assertEquals(e[1], value(event, Property.DTEND), uid + " end (exclusive)");
            assertEquals(e[2], value(event, "X-BILATERAL-DATE-PRECISION"), uid + " precision");
            long id = Long.parseLong(uid.substring(0, uid.indexOf('-')));
            String title = (String) byId.get(id).get("title");
            String summary = value(event, Property.SUMMARY);
            assertTrue(summary.contains(title), summary);
            switch (e[2]) {
                case "MONTH" -> assertTrue(summary.endsWith("(month known)"), summary);
                case "YEAR" -> assertTrue(summary.endsWith("(year known)"), summary);
                default -> assertFalse(summary.contains("known)"), summary);
            }
            assertTrue(value(event, Property.URL).endsWith(AGREEMENTS + "/" + id), value(event, Property.URL));
            assertTrue(value(event, Property.DESCRIPTION).contains(AGREEMENTS + "/" + id));
        });
    }

    @Test
    void everySeededSigningAndValidityDateIsAnAllDayEventAsTheJsonSays() throws Exception {
        List<Map<String, Object>> seeded = given().queryParam("party", "KZ").queryParam("size", 200).when().get(AGREEMENTS)
                .then().statusCode(200).extract().path("items");
        assertFalse(seeded.isEmpty());
        Map<String, VEvent> events = byUid(parse(calendar(Map.of("party", "KZ"))));
        assertEventsMatch(seeded, events);
        assertTrue(events.values().stream().anyMatch(e -> "YEAR".equals(value(e, "X-BILATERAL-DATE-PRECISION"))),
                "the seeds hold signings known only to the year");
        // LAST-MODIFIED is when the record last changed: its newest revision
        for (Map<String, Object> a : seeded) {
            long id = ((Number) a.get("id")).longValue();
            List<String> recorded = given().when().get(AGREEMENTS + "/" + id + "/revisions").then().statusCode(200).extract().path("recordedAt");
            Instant newest = Instant.parse(recorded.get(recorded.size() - 1)).truncatedTo(ChronoUnit.SECONDS);
            String expected = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(newest);
            events.entrySet().stream().filter(en -> en.getKey().startsWith(id + "-"))
                    .forEach(en -> assertEquals(expected, value(en.getValue(), Property.LAST_MODIFIED), en.getKey()));
        }
    }

    @Test
    void signingsKnownToTheMonthOrYearSpanThatPeriodAndSaySo() throws Exception {
        Map<String, Object> month = validAgreement();
        month.put("signed", new HashMap<>(Map.of("date", "2041-02-01", "precision", "MONTH", "place", "Kaunas")));
        month.put("validity", new HashMap<>());
        long monthId = ((Number) create(month).path("id")).longValue();
        Map<String, Object> year = validAgreement();
        year.put("signed", new HashMap<>(Map.of("date", "2041-01-01", "precision", "YEAR")));
        year.put("validity", new HashMap<>(Map.of("from", "2042-03-01")));
        long yearId = ((Number) create(year).path("id")).longValue();

        Map<String, VEvent> events = byUid(parse(calendar(Map.of("signedFrom", "2041-01-01", "signedTo", "2041-12-31"))));
        VEvent m = events.get(monthId + "-signed@bilateral.example");
        assertEquals("20410201", value(m, Property.DTSTART));
        assertEquals("20410301", value(m, Property.DTEND), "February 2041 whole, no invented day");
        assertEquals("MONTH", value(m, "X-BILATERAL-DATE-PRECISION"));
        assertTrue(value(m, Property.SUMMARY).endsWith("(month known)"));
        assertEquals("Kaunas", value(m, Property.LOCATION));
        VEvent y = events.get(yearId + "-signed@bilateral.example");
        assertEquals("20410101", value(y, Property.DTSTART));
        assertEquals("20420101", value(y, Property.DTEND));
        assertEquals("YEAR", value(y, "X-BILATERAL-DATE-PRECISION"));
        assertTrue(value(y, Property.SUMMARY).endsWith("(year known)"));
        assertEquals("20420301", value(events.get(yearId + "-valid-from@bilateral.example"), Property.DTSTART));
        assertFalse(events.containsKey(yearId + "-valid-until@bilateral.example"), "open-ended validity has no end event");
        assertFalse(events.containsKey(monthId + "-valid-from@bilateral.example"));
    }

    @Test
    void textIsEscapedAndLongLinesAreFoldedWithinSeventyFiveOctets() throws Exception {
        Map<String, Object> body = validAgreement();
        String title = "Соглашение о речном судоходстве; «Неман», Вилия и Нярис\\ " + body.get("title") + " — с длинным названием, чтобы строку пришлось переносить";
        body.put("title", title);
        body.put("signed", new HashMap<>(Map.of("date", "2043-05-06", "precision", "DAY", "place", "Vilnius, Old Town")));
        long id = ((Number) create(body).path("id")).longValue();
        String text = calendar(Map.of("signedFrom", "2043-05-06", "signedTo", "2043-05-06"));
        for (String line : text.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "folded: " + line);
        }
        assertFalse(text.replace("\r\n", "").contains("\n"), "only CRLF line ends");
        VEvent e = byUid(parse(text)).get(id + "-signed@bilateral.example");
        assertEquals("Signed: " + title, value(e, Property.SUMMARY), "escaping and folding undone by the parser give the title back");
        assertEquals("Vilnius, Old Town", value(e, Property.LOCATION));
    }

    @Test
    void uidsStayStableAcrossRequestsAndAnEditUpdatesTheSameEvents() throws Exception {
        Map<String, Object> body = validAgreement();
        body.put("signed", new HashMap<>(Map.of("date", "2044-07-08", "precision", "DAY")));
        body.put("validity", new HashMap<>(Map.of("from", "2044-08-01", "until", "2045-07-31")));
        Response created = create(body);
        long id = ((Number) created.path("id")).longValue();
        Map<String, String> range = Map.of("signedFrom", "2044-01-01", "signedTo", "2044-12-31");
        Response first = given().queryParams(range).when().get(CALENDAR).then().statusCode(200).extract().response();
        Response again = given().queryParams(range).when().get(CALENDAR).then().statusCode(200).extract().response();
        assertEquals(first.asString(), again.asString(), "the same data gives the same calendar");
        assertEquals(first.header("ETag"), again.header("ETag"));
        Map<String, VEvent> before = byUid(parse(first.asString()));

        body.put("title", body.get("title") + " (amended)");
        body.put("validity", new HashMap<>(Map.of("from", "2044-09-01", "until", "2045-07-31")));
        replace(id, created.header("ETag"), body).then().statusCode(200);
        Response edited = given().queryParams(range).when().get(CALENDAR).then().statusCode(200).extract().response();
        Map<String, VEvent> after = byUid(parse(edited.asString()));
        assertEquals(before.keySet(), after.keySet(), "an edit updates events, never adds new ones");
        assertNotEquals(first.header("ETag"), edited.header("ETag"));
        VEvent from = after.get(id + "-valid-from@bilateral.example");
        assertEquals("20440901", value(from, Property.DTSTART));
        assertTrue(value(from, Property.SUMMARY).endsWith("(amended)"));
        assertTrue(Integer.parseInt(value(from, Property.SEQUENCE))
                > Integer.parseInt(value(before.get(id + "-valid-from@bilateral.example"), Property.SEQUENCE)));
        assertTrue(value(from, Property.LAST_MODIFIED).compareTo(value(before.get(id + "-valid-from@bilateral.example"), Property.LAST_MODIFIED)) >= 0);
    }

    @Test
    void ifNoneMatchWithTheCurrentEtagIsA304() {
        Response r = given().queryParam("party", "KZ").when().get(CALENDAR).then().statusCode(200)
                .header("ETag", matchesPattern("\"[0-9a-f]{32}\"")).header("Cache-Control", containsString("max-age=")).extract().response();
        String etag = r.header("ETag");
        given().queryParam("party", "KZ").header("If-None-Match", etag).when().get(CALENDAR).then().statusCode(304)
                .header("ETag", is(etag)).body(emptyString());
        given().queryParam("party", "KZ").header("If-None-Match", "W/" + etag).when().get(CALENDAR).then().statusCode(304);
        given().queryParam("party", "KZ").header("If-None-Match", "\"something-else\", " + etag).when().get(CALENDAR).then().statusCode(304);
        given().queryParam("party", "KZ").header("If-None-Match", "\"something-else\"").when().get(CALENDAR).then().statusCode(200)
                .header("ETag", is(etag));
        // another filter is another calendar with another validator
        given().queryParam("kind", "ROADMAP").header("If-None-Match", etag).when().get(CALENDAR).then().statusCode(200)
                .header("ETag", not(etag));
    }

    @Test
    void filtersSelectTheSameAgreementsAsTheList() throws Exception {
        for (Map<String, String> query : List.of(Map.of("kind", "ROADMAP"), Map.of("status", "IN_FORCE", "party", "BY"),
                Map.of("inForceOn", "2020-06-01", "party", "KZ"), Map.of("q", "roadmap"), Map.of("area", "TRADE", "party", "KZ"))) {
            List<Map<String, Object>> listed = given().queryParams(query).queryParam("size", 200).when().get(AGREEMENTS)
                    .then().statusCode(200).extract().path("items");
            assertFalse(listed.isEmpty(), "seeded agreements match " + query);
            assertEventsMatch(listed, byUid(parse(calendar(query))));
        }
        assertTrue(byUid(parse(calendar(Map.of("party", "KZ", "signedFrom", "2099-01-01")))).isEmpty(), "nothing matches: a valid calendar without events");
    }

    @Test
    void badFiltersAreProblemsNamingTheParameter() {
        given().queryParam("kind", "NAPKIN").accept("text/calendar").when().get(CALENDAR).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("kind"));
        given().queryParam("signedFrom", "2020-01-01").queryParam("signedTo", "2019-01-01").when().get(CALENDAR).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("signedTo"));
        given().queryParam("inForceOn", "2020-02-30").when().get(CALENDAR).then().statusCode(400)
                .contentType("application/problem+json").body(containsString("inForceOn"));
        given().queryParam("party", "XX").when().get(CALENDAR).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("party"));
    }

    @Test
    void onlyTheCalendarFormatIsOffered() {
        given().accept("application/json").when().get(CALENDAR).then().statusCode(406).contentType("application/problem+json")
                .body("status", is(406));
        given().accept("*/*").when().get(CALENDAR).then().statusCode(200).contentType(startsWith("text/calendar"))
                .body(startsWith("BEGIN:VCALENDAR\r\n")).body(endsWith("END:VCALENDAR\r\n"));
    }
}
