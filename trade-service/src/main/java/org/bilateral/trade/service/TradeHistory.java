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
import org.bilateral.support.query.TableReader;
import org.bilateral.support.stream.ChangeSource;
import org.bilateral.trade.api.model.CommodityView;
import org.bilateral.trade.api.model.FigureView;
import org.bilateral.trade.api.model.ProviderView;
import org.bilateral.trade.api.model.RankingView;
import org.bilateral.trade.api.model.TargetView;
import org.bilateral.trade.domain.CommodityListing;
import org.bilateral.trade.domain.Figure;
import org.bilateral.trade.domain.PartnerRanking;
import org.bilateral.trade.domain.Target;
import org.bilateral.trade.harvest.Provider;

/** Revision history and the change feed of trade-service's versioned tables. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TradeHistory implements ChangeSource {

    private final History history = new History()
            .track("figures", Figure.TABLE, Figure.READER, FigureView::of)
            .track("commodities", CommodityListing.TABLE, CommodityListing.READER, CommodityView::of)
            .track("targets", Target.TABLE, new TableReader<>(Target.class, Target.TABLE), TargetView::of)
            .track("rankings", PartnerRanking.TABLE, PartnerRanking.READER, RankingView::of)
            .track("providers", Provider.TABLE, Provider.READER, ProviderView::of);

    private final ApiConfig api;

    TradeHistory(ApiConfig api) {
        this.api = api;
    }

    public List<Revision<FigureView>> figureRevisions(long id) {
        return history.revisions(Figure.TABLE, id, "Figure");
    }

    /** A provider's revisions by its API id; its bigint row id is what the revisions are keyed by. */
    public List<Revision<ProviderView>> providerRevisions(String code) {
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
