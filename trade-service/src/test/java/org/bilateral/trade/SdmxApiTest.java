package org.bilateral.trade;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.xml.XmlPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;

/** The SDMX 2.1 REST interface against the seeded figures: same values as the JSON API, valid messages, every format. */
@QuarkusTest
class SdmxApiTest extends TestDatabase {

    static final String SDMX = "/api/v1/trade/sdmx";
    static final String GENERIC = "application/vnd.sdmx.genericdata+xml;version=2.1";
    static final String SS = "application/vnd.sdmx.structurespecificdata+xml;version=2.1";
    static final String CSV = "application/vnd.sdmx.data+csv;version=1.0.0";
    static final String JSON = "application/vnd.sdmx.data+json;version=1.0.0";
    static final String STRUCTURE = "application/vnd.sdmx.structure+xml;version=2.1";
    static final List<String> COLUMNS = List.of("DATAFLOW", "REPORTER", "PARTNER", "REGION", "FLOW", "COMMODITY", "FREQ", "TIME_PERIOD",
            "OBS_VALUE", "UNIT", "UNIT_MULT", "OBS_STATUS", "QUALIFIER", "SOURCE");

    private static Schema schema;

    @BeforeAll
    static void loadOfficialSchemas() throws Exception {
        // the official SDMX-ML 2.1 schemas as shipped on Maven Central (com.epam.deltix:SDMX2-1)
        String base = "schemaorg_apache_xmlbeans/src/";
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setResourceResolver(new OfficialSchemas(base));
        var message = SdmxApiTest.class.getClassLoader().getResource(base + "SDMXMessage.xsd");
        assertNotNull(message, "SDMXMessage.xsd on the test class path");
        schema = factory.newSchema(new StreamSource(message.openStream(), message.toExternalForm()));
    }

