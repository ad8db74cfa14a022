package org.bilateral.agreements.api;

/**
 * Whole-body request examples of the agreement writes. Each succeeds on a freshly seeded platform, so "Try it out"
 * works as shown: the create example is an agreement the seeds do not hold (title and signing date are the natural
 * key, a 409 otherwise), and the replace example is a valid edit of seeded agreement 1 (the 2026 cooperation
 * agreement), named in the path parameter's example and in the example's {@value #PATH_PARAMETERS} extension. The e2e
 * test RequestExamplesIT executes them all.
 */
final class AgreementExamples {

    /** Extension of an Example Object: the path parameter values the example is written for. */
    static final String PATH_PARAMETERS = "x-path-parameters";

    static final String CREATE_SUMMARY = "A planned memorandum between Mogilev Oblast and West Kazakhstan Region";
    static final String CREATE = """
            {"title":"Memorandum of cooperation between Mogilev Oblast and West Kazakhstan Region",\
            "summary":"Interregional memorandum on joint projects of businesses of the two regions, to come out of the business \
            meeting both sides agreed to hold by the end of 2018.",\
            "kind":"MEMORANDUM","recordedStatus":"PLANNED",\
            "parties":[{"country":"BY","organisation":"Mogilev Oblast administration"},\
            {"country":"KZ","organisation":"West Kazakhstan Region administration"}],\
            "areas":["INTERREGIONAL","INVESTMENT"],\
            "sources":[{"source":"002_34b32cad6ca1fef4","locator":"p6"}],\
            "note":"Our assumption, not stated by the source: doc 002 p6 reports only the agreed business meeting of the two regions \
            and its aim of discussing specific joint projects; a memorandum is the usual outcome of such a meeting. No date or place \
            of signing is known."}""";

    static final String REPLACE_SUMMARY = "Seeded agreement 1 (cooperation through 2026) with its summary and note reworded";
    static final String REPLACE_PATH = "{\"id\":1}";
    static final String REPLACE = """
            {"title":"Agreement between Belarus and Kazakhstan on social and economic cooperation through 2026",\
            "summary":"Interstate framework agreement that sets the strategic areas of Belarusian-Kazakh social and economic \
            cooperation up to the end of 2026; the 2019 reports name it the main document of the bilateral legal base.",\
            "kind":"INTERSTATE","recordedStatus":"IN_FORCE",\
            "parties":[{"country":"BY"},{"country":"KZ"}],\
            "signed":{"date":"2017-01-01","precision":"YEAR"},\
            "validity":{"until":"2026-12-31"},\
            "areas":["ECONOMIC","SOCIAL"],\
            "sources":[{"source":"001_880c9c4a9254a351","locator":"p2"},{"source":"003_4eb3927503200398","locator":"p3"},\
            {"source":"000_86346d2b20f6c8b6","locator":"p7"},{"source":"004_7047c9f966aa55ab","locator":"p5"}],\
            "note":"Signed in 2017 (doc 003 p3); only the year is known and no document names the place. No start of validity \
            is given; 'through 2026' is read as valid until 31 December 2026. Recorded as in force because the 2019 reports \
            (doc 000 p7, doc 004 p5) present it as the central document of the current legal base."}""";

    private AgreementExamples() {
    }
}
