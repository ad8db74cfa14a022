package org.bilateral.trade.api.sdmx;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import org.bilateral.trade.service.SdmxFigures;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Trade figures over the SDMX 2.1 RESTful API: structure queries for the dataflow, data structure,
 * code lists and concept scheme, and data queries answering SDMX-ML generic and structure-specific
 * data, SDMX-CSV 1.0 and SDMX-JSON 1.0 by Accept. Errors are SDMX-ML error messages.
 */
@Path("/api/v1/trade/sdmx")
@Tag(name = "SDMX", description = "Trade figures over the SDMX 2.1 RESTful API, for SDMX clients (sdmx-dl, sdmx1/pandasdmx, rsdmx)")
// the format is chosen here from Accept (SDMX media types with their version parameter), so an
// unsupported Accept is an SDMX error message rather than the framework's plain 406
@Produces(MediaType.WILDCARD)
@APIResponse(responseCode = "200", description = "SDMX-ML 2.1 structure message",
        content = {
                @Content(mediaType = SdmxMediaTypes.STRUCTURE, example = SdmxExamples.STRUCTURE_EXAMPLE),
                @Content(mediaType = SdmxMediaTypes.XML, example = SdmxExamples.STRUCTURE_EXAMPLE)})
@APIResponse(responseCode = "400", description = "SDMX error 140: not an SDMX structure path, references or detail value",
        content = @Content(mediaType = SdmxMediaTypes.XML, examples = @ExampleObject(name = "syntax", value = SdmxExamples.ERROR_EXAMPLE)))
@APIResponse(responseCode = "404", description = "SDMX error 100: no such artefact",
        content = @Content(mediaType = SdmxMediaTypes.XML, examples = @ExampleObject(name = "noResults", value = SdmxExamples.ERROR_EXAMPLE)))
@APIResponse(responseCode = "406", description = "Accept names no SDMX-ML structure type",
        content = @Content(mediaType = SdmxMediaTypes.XML, examples = @ExampleObject(name = "notAcceptable", value = SdmxExamples.ERROR_EXAMPLE)))
@APIResponse(responseCode = "501", description = "SDMX error 501: an SDMX structure resource or detail this service does not offer",
        content = @Content(mediaType = SdmxMediaTypes.XML, examples = @ExampleObject(name = "notImplemented", value = SdmxExamples.ERROR_EXAMPLE)))
public class SdmxStructureResource {

    private static final Set<String> STRUCTURE_RESOURCES = Set.of("dataflow", "datastructure", "codelist", "conceptscheme", "structure");
    private static final Set<String> OTHER_SDMX_RESOURCES = Set.of("metadatastructure", "categoryscheme", "hierarchicalcodelist",
            "organisationscheme", "agencyscheme", "dataproviderscheme", "dataconsumerscheme", "organisationunitscheme",
            "reportingtaxonomy", "provisionagreement", "structureset", "process", "categorisation", "contentconstraint",
            "actualconstraint", "allowedconstraint", "attachmentconstraint", "metadataflow", "metadata", "schema");
    private static final List<String> REFERENCES = List.of("none", "parents", "parentsandsiblings", "children", "descendants", "all");

    private final SdmxFigures figures;

    SdmxStructureResource(SdmxFigures figures) {
        this.figures = figures;
    }

    // ---------------------------------------------------------------- structure

    @GET
    @Path("/{resource}")
    @Operation(operationId = "sdmxStructures", summary = "SDMX structures of a kind", description = "Same as /{resource}/all/all/latest.")
    public Response structuresOfKind(@Parameter(description = "dataflow, datastructure, codelist, conceptscheme or structure", schema = @Schema(type = SchemaType.STRING, enumeration = {"dataflow", "datastructure", "codelist", "conceptscheme", "structure"}), example = "dataflow")
            @PathParam("resource") String resource,
            @Parameter(description = "none, parents, parentsandsiblings, children, descendants, all, or a structure type", schema = @Schema(type = SchemaType.STRING, enumeration = {"none", "parents", "parentsandsiblings", "children", "descendants", "all",
                    "dataflow", "datastructure", "codelist", "conceptscheme", "structure"}), example = "children")
            @QueryParam("references") String references,
            @Parameter(description = "full (the only detail offered)", schema = @Schema(type = SchemaType.STRING, enumeration = "full"), example = "full") @QueryParam("detail") String detail,
            @Parameter(description = "SDMX media type", example = SdmxMediaTypes.STRUCTURE) @HeaderParam("Accept") String accept) {
        return structure(resource, "all", "all", "latest", references, detail, accept);
    }

