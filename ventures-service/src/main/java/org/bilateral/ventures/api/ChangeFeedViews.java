package org.bilateral.ventures.api;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.bilateral.support.history.History;
import org.bilateral.ventures.api.model.ClaimView;
import org.bilateral.ventures.api.model.OrganisationView;
import org.bilateral.ventures.api.model.VentureView;
import org.bilateral.ventures.domain.Claim;
import org.bilateral.ventures.domain.Organisation;
import org.bilateral.ventures.domain.Venture;

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
                .track("ventures", Venture.TABLE, Venture.READER, VentureView::of)
                .track("organisations", Organisation.TABLE, Organisation.READER, OrganisationView::of)
                .track("claims", Claim.TABLE, Claim.READER, ClaimView::of);
    }
}
