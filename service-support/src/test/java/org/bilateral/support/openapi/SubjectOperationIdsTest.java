package org.bilateral.support.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.junit.jupiter.api.Test;

class SubjectOperationIdsTest {

    private static OpenAPI withOperation(Operation op) {
        return OASFactory.createOpenAPI().paths(OASFactory.createPaths().addPathItem("/things", OASFactory.createPathItem().GET(op)));
    }

    @Test
    void aSharedOperationIdTakesTheFirstWordOfItsTag() {
        Operation op = OASFactory.createOperation().operationId("create" + SubjectOperationIds.SUBJECT + "Subscription")
                .tags(List.of("Trade webhooks"));
        SubjectOperationIds.apply(withOperation(op));
        assertEquals("createTradeSubscription", op.getOperationId());
    }

    @Test
    void aLowerCaseTagStillGivesACamelCaseId() {
        Operation op = OASFactory.createOperation().operationId("list" + SubjectOperationIds.SUBJECT + "Subscriptions").tags(List.of("venture webhooks"));
        SubjectOperationIds.apply(withOperation(op));
        assertEquals("listVentureSubscriptions", op.getOperationId());
    }

    @Test
    void anIdWithoutThePlaceholderIsLeftAsItIs() {
        Operation op = OASFactory.createOperation().operationId("getFigure").tags(List.of("Trade figures"));
        SubjectOperationIds.apply(withOperation(op));
        assertEquals("getFigure", op.getOperationId());
    }

    @Test
    void aSharedOperationWithoutATagFailsTheBuildInsteadOfGivingEveryServiceTheSameId() {
        Operation op = OASFactory.createOperation().operationId("get" + SubjectOperationIds.SUBJECT + "Subscription");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> SubjectOperationIds.apply(withOperation(op)));
        assertTrue(e.getMessage().contains("/things"), e.getMessage());
    }

    @Test
    void theProblemResponsesFilterNamesSharedOperationsToo() {
        Operation op = OASFactory.createOperation().operationId("delete" + SubjectOperationIds.SUBJECT + "Subscription")
                .tags(List.of("Agreement webhooks"));
        OpenAPI api = withOperation(op).info(OASFactory.createInfo().title("t").version("1"));
        new ProblemResponsesFilter().filterOpenAPI(api);
        assertEquals("deleteAgreementSubscription", op.getOperationId());
    }
}
