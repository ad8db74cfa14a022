package org.bilateral.support.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * List operations whose pages carry a validator (data-support's list-page memory) declare a 304 with
 * {@link #NOT_MODIFIED} as its description; here that becomes what a client needs: the ETag, Cache-Control and Vary
 * headers of the 200 and the ETag of the 304. Written once rather than on every list's annotations.
 */
public final class PageValidatorDocs {

    /** The description of such a list's 304, which marks it. */
    public static final String NOT_MODIFIED = "Unchanged since the ETag named in If-None-Match: nothing was written to the "
            + "service since this page was read; no body";

    private PageValidatorDocs() {
    }

    static void apply(OpenAPI openAPI) {
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, op) -> document(op)));
    }

    private static void document(Operation op) {
        APIResponse notModified = op.getResponses() == null ? null : op.getResponses().getAPIResponse("304");
        APIResponse ok = op.getResponses() == null ? null : op.getResponses().getAPIResponse("200");
        if (notModified == null || ok == null || !NOT_MODIFIED.equals(notModified.getDescription())) {
            return;
        }
        ok.addHeader("ETag", header("Weak validator of this page of the current rows (none with asOf): the data's position and the format. "
                + "Any write to the service changes it; send it back in If-None-Match for a 304 while nothing changed."));
        ok.addHeader("Cache-Control", header("no-cache: keep the page, but ask again (If-None-Match) before using it"));
        ok.addHeader("Vary", header("Accept: each format of a page has its own ETag"));
        notModified.addHeader("ETag", header("The same validator"));
    }

    private static Header header(String description) {
        return OASFactory.createHeader().description(description).schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)));
    }
}
