package org.bilateral.ventures.api.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import org.bilateral.support.codes.Region;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The location, as a request body states it; the view answers the same shape, so what GET answers can be sent back. */
@Schema(name = "VentureLocation", description = "Where a venture is. Coordinates are optional; when the source names only a city they are "
        + "that city's centre, and coordinatesNote says so.")
public record LocationInput(
        @Schema(description = "City or town", examples = "Almaty") @Size(max = 200) String city,
        @Schema(description = "ISO 3166-2 region of the host country", examples = "KZ-75") @Region String region,
        @Schema(description = "Latitude in degrees, -90 to 90", examples = "43.2775")
        @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @Schema(description = "Longitude in degrees, -180 to 180", examples = "76.8958")
        @DecimalMin("-180") @DecimalMax("180") Double longitude,
        @Schema(description = "How the coordinates were obtained", examples = "City-centre coordinates of Almaty; the source names the city only.")
        @Size(max = 1000) String coordinatesNote) {
}
