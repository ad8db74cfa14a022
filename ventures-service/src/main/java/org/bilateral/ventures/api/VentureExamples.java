package org.bilateral.ventures.api;

/**
 * Whole-body request examples of the venture and organisation writes. Each succeeds on a freshly seeded platform, so
 * "Try it out" works as shown: the create examples are records the seeds do not hold (names are unique per country,
 * a 409 otherwise), and the replace examples are valid edits of seeded venture 1 (MAZ assembly at Astana Motors) and
 * seeded organisation 1 (MAZ), named in the path parameter's example and in the example's {@value #PATH_PARAMETERS}
 * extension. The e2e test RequestExamplesIT executes them all.
 */
final class VentureExamples {

    /** Extension of an Example Object: the path parameter values the example is written for. */
    static final String PATH_PARAMETERS = "x-path-parameters";
    static final String ID_1 = "{\"id\":1}";

    static final String CREATE_VENTURE_SUMMARY = "Tractor assembly, one of the eight joint plants the sources count";
    static final String CREATE_VENTURE = """
            {"name":"Assembly of Belarusian tractors in Kazakhstan","kind":"JOINT_ASSEMBLY_PLANT","status":"OPERATING",\
            "hostCountry":"KZ",\
            "partners":[{"name":"Belarusian tractor makers (not named by the source)","country":"BY","role":"SUPPLIER"},\
            {"name":"Kazakh assemblers (not named by the source)","country":"KZ","role":"ASSEMBLER"}],\
            "sectors":["AGRICULTURAL_MACHINERY"],"products":[{"name":"Tractors","hsCode":"8701"}],\
            "stage":"Assembling in 2017; Belarus aimed to widen the range and raise output",\
            "notes":"Our reading, not a plant the sources name: doc 001 p5 counts eight joint plants in Kazakhstan assembling \
            Belarusian machinery and names tractors among what they assemble; doc 004 p8 repeats the count. Which plant, where \
            and since when is not said.",\
            "sources":[{"source":"001_880c9c4a9254a351","locator":"p5"},{"source":"004_7047c9f966aa55ab","locator":"p8"}]}""";

    static final String REPLACE_VENTURE_SUMMARY = "Seeded venture 1 (MAZ assembly at Astana Motors) with products and notes reworded";
    static final String REPLACE_VENTURE = """
            {"name":"MAZ vehicle assembly at Astana Motors","kind":"JOINT_ASSEMBLY_PLANT","status":"OPERATING","hostCountry":"KZ",\
            "location":{"city":"Almaty","region":"KZ-75","latitude":43.222,"longitude":76.8512,\
            "coordinatesNote":"Centre of Almaty; the source names the city only."},\
            "partners":[{"organisationId":1,"name":"MAZ","country":"BY","role":"LICENSOR"},\
            {"organisationId":2,"name":"Astana Motors","country":"KZ","role":"ASSEMBLER"}],\
            "sectors":["AUTOMOTIVE"],"products":[{"name":"MAZ products (motor vehicles)"}],\
            "startYear":2017,"stage":"Assembly launched in 2017",\
            "notes":"The Belarusian prime minister named it in August 2017 as the continuation of industrial cooperation \
            after the industrial park; the source does not say which MAZ models are assembled.",\
            "relatedAgreementIds":[],"sources":[{"source":"001_880c9c4a9254a351","locator":"p6"}]}""";

    static final String CREATE_ORGANISATION_SUMMARY = "West Kazakhstan Region's administration, the Kazakh side of a regional business meeting";
    static final String CREATE_ORGANISATION = """
            {"name":"West Kazakhstan Region administration","country":"KZ","kind":"GOVERNMENT_BODY",\
            "note":"Regional authority of West Kazakhstan Region, whose businesses were to meet those of Mogilev Oblast by the end \
            of 2018 to discuss joint projects (doc 002 p6). The source names the region, not its administration or seat.",\
            "sources":[{"source":"002_34b32cad6ca1fef4","locator":"p6"}]}""";

    static final String REPLACE_ORGANISATION_SUMMARY = "Seeded organisation 1 (MAZ) with only what the sources state";
    static final String REPLACE_ORGANISATION = """
            {"name":"MAZ","country":"BY","kind":"MANUFACTURER",\
            "note":"Belarusian maker of motor vehicles; its products are assembled by Astana Motors in Almaty since 2017 \
            (doc 001 p6), and the Kazakh ambassador said nearly every Kazakh region needs them (doc 000 p5).",\
            "sources":[{"source":"001_880c9c4a9254a351","locator":"p6"},{"source":"000_86346d2b20f6c8b6","locator":"p5"}]}""";

    private VentureExamples() {
    }
}
