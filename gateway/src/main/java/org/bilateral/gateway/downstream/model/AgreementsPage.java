package org.bilateral.gateway.downstream.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/** agreements-service GET /api/v1/agreements: a page of agreements and how many match in all. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AgreementsPage(List<Agreement> items, long totalItems) {

    public AgreementsPage {
        items = items == null ? List.of() : items;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Agreement(long id, String title, String kind, Validity validity) {

        /** The last valid day; null when open-ended or unknown. */
        public LocalDate validUntil() {
            return validity == null ? null : validity.until();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Validity(LocalDate from, LocalDate until) {
    }
}
