package org.bilateral.trade.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;

/**
 * The annotation scanner reads an example that starts with '{' as one JSON value, which would turn
 * the NDJSON example into its first line only; this puts the lines back as the text they are.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BOTH)
public class ImportExampleFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        PathItem item = openAPI.getPaths().getPathItem("/api/v1/trade/figures/import");
        if (item == null || item.getPOST() == null || item.getPOST().getRequestBody() == null
                || item.getPOST().getRequestBody().getContent() == null) {
            return;
        }
        var ndjson = item.getPOST().getRequestBody().getContent().getMediaType(FigureImportResource.ImportFormatTypes.NDJSON);
        if (ndjson != null && ndjson.getExamples() != null && ndjson.getExamples().get("ndjson") != null) {
            ndjson.getExamples().get("ndjson").setValue(FigureImportResource.NDJSON_EXAMPLE);
        }
    }
}
