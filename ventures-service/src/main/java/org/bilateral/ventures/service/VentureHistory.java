package org.bilateral.ventures.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.bilateral.support.config.ApiConfig;
import org.bilateral.support.history.ChangeBatch;
import org.bilateral.support.history.History;
import org.bilateral.support.history.Revision;
import org.bilateral.support.stream.ChangeSource;
import org.bilateral.ventures.domain.Organisation;
import org.bilateral.ventures.domain.Venture;

/**
 * Revision history and the change feed of ventures-service's versioned tables. Which tables feed, under which names
 * and as which representation is the api layer's {@code ChangeFeedViews}, so this layer never builds a wire record.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class VentureHistory implements ChangeSource {

    private final History history;
    private final ApiConfig api;

    VentureHistory(History history, ApiConfig api) {
        this.history = history;
        this.api = api;
    }

    /** Every version of a venture, oldest first, each as the representation registered for the ventures table. */
    public <V> List<Revision<V>> ventureRevisions(long id) {
        return history.revisions(Venture.TABLE, id, "Venture");
    }

    /** Every version of an organisation, oldest first, each as the representation registered for the organisations table. */
    public <V> List<Revision<V>> organisationRevisions(long id) {
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
