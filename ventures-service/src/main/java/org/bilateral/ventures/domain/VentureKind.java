package org.bilateral.ventures.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What sort of undertaking a listing is. */
@Schema(description = "JOINT_VENTURE: company owned by partners of both countries; JOINT_ASSEMBLY_PLANT: assembly of one country's products "
        + "at a plant in the other; FOREIGN_OWNED_ENTERPRISE: wholly owned by a partner from abroad; INDUSTRIAL_PARK: park or "
        + "technology park; DEALER_NETWORK: sales and distribution network; SERVICE_CENTRE: maintenance or service centre; "
        + "PROPOSED_PROJECT: an intention stated by officials, not (yet) an undertaking.")
public enum VentureKind {
    JOINT_VENTURE, JOINT_ASSEMBLY_PLANT, FOREIGN_OWNED_ENTERPRISE, INDUSTRIAL_PARK, DEALER_NETWORK, SERVICE_CENTRE, PROPOSED_PROJECT
}
