package org.bilateral.ventures.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The sector code list of listings (and of claims that count one sector). */
@Schema(description = "AGRICULTURAL_MACHINERY: tractors, harvesters, farm equipment; AUTOMOTIVE: lorries, buses, cars; "
        + "MUNICIPAL_EQUIPMENT: utilities and communal vehicles; MECHANICAL_ENGINEERING: other machinery; AEROSPACE: aircraft, "
        + "drones, space; INFORMATION_TECHNOLOGY: software and IT services; FINANCIAL_SERVICES: banking, leasing; "
        + "TRANSPORT_LOGISTICS: freight, container shipping; DISTRIBUTION: wholesale, dealers; FOOD_PROCESSING: dairy and food; "
        + "AGRICULTURE: farming; PETROCHEMICALS; ENERGY; PHARMACEUTICALS; LIGHT_INDUSTRY: textiles, clothing, furniture.")
public enum Sector {
    AGRICULTURAL_MACHINERY, AUTOMOTIVE, MUNICIPAL_EQUIPMENT, MECHANICAL_ENGINEERING, AEROSPACE, INFORMATION_TECHNOLOGY,
    FINANCIAL_SERVICES, TRANSPORT_LOGISTICS, DISTRIBUTION, FOOD_PROCESSING, AGRICULTURE, PETROCHEMICALS, ENERGY,
    PHARMACEUTICALS, LIGHT_INDUSTRY
}
