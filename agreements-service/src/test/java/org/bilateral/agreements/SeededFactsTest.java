package org.bilateral.agreements;

import static io.restassured.RestAssured.given;
import static org.bilateral.agreements.AgreementFixtures.AGREEMENTS;
import static org.bilateral.agreements.AgreementFixtures.seededId;
import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import org.bilateral.testsupport.DevTokens;
import org.junit.jupiter.api.Test;

/** The facts of the five source documents are served as seeded, each with its provenance. */
@QuarkusTest
class SeededFactsTest {

    @Test
    void theEurasianEconomicUnionTreatyCarriesItsExactSigningDate() {
        long id = seededId("Eurasian Economic Union");
        given().when().get(AGREEMENTS + "/" + id).then().statusCode(200)
                .body("kind", is("MULTILATERAL_TREATY"))
                .body("signed.date", is("2014-05-29")).body("signed.precision", is("DAY"))
                .body("status", is("IN_FORCE"))
                .body("parties.country", hasItems("BY", "KZ"))
                .body("sources.source", hasItems("000_86346d2b20f6c8b6", "003_4eb3927503200398"))
                .body("sources.find { it.source == '000_86346d2b20f6c8b6' }.locator", is("p7"))
                // our own words, not the wording of doc 000 p7
                .body("summary", not(containsString("as its own")));
    }

    @Test
    void theFreeTradeZoneAgreementOf2011IsRegistered() {
        long id = seededId("Free trade zone");
        given().when().get(AGREEMENTS + "/" + id).then().statusCode(200)
                .body("signed.date", is("2011-10-18")).body("signed.precision", is("DAY"))
                .body("areas", contains("TRADE"))
                .body("sources[0].source", is("000_86346d2b20f6c8b6")).body("sources[0].locator", is("p7"))
                .body("summary", containsString("same treatment as Belarusian ones"))
                .body("summary", not(containsString("as its own")));
    }

    @Test
    void theRoadmapRunsTwoYearsBetweenTheGovernmentsAndHasExpired() {
        long id = seededId("Roadmap");
        given().when().get(AGREEMENTS + "/" + id).then().statusCode(200)
                .body("kind", is("ROADMAP"))
                .body("validity.from", is("2019-01-01")).body("validity.until", is("2020-12-31"))
                .body("signed.date", is("2018-01-01")).body("signed.precision", is("YEAR"))
                .body("recordedStatus", is("IN_FORCE")).body("status", is("EXPIRED"))
                .body("parties.organisation", hasItems("Government of the Republic of Belarus", "Government of the Republic of Kazakhstan"))
                .body("sources.source", containsInAnyOrder("003_4eb3927503200398", "004_7047c9f966aa55ab"));
    }

    @Test
    void theInterstateAgreementThrough2026IsInForceAndItsProgrammeImplementsIt() {
        long agreement = seededId("Agreement between Belarus and Kazakhstan on social and economic cooperation");
        long programme = seededId("programme of social and economic cooperation");
        given().when().get(AGREEMENTS + "/" + agreement).then().statusCode(200)
                .body("kind", is("INTERSTATE")).body("status", is("IN_FORCE"))
                .body("signed.date", is("2017-01-01")).body("signed.precision", is("YEAR"))
                .body("validity.until", is("2026-12-31"))
                .body("sources", hasSize(4));
        given().when().get(AGREEMENTS + "/" + programme).then().statusCode(200)
                .body("kind", is("PROGRAMME")).body("status", is("SIGNED"))
                .body("relations[0].type", is("IMPLEMENTS")).body("relations[0].agreementId", is((int) agreement));
        given().when().get(AGREEMENTS + "/" + agreement + "/relations").then().statusCode(200)
                .body("agreementId", is((int) agreement))
                .body("outgoing", empty())
                .body("incoming", hasSize(1))
                .body("incoming[0].type", is("IMPLEMENTS")).body("incoming[0].agreementId", is((int) programme))
                .body("incoming[0].kind", is("PROGRAMME")).body("incoming[0].exists", is(true));
        given().when().get(AGREEMENTS + "/" + programme + "/relations").then().statusCode(200)
                .body("outgoing[0].agreementId", is((int) agreement)).body("outgoing[0].status", is("IN_FORCE"))
                .body("incoming", empty());
    }

