package org.bilateral.ventures.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What sort of organisation takes part in ventures. */
@Schema(description = "MANUFACTURER: makes its own products; ASSEMBLER: assembles others' products; DEALER: sells and services; "
        + "GOVERNMENT_BODY: ministry, agency, regional authority; PARK_OPERATOR: runs an industrial park; "
        + "FINANCIAL_INSTITUTION: bank or leasing company; OTHER.")
public enum OrganisationKind {
    MANUFACTURER, ASSEMBLER, DEALER, GOVERNMENT_BODY, PARK_OPERATOR, FINANCIAL_INSTITUTION, OTHER
}
