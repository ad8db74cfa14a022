package org.bilateral.agreements.api.model;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.bilateral.agreements.domain.Agreement;
import org.bilateral.agreements.domain.AgreementKind;
import org.bilateral.agreements.domain.AgreementStatus;
import org.bilateral.agreements.domain.Area;
import org.bilateral.support.provenance.Citation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Agreement", description = "An agreement, treaty, programme, roadmap or planned signing with its sources")
public record AgreementView(
        @Schema(readOnly = true, description = "Id", examples = "1") long id,
        @Schema(readOnly = true, description = "Version; the ETag", examples = "1") int version,
        @Schema(description = "Title in our words", examples = "Treaty on the Eurasian Economic Union") String title,
        @Schema(description = "What it is about, in our words") String summary,
        @Schema(description = "Kind; null where the sources do not say", examples = "MULTILATERAL_TREATY", nullable = true) AgreementKind kind,
        @Schema(readOnly = true, description = "Served status, derived from recordedStatus and the dates. " + AgreementStatus.DERIVATION, examples = "EXPIRED")
        AgreementStatus status,
        @Schema(description = "Status as recorded from the sources", examples = "IN_FORCE") AgreementStatus recordedStatus,
        List<PartyInput> parties,
        SigningInput signed,
        ValidityInput validity,
        List<Area> areas,
        @Schema(description = "Outgoing relations; see /{id}/relations for both directions") List<RelationInput> relations,
        List<Citation> sources,
        @Schema(description = "Remarks in our words", nullable = true) String note) {

    public static AgreementView of(Agreement a) {
        return of(a, LocalDate.now());
    }

    public static AgreementView of(Agreement a, LocalDate today) {
        return new AgreementView(a.id, a.version, a.title, a.summary, a.kind, a.status(today), a.recordedStatus,
                a.parties == null ? List.of() : a.parties.stream().map(PartyInput::of).toList(),
                new SigningInput(a.signedDate, a.signedPrecision, a.signedPlace),
                new ValidityInput(a.validFrom, a.validUntil),
                a.areas == null ? List.of() : Arrays.stream(a.areas).map(Area::valueOf).toList(),
                a.relations == null ? List.of() : a.relations.stream().map(RelationInput::of).toList(),
                a.sources == null ? List.of() : List.copyOf(a.sources),
                a.note);
    }
}
