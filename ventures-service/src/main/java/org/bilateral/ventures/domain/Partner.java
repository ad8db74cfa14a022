package org.bilateral.ventures.domain;

import java.math.BigDecimal;

/** One partner of a venture, kept in the venture's row (jsonb) so its history holds it. */
public record Partner(Long organisationId, String name,
        String country, PartnerRole role, BigDecimal share) {
}
