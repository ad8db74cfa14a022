package org.bilateral.trade.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.bilateral.support.problem.Problem;
import org.bilateral.support.request.RequestIds;
import org.bilateral.trade.api.model.ImportProblem;
import org.bilateral.trade.api.model.RowErrorView;
import org.bilateral.trade.importing.ImportRejectedException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A refused import answers with its bad rows (line, field, message), not only field names. */
public class ImportProblemMapper {

    @ServerExceptionMapper
    public Response rejected(ImportRejectedException e, UriInfo uri, HttpHeaders headers) {
        ImportProblem body = new ImportProblem(e.type().uri(), e.title(), e.status(),
                e.getMessage(), uri.getPath(), RequestIds.of(headers),
                e.rows().stream().map(r -> new RowErrorView(r.line(), r.field(), r.message())).toList(), e.errorCount());
        return Response.status(e.status()).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
