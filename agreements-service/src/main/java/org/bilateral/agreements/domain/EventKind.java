package org.bilateral.agreements.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CooperationEventKind", description = "MEETING: talks between officials; VISIT: an official's visit to a country or region; "
        + "FORUM: a conference or investment forum open to many participants; RECEPTION: a function or reception marking an occasion")
public enum EventKind {
    MEETING, VISIT, FORUM, RECEPTION
}
