package org.bilateral.agreements.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AgreementKind", description = "What kind of document an agreement is: INTERSTATE (between states, signed by heads of state), "
        + "INTERGOVERNMENTAL (between governments), INTERAGENCY (between ministries or agencies), MULTILATERAL_TREATY (more than two states), "
        + "PROGRAMME (a programme of cooperation), ROADMAP (a plan of joint steps for a period), MEMORANDUM (memorandum of understanding)")
public enum AgreementKind {
    INTERSTATE, INTERGOVERNMENTAL, INTERAGENCY, MULTILATERAL_TREATY, PROGRAMME, ROADMAP, MEMORANDUM
}
