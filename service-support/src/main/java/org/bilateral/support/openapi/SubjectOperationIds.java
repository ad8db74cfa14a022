package org.bilateral.support.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;

/**
 * Endpoints written once and inherited by every service (webhook subscriptions) carry {@link #SUBJECT} in their
 * operation ids; the id gets the service's subject, the first word of the operation's tag ("Trade webhooks" gives
 * {@code createTradeSubscription}), because the tag rule already names the subject and clients generated from the
 * merged document need one id per service.
 */
public final class SubjectOperationIds {

    /** The placeholder, a constant so that annotations can concatenate it. */
    public static final String SUBJECT = "{subject}";

    private SubjectOperationIds() {
    }

    static void apply(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, op) -> name(path, op)));
    }

    private static void name(String path, Operation op) {
        String id = op.getOperationId();
        if (id == null || !id.contains(SUBJECT)) {
            return;
        }
        List<String> tags = op.getTags();
        String tag = tags == null || tags.isEmpty() ? "" : tags.get(0).strip();
        if (tag.isEmpty()) {
            // a build-time failure: the id would be ambiguous in the merged document
            throw new IllegalStateException("operation " + id + " at " + path + " needs a tag naming its subject");
        }
        String subject = tag.split("\\s+", 2)[0];
        op.setOperationId(id.replace(SUBJECT, Character.toUpperCase(subject.charAt(0)) + subject.substring(1)));
    }
}
