package org.bilateral.agreements.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.bilateral.agreements.api.model.AgreementView;
import org.bilateral.agreements.api.model.ClaimView;
import org.bilateral.agreements.api.model.CommissionView;
import org.bilateral.agreements.api.model.EventView;
import org.bilateral.agreements.domain.Agreement;
import org.bilateral.agreements.domain.Claim;
import org.bilateral.agreements.domain.Commission;
import org.bilateral.agreements.domain.CooperationEvent;
import org.bilateral.support.config.ApiConfig;
import org.bilateral.support.history.ChangeBatch;
import org.bilateral.support.history.History;
import org.bilateral.support.history.Revision;
import org.bilateral.support.stream.ChangeSource;

/** Revision history and the change feed of agreements-service's versioned tables. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AgreementsHistory implements ChangeSource {

    private final History history = new History()
            .track("agreements", Agreement.TABLE, Agreement.READER, AgreementView::of)
            .track("claims", Claim.TABLE, Claim.READER, ClaimView::of)
            .track("commissions", Commission.TABLE, Commission.READER, CommissionView::of)
            .track("events", CooperationEvent.TABLE, CooperationEvent.READER, EventView::of);

    private final ApiConfig api;

    AgreementsHistory(ApiConfig api) {
        this.api = api;
    }

    public List<Revision<AgreementView>> agreementRevisions(long id) {
        return history.revisions(Agreement.TABLE, id, "Agreement");
    }

    public ChangeBatch changes(Long since, Integer limit) {
        return history.since(since, limit, api);
    }

    @Override
    public String service() {
        return "agreements";
    }

    @Override
    public History feed() {
        return history;
    }
}
