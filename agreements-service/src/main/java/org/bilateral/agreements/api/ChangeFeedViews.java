package org.bilateral.agreements.api;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.bilateral.agreements.api.model.AgreementView;
import org.bilateral.agreements.api.model.ClaimView;
import org.bilateral.agreements.api.model.CommissionView;
import org.bilateral.agreements.api.model.EventView;
import org.bilateral.agreements.domain.Agreement;
import org.bilateral.agreements.domain.Claim;
import org.bilateral.agreements.domain.Commission;
import org.bilateral.agreements.domain.CooperationEvent;
import org.bilateral.support.history.History;

/**
 * The versioned tables of the change feed, the names clients know them by and how their rows appear in revisions,
 * /changes, the live stream and webhooks: as the views GET answers. Declared here so the service layer reads history
 * without knowing the wire records.
 */
@Singleton
class ChangeFeedViews {

    @Produces
    @Singleton
    History history() {
        return new History()
                .track("agreements", Agreement.TABLE, Agreement.READER, AgreementView::of)
                .track("claims", Claim.TABLE, Claim.READER, ClaimView::of)
                .track("commissions", Commission.TABLE, Commission.READER, CommissionView::of)
                .track("events", CooperationEvent.TABLE, CooperationEvent.READER, EventView::of);
    }
}
