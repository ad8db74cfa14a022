package org.bilateral.trade.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.bilateral.support.config.ApiConfig;
import org.bilateral.support.history.ChangeBatch;
import org.bilateral.support.history.History;
import org.bilateral.support.history.Revision;
import org.bilateral.trade.api.CommodityView;
import org.bilateral.trade.api.FigureView;
import org.bilateral.trade.api.TargetRecord;
import org.bilateral.trade.domain.CommodityListing;
import org.bilateral.trade.domain.Figure;
import org.bilateral.trade.domain.Target;
import org.bilateral.support.query.TableReader;

/** Revision history and the change feed of trade-service's versioned tables. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TradeHistory {

    private final History history = new History()
            .track("figures", Figure.TABLE, Figure.READER, FigureView::of)
            .track("commodities", CommodityListing.TABLE, CommodityListing.READER, CommodityView::of)
            .track("targets", Target.TABLE, new TableReader<>(Target.class, Target.TABLE), TargetRecord::of);

    private final ApiConfig api;

    TradeHistory(ApiConfig api) {
        this.api = api;
    }

    public List<Revision<FigureView>> figureRevisions(long id) {
        return history.revisions(Figure.TABLE, id, "Figure");
    }

    public ChangeBatch changes(Long since, Integer limit) {
        return history.since(since, limit, api);
    }
}