    static void assertValid(String xml) {
        try {
            schema.newValidator().validate(new StreamSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new AssertionError("not valid SDMX-ML 2.1: " + e.getMessage() + "\n" + xml.substring(0, Math.min(xml.length(), 3000)), e);
        }
    }

    /** Every seeded figure with a value, as the JSON API lists it. */
    static List<Map<String, Object>> jsonFigures() {
        List<Map<String, Object>> all = new ArrayList<>();
        int page = 0;
        while (true) {
            var body = given().queryParam("size", 200).queryParam("page", page).queryParam("reporter", "BY").queryParam("partner", "KZ")
                    .when().get("/api/v1/trade/figures").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = body.getList("items");
            all.addAll(items);
            if (++page >= body.getInt("totalPages")) {
                return all;
            }
        }
    }

    static String key(Map<String, Object> f) {
        return f.get("reporter") + "." + f.get("partner") + "." + (f.get("region") == null ? "_T" : f.get("region")) + "." + f.get("flow")
                + "." + (f.get("commodity") == null ? "_T" : f.get("commodity")) + ".";
    }

    @SuppressWarnings("unchecked")
    static BigDecimal amount(Map<String, Object> f) {
        Map<String, Object> value = (Map<String, Object>) f.get("value");
        return value == null ? null : new BigDecimal(value.get("amount").toString());
    }

    @SuppressWarnings("unchecked")
    static String sourceOf(Map<String, Object> f) {
        Object s = f.get("source");
        if (s instanceof Map<?, ?> m) {
            return (String) ((Map<String, Object>) m).get("source");
        }
        if (f.get("sources") instanceof List<?> l && !l.isEmpty()) {
            return (String) ((Map<String, Object>) l.get(0)).get("source");
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    static String periodStart(Map<String, Object> f) {
        return (String) ((Map<String, Object>) f.get("period")).get("start");
    }

    static List<CSVRecord> csv(String path, Map<String, ?> params) throws Exception {
        String body = given().accept(CSV).queryParams(params).when().get(path).then().statusCode(200)
                .contentType(CSV).extract().asString();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(new StringReader(body))) {
            assertEquals(COLUMNS, parser.getHeaderNames());
            return parser.getRecords();
        }
    }

    @Test
    void everyFigureTheJsonApiServesIsInTheSdmxAnswerOfItsSourceWithTheSameValue() throws Exception {
        List<Map<String, Object>> figures = jsonFigures();
        assertTrue(figures.size() >= 14, "the seeded figures: " + figures.size());
        int checked = 0;
        for (Map<String, Object> f : figures) {
            BigDecimal amount = amount(f);
            String source = sourceOf(f);
            assertNotNull(source, "figure names its source: " + f);
            if (amount == null) {
                continue; // growth-only figures have no value, hence no observation
            }
            List<CSVRecord> rows = csv(SDMX + "/data/TRADE/" + key(f) + "/BILATERAL," + source, Map.of());
            String start = periodStart(f);
            List<CSVRecord> same = rows.stream().filter(r -> r.get("TIME_PERIOD").startsWith(start.substring(0, 4))
                    && periodMatches(r.get("TIME_PERIOD"), f)).toList();
            assertEquals(1, same.size(), "one observation for figure " + f.get("id") + " in " + rows);
            assertEquals(0, amount.compareTo(new BigDecimal(same.get(0).get("OBS_VALUE"))), "value of figure " + f.get("id"));
            assertEquals(source, same.get(0).get("SOURCE"));
            checked++;
        }
        assertTrue(checked >= 12, "figures with a value checked: " + checked);
    }

    @SuppressWarnings("unchecked")
    static boolean periodMatches(String timePeriod, Map<String, Object> f) {
        Map<String, Object> p = (Map<String, Object>) f.get("period");
        String start = (String) p.get("start");
        String end = (String) p.get("end");
        String year = start.substring(0, 4);
        if (timePeriod.contains("/")) {
            return timePeriod.startsWith(start + "/");
        }
        if (timePeriod.equals(year)) {
            return start.endsWith("-01-01") && end.equals(year + "-12-31");
        }
        if (timePeriod.equals(year + "-S1")) {
            return start.endsWith("-01-01") && end.equals(year + "-06-30");
        }
        if (timePeriod.equals(year + "-S2")) {
            return start.endsWith("-07-01") && end.equals(year + "-12-31");
        }
        return timePeriod.length() == 7 && start.startsWith(timePeriod);
    }

    @Test
    void withoutAProviderEachKeyCarriesThePreferredValueAndTheOthersStayReachableByProvider() throws Exception {
        // 2018 turnover: 896.1 (one source) and 896 (another); the rule prefers more decimal places
        List<CSVRecord> preferred = csv(SDMX + "/data/BILATERAL,TRADE,1.0/BY.KZ._T.TURNOVER._T.A", Map.of("startPeriod", "2018", "endPeriod", "2018"));
        assertEquals(1, preferred.size(), preferred.toString());
        assertEquals("896.1", preferred.get(0).get("OBS_VALUE"));
        assertEquals("000_86346d2b20f6c8b6", preferred.get(0).get("SOURCE"));
        List<CSVRecord> other = csv(SDMX + "/data/TRADE/BY.KZ._T.TURNOVER._T.A/004_7047c9f966aa55ab", Map.of("startPeriod", "2018", "endPeriod", "2018"));
        assertEquals("896", other.get(0).get("OBS_VALUE"));
        // the preferred value is also the one the series analytics use
        var series = given().queryParam("flow", "TURNOVER").when().get("/api/v1/trade/series").then().statusCode(200).extract().jsonPath();
        assertEquals(0, new BigDecimal("896.1").compareTo(new BigDecimal(series.getString("points.find { it.period.label == '2018' }.value"))));
    }

    @Test
    void periodsAreYearsHalvesAndTimeRangesNeverDropped() throws Exception {
        // the seeded pair only: other test classes add figures for other pairs
        List<CSVRecord> all = csv(SDMX + "/data/TRADE/BY.KZ..../all", Map.of());
        List<String> periods = all.stream().map(r -> r.get("FREQ") + " " + r.get("TIME_PERIOD")).toList();
        assertTrue(periods.contains("A 2018"), periods.toString());
        assertTrue(periods.contains("S 2017-S1"), periods.toString());
        assertTrue(periods.contains("S 2019-S1"), periods.toString());
        // January–February 2018 for Mogilev region: a two-month ISO 8601 time range
        CSVRecord mogilev = all.stream().filter(r -> r.get("REGION").equals("BY-MA")).findFirst().orElseThrow();
        assertEquals("M2", mogilev.get("FREQ"));
        assertEquals("2018-01-01/P2M", mogilev.get("TIME_PERIOD"));
        assertEquals("9.5", mogilev.get("OBS_VALUE"));
        // "about 9.5": SDMX's estimated value, and which kind of estimate in our own attribute
        assertEquals("E", mogilev.get("OBS_STATUS"));
        assertEquals("APPROXIMATE", mogilev.get("QUALIFIER"));
        // an exact figure is a normal value
        CSVRecord turnover2018 = all.stream().filter(r -> r.get("FREQ").equals("A") && r.get("TIME_PERIOD").equals("2018")
                && r.get("FLOW").equals("TURNOVER") && r.get("REGION").equals("_T")).findFirst().orElseThrow();
        assertEquals("A", turnover2018.get("OBS_STATUS"));
        assertEquals("EXACT", turnover2018.get("QUALIFIER"));
        // every key of the seeds appears once: 14 seeded figures, 2 growth-only, 2 keys reported twice
        assertEquals(10, all.size(), periods.toString());
    }

    @Test
    void keySyntaxSelectsWithPlusAndEmptyParts() throws Exception {
        List<CSVRecord> rows = csv(SDMX + "/data/TRADE/BY.KZ._T.EXPORT+IMPORT._T.", Map.of());
        assertFalse(rows.isEmpty());
        assertTrue(rows.stream().allMatch(r -> r.get("FLOW").equals("EXPORT") || r.get("FLOW").equals("IMPORT")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.get("FLOW").equals("IMPORT")));
        List<CSVRecord> latest = csv(SDMX + "/data/TRADE/BY.KZ._T.TURNOVER._T.", Map.of("lastNObservations", "1"));
        assertEquals(2, latest.size(), "one per frequency series: " + latest);
        assertTrue(latest.stream().anyMatch(r -> r.get("TIME_PERIOD").equals("2019-S1")));
        List<CSVRecord> first = csv(SDMX + "/data/TRADE/BY.KZ._T.TURNOVER._T.S", Map.of("firstNObservations", "1"));
        assertEquals(List.of("2017-S1"), first.stream().map(r -> r.get("TIME_PERIOD")).toList());
        List<CSVRecord> bounded = csv(SDMX + "/data/TRADE/BY.KZ._T.TURNOVER._T.", Map.of("startPeriod", "2018-01", "endPeriod", "2018-Q4"));
        assertEquals(List.of("2018"), bounded.stream().map(r -> r.get("TIME_PERIOD")).toList());
    }

    @Test
    void genericDataValidatesAgainstTheOfficialSchemasInBothShapesAndEveryDetail() {
        for (String dim : List.of("TIME_PERIOD", "AllDimensions")) {
            for (String detail : List.of("full", "dataonly", "serieskeysonly", "nodata")) {
                String xml = given().accept(GENERIC).queryParam("dimensionAtObservation", dim).queryParam("detail", detail)
                        .when().get(SDMX + "/data/TRADE/all/all").then().statusCode(200).contentType(GENERIC).extract().asString();
                assertValid(xml);
            }
        }
        String xml = given().accept(GENERIC).when().get(SDMX + "/data/TRADE/BY.KZ._T.TURNOVER._T.A").then().statusCode(200).extract().asString();
        XmlPath path = new XmlPath(xml);
        assertEquals("2018", path.getString("GenericData.DataSet.Series.Obs.find { it.ObsDimension.@value == '2018' }.ObsDimension.@value"));
        assertEquals("896.1", path.getString("GenericData.DataSet.Series.Obs.find { it.ObsDimension.@value == '2018' }.ObsValue.@value"));
        assertEquals("A", path.getString("GenericData.DataSet.Series.Obs.find { it.ObsDimension.@value == '2018' }"
                + ".Attributes.Value.find { it.@id == 'OBS_STATUS' }.@value"));
        assertEquals("EXACT", path.getString("GenericData.DataSet.Series.Obs.find { it.ObsDimension.@value == '2018' }"
                + ".Attributes.Value.find { it.@id == 'QUALIFIER' }.@value"));
    }

    @Test
    void structureSpecificDataCarriesTheSameObservations() {
        String xml = given().accept(SS).when().get(SDMX + "/data/TRADE/BY.KZ._T.TURNOVER._T.A").then().statusCode(200).contentType(SS)
                .extract().asString();
        XmlPath path = new XmlPath(xml);
        assertEquals("896.1", path.getString("StructureSpecificData.DataSet.Series.Obs.find { it.@TIME_PERIOD == '2018' }.@OBS_VALUE"));
        assertEquals("TURNOVER", path.getString("StructureSpecificData.DataSet.Series.@FLOW"));
        assertEquals("A", path.getString("StructureSpecificData.DataSet.Series.Obs.find { it.@TIME_PERIOD == '2018' }.@OBS_STATUS"));
        assertEquals("EXACT", path.getString("StructureSpecificData.DataSet.Series.Obs.find { it.@TIME_PERIOD == '2018' }.@QUALIFIER"));
        assertTrue(xml.contains("ObsLevelDim:TIME_PERIOD"), xml);
        String flat = given().accept(SS).queryParam("dimensionAtObservation", "AllDimensions").when().get(SDMX + "/data/TRADE")
                .then().statusCode(200).extract().asString();
        assertTrue(new XmlPath(flat).getList("StructureSpecificData.DataSet.Obs.@TIME_PERIOD").contains("2018-01-01/P2M"), flat);
    }

    @Test
    void sdmxJsonDataMessageHasTheStructureItsIndexesPointInto() throws Exception {
        String body = given().accept(JSON).when().get(SDMX + "/data/TRADE/BY.KZ._T.TURNOVER._T.A").then().statusCode(200).contentType(JSON)
                .extract().asString();
        JsonNode root = new ObjectMapper().readTree(body);
        assertFalse(root.path("header").path("prepared").asText().isEmpty());
        JsonNode seriesDims = root.path("structure").path("dimensions").path("series");
        assertEquals(List.of("REPORTER", "PARTNER", "REGION", "FLOW", "COMMODITY", "FREQ"), ids(seriesDims));
        JsonNode time = root.path("structure").path("dimensions").path("observation").get(0);
        assertEquals("TIME_PERIOD", time.path("id").asText());
        JsonNode attrs = root.path("structure").path("attributes").path("observation");
        assertEquals(List.of("UNIT", "UNIT_MULT", "OBS_STATUS", "QUALIFIER", "SOURCE"), ids(attrs));
        JsonNode series = root.path("dataSets").get(0).path("series");
        assertEquals(1, series.size());
        String key = series.fieldNames().next();
        String[] idx = key.split(":");
        assertEquals("TURNOVER", seriesDims.get(3).path("values").get(Integer.parseInt(idx[3])).path("id").asText());
        assertEquals("Belarus", seriesDims.get(0).path("values").get(Integer.parseInt(idx[0])).path("name").asText());
        Map<String, BigDecimal> byPeriod = new HashMap<>();
        series.get(key).path("observations").fields().forEachRemaining(e -> byPeriod.put(
                time.path("values").get(Integer.parseInt(e.getKey())).path("id").asText(), e.getValue().get(0).decimalValue()));
        assertEquals(0, new BigDecimal("896.1").compareTo(byPeriod.get("2018")), byPeriod.toString());
        JsonNode obs2018 = series.get(key).path("observations").get(Integer.toString(indexOf(time.path("values"), "2018")));
        assertEquals("A", attrs.get(2).path("values").get(obs2018.get(3).asInt()).path("id").asText());
        assertEquals("Normal value", attrs.get(2).path("values").get(obs2018.get(3).asInt()).path("name").asText());
        assertEquals("EXACT", attrs.get(3).path("values").get(obs2018.get(4).asInt()).path("id").asText());
    }

    static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.path("id").asText()));
        return ids;
    }

    static int indexOf(JsonNode values, String id) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).path("id").asText().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void structureMessagesValidateAndFollowReferences() {
        String flowOnly = structure("/dataflow/BILATERAL/TRADE/latest", null);
        assertValid(flowOnly);
        XmlPath flow = new XmlPath(flowOnly);
        assertEquals("TRADE", flow.getString("Structure.Structures.Dataflows.Dataflow.@id"));
        assertAbsent(flow.getString("Structure.Structures.DataStructures.DataStructure.@id"));
        XmlPath children = new XmlPath(structure("/dataflow/BILATERAL/TRADE/1.0", "children"));
        assertEquals("DSD_TRADE", children.getString("Structure.Structures.DataStructures.DataStructure.@id"));
        assertAbsent(children.getString("Structure.Structures.Codelists.Codelist[0].@id"));
        for (String refs : List.of("descendants", "all")) {
            String xml = structure("/dataflow/all/all/latest", refs);
            assertValid(xml);
            XmlPath p = new XmlPath(xml);
            assertEquals(List.of("REPORTER", "PARTNER", "REGION", "FLOW", "COMMODITY", "FREQ"),
                    p.getList("Structure.Structures.DataStructures.DataStructure.DataStructureComponents.DimensionList.Dimension.@id"));
            assertEquals(List.of("UNIT", "UNIT_MULT", "OBS_STATUS", "QUALIFIER", "SOURCE"),
                    p.getList("Structure.Structures.DataStructures.DataStructure.DataStructureComponents.AttributeList.Attribute.@id"));
            assertTrue(p.getList("Structure.Structures.Codelists.Codelist.@id").contains("CL_REGION"));
            assertEquals("CS_TRADE", p.getString("Structure.Structures.Concepts.ConceptScheme.@id"));
        }
        // code lists come from the data and the enums
        XmlPath regions = new XmlPath(structure("/codelist/BILATERAL/CL_REGION", null));
        assertEquals(List.of("_T", "BY-MA"), regions.getList("Structure.Structures.Codelists.Codelist.Code.@id"));
        XmlPath flows = new XmlPath(structure("/codelist/BILATERAL/CL_FLOW/latest", null));
        assertEquals(List.of("EXPORT", "IMPORT", "TURNOVER", "SERVICES", "INVESTMENT"), flows.getList("Structure.Structures.Codelists.Codelist.Code.@id"));
        XmlPath status = new XmlPath(structure("/codelist/all/CL_OBS_STATUS/all", null));
        // OBS_STATUS takes its codes from SDMX's cross-domain code list; our qualifier has a list of its own
        assertEquals(List.of("A", "E"), status.getList("Structure.Structures.Codelists.Codelist.Code.@id"));
        assertEquals(List.of("Normal value", "Estimated value"), status.getList("Structure.Structures.Codelists.Codelist.Code.Name"));
        XmlPath qualifier = new XmlPath(structure("/codelist/BILATERAL/CL_QUALIFIER/latest", null));
        assertEquals(List.of("EXACT", "APPROXIMATE", "AT_LEAST", "MORE_THAN"), qualifier.getList("Structure.Structures.Codelists.Codelist.Code.@id"));
        XmlPath dsd = new XmlPath(structure("/datastructure/BILATERAL/DSD_TRADE/latest", "children"));
        assertEquals("CL_OBS_STATUS", dsd.getString("Structure.Structures.DataStructures.DataStructure.DataStructureComponents.AttributeList"
                + ".Attribute.find { it.@id == 'OBS_STATUS' }.LocalRepresentation.Enumeration.Ref.@id"));
        assertEquals("CL_QUALIFIER", dsd.getString("Structure.Structures.DataStructures.DataStructure.DataStructureComponents.AttributeList"
                + ".Attribute.find { it.@id == 'QUALIFIER' }.LocalRepresentation.Enumeration.Ref.@id"));
        assertTrue(dsd.getList("Structure.Structures.Codelists.Codelist.@id").containsAll(List.of("CL_OBS_STATUS", "CL_QUALIFIER")));
        XmlPath areas = new XmlPath(structure("/codelist/BILATERAL/CL_AREA", null));
        assertTrue(areas.getList("Structure.Structures.Codelists.Codelist.Code.@id").containsAll(List.of("BY", "KZ")));
        XmlPath freq = new XmlPath(structure("/codelist/BILATERAL/CL_FREQ", null));
        assertEquals(List.of("A", "M2", "S"), freq.getList("Structure.Structures.Codelists.Codelist.Code.@id"));
        // parents: the data structure that uses a code list
        XmlPath parents = new XmlPath(structure("/codelist/BILATERAL/CL_FREQ", "parents"));
        assertEquals("DSD_TRADE", parents.getString("Structure.Structures.DataStructures.DataStructure.@id"));
        assertValid(structure("/conceptscheme/BILATERAL/CS_TRADE/1.0", "parentsandsiblings"));
        XmlPath dsdParents = new XmlPath(structure("/datastructure/BILATERAL/DSD_TRADE", "parents"));
        assertEquals("TRADE", dsdParents.getString("Structure.Structures.Dataflows.Dataflow.@id"));
        assertValid(structure("/structure/all/all/latest", null));
        assertValid(given().accept("application/xml").when().get(SDMX + "/datastructure").then().statusCode(200).extract().asString());
    }

    static void assertAbsent(String value) {
        assertTrue(value == null || value.isEmpty(), "not in the message: " + value);
    }

    static String structure(String path, String references) {
        var request = given().accept(STRUCTURE);
        if (references != null) {
            request = request.queryParam("references", references);
        }
        return request.when().get(SDMX + path).then().statusCode(200).contentType(STRUCTURE).extract().asString();
    }

    /** One SDMX error: status, content type, schema-valid message and code. */
    static String assertSdmxError(Response response, int status, int code) {
        String body = response.then().statusCode(status).contentType("application/xml").extract().asString();
        assertValid(body);
        assertEquals(Integer.toString(code), new XmlPath(body).getString("Error.ErrorMessage.@code"), body);
        return body;
    }

    @Test
    void everyErrorIsAnSdmxErrorMessageWithTheMappedStatus() {
        // 140 syntax error → 400
        String wrongLength = assertSdmxError(given().when().get(SDMX + "/data/TRADE/BY.KZ"), 400, 140);
        assertTrue(wrongLength.contains("REPORTER.PARTNER.REGION.FLOW.COMMODITY.FREQ"), wrongLength);
        assertSdmxError(given().when().get(SDMX + "/data/TRADE/BY.K%3BZ._T.TURNOVER._T.A"), 400, 140);
        assertSdmxError(given().queryParam("startPeriod", "2018-13").when().get(SDMX + "/data/TRADE/all"), 400, 140);
        assertSdmxError(given().queryParam("startPeriod", "2018-S3").when().get(SDMX + "/data/TRADE/all"), 400, 140);
        assertSdmxError(given().queryParam("endPeriod", "last year").when().get(SDMX + "/data/TRADE/all"), 400, 140);
        assertSdmxError(given().queryParam("firstNObservations", "0").when().get(SDMX + "/data/TRADE/all"), 400, 140);
        assertSdmxError(given().queryParam("lastNObservations", "x").when().get(SDMX + "/data/TRADE/all"), 400, 140);
        assertSdmxError(given().queryParam("detail", "everything").when().get(SDMX + "/data/TRADE/all"), 400, 140);
        assertSdmxError(given().queryParam("dimensionAtObservation", "NOPE").when().get(SDMX + "/data/TRADE/all"), 400, 140);
        assertSdmxError(given().when().get(SDMX + "/data/A,B,C,D/all"), 400, 140);
        assertSdmxError(given().queryParam("references", "cousins").when().get(SDMX + "/dataflow"), 400, 140);
        assertSdmxError(given().when().get(SDMX + "/flows/all/all/latest"), 400, 140);
        // 150 semantic error → 400
        String unknown = assertSdmxError(given().when().get(SDMX + "/data/TRADE/BY.XX._T.TURNOVER._T.A"), 400, 150);
        assertTrue(unknown.contains("PARTNER") && unknown.contains("XX"), unknown);
        assertSdmxError(given().when().get(SDMX + "/data/TRADE/BY.KZ._T.SMUGGLING._T.A"), 400, 150);
        assertSdmxError(given().queryParam("startPeriod", "2019").queryParam("endPeriod", "2018").when().get(SDMX + "/data/TRADE/all"), 400, 150);
        assertSdmxError(given().when().get(SDMX + "/data/TRADE/all/BILATERAL,NO_SUCH_SOURCE"), 400, 150);
        assertSdmxError(given().when().get(SDMX + "/data/TRADE/all/ECB,000_86346d2b20f6c8b6"), 400, 150);
        // updatedAfter: a malformed instant is a syntax error; after every recorded change nothing is left
        assertSdmxError(given().queryParam("updatedAfter", "yesterday").when().get(SDMX + "/data/TRADE/all"), 400, 140);
        assertSdmxError(given().queryParam("updatedAfter", "2999-01-01T00:00:00Z").when().get(SDMX + "/data/TRADE/BY.KZ._T.TURNOVER._T.A"), 404, 100);
        given().queryParam("updatedAfter", "2000-01-01").when().get(SDMX + "/data/TRADE/BY.KZ._T.TURNOVER._T.A").then().statusCode(200);
        // 100 no results → 404
        assertSdmxError(given().queryParam("startPeriod", "2030").when().get(SDMX + "/data/TRADE/BY.KZ._T.TURNOVER._T.A"), 404, 100);
        assertSdmxError(given().when().get(SDMX + "/data/ECB,EXR,1.0/all"), 404, 100);
        assertSdmxError(given().when().get(SDMX + "/dataflow/ECB/EXR/latest"), 404, 100);
        assertSdmxError(given().when().get(SDMX + "/codelist/BILATERAL/CL_NOPE"), 404, 100);
        assertSdmxError(given().when().get(SDMX + "/dataflow/BILATERAL/TRADE/2.0"), 404, 100);
        // 501 not implemented
        assertSdmxError(given().when().get(SDMX + "/categoryscheme/all/all/latest"), 501, 501);
        assertSdmxError(given().queryParam("dimensionAtObservation", "FLOW").when().get(SDMX + "/data/TRADE/all"), 501, 501);
        assertSdmxError(given().queryParam("detail", "allstubs").when().get(SDMX + "/dataflow"), 501, 501);
        // 406: no offered representation
        assertSdmxError(given().accept("application/vnd.sdmx.genericdata+xml;version=3.0.0").when().get(SDMX + "/data/TRADE/all"), 406, 406);
        assertSdmxError(given().accept("text/html").when().get(SDMX + "/data/TRADE/all"), 406, 406);
        assertSdmxError(given().accept("application/vnd.sdmx.data+json;version=1.0.0").when().get(SDMX + "/dataflow"), 406, 406);
    }

    @Test
    void acceptPicksTheFormatByQualityAndOrder() {
        given().accept("application/vnd.sdmx.data+json;version=1.0.0;q=0.5, application/vnd.sdmx.data+csv;version=1.0.0")
                .when().get(SDMX + "/data/TRADE/all").then().statusCode(200).contentType(CSV);
        given().accept("*/*").when().get(SDMX + "/data/TRADE/all").then().statusCode(200).contentType(GENERIC);
        given().accept(GENERIC + ", " + SS).when().get(SDMX + "/data/TRADE/all").then().statusCode(200).contentType(GENERIC);
        byte[] body = given().accept("application/xml").when().get(SDMX + "/data/TRADE/all").then().statusCode(200)
                .contentType("application/xml").extract().asByteArray();
        assertValid(new String(new ByteArrayInputStream(body).readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void theOpenApiDocumentListsEverySdmxPathWithItsMediaTypesAndExamples() throws Exception {
        JsonNode paths = new ObjectMapper().readTree(given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().asString()).path("paths");
        for (String path : List.of(SDMX + "/data/{flowRef}", SDMX + "/data/{flowRef}/{key}", SDMX + "/data/{flowRef}/{key}/{providerRef}")) {
            JsonNode ok = paths.path(path).path("get").path("responses").path("200").path("content");
            for (String type : List.of(GENERIC, SS, CSV, JSON)) {
                assertFalse(ok.path(type).path("example").isMissingNode(), path + " documents " + type + " with an example");
            }
            for (String status : List.of("400", "404", "406", "501")) {
                assertFalse(paths.path(path).path("get").path("responses").path(status).path("content").path("application/xml").isMissingNode(),
                        path + " documents SDMX error " + status);
            }
        }
        for (String path : List.of(SDMX + "/{resource}", SDMX + "/{resource}/{agencyID}", SDMX + "/{resource}/{agencyID}/{resourceID}",
                SDMX + "/{resource}/{agencyID}/{resourceID}/{version}")) {
            assertFalse(paths.path(path).path("get").path("responses").path("200").path("content").path(STRUCTURE).isMissingNode(), path);
        }
    }

    /** Resolves the imports between the official schema files from the class path; xml.xsd is not shipped with them. */
    record OfficialSchemas(String base) implements LSResourceResolver {
        static final String XML_XSD = "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" targetNamespace=\"http://www.w3.org/XML/1998/namespace\">"
                + "<xs:attribute name=\"lang\" type=\"xs:language\"/></xs:schema>";

        @Override
        public LSInput resolveResource(String type, String namespaceURI, String publicId, String systemId, String baseURI) {
            if (systemId == null) {
                return null;
            }
            String name = systemId.substring(systemId.lastIndexOf('/') + 1);
            if (name.equals("xml.xsd")) {
                return new Input(systemId, XML_XSD);
            }
            var url = SdmxApiTest.class.getClassLoader().getResource(base + name);
            if (url == null) {
                return null;
            }
            try (var in = url.openStream()) {
                return new Input(url.toExternalForm(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** A schema document handed to the validator as text. */
    static final class Input implements LSInput {
        private String systemId;
        private String data;

        Input(String systemId, String data) {
            this.systemId = systemId;
            this.data = data;
        }

        @Override public java.io.Reader getCharacterStream() { return null; }
        @Override public void setCharacterStream(java.io.Reader r) { }
        @Override public java.io.InputStream getByteStream() { return null; }
        @Override public void setByteStream(java.io.InputStream s) { }
        @Override public String getStringData() { return data; }
        @Override public void setStringData(String d) { data = d; }
        @Override public String getSystemId() { return systemId; }
        @Override public void setSystemId(String id) { systemId = id; }
        @Override public String getPublicId() { return null; }
        @Override public void setPublicId(String id) { }
        @Override public String getBaseURI() { return systemId; }
        @Override public void setBaseURI(String uri) { }
        @Override public String getEncoding() { return null; }
        @Override public void setEncoding(String e) { }
        @Override public boolean getCertifiedText() { return false; }
        @Override public void setCertifiedText(boolean c) { }
    }
}
