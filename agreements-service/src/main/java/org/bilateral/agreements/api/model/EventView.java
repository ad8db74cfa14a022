package org.bilateral.agreements.api.model;

import java.time.LocalDate;
import java.util.List;
import org.bilateral.agreements.domain.CooperationEvent;
import org.bilateral.agreements.domain.DatePrecision;
import org.bilateral.agreements.domain.EventKind;
import org.bilateral.agreements.domain.EventStatus;
import org.bilateral.agreements.domain.Participant;
import org.bilateral.agreements.domain.ParticipantRole;
import org.bilateral.support.provenance.Citation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CooperationEvent", description = "A meeting, visit, forum or reception between the two sides as the sources report it, "
        + "with its participants (an invitation is a participant with the role INVITED)")
public record EventView(
        @Schema(description = "Id", examples = "1") long id,
        @Schema(description = "Version", examples = "1") int version,
        @Schema(description = "Title in our words", examples = "Meeting of the prime ministers of Belarus and Kazakhstan") String title,
        EventKind kind,
        EventStatus status,
        @Schema(description = "First day; with MONTH or YEAR precision the first day of that period", examples = "2017-08-13", nullable = true)
        LocalDate date,
        @Schema(description = "How much of the date the sources give", examples = "DAY", nullable = true) DatePrecision precision,
        @Schema(description = "Last day of an event over several days", examples = "2018-06-30", nullable = true) LocalDate endDate,
        @Schema(description = "Where it took or is to take place, as the sources name it", examples = "Mogilev", nullable = true) String place,
        @Schema(description = "What happened or is to happen, in our words", nullable = true) String summary,
        @Schema(description = "Participants as the sources name them, each with its citation") List<ParticipantView> participants,
        List<Citation> sources,
        @Schema(description = "Remarks in our words, including what is our inference and why", nullable = true) String note) {

    @Schema(name = "CooperationEventParticipant", description = "Someone who took part in, spoke at or was invited to an event")
    public record ParticipantView(
            @Schema(description = "Country they represent, ISO 3166-1 alpha-2", examples = "KZ") String country,
            @Schema(description = "Name, or a description where the source names nobody", examples = "Yermukhamet Yertysbayev") String name,
            @Schema(description = "Office held at the time, as the source gives it", examples = "Ambassador of Kazakhstan to Belarus",
                    nullable = true) String office,
            ParticipantRole role,
            Citation source) {
    }

    public static EventView of(CooperationEvent e) {
        return new EventView(e.id, e.version, e.title, e.kind, e.status, e.date, e.precision, e.endDate, e.place, e.summary,
                e.participants == null ? List.of() : e.participants.stream().map(EventView::of).toList(),
                e.sources == null ? List.of() : List.copyOf(e.sources), e.note);
    }

    private static ParticipantView of(Participant p) {
        return new ParticipantView(p.country(), p.name(), p.office(), p.role(), p.source());
    }
}
