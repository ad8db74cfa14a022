package org.bilateral.agreements.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.bilateral.agreements.domain.Agreement;
import org.bilateral.support.config.ApiConfig;
import org.bilateral.support.history.ChangeBatch;
import org.bilateral.support.history.History;
import org.bilateral.support.history.Revision;
import org.bilateral.support.stream.ChangeSource;

/**
 * Revision history and the change feed of agreements-service's versioned tables. Which tables feed, under which names
 * and as which representation is the api layer's {@code ChangeFeedViews}, so this layer never builds a wire record.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AgreementHistory implements ChangeSource {

    private final History history;
    private final ApiConfig api;

    AgreementHistory(History history, ApiConfig api) {
        this.history = history;
        this.api = api;
    }

    /** Every version of an agreement, oldest first, each as the representation registered for the agreements table. */
    public <V> List<Revision<V>> agreementRevisions(long id) {
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
