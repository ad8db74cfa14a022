package org.bilateral.ventures.api.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.bilateral.ventures.domain.Sector;
import org.bilateral.ventures.domain.VentureKind;
import org.bilateral.ventures.domain.VentureStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One venture as an RFC 7946 Feature with a Point geometry. */
@Schema(name = "VentureFeature", description = "A venture as a GeoJSON Feature: Point geometry [longitude, latitude] (WGS 84, RFC 7946 "
        + "order), the venture id as feature id, its main fields and a link to its JSON as properties")
public record VentureFeature(
        @Schema(description = "Always Feature", examples = "Feature", enumeration = "Feature") String type,
        @Schema(description = "The venture id", examples = "1") long id,
        Point geometry,
        Properties properties) {

    static boolean placeable(VentureView v) {
        return v.location() != null && v.location().latitude() != null && v.location().longitude() != null;
    }

    static VentureFeature of(VentureView v) {
        LocationInput at = v.location();
        return new VentureFeature("Feature", v.id(), new Point("Point", List.of(at.longitude(), at.latitude())),
                new Properties(v.id(), "/api/v1/ventures/" + v.id(), v.name(), v.kind(), v.status(), v.hostCountry(), at.city(), at.region(),
                        v.startYear(), v.sectors(), v.partners().stream().map(PartnerInput::name).toList(),
                        v.partners().stream().map(PartnerInput::country).distinct().toList(), at.coordinatesNote(), v.distanceKm()));
    }

    @Schema(name = "GeoJsonPoint", description = "RFC 7946 Point; coordinates are [longitude, latitude] in degrees")
    public record Point(
            @Schema(description = "Always Point", examples = "Point", enumeration = "Point") String type,
            @Schema(description = "[longitude, latitude]", examples = "[76.8958, 43.2775]", minItems = 2, maxItems = 2) List<Double> coordinates) {
    }

    @Schema(name = "VentureFeatureProperties", description = "The venture's main fields; the full record is at href")
    public record Properties(
            @Schema(description = "Venture id", examples = "1") long id,
            @Schema(description = "The venture's JSON (relative, so it holds through the gateway)", examples = "/api/v1/ventures/1") String href,
            @Schema(examples = "MAZ vehicle assembly at Astana Motors") String name,
            @Schema(examples = "JOINT_ASSEMBLY_PLANT") VentureKind kind,
            @Schema(examples = "OPERATING") VentureStatus status,
            @Schema(description = "Host country, ISO 3166-1 alpha-2", examples = "KZ") String hostCountry,
            @Schema(examples = "Almaty") String city,
            @Schema(description = "ISO 3166-2", examples = "KZ-75") String region,
            @Schema(examples = "2017") Integer startYear,
            List<Sector> sectors,
            @Schema(description = "Partner names as listed", examples = "[\"MAZ\"]") List<String> partners,
            @Schema(description = "Partner countries, ISO 3166-1 alpha-2", examples = "[\"BY\"]") List<String> partnerCountries,
            @Schema(description = "How the coordinates were obtained (e.g. a city centre)") String coordinatesNote,
            @Schema(description = "Great-circle distance in km from the 'near' point; only when the list was asked with near", examples = "12.345")
            @JsonInclude(JsonInclude.Include.NON_NULL) Double distanceKm) {
    }
}
