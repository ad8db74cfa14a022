package org.bilateral.trade.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.bilateral.support.problem.ApiException;
import org.bilateral.support.problem.Problem;
import org.bilateral.trade.domain.Figure;
import org.bilateral.trade.domain.Flow;
import org.bilateral.trade.domain.RegionFilter;
import org.junit.jupiter.api.Test;

class FigureQueryValidationTest {

    private static List<String> badParameters(FigureQuery query) {
        ApiException e = assertThrows(ApiException.class, query::filter);
        assertEquals(400, e.status());
        return e.errors().stream().map(Problem.FieldError::field).toList();
    }

    @Test
    void noParametersIsNoFilter() {
        Figure.Filter filter = new FigureQuery().filter();
        assertEquals(new Figure.Filter(null, null, null, RegionFilter.ANY, null, null, null, null, null), filter);
    }

    @Test
    void validParametersBecomeTypedFilters() {
        FigureQuery query = new FigureQuery();
        query.reporter = "BY";
        query.partner = "KZ";
        query.flow = "EXPORT";
        query.region = "BY-MA";
        query.year = 2018;
        query.from = LocalDate.parse("2018-01-01");
        query.to = LocalDate.parse("2018-12-31");
        Figure.Filter filter = query.filter();
        assertEquals(Flow.EXPORT, filter.flow());
        assertEquals(RegionFilter.of("BY-MA"), filter.region());
        assertEquals(2018, filter.year());
    }

    @Test
    void regionNoneMeansWholeCountryFiguresOnly() {
        FigureQuery query = new FigureQuery();
        query.region = "none";
        assertEquals(RegionFilter.NONE, query.filter().region());
    }

    @Test
    void everyBadParameterIsNamedInOneProblem() {
        FigureQuery query = new FigureQuery();
        query.reporter = "XX";
        query.flow = "export"; // enum names are matched exactly
        query.region = "Minsk";
        query.year = 1899;
        query.from = LocalDate.parse("2019-01-01");
        query.to = LocalDate.parse("2018-12-31");
        assertEquals(List.of("reporter", "flow", "region", "year", "to"), badParameters(query));
    }

    @Test
    void yearBoundsAreInclusive() {
        FigureQuery query = new FigureQuery();
        query.year = 1900;
        assertEquals(1900, query.filter().year());
        query.year = 2200;
        assertEquals(2200, query.filter().year());
        query.year = 2201;
        assertEquals(List.of("year"), badParameters(query));
    }

    @Test
    void aRegionOfAnUnknownCountryIsRefused() {
        FigureQuery query = new FigureQuery();
        query.region = "XX-MA";
        assertEquals(List.of("region"), badParameters(query));
    }
}
