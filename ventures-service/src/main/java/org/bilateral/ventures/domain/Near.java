package org.bilateral.ventures.domain;

import java.util.Map;
import org.bilateral.support.query.Criteria;

/**
 * A circle on the earth: centre in degrees and radius in km. Filters in two steps: a bounding box
 * on (latitude, longitude) that the btree index answers, then the exact great-circle distance.
 */
public record Near(double latitude, double longitude, double radiusKm) {

    /** IUGG mean earth radius, the same the SQL function great_circle_km uses. */
    public static final double EARTH_RADIUS_KM = 6371.0088;
    /** SQL of the exact distance from the centre to a row, in km. */
    public static final String DISTANCE_SQL = "great_circle_km(:nearLat, :nearLon, t.latitude, t.longitude)";
    /** Widens the box by about 0.1 m so rounding never drops a row the exact test would keep. */
    private static final double MARGIN_DEGREES = 1e-6;

    /** Adds the bounding-box prefilter and the exact distance test to a WHERE clause. */
    public Criteria applyTo(Criteria c) {
        double angle = radiusKm / EARTH_RADIUS_KM;
        double dLat = Math.toDegrees(angle) + MARGIN_DEGREES;
        double latMin = latitude - dLat;
        double latMax = latitude + dLat;
        c.where("t.latitude BETWEEN :latMin AND :latMax", Map.of("latMin", latMin, "latMax", latMax));
        if (latMin > -90 && latMax < 90) {
            // widest longitude span of a spherical cap that contains no pole
            double dLon = Math.toDegrees(Math.asin(Math.sin(angle) / Math.cos(Math.toRadians(latitude)))) + MARGIN_DEGREES;
            double lonMin = longitude - dLon;
            double lonMax = longitude + dLon;
            if (lonMin < -180) {
                c.where("(t.longitude >= :lonMin OR t.longitude <= :lonMax)", Map.of("lonMin", lonMin + 360, "lonMax", lonMax));
            } else if (lonMax > 180) {
                c.where("(t.longitude >= :lonMin OR t.longitude <= :lonMax)", Map.of("lonMin", lonMin, "lonMax", lonMax - 360));
            } else {
                c.where("t.longitude BETWEEN :lonMin AND :lonMax", Map.of("lonMin", lonMin, "lonMax", lonMax));
            }
        }
        return c.where(DISTANCE_SQL + " <= :radiusKm", Map.of("nearLat", latitude, "nearLon", longitude, "radiusKm", radiusKm));
    }
}
