package org.bilateral.agreements.api.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AgreementStatistics", description = "Counts the registry computes from its own records, beside the counts sources claim")
public record StatisticsView(
        Registered registered,
        @Schema(description = "Counts sources state, each with its source, beside the registered count of the same kinds") List<ClaimedCount> claimed) {

    @Schema(name = "AgreementRegisteredCounts", description = "Computed from the agreements stored now")
    public record Registered(
            @Schema(description = "Agreements stored", examples = "6") long total,
            @Schema(description = "Count per kind, every kind listed; UNSPECIFIED counts agreements of unknown kind") Map<String, Long> byKind,
            @Schema(description = "Count per served (derived) status, every status listed") Map<String, Long> byStatus,
            @Schema(description = "Count per recorded status, every status listed") Map<String, Long> byRecordedStatus,
            @Schema(description = "The date the served statuses are derived on", examples = "2026-11-23") LocalDate statusDate) {
    }

    @Schema(name = "AgreementClaimedCount", description = "A count a source claims, beside what the registry holds of the same kinds")
    public record ClaimedCount(
            ClaimView claim,
            @Schema(description = "Publication date of the source, i.e. when the claim was stated", examples = "2019-08-24", nullable = true)
            LocalDate statedOn,
            @Schema(description = "Agreements the registry holds of the kinds the claim counts", examples = "2") long registeredOfClaimedKinds) {
    }
}