    @Test
    void thePlannedPackageForThePresidentialVisitIsPlannedWithoutDate() {
        long id = seededId("Package of documents");
        given().when().get(AGREEMENTS + "/" + id).then().statusCode(200)
                .body("status", is("PLANNED")).body("kind", nullValue())
                .body("signed.date", nullValue()).body("signed.place", is("Kazakhstan"))
                .body("sources[0].locator", is("p6"));
    }

    @Test
    void everySeededAgreementHasAtLeastOneSource() {
        given().queryParam("party", "KZ").queryParam("size", 200).when().get(AGREEMENTS).then().statusCode(200)
                .body("totalItems", greaterThanOrEqualTo(6))
                .body("items.findAll { it.sources.size() == 0 }", empty())
                .body("items.findAll { it.parties.size() == 0 }", empty());
    }

    @Test
    void statisticsPutTheRegisteredCountsBesideBothClaimedCountsWithTheirSources() {
        int total = given().when().get(AGREEMENTS).then().extract().path("totalItems");
        int roadmaps = given().queryParam("kind", "ROADMAP").when().get(AGREEMENTS).then().extract().path("totalItems");
        int expired = given().queryParam("status", "EXPIRED").when().get(AGREEMENTS).then().extract().path("totalItems");
        given().when().get(AGREEMENTS + "/statistics").then().statusCode(200)
                .body("registered.total", is(total))
                .body("registered.byKind.ROADMAP", is(roadmaps))
                .body("registered.byKind.keySet()", hasItems("INTERSTATE", "MEMORANDUM", "UNSPECIFIED"))
                .body("registered.byStatus.EXPIRED", is(expired))
                .body("registered.byStatus.keySet()", hasItems("PLANNED", "SIGNED", "IN_FORCE", "EXPIRED", "TERMINATED"))
                .body("claimed", hasSize(2))
                .body("claimed.find { it.claim.count == 65 }.claim.qualifier", is("MORE_THAN"))
                .body("claimed.find { it.claim.count == 65 }.claim.source.source", is("000_86346d2b20f6c8b6"))
                .body("claimed.find { it.claim.count == 65 }.claim.source.locator", is("p7"))
                .body("claimed.find { it.claim.count == 65 }.claim.kinds", contains("INTERSTATE", "INTERGOVERNMENTAL", "INTERAGENCY"))
                .body("claimed.find { it.claim.count == 65 }.statedOn", is("2019-08-24"))
                .body("claimed.find { it.claim.count == 60 }.claim.source.source", is("004_7047c9f966aa55ab"))
                .body("claimed.find { it.claim.count == 60 }.claim.source.locator", is("p5"))
                .body("claimed.find { it.claim.count == 60 }.registeredOfClaimedKinds", is(total));
        given().when().get(AGREEMENTS + "/claims").then().statusCode(200)
                .body("count", containsInAnyOrder(65, 60));
    }

    @Test
    void theFiveSourceDocumentsAreListedWithTheirPublicationDates() {
        given().when().get(AGREEMENTS + "/sources").then().statusCode(200)
                .body("id", contains("000_86346d2b20f6c8b6", "001_880c9c4a9254a351", "002_34b32cad6ca1fef4", "003_4eb3927503200398",
                        "004_7047c9f966aa55ab"))
                .body("find { it.id == '001_880c9c4a9254a351' }.publishedOnInferred", is(true));
        given().accept("text/csv").when().get(AGREEMENTS + "/sources").then().statusCode(200)
                .contentType(containsString("text/csv")).body(containsString("000_86346d2b20f6c8b6"));
    }

    @Test
    void theTradeCommissionIsSeededWithItsCoChairAndSessions() {
        String trade = "find { it.name.contains('intergovernmental commission') }";
        given().when().get(AGREEMENTS + "/commissions").then().statusCode(200)
                .body("", hasSize(2))
                .body(trade + ".coChairs[0].name", is("Aleksandr Turchin"))
                .body(trade + ".coChairs[0].source.locator", is("p2"))
                .body(trade + ".sessions.status", contains("HELD", "SCHEDULED"))
                .body(trade + ".sessions[0].place", is("Minsk"))
                .body(trade + ".sessions[1].date", is("2019-10-01")).body(trade + ".sessions[1].precision", is("MONTH"));
        int id = given().when().get(AGREEMENTS + "/commissions").then().extract().path(trade + ".id");
        given().when().get(AGREEMENTS + "/commissions/" + id).then().statusCode(200).header("ETag", is("\"1\""))
                .body("parties.country", contains("BY", "KZ"));
        given().queryParam("party", "PL").when().get(AGREEMENTS + "/commissions").then().statusCode(200).body("", empty());
        given().when().get(AGREEMENTS + "/commissions/987654").then().statusCode(404).contentType("application/problem+json");
        given().queryParam("party", "ZZ").when().get(AGREEMENTS + "/commissions").then().statusCode(400).body("errors[0].field", is("party"));
    }

