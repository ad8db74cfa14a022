package org.bilateral.agreements.api.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.bilateral.agreements.domain.CoChair;
import org.bilateral.agreements.domain.Commission;
import org.bilateral.agreements.domain.CommissionSession;
import org.bilateral.agreements.domain.DatePrecision;
import org.bilateral.agreements.domain.SessionStatus;
import org.bilateral.support.provenance.Citation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Commission", description = "A body the parties set up to steer their cooperation, with its co-chairs and sessions as the sources report them")
public record CommissionView(
        @Schema(description = "Id", examples = "1") long id,
        @Schema(description = "Version", examples = "1") int version,
        @Schema(description = "Name in our words", examples = "Belarusian-Kazakh intergovernmental commission on trade and economic cooperation") String name,
        @Schema(description = "What it does, in our words", nullable = true) String summary,
        List<PartyInput> parties,
        @Schema(description = "Co-chairs as the sources name them, each with its citation") List<CoChairView> coChairs,
        @Schema(description = "Sessions in date order (undated last), each with its citation") List<SessionView> sessions,
        List<Citation> sources,
        @Schema(description = "Remarks in our words", nullable = true) String note) {

    @Schema(name = "CommissionCoChair", description = "A co-chair of a commission")
    public record CoChairView(
            @Schema(description = "Country the co-chair represents, ISO 3166-1 alpha-2", examples = "BY") String country,
            @Schema(description = "Name", examples = "Aleksandr Turchin") String name,
            @Schema(description = "Office held when the source names them", examples = "First Deputy Prime Minister of Belarus") String office,
            Citation source) {
    }

    @Schema(name = "CommissionSession", description = "A session of a commission")
    public record SessionView(
            @Schema(description = "Date; with MONTH or YEAR precision the first day of that period", examples = "2019-10-01", nullable = true) LocalDate date,
            @Schema(description = "How much of the date the source gives", examples = "MONTH", nullable = true) DatePrecision precision,
            @Schema(description = "Where it met or is to meet", examples = "Minsk", nullable = true) String place,
            @Schema(description = "Held or only scheduled", examples = "SCHEDULED") SessionStatus status,
            Citation source) {
    }

    public static CommissionView of(Commission c) {
        return new CommissionView(c.id, c.version, c.name, c.summary,
                c.parties == null ? List.of() : c.parties.stream().map(PartyInput::of).toList(),
                c.coChairs == null ? List.of() : c.coChairs.stream().map(CommissionView::of).toList(),
                c.sessions == null ? List.of() : c.sessions.stream()
                        .sorted(Comparator.comparing(CommissionSession::date, Comparator.nullsLast(Comparator.naturalOrder())))
                        .map(CommissionView::of).toList(),
                c.sources == null ? List.of() : List.copyOf(c.sources), c.note);
    }

    private static CoChairView of(CoChair c) {
        return new CoChairView(c.country(), c.name(), c.office(), c.source());
    }

    private static SessionView of(CommissionSession s) {
        return new SessionView(s.date(), s.precision(), s.place(), s.status(), s.source());
    }
}
