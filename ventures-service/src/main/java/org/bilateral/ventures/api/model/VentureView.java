package org.bilateral.ventures.api.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Arrays;
import java.util.List;
import org.bilateral.support.provenance.Citation;
import org.bilateral.ventures.domain.Sector;
import org.bilateral.ventures.domain.Venture;
import org.bilateral.ventures.domain.VentureKind;
import org.bilateral.ventures.domain.VentureStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Venture", description = "A venture, plant, park, network or proposed project with its partners and sources")
public record VentureView(
        @Schema(readOnly = true, description = "Id", examples = "1") long id,
        @Schema(readOnly = true, description = "Version; the ETag", examples = "1") int version,
        @Schema(examples = "MAZ vehicle assembly at Astana Motors") String name,
        @Schema(examples = "JOINT_ASSEMBLY_PLANT") VentureKind kind,
        @Schema(examples = "OPERATING") VentureStatus status,
        @Schema(examples = "KZ") String hostCountry,
        LocationInput location,
        List<PartnerInput> partners,
        List<Sector> sectors,
        List<ProductInput> products,
        @Schema(examples = "2017") Integer startYear,
        @Schema(examples = "First stage commissioned") String stage,
        String notes,
        List<Long> relatedAgreementIds,
        List<Citation> sources,
        @Schema(readOnly = true, description = "Great-circle distance in km from the 'near' point; only when the list was asked with near", examples = "12.345")
        @JsonInclude(JsonInclude.Include.NON_NULL) Double distanceKm) {

    public static VentureView of(Venture v) {
        return of(v, null);
    }

    public static VentureView of(Venture v, Double distanceKm) {
        return new VentureView(v.id, v.version, v.name, v.kind, v.status, v.hostCountry,
                new LocationInput(v.city, v.region, v.latitude, v.longitude, v.coordinatesNote),
                v.partners == null ? List.of() : v.partners.stream().map(PartnerInput::of).toList(),
                v.sectors == null ? List.of() : Arrays.stream(v.sectors).map(Sector::valueOf).toList(),
                v.products == null ? List.of() : v.products.stream().map(ProductInput::of).toList(),
                v.startYear, v.stage, v.notes,
                v.relatedAgreementIds == null ? List.of() : List.of(v.relatedAgreementIds),
                v.sources == null ? List.of() : List.copyOf(v.sources), distanceKm);
    }
}
