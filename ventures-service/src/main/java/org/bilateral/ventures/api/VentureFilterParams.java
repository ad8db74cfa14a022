package org.bilateral.ventures.api;

import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import org.bilateral.support.codes.IsoCodes;
import org.bilateral.support.params.ParamErrors;
import org.bilateral.ventures.domain.Near;
import org.bilateral.ventures.domain.Sector;
import org.bilateral.ventures.domain.Venture;
import org.bilateral.ventures.domain.VentureKind;
import org.bilateral.ventures.domain.VentureStatus;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The filters of the venture list ({@code @BeanParam}), checked in one place: one 400 names every bad parameter. Codes
 * stay strings here and are parsed strictly by {@link IsoCodes}, so an unknown value is a 400 naming the parameter
 * rather than JAX-RS's 404; near and radiusKm are parsed here because they only make sense together.
 */
public class VentureFilterParams {

    static final int MAX_QUERY_LENGTH = 200;
    private static final String NEAR_SHAPE = "must be latitude,longitude in degrees, e.g. 43.2775,76.8958";

    @QueryParam("q")
    @Parameter(description = "Full-text search (English stemming) over name, stage, notes and product names; web-search syntax",
            example = "assembly")
    public String q;

    @QueryParam("kind")
    @Parameter(description = "Kind", schema = @Schema(implementation = VentureKind.class))
    public String kind;

    @QueryParam("status")
    @Parameter(description = "Status", schema = @Schema(implementation = VentureStatus.class))
    public String status;

    @QueryParam("sector")
    @Parameter(description = "Sector code the listing has among its sectors", schema = @Schema(implementation = Sector.class))
    public String sector;

    @QueryParam("hostCountry")
    @Parameter(description = "Host country, ISO 3166-1 alpha-2", example = "KZ")
    public String hostCountry;

    @QueryParam("partnerCountry")
    @Parameter(description = "A partner's country, ISO 3166-1 alpha-2", example = "BY")
    public String partnerCountry;

    @QueryParam("region")
    @Parameter(description = "Region, ISO 3166-2", example = "KZ-75")
    public String region;

    @QueryParam("city")
    @Parameter(description = "City, case-insensitive exact match", example = "Almaty")
    public String city;

    @QueryParam("organisation")
    @Parameter(description = "Id of an organisation that is a partner", example = "1")
    public Long organisation;

    @QueryParam("startedFrom")
    @Parameter(description = "Start year on or after", example = "2016")
    public Integer startedFrom;

    @QueryParam("startedTo")
    @Parameter(description = "Start year on or before", example = "2017")
    public Integer startedTo;

    @QueryParam("near")
    @Parameter(description = "Centre of a circle search: latitude,longitude in degrees; needs radiusKm", example = "43.2775,76.8958")
    public String near;

    @QueryParam("radiusKm")
    @Parameter(description = "Radius of the circle search in km, above 0 and at most the configured maximum (2000 by default)",
            example = "50", schema = @Schema(type = SchemaType.NUMBER, minimum = "0", exclusiveMinimum = true))
    public String radiusKm;

    /** The filter, checked; a circle search's radius may be at most {@code maxRadiusKm}. */
    public Venture.Filter toFilter(double maxRadiusKm) {
        ParamErrors errors = new ParamErrors();
        if (q != null && (q.isBlank() || q.length() > MAX_QUERY_LENGTH)) {
            errors.add("q", "must be 1 to " + MAX_QUERY_LENGTH + " characters");
        }
        VentureKind k = errors.check(() -> IsoCodes.code("kind", kind, VentureKind.class));
        VentureStatus s = errors.check(() -> IsoCodes.code("status", status, VentureStatus.class));
        Sector sec = errors.check(() -> IsoCodes.code("sector", sector, Sector.class));
        String host = errors.check(() -> IsoCodes.country("hostCountry", hostCountry));
        String partner = errors.check(() -> IsoCodes.country("partnerCountry", partnerCountry));
        String reg = errors.check(() -> IsoCodes.region("region", region));
        if (organisation != null && organisation < 1) {
            errors.add("organisation", "must be an organisation id (1 or greater)");
        }
        if (startedFrom != null && startedTo != null && startedTo < startedFrom) {
            errors.add("startedTo", "must not be before startedFrom");
        }
        Near circle = circle(maxRadiusKm, errors);
        errors.throwIfAny();
        return new Venture.Filter(q, k, s, sec, host, partner, reg, city == null || city.isBlank() ? null : city.trim(),
                organisation, startedFrom, startedTo, circle);
    }

    /** near=lat,lon with radiusKm, both or neither; null when neither is given or either is bad (the reason is in errors). */
    private Near circle(double maxRadiusKm, ParamErrors errors) {
        if (near == null && radiusKm == null) {
            return null;
        }
        if (near == null) {
            errors.add("near", "is required with radiusKm");
            return null;
        }
        if (radiusKm == null) {
            errors.add("radiusKm", "is required with near");
            return null;
        }
        int before = errors.count();
        Double lat = null;
        Double lon = null;
        String[] parts = near.split(",", -1);
        if (parts.length != 2) {
            errors.add("near", NEAR_SHAPE);
        } else {
            lat = decimal("near", parts[0], errors);
            lon = decimal("near", parts[1], errors);
            if (errors.count() == before && (lat == null || lon == null)) {
                errors.add("near", NEAR_SHAPE);
            }
        }
        if (lat != null && (lat < -90 || lat > 90)) {
            errors.add("near", "latitude must be between -90 and 90");
        }
        if (lon != null && (lon < -180 || lon > 180)) {
            errors.add("near", "longitude must be between -180 and 180");
        }
        int beforeRadius = errors.count();
        Double radius = decimal("radiusKm", radiusKm, errors);
        if (errors.count() == beforeRadius && (radius == null || radius <= 0 || radius > maxRadiusKm)) {
            errors.add("radiusKm", "must be greater than 0 and at most "
                    + BigDecimal.valueOf(maxRadiusKm).stripTrailingZeros().toPlainString());
        }
        return errors.count() == before ? new Near(lat, lon, radius) : null;
    }

    /** A finite decimal number in plain notation; null when blank or bad (a bad one adds its error). */
    private static Double decimal(String parameter, String value, ParamErrors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        if (!v.matches("[+-]?[0-9]{1,9}(\\.[0-9]{1,15})?")) {
            errors.add(parameter, "'" + value + "' is not a decimal number such as 43.2775");
            return null;
        }
        return Double.valueOf(v);
    }
}
