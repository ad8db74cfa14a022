package org.bilateral.support.provenance;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A source document as the API shows it (and as {@code seeds/sources.json} holds it). */
@Schema(name = "Source", description = "A document facts are taken from")
public record SourceView(
        @Schema(description = "Document id; figures, agreements and ventures cite it", examples = "000_86346d2b20f6c8b6") String id,
        @Schema(description = "Who published it", examples = "Kazinform") String publisher,
        @Schema(description = "Agency the publisher credits for the report", examples = "BelTA") String relayedFrom,
        @Schema(description = "Place named in the dateline", examples = "Minsk") String dateline,
        @Schema(description = "Publication date", examples = "2019-08-24") LocalDate publishedOn,
        @Schema(description = "True when the document gives no full date and the date is inferred", examples = "false") boolean publishedOnInferred,
        @Schema(description = "How an inferred date was worked out") String dateBasis,
        @Schema(description = "What the document reports, in our words") String summary) {

    public Source toEntity() {
        Source s = new Source();
        s.id = id;
        s.publisher = publisher;
        s.relayedFrom = relayedFrom;
        s.dateline = dateline;
        s.publishedOn = publishedOn;
        s.publishedOnInferred = publishedOnInferred;
        s.dateBasis = dateBasis;
        s.summary = summary;
        return s;
    }
}
