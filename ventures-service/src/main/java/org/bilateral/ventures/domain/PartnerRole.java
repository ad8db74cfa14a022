package org.bilateral.ventures.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a partner brings to a venture. */
@Schema(description = "LICENSOR: owner of the product or design, supplies kits; ASSEMBLER: assembles or manufactures on site; "
        + "INVESTOR: holds capital; OPERATOR: runs the undertaking; SUPPLIER: supplies goods; DISTRIBUTOR: sells or services; "
        + "FINANCIER: leasing or credit; TECHNOLOGY_PARTNER: supplies know-how or software; PARTNER: role not stated by the source.")
public enum PartnerRole {
    LICENSOR, ASSEMBLER, INVESTOR, OPERATOR, SUPPLIER, DISTRIBUTOR, FINANCIER, TECHNOLOGY_PARTNER, PARTNER
}
