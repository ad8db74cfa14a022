package org.bilateral.trade.api.model;

import org.bilateral.support.provenance.Citation;
import org.bilateral.trade.domain.Flow;
import org.bilateral.trade.domain.Target;
import org.bilateral.trade.domain.TargetKind;

/**
 * A target as stored (the change feed's view; /targets adds progress). Not a component of the
 * OpenAPI document: no operation answers it by name (the feed's data is untyped), and a schema
 * nothing refers to only misleads a generated client.
 */
public record TargetView(long id, int version, String reporter, String partner, Flow flow, TargetKind kind, AmountInput amount,
        Integer deadlineYear, String setBy, String statedBy, Long agreementId, String description, Citation source) {

    public static TargetView of(Target t) {
        return new TargetView(t.id, t.version, t.reporter, t.partner, t.flow, t.kind,
                new AmountInput(t.amount.stripTrailingZeros(), t.unit, t.scale, t.qualifier), t.deadlineYear, t.setBy, t.statedBy,
                t.agreementId, t.description, new Citation(t.sourceId, t.locator));
    }
}