    @Test
    void theSupremeEurasianEconomicCouncilIsToMeetInAstanaInMay2019() {
        String council = "find { it.name == 'Supreme Eurasian Economic Council' }";
        given().when().get(AGREEMENTS + "/commissions").then().statusCode(200)
                .body(council + ".parties.country", contains("BY", "KZ"))
                .body(council + ".coChairs", empty())
                .body(council + ".sessions", hasSize(1))
                .body(council + ".sessions[0].date", is("2019-05-01"))
                .body(council + ".sessions[0].precision", is("MONTH"))
                .body(council + ".sessions[0].place", is("Astana"))
                .body(council + ".sessions[0].status", is("SCHEDULED"))
                .body(council + ".sessions[0].source", is(java.util.Map.of("source", "003_4eb3927503200398", "locator", "p5")));
    }

    @Test
    void thePrimeMinistersMetOn13August2017() {
        given().queryParam("kind", "MEETING").when().get(AGREEMENTS + "/events").then().statusCode(200)
                .body("totalItems", is(1))
                .body("items[0].title", is("Meeting of the prime ministers of Belarus and Kazakhstan"))
                .body("items[0].status", is("HELD"))
                .body("items[0].date", is("2017-08-13")).body("items[0].precision", is("DAY"))
                .body("items[0].participants.name", contains("Andrei Kobyakov", "Bakytzhan Sagintayev"))
                .body("items[0].participants.country", contains("BY", "KZ"))
                .body("items[0].participants.source.locator", everyItem(is("p1")))
                .body("items[0].sources[0]", is(java.util.Map.of("source", "001_880c9c4a9254a351", "locator", "p1")))
                // the year is not in the source: the record says it is inferred
                .body("items[0].note", containsString("2017 is our inference"));
    }

    @Test
    void theAmbassadorsVisitToMogilevOblastWasHisFirstToABelarusianRegion() {
        given().queryParam("kind", "VISIT").when().get(AGREEMENTS + "/events").then().statusCode(200)
                .body("totalItems", is(1))
                .body("items[0].date", is("2018-04-04"))
                .body("items[0].place", is("Mogilev Oblast"))
                .body("items[0].summary", containsString("first visit to a Belarusian region"))
                .body("items[0].sources", hasItem(java.util.Map.of("source", "002_34b32cad6ca1fef4", "locator", "p3")))
                .body("items[0].participants.find { it.role == 'VISITOR' }.name", is("Yermukhamet Yertysbayev"))
                // Domanevsky's title, cited to doc 002 p1
                .body("items[0].participants.find { it.name == 'Vladimir Domanevsky' }.office", is("Governor of Mogilev Oblast"))
                .body("items[0].participants.find { it.name == 'Vladimir Domanevsky' }.source",
                        is(java.util.Map.of("source", "002_34b32cad6ca1fef4", "locator", "p1")));
    }

    @Test
    void theMillOfSuccessForumIsDueInMogilevOn29And30JuneWithTheKazakhSideInvited() {
        given().queryParam("kind", "FORUM").when().get(AGREEMENTS + "/events").then().statusCode(200)
                .body("totalItems", is(1))
                .body("items[0].title", containsString("Mill of Success"))
                .body("items[0].status", is("SCHEDULED"))
                .body("items[0].date", is("2018-06-29")).body("items[0].endDate", is("2018-06-30"))
                .body("items[0].place", is("Mogilev"))
                .body("items[0].participants.find { it.role == 'INVITER' }.name", is("Vladimir Domanevsky"))
                .body("items[0].participants.findAll { it.role == 'INVITED' }.country", contains("KZ", "KZ"))
                .body("items[0].participants.findAll { it.role == 'INVITED' }.name",
                        hasItem("Yermukhamet Yertysbayev"))
                .body("items[0].participants.source.locator", everyItem(is("p6")))
                // no source says who organises the forum
                .body("items[0].participants.role", not(hasItem("HOST")))
                .body("items[0].note", containsString("No source says who organises"));
    }

