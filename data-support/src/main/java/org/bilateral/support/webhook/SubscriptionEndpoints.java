package org.bilateral.support.webhook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.bilateral.support.openapi.SubjectOperationIds;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The webhook subscription endpoints, the same in every service: a service's resource extends this with only its
 * {@code @Path} and {@code @Tag}. The operation ids name the subject through {@link SubjectOperationIds}, so the
 * merged document keeps one id per service.
 */
public abstract class SubscriptionEndpoints {

    /**
     * The scheme {@code quarkus.smallrye-openapi.security-scheme-name} names. Stated here because the automatic
     * requirement Quarkus derives from {@code @RolesAllowed} misses methods a resource inherits (quarkusio/quarkus#54312).
     */
    private static final String BEARER = "bearer";

    private final Subscriptions subscriptions;

    protected SubscriptionEndpoints(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @SecurityRequirement(name = BEARER, scopes = "editor")
    @Operation(operationId = "create" + SubjectOperationIds.SUBJECT + "Subscription", summary = "Subscribe a callback URL to changes",
            description = "Every later change the filter wants is POSTed to the URL, one per request, signed per Standard Webhooks "
                    + "(webhook-id, webhook-timestamp, webhook-signature). The secret is in this answer only.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubscriptionInput.class),
            examples = @ExampleObject(name = "localReceiver", summary = SubscriptionInput.EXAMPLE_SUMMARY, value = SubscriptionInput.EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; the answer carries the signing secret once")
    public Response create(SubscriptionInput input, @Context UriInfo uri) {
        SubscriptionView created = subscriptions.create(input);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build()).entity(created).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @SecurityRequirement(name = BEARER, scopes = "editor")
    @Operation(operationId = "list" + SubjectOperationIds.SUBJECT + "Subscriptions", summary = "The caller's subscriptions (every one, for an admin)",
            description = "A subscription belongs to the subject of the token that created it; only it and admins see it. "
                    + "Secrets are never shown again.")
    public List<SubscriptionView> list() {
        return subscriptions.list();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @SecurityRequirement(name = BEARER, scopes = "editor")
    @Operation(operationId = "get" + SubjectOperationIds.SUBJECT + "Subscription", summary = "One subscription with its delivery state",
            description = "Where delivery stands: the last change delivered, failures in a row, and why it paused if it did.")
    public SubscriptionView get(@Parameter(description = "Subscription id", example = "1") @PathParam("id") long id) {
        return subscriptions.get(id);
    }

    @DELETE
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @SecurityRequirement(name = BEARER, scopes = "editor")
    @Operation(operationId = "delete" + SubjectOperationIds.SUBJECT + "Subscription", summary = "Stop and remove a subscription",
            description = "No delivery starts after this; one already in flight may still arrive.")
    @APIResponse(responseCode = "204", description = "Removed")
    public void delete(@Parameter(description = "Subscription id", example = "1") @PathParam("id") long id) {
        subscriptions.delete(id);
    }

    @POST
    @Path("{id}/resume")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @SecurityRequirement(name = BEARER, scopes = "editor")
    @Operation(operationId = "resume" + SubjectOperationIds.SUBJECT + "Subscription", summary = "Resume a paused subscription",
            description = "Deliveries start again now at the change they stopped on, in order.")
    public SubscriptionView resume(@Parameter(description = "Subscription id", example = "1") @PathParam("id") long id) {
        return subscriptions.resume(id);
    }

    @GET
    @Path("{id}/deliveries")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @SecurityRequirement(name = BEARER, scopes = "editor")
    @Operation(operationId = "list" + SubjectOperationIds.SUBJECT + "SubscriptionDeliveries", summary = "The last delivery attempts, newest first",
            description = "Status code, latency and error of each attempt.")
    public List<DeliveryView> deliveries(@Parameter(description = "Subscription id", example = "1") @PathParam("id") long id,
            @Parameter(description = "Most attempts to return, 1 to 100", example = "20") @QueryParam("limit") Integer limit) {
        return subscriptions.deliveries(id, limit);
    }
}
