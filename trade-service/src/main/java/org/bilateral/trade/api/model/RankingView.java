package org.bilateral.trade.api.model;

import org.bilateral.support.provenance.Citation;
import org.bilateral.trade.domain.Flow;
import org.bilateral.trade.domain.PartnerGroup;
import org.bilateral.trade.domain.PartnerRanking;
import org.bilateral.trade.domain.RankQualifier;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PartnerRanking", description = "A partner's place among the reporter's trading partners as a source states it; "
        + "no amount comes with it, so it is kept apart from figures")
public record RankingView(
        @Schema(examples = "1") long id,
        @Schema(examples = "1") int version,
        @Schema(description = "Country whose partners are ranked", examples = "BY") String reporter,
        @Schema(description = "The partner ranked", examples = "KZ") String partner,
        @Schema(description = "What the partners are ranked by, from the reporter's side") Flow flow,
        @Schema(description = "The place, or with WITHIN_TOP the size of the top group", examples = "3") int position,
        RankQualifier positionQualifier,
        @Schema(description = "Among which of the reporter's partners") PartnerGroup among,
        @Schema(description = "Who stated it, where the source quotes someone", examples = "Andrei Kobyakov, Prime Minister of Belarus",
                nullable = true) String statedBy,
        @Schema(description = "Remarks in our words, including what is our inference and why", nullable = true) String note,
        Citation source) {

    public static RankingView of(PartnerRanking r) {
        return new RankingView(r.id, r.version, r.reporter, r.partner, r.flow, r.position, r.positionQualifier, r.among, r.statedBy,
                r.note, new Citation(r.sourceId, r.locator));
    }
}
