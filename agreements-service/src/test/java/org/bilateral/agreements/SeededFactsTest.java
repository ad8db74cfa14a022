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
                .body("sources.find { it.source == '000_86346d2b20f6c8b6' }.locator", is("p7"));
    }

    @Test
    void theFreeTradeZoneAgreementOf2011IsRegistered() {
        long id = seededId("Free trade zone");
        given().when().get(AGREEMENTS + "/" + id).then().statusCode(200)
                .body("signed.date", is("2011-10-18")).body("signed.precision", is("DAY"))
                .body("areas", contains("TRADE"))
                .body("sources[0].source", is("000_86346d2b20f6c8b6")).body("sources[0].locator", is("p7"));
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
        given().when().get(AGREEMENTS + "/commissions").then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].name", containsString("intergovernmental commission"))
                .body("[0].coChairs[0].name", is("Aleksandr Turchin"))
                .body("[0].coChairs[0].source.locator", is("p2"))
                .body("[0].sessions.status", contains("HELD", "SCHEDULED"))
                .body("[0].sessions[0].place", is("Minsk"))
                .body("[0].sessions[1].date", is("2019-10-01")).body("[0].sessions[1].precision", is("MONTH"));
        int id = given().when().get(AGREEMENTS + "/commissions").then().extract().path("[0].id");
        given().when().get(AGREEMENTS + "/commissions/" + id).then().statusCode(200).header("ETag", is("\"1\""))
                .body("parties.country", contains("BY", "KZ"));
        given().queryParam("party", "PL").when().get(AGREEMENTS + "/commissions").then().statusCode(200).body("", empty());
        given().when().get(AGREEMENTS + "/commissions/987654").then().statusCode(404).contentType("application/problem+json");
        given().queryParam("party", "ZZ").when().get(AGREEMENTS + "/commissions").then().statusCode(400).body("errors[0].field", is("party"));
    }

    @Test
    void theSeedImportRanOnceAndAnAdminReimportAddsNothing() {
        given().queryParam("since", 0).queryParam("limit", 1000).when().get(AGREEMENTS + "/changes").then().statusCode(200)
                .body("items.findAll { it.resource == 'agreements' && it.actor == 'seed' }.size()", is(6))
                .body("items.findAll { it.resource == 'claims' && it.actor == 'seed' }.size()", is(2))
                .body("items.findAll { it.resource == 'commissions' && it.actor == 'seed' }.size()", is(1));
        given().auth().oauth2(DevTokens.admin()).when().post(AGREEMENTS + "/admin/seed-import").then().statusCode(200)
                .body("sources", is(0)).body("agreements", is(0)).body("claims", is(0)).body("commissions", is(0));
        given().auth().oauth2(DevTokens.editor()).when().post(AGREEMENTS + "/admin/seed-import").then().statusCode(403);
        given().when().post(AGREEMENTS + "/admin/seed-import").then().statusCode(401);
    }
}
