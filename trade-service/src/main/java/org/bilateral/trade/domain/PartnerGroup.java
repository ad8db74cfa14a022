package org.bilateral.trade.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The set of the reporter's partners a ranking is among. */
@Schema(description = "ALL_PARTNERS: all of the reporter's trading partners. CIS_MEMBERS: the reporter's partners among the member states "
        + "of the Commonwealth of Independent States.")
public enum PartnerGroup {
    ALL_PARTNERS, CIS_MEMBERS
}
