package org.bilateral.trade.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import java.util.function.Predicate;
import org.bilateral.support.codes.IsoCodes;
import org.bilateral.support.history.Change;
import org.bilateral.support.stream.ChangeStreams;
import org.bilateral.trade.api.model.CommodityView;
import org.bilateral.trade.api.model.FigureView;
import org.bilateral.trade.api.model.TargetView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/trade/changes/stream")
@Tag(name = "Trade changes", description = "Change feed for partners who sync")
public class ChangeStreamResource {

    private final ChangeStreams streams;

    ChangeStreamResource(ChangeStreams streams) {
        this.streams = streams;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(operationId = "streamTradeChanges", summary = "Live stream of changes",
            description = "Server-Sent Events: one event per change of figures, commodity listings and targets (id = feed cursor, "
                    + "event = '<entity>.<create|update|delete>', data = the same JSON as one item of /changes), a heartbeat comment "
                    + "when idle. Resume with Last-Event-ID (or since): what was missed is replayed in order, then changes arrive live. "
                    + "A consumer that reads too slowly gets a final 'cutoff' event whose id is where to resume; too many open "
                    + "streams for one client answer 429.")
    @APIResponse(responseCode = "200", description = "The stream",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(implementation = Change.class)))
    @APIResponse(responseCode = "429", description = "This client has as many streams open as it may",
            content = @Content(mediaType = "application/problem+json"))
    public void stream(@Context SseEventSink sink, @Context Sse sse,
            @Parameter(description = "Id of the last event received; replaces since", example = "17") @HeaderParam("Last-Event-ID") String lastEventId,
            @Parameter(description = "Cursor to start after: 0 for the beginning; without it (and Last-Event-ID) only new changes", example = "0") @QueryParam("since") Long since,
            @Parameter(description = "Only these entities: figures, commodities, targets (repeat or comma-separate)") @QueryParam("entity") List<String> entity,
            @Parameter(description = "Only records of this reporting (or exporting) country", example = "BY") @QueryParam("reporter") String reporter,
            @Parameter(description = "Only records with this partner (or importing) country", example = "KZ") @QueryParam("partner") String partner) {
        String r = IsoCodes.country("reporter", reporter);
        String p = IsoCodes.country("partner", partner);
        Predicate<Change> countries = c -> (r == null || r.equals(reporterOf(c.data()))) && (p == null || p.equals(partnerOf(c.data())));
        streams.open(sink, sse, new ChangeStreams.Request(lastEventId, since, entity, countries));
    }

    private static String reporterOf(Object data) {
        if (data instanceof FigureView f) {
            return f.reporter();
        }
        if (data instanceof TargetView t) {
            return t.reporter();
        }
        return data instanceof CommodityView c ? c.exporter() : null;
    }

    private static String partnerOf(Object data) {
        if (data instanceof FigureView f) {
            return f.partner();
        }
        if (data instanceof TargetView t) {
            return t.partner();
        }
        return data instanceof CommodityView c ? c.importer() : null;
    }
}
