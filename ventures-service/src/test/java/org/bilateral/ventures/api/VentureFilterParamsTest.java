package org.bilateral.ventures.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.bilateral.support.problem.ApiException;
import org.bilateral.support.problem.Problem.FieldError;
import org.bilateral.ventures.domain.Near;
import org.bilateral.ventures.domain.Sector;
import org.bilateral.ventures.domain.Venture;
import org.bilateral.ventures.domain.VentureKind;
import org.bilateral.ventures.domain.VentureStatus;
import org.junit.jupiter.api.Test;

/** The venture list's filters are checked without a server: each bad parameter is named in one 400. */
class VentureFilterParamsTest {

    private static final double MAX_RADIUS = 2000;

    @Test
    void noParametersIsNoFilter() {
        Venture.Filter f = new VentureFilterParams().toFilter(MAX_RADIUS);
        assertEquals(new Venture.Filter(null, null, null, null, null, null, null, null, null, null, null, null), f);
    }

    @Test
    void validParametersBecomeTypedFilters() {
        VentureFilterParams p = new VentureFilterParams();
        p.kind = VentureKind.values()[0].name();
        p.status = VentureStatus.values()[0].name();
        p.sector = Sector.values()[0].name();
        p.hostCountry = "KZ";
        p.partnerCountry = "BY";
        p.region = "KZ-75";
        p.city = "  Almaty ";
        p.organisation = 3L;
        p.startedFrom = 2016;
        p.startedTo = 2016;
        p.near = " 43.2775 , 76.8958 ";
        p.radiusKm = "50";
        Venture.Filter f = p.toFilter(MAX_RADIUS);
        assertEquals(new Venture.Filter(null, VentureKind.values()[0], VentureStatus.values()[0], Sector.values()[0], "KZ", "BY", "KZ-75",
                "Almaty", 3L, 2016, 2016, new Near(43.2775, 76.8958, 50)), f);
    }

    @Test
    void aBlankCityIsNoCity() {
        VentureFilterParams p = new VentureFilterParams();
        p.city = " ";
        assertNull(p.toFilter(MAX_RADIUS).city());
    }

    @Test
    void everyBadParameterIsNamedInOneProblem() {
        VentureFilterParams p = new VentureFilterParams();
        p.q = " ";
        p.kind = "PLANT";
        p.status = "operating";
        p.sector = "SPACE";
        p.hostCountry = "XX";
        p.partnerCountry = "by";
        p.region = "KZ";
        p.organisation = 0L;
        p.startedFrom = 2018;
        p.startedTo = 2017;
        p.near = "91,181";
        p.radiusKm = "far";
        ApiException e = assertThrows(ApiException.class, () -> p.toFilter(MAX_RADIUS));
        assertEquals(400, e.status());
        assertEquals(List.of("q", "kind", "status", "sector", "hostCountry", "partnerCountry", "region", "organisation", "startedTo",
                "near", "near", "radiusKm"), fields(e));
    }

    @Test
    void nearAndRadiusComeTogether() {
        VentureFilterParams onlyNear = new VentureFilterParams();
        onlyNear.near = "43.2,76.9";
        assertEquals(List.of("radiusKm"), fields(assertThrows(ApiException.class, () -> onlyNear.toFilter(MAX_RADIUS))));
        VentureFilterParams onlyRadius = new VentureFilterParams();
        onlyRadius.radiusKm = "10";
        assertEquals(List.of("near"), fields(assertThrows(ApiException.class, () -> onlyRadius.toFilter(MAX_RADIUS))));
    }

    @Test
    void nearMustBeTwoDecimalNumbers() {
        for (String bad : List.of("43.2", "43.2,76.9,1", "north,east", "1e3,5", "")) {
            VentureFilterParams p = new VentureFilterParams();
            p.near = bad;
            p.radiusKm = "10";
            ApiException e = assertThrows(ApiException.class, () -> p.toFilter(MAX_RADIUS));
            assertEquals(List.of("near"), fields(e).stream().distinct().toList(), bad);
        }
    }

    @Test
    void radiusIsAboveZeroAndAtMostTheConfiguredMaximum() {
        for (String bad : List.of("0", "-5", "100.5", " ")) {
            VentureFilterParams p = new VentureFilterParams();
            p.near = "43.2,76.9";
            p.radiusKm = bad;
            ApiException e = assertThrows(ApiException.class, () -> p.toFilter(100));
            assertEquals(List.of("radiusKm"), fields(e), bad);
            assertEquals("must be greater than 0 and at most 100", e.errors().get(0).message());
        }
        VentureFilterParams p = new VentureFilterParams();
        p.near = "43.2,76.9";
        p.radiusKm = "100";
        assertEquals(100, p.toFilter(100).near().radiusKm());
    }

    private static List<String> fields(ApiException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }
}
