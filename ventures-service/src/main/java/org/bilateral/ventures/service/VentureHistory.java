package org.bilateral.ventures.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.bilateral.support.config.ApiConfig;
import org.bilateral.support.history.ChangeBatch;
import org.bilateral.support.history.History;
import org.bilateral.support.history.Revision;
import org.bilateral.support.stream.ChangeSource;
import org.bilateral.ventures.api.model.ClaimView;
import org.bilateral.ventures.api.model.OrganisationView;
import org.bilateral.ventures.api.model.VentureView;
import org.bilateral.ventures.domain.Claim;
import org.bilateral.ventures.domain.Organisation;
import org.bilateral.ventures.domain.Venture;

/** Revision history and the change feed of ventures-service's versioned tables. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class VentureHistory implements ChangeSource {

    private final History history = new History()
            .track("ventures", Venture.TABLE, Venture.READER, VentureView::of)
            .track("organisations", Organisation.TABLE, Organisation.READER, OrganisationView::of)
            .track("claims", Claim.TABLE, Claim.READER, ClaimView::of);

    private final ApiConfig api;

    VentureHistory(ApiConfig api) {
        this.api = api;
    }

    public List<Revision<VentureView>> ventureRevisions(long id) {
        return history.revisions(Venture.TABLE, id, "Venture");
    }

    public List<Revision<OrganisationView>> organisationRevisions(long id) {
        return history.revisions(Organisation.TABLE, id, "Organisation");
    }

    public ChangeBatch changes(Long since, Integer limit) {
        return history.since(since, limit, api);
    }

    @Override
    public String service() {
        return "ventures";
    }

    @Override
    public History feed() {
        return history;
    }
}
