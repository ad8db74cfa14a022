package org.bilateral.ventures.api.model;

import java.util.List;
import org.bilateral.support.provenance.Citation;
import org.bilateral.ventures.domain.Organisation;
import org.bilateral.ventures.domain.OrganisationKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Organisation", description = "A company, authority or operator taking part in ventures")
public record OrganisationView(
        @Schema(readOnly = true, description = "Id", examples = "1") long id,
        @Schema(readOnly = true, description = "Version; the ETag", examples = "1") int version,
        @Schema(examples = "MAZ") String name,
        @Schema(examples = "BY") String country,
        @Schema(examples = "MANUFACTURER") OrganisationKind kind,
        @Schema(examples = "Minsk") String city,
        String note,
        List<Citation> sources) {

    public static OrganisationView of(Organisation o) {
        return new OrganisationView(o.id, o.version, o.name, o.country, o.kind, o.city, o.note, o.sources == null ? List.of() : List.copyOf(o.sources));
    }
}