    @GET
    @Path("/{resource}/{agencyID}")
    @Operation(operationId = "sdmxStructuresOfAgency", summary = "SDMX structures of an agency", description = "Same as /{resource}/{agencyID}/all/latest.")
    public Response structuresOfAgency(@Parameter(description = "dataflow, datastructure, codelist, conceptscheme or structure", schema = @Schema(type = SchemaType.STRING, enumeration = {"dataflow", "datastructure", "codelist", "conceptscheme", "structure"}), example = "codelist")
            @PathParam("resource") String resource,
            @Parameter(description = "Maintenance agency: BILATERAL or all", example = "BILATERAL") @PathParam("agencyID") String agencyId,
            @Parameter(description = "none, parents, parentsandsiblings, children, descendants, all, or a structure type", schema = @Schema(type = SchemaType.STRING, enumeration = {"none", "parents", "parentsandsiblings", "children", "descendants", "all",
                    "dataflow", "datastructure", "codelist", "conceptscheme", "structure"}), example = "none")
            @QueryParam("references") String references,
            @Parameter(description = "full (the only detail offered)", schema = @Schema(type = SchemaType.STRING, enumeration = "full"), example = "full") @QueryParam("detail") String detail,
            @Parameter(description = "SDMX media type", example = SdmxMediaTypes.STRUCTURE) @HeaderParam("Accept") String accept) {
        return structure(resource, agencyId, "all", "latest", references, detail, accept);
    }

    @GET
    @Path("/{resource}/{agencyID}/{resourceID}")
    @Operation(operationId = "sdmxStructure", summary = "One SDMX structure, latest version", description = "Same as /{resource}/{agencyID}/{resourceID}/latest.")
    public Response structureLatest(@Parameter(description = "dataflow, datastructure, codelist, conceptscheme or structure", schema = @Schema(type = SchemaType.STRING, enumeration = {"dataflow", "datastructure", "codelist", "conceptscheme", "structure"}), example = "datastructure")
            @PathParam("resource") String resource,
            @Parameter(description = "Maintenance agency: BILATERAL or all", example = "BILATERAL") @PathParam("agencyID") String agencyId,
            @Parameter(description = "Artefact id or all: TRADE, DSD_TRADE, CS_TRADE, CL_AREA, CL_REGION, …", example = "DSD_TRADE") @PathParam("resourceID") String resourceId,
            @Parameter(description = "none, parents, parentsandsiblings, children, descendants, all, or a structure type", schema = @Schema(type = SchemaType.STRING, enumeration = {"none", "parents", "parentsandsiblings", "children", "descendants", "all",
                    "dataflow", "datastructure", "codelist", "conceptscheme", "structure"}), example = "descendants")
            @QueryParam("references") String references,
            @Parameter(description = "full (the only detail offered)", schema = @Schema(type = SchemaType.STRING, enumeration = "full"), example = "full") @QueryParam("detail") String detail,
            @Parameter(description = "SDMX media type", example = SdmxMediaTypes.STRUCTURE) @HeaderParam("Accept") String accept) {
        return structure(resource, agencyId, resourceId, "latest", references, detail, accept);
    }

    @GET
    @Path("/{resource}/{agencyID}/{resourceID}/{version}")
    @Operation(operationId = "sdmxStructureVersion", summary = "SDMX structure query",
            description = "SDMX-ML 2.1 structure message. resource is dataflow (TRADE), datastructure (DSD_TRADE), codelist (CL_AREA, CL_REGION, "
                    + "CL_FLOW, CL_COMMODITY, CL_FREQ, CL_UNIT, CL_UNIT_MULT, CL_OBS_STATUS, CL_QUALIFIER, CL_SOURCE), conceptscheme (CS_TRADE) or structure (all "
                    + "of them). Code lists are built from the figures (the codes in use) and the service's enums. references adds related "
                    + "artefacts: children/descendants (what it uses), parents (what uses it), all. Other SDMX resources answer 501.")
    public Response structure(@Parameter(description = "dataflow, datastructure, codelist, conceptscheme or structure", schema = @Schema(type = SchemaType.STRING, enumeration = {"dataflow", "datastructure", "codelist", "conceptscheme", "structure"}), example = "dataflow")
            @PathParam("resource") String resource,
            @Parameter(description = "Maintenance agency: BILATERAL or all", example = "BILATERAL") @PathParam("agencyID") String agencyId,
            @Parameter(description = "Artefact id or all", example = "TRADE") @PathParam("resourceID") String resourceId,
            @Parameter(description = "1.0, latest or all", example = "latest") @PathParam("version") String version,
            @Parameter(description = "none, parents, parentsandsiblings, children, descendants, all, or a structure type", schema = @Schema(type = SchemaType.STRING, enumeration = {"none", "parents", "parentsandsiblings", "children", "descendants", "all",
                    "dataflow", "datastructure", "codelist", "conceptscheme", "structure"}), example = "all")
            @QueryParam("references") String references,
            @Parameter(description = "full (the only detail offered)", schema = @Schema(type = SchemaType.STRING, enumeration = "full"), example = "full") @QueryParam("detail") String detail,
            @Parameter(description = "SDMX media type", example = SdmxMediaTypes.STRUCTURE) @HeaderParam("Accept") String accept) {
        String contentType = SdmxMediaTypes.negotiate(accept, SdmxMediaTypes.STRUCTURES);
        if (OTHER_SDMX_RESOURCES.contains(resource)) {
            throw SdmxException.notImplemented("Structure resource '" + resource + "' is not offered; this service has "
                    + "dataflow, datastructure, codelist, conceptscheme and structure");
        }
        if (!STRUCTURE_RESOURCES.contains(resource)) {
            throw SdmxException.syntax("'" + resource + "' is not an SDMX structure resource");
        }
        if (!SdmxRequests.ID.matcher(agencyId).matches() || !SdmxRequests.ID.matcher(resourceId).matches()
                || !(version.equals("all") || version.equals("latest") || version.matches("\\d+(\\.\\d+)*"))) {
            throw SdmxException.syntax("Structure path /" + resource + "/" + agencyId + "/" + resourceId + "/" + version
                    + " is not /resource/agencyID/resourceID/version (ids, or all; version a number, latest or all)");
        }
        if (detail != null && !detail.equals("full")) {
            if (List.of("allstubs", "referencestubs", "allcompletestubs", "referencecompletestubs", "referencepartial").contains(detail)) {
                throw SdmxException.notImplemented("detail=" + detail + " is not offered; structures come in full");
            }
            throw SdmxException.syntax("detail '" + detail + "' is not an SDMX structure detail");
        }
        String refs = references == null ? "none" : references;
        if (!REFERENCES.contains(refs) && !STRUCTURE_RESOURCES.contains(refs)) {
            throw SdmxException.syntax("references '" + refs + "' must be one of " + REFERENCES + " or a structure type");
        }
        boolean anyAgency = agencyId.equals("all") || agencyId.equals(SdmxModel.AGENCY);
        boolean anyVersion = version.equals("all") || version.equals("latest") || version.equals(SdmxModel.VERSION);
        Map<String, SdmxModel.Codelist> codelists = SdmxModel.codelists(figures.codes());
        SdmxStructureWriter.Contents contents = anyAgency && anyVersion ? select(resource, resourceId, refs, codelists)
                : new SdmxStructureWriter.Contents(false, false, false, List.of());
        if (contents.isEmpty()) {
            throw SdmxException.noResults("No " + resource + " " + agencyId + "/" + resourceId + "/" + version);
        }
        StreamingOutput body = out -> xml(() -> SdmxStructureWriter.write(out, contents, codelists));
        return Response.ok(body, contentType + ";charset=UTF-8").header("Vary", "Accept").build();
    }

