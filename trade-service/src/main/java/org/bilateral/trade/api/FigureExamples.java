package org.bilateral.trade.api;

/**
 * Whole-body request examples of the figure writes. Each succeeds on a freshly seeded platform, so "Try it out"
 * works as shown: the create example is a figure the seeds do not hold (a 409 otherwise), and the replace example is
 * a valid edit of seeded figure 1 (the 2018 turnover of document 000), named in the path parameter's example and in
 * the example's {@value #PATH_PARAMETERS} extension. The e2e test RequestExamplesIT executes them all.
 */
final class FigureExamples {

    /** Extension of an Example Object: the path parameter values the example is written for. */
    static final String PATH_PARAMETERS = "x-path-parameters";

    static final String CREATE_SUMMARY = "The 2017 turnover, derived from the 2018 figure and its growth";
    static final String CREATE = """
            {"reporter":"BY","partner":"KZ","flow":"TURNOVER",\
            "period":{"start":"2017-01-01","end":"2017-12-31","label":"2017"},\
            "value":{"amount":689,"unit":"USD","scale":6,"qualifier":"APPROXIMATE"},\
            "source":{"source":"000_86346d2b20f6c8b6","locator":"p7"},\
            "note":"Our inference, not stated by the source: 2018 turnover of 896.1 million was 30% up on 2017, \
            so 2017 was about 689 million."}""";

    static final String REPLACE_SUMMARY = "Seeded figure 1 (2018 turnover, document 000) with a note added";
    static final String REPLACE_PATH = "{\"id\":1}";
    static final String REPLACE = """
            {"reporter":"BY","partner":"KZ","flow":"TURNOVER",\
            "period":{"start":"2018-01-01","end":"2018-12-31","label":"2018"},\
            "value":{"amount":896.1,"unit":"USD","scale":6,"qualifier":"EXACT"},\
            "reportedChange":{"kind":"PERCENT","value":30,"qualifier":"EXACT"},\
            "source":{"source":"000_86346d2b20f6c8b6","locator":"p7"},\
            "note":"The source adds that trade kept growing in 2019, without giving a figure."}""";

    private FigureExamples() {
    }
}
