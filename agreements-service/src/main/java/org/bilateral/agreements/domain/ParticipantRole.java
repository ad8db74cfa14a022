package org.bilateral.agreements.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CooperationEventRole", description = "PARTICIPANT: took part in talks; VISITOR: the one who paid the visit; SPEAKER: spoke "
        + "at the event; INVITER: invited others to it; INVITED: was invited to it (whether they came the sources do not say)")
public enum ParticipantRole {
    PARTICIPANT, VISITOR, SPEAKER, INVITER, INVITED
}