    /** The artefacts a structure query names, with the references it asks for. */
    private static SdmxStructureWriter.Contents select(String resource, String id, String refs, Map<String, SdmxModel.Codelist> codelists) {
        boolean all = id.equals("all");
        boolean flow = false;
        boolean dsd = false;
        boolean cs = false;
        List<String> lists = new ArrayList<>();
        switch (resource) {
            case "structure" -> {
                return all ? new SdmxStructureWriter.Contents(true, true, true, new ArrayList<>(codelists.keySet()))
                        : new SdmxStructureWriter.Contents(false, false, false, List.of());
            }
            case "dataflow" -> flow = all || id.equals(SdmxModel.DATAFLOW);
            case "datastructure" -> dsd = all || id.equals(SdmxModel.DSD);
            case "conceptscheme" -> cs = all || id.equals(SdmxModel.CONCEPTS);
            case "codelist" -> codelists.keySet().stream().filter(c -> all || c.equals(id)).forEach(lists::add);
            default -> throw new IllegalStateException(resource);
        }
        if (!flow && !dsd && !cs && lists.isEmpty()) {
            return new SdmxStructureWriter.Contents(false, false, false, List.of());
        }
        boolean hasLists = !lists.isEmpty();
        if (STRUCTURE_RESOURCES.contains(refs)) {
            // a type name as references: the related artefacts of that type (here every artefact is related)
            return new SdmxStructureWriter.Contents(flow || refs.equals("dataflow"), dsd || refs.equals("datastructure"),
                    cs || refs.equals("conceptscheme"), refs.equals("codelist") ? new ArrayList<>(codelists.keySet()) : lists);
        }
        // the graph: dataflow → data structure → concept scheme and code lists; "all" is parents, siblings and descendants
        boolean down = refs.equals("children") || refs.equals("descendants") || refs.equals("all");
        boolean deep = refs.equals("descendants") || refs.equals("all");
        boolean up = refs.equals("parents") || refs.equals("parentsandsiblings") || refs.equals("all");
        boolean siblings = refs.equals("parentsandsiblings") || refs.equals("all");
        boolean addFlow = flow || (dsd && up);
        boolean addDsd = dsd || (flow && down) || ((cs || hasLists) && up);
        boolean everyList = (dsd && down) || (flow && deep) || ((cs || hasLists) && siblings);
        boolean addCs = cs || (dsd && down) || (flow && deep) || (hasLists && siblings);
        List<String> chosen = everyList ? new ArrayList<>(codelists.keySet()) : lists;
        return new SdmxStructureWriter.Contents(addFlow, addDsd, addCs, chosen);
    }


    @FunctionalInterface
    private interface XmlWrite {
        void run() throws XMLStreamException;
    }

    private static void xml(XmlWrite write) throws IOException {
        try {
            write.run();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

}
