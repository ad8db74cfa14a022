package org.bilateral.trade.service;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.bilateral.support.config.ApiConfig;
import org.bilateral.support.history.ChangeBatch;
import org.bilateral.support.history.History;
import org.bilateral.support.history.Revision;
import org.bilateral.support.problem.ApiException;
import org.bilateral.support.stream.ChangeSource;
import org.bilateral.trade.domain.Figure;
import org.bilateral.trade.domain.Provider;

/**
 * Revision history and the change feed of trade-service's versioned tables. Which tables feed, under which names and
 * as which representation is the api layer's {@code ChangeFeedViews}, so this layer never builds a wire record.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TradeHistory implements ChangeSource {

    private final History history;
    private final ApiConfig api;

    TradeHistory(History history, ApiConfig api) {
        this.history = history;
        this.api = api;
    }

    /** Every version of a figure, oldest first, each as the representation registered for the figure table. */
    public <V> List<Revision<V>> figureRevisions(long id) {
        return history.revisions(Figure.TABLE, id, "Figure");
    }

    /** A provider's revisions by its API id; its bigint row id is what the revisions are keyed by. */
    public <V> List<Revision<V>> providerRevisions(String code) {
        Number rowId = (Number) Panache.getEntityManager()
                .createNativeQuery("SELECT resource_id FROM revision WHERE resource = 'provider' AND snapshot ->> 'code' = :code "
                        + "ORDER BY seq DESC LIMIT 1")
                .setParameter("code", code).getResultStream().findFirst().orElse(null);
        if (rowId == null) {
            throw ApiException.notFound("Provider", code);
        }
        return history.revisions(Provider.TABLE, rowId.longValue(), "Provider");
    }

    public ChangeBatch changes(Long since, Integer limit) {
        return history.since(since, limit, api);
    }

    @Override
    public String service() {
        return "trade";
    }

    @Override
    public History feed() {
        return history;
    }
}
