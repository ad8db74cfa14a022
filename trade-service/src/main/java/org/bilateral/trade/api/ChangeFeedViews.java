package org.bilateral.trade.api;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.bilateral.support.history.History;
import org.bilateral.support.query.TableReader;
import org.bilateral.trade.api.model.CommodityView;
import org.bilateral.trade.api.model.FigureView;
import org.bilateral.trade.api.model.ProviderView;
import org.bilateral.trade.api.model.RankingView;
import org.bilateral.trade.api.model.TargetView;
import org.bilateral.trade.domain.CommodityListing;
import org.bilateral.trade.domain.Figure;
import org.bilateral.trade.domain.PartnerRanking;
import org.bilateral.trade.domain.Provider;
import org.bilateral.trade.domain.Target;

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
                .track("figures", Figure.TABLE, Figure.READER, FigureView::of)
                .track("commodities", CommodityListing.TABLE, CommodityListing.READER, CommodityView::of)
                .track("targets", Target.TABLE, new TableReader<>(Target.class, Target.TABLE), TargetView::of)
                .track("rankings", PartnerRanking.TABLE, PartnerRanking.READER, RankingView::of)
                .track("providers", Provider.TABLE, Provider.READER, ProviderView::of);
    }
}
