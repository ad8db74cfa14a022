package org.bilateral.trade.api.sdmx;

/** Examples of the SDMX answers for the OpenAPI document, drawn from the seeded figures. */
final class SdmxExamples {

    private SdmxExamples() {
    }

    static final String DATA_EXAMPLE_GENERIC = "<mes:GenericData …><mes:DataSet structureRef=\"BILATERAL_DSD_TRADE_1_0\"><gen:Series>"
            + "<gen:SeriesKey><gen:Value id=\"REPORTER\" value=\"BY\"/><gen:Value id=\"PARTNER\" value=\"KZ\"/><gen:Value id=\"REGION\" value=\"_T\"/>"
            + "<gen:Value id=\"FLOW\" value=\"TURNOVER\"/><gen:Value id=\"COMMODITY\" value=\"_T\"/><gen:Value id=\"FREQ\" value=\"A\"/></gen:SeriesKey>"
            + "<gen:Obs><gen:ObsDimension value=\"2018\"/><gen:ObsValue value=\"896.1\"/><gen:Attributes><gen:Value id=\"UNIT\" value=\"USD\"/>"
            + "<gen:Value id=\"UNIT_MULT\" value=\"6\"/><gen:Value id=\"OBS_STATUS\" value=\"A\"/><gen:Value id=\"QUALIFIER\" value=\"EXACT\"/><gen:Value id=\"SOURCE\" value=\"000_86346d2b20f6c8b6\"/>"
            + "</gen:Attributes></gen:Obs></gen:Series></mes:DataSet></mes:GenericData>";
    static final String DATA_EXAMPLE_SS = "<mes:StructureSpecificData …><mes:DataSet ss:structureRef=\"BILATERAL_DSD_TRADE_1_0\" xsi:type=\"ns1:DataSetType\">"
            + "<Series REPORTER=\"BY\" PARTNER=\"KZ\" REGION=\"_T\" FLOW=\"TURNOVER\" COMMODITY=\"_T\" FREQ=\"A\">"
            + "<Obs TIME_PERIOD=\"2018\" OBS_VALUE=\"896.1\" UNIT=\"USD\" UNIT_MULT=\"6\" OBS_STATUS=\"A\" QUALIFIER=\"EXACT\" SOURCE=\"000_86346d2b20f6c8b6\"/>"
            + "</Series></mes:DataSet></mes:StructureSpecificData>";
    static final String DATA_EXAMPLE_CSV = "DATAFLOW,REPORTER,PARTNER,REGION,FLOW,COMMODITY,FREQ,TIME_PERIOD,OBS_VALUE,UNIT,UNIT_MULT,OBS_STATUS,QUALIFIER,SOURCE\r\n"
            + "BILATERAL:TRADE(1.0),BY,KZ,_T,TURNOVER,_T,A,2018,896.1,USD,6,A,EXACT,000_86346d2b20f6c8b6\r\n"
            + "BILATERAL:TRADE(1.0),BY,KZ,BY-MA,TURNOVER,_T,M2,2018-01-01/P2M,9.5,USD,6,E,APPROXIMATE,002_34b32cad6ca1fef4\r\n";
    static final String DATA_EXAMPLE_JSON = "{\"header\":{\"id\":\"IREF…\",\"test\":false,\"prepared\":\"2026-01-01T00:00:00Z\",\"sender\":{\"id\":\"BILATERAL\"}},"
            + "\"dataSets\":[{\"action\":\"Information\",\"series\":{\"0:0:0:0:0:0\":{\"attributes\":[],\"observations\":{\"0\":[896.1,0,0,0,0,0]}}}}],"
            + "\"structure\":{\"dimensions\":{\"series\":[{\"id\":\"REPORTER\",\"keyPosition\":0,\"values\":[{\"id\":\"BY\",\"name\":\"Belarus\"}]}],"
            + "\"observation\":[{\"id\":\"TIME_PERIOD\",\"role\":\"time\",\"values\":[{\"id\":\"2018\",\"name\":\"2018\"}]}]}}}";
    static final String STRUCTURE_EXAMPLE = "<mes:Structure …><mes:Structures><str:Dataflows><str:Dataflow id=\"TRADE\" agencyID=\"BILATERAL\" version=\"1.0\">"
            + "<com:Name xml:lang=\"en\">Bilateral trade figures</com:Name><str:Structure><Ref id=\"DSD_TRADE\" agencyID=\"BILATERAL\" version=\"1.0\"/>"
            + "</str:Structure></str:Dataflow></str:Dataflows></mes:Structures></mes:Structure>";
    static final String ERROR_EXAMPLE = "<mes:Error xmlns:mes=\"http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message\" "
            + "xmlns:com=\"http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common\"><mes:ErrorMessage code=\"140\">"
            + "<com:Text xml:lang=\"en\">Syntax error</com:Text><com:Text xml:lang=\"en\">Key 'BY.KZ' has 2 dot-separated parts; …</com:Text>"
            + "</mes:ErrorMessage></mes:Error>";
}