    @Test
    void theFirstDeputyForeignMinisterSpokeAtAFunctionOn11December2018() {
        given().queryParam("kind", "RECEPTION").when().get(AGREEMENTS + "/events").then().statusCode(200)
                .body("totalItems", is(1))
                .body("items[0].date", is("2018-12-11")).body("items[0].precision", is("DAY"))
                .body("items[0].title", containsString("Independence Day"))
                .body("items[0].participants[0].name", is("Andrei Yeudachenka"))
                .body("items[0].participants[0].role", is("SPEAKER"))
                .body("items[0].participants[0].office", is("First Deputy Minister of Foreign Affairs of Belarus"))
                .body("items[0].sources[0]", is(java.util.Map.of("source", "003_4eb3927503200398", "locator", "p1")));
    }

    @Test
    void eventsArePagedInDateOrderAndFilteredByParticipantCountry() {
        given().when().get(AGREEMENTS + "/events").then().statusCode(200)
                .body("totalItems", is(4))
                .body("items.date", contains("2017-08-13", "2018-04-04", "2018-06-29", "2018-12-11"))
                .body("items.sources", everyItem(not(empty())));
        given().queryParam("size", 1).queryParam("page", 1).queryParam("sort", "-date").when().get(AGREEMENTS + "/events")
                .then().statusCode(200)
                .header("Link", allOf(containsString("rel=\"next\""), containsString("rel=\"prev\"")))
                .body("totalPages", is(4)).body("items", hasSize(1)).body("items[0].date", is("2018-06-29"));
        // only the reception has no Kazakh participant
        given().queryParam("country", "KZ").when().get(AGREEMENTS + "/events").then().statusCode(200)
                .body("totalItems", is(3)).body("items.kind", not(hasItem("RECEPTION")));
        given().queryParam("country", "PL").when().get(AGREEMENTS + "/events").then().statusCode(200).body("totalItems", is(0));
    }

    @Test
    void oneEventIsServedWithItsVersionAndUnknownOnesOrBadFiltersAreProblems() {
        int id = given().queryParam("kind", "FORUM").when().get(AGREEMENTS + "/events").then().extract().path("items[0].id");
        given().when().get(AGREEMENTS + "/events/" + id).then().statusCode(200).header("ETag", is("\"1\""))
                .body("id", is(id)).body("kind", is("FORUM"));
        given().when().get(AGREEMENTS + "/events/987654").then().statusCode(404).contentType("application/problem+json");
        given().queryParam("kind", "PARTY").when().get(AGREEMENTS + "/events").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("kind"));
        given().queryParam("country", "ZZ").when().get(AGREEMENTS + "/events").then().statusCode(400).body("errors[0].field", is("country"));
        given().queryParam("sort", "place").when().get(AGREEMENTS + "/events").then().statusCode(400).body("errors[0].field", is("sort"));
        given().queryParam("asOf", "2000-01-01T00:00:00Z").when().get(AGREEMENTS + "/events").then().statusCode(200)
                .body("totalItems", is(0));
    }

    @Test
    void theSeedImportRanOnceAndAnAdminReimportAddsNothing() {
        given().queryParam("since", 0).queryParam("limit", 1000).when().get(AGREEMENTS + "/changes").then().statusCode(200)
                .body("items.findAll { it.resource == 'agreements' && it.actor == 'seed' }.size()", is(6))
                .body("items.findAll { it.resource == 'claims' && it.actor == 'seed' }.size()", is(2))
                .body("items.findAll { it.resource == 'commissions' && it.actor == 'seed' }.size()", is(2))
                .body("items.findAll { it.resource == 'events' && it.actor == 'seed' }.size()", is(4));
        given().auth().oauth2(DevTokens.admin()).when().post(AGREEMENTS + "/admin/seed-import").then().statusCode(200)
                .body("sources", is(0)).body("agreements", is(0)).body("claims", is(0)).body("commissions", is(0)).body("events", is(0));
        given().auth().oauth2(DevTokens.editor()).when().post(AGREEMENTS + "/admin/seed-import").then().statusCode(403);
        given().when().post(AGREEMENTS + "/admin/seed-import").then().statusCode(401);
    }
}
