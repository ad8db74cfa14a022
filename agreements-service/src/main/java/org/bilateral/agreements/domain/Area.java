package org.bilateral.agreements.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AgreementArea", description = "Area of cooperation an agreement covers")
public enum Area {
    TRADE, ECONOMIC, SOCIAL, HUMANITARIAN, POLITICAL, INDUSTRY, MECHANICAL_ENGINEERING, AGRICULTURE, FOOD, PHARMACEUTICALS,
    LIGHT_INDUSTRY, PETROCHEMISTRY, ENERGY, TRANSPORT, LOGISTICS, INVESTMENT, INNOVATION, SPACE, FINANCE, CUSTOMS,
    ECONOMIC_INTEGRATION, INTERREGIONAL, EDUCATION, HEALTH, SCIENCE
}
