package org.bilateral.trade.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a source states a partner's place: exactly, or only as being within the top so many. */
@Schema(description = "EXACT: the stated place ('third' is 3). WITHIN_TOP: somewhere in the top so many ('one of the top ten' is 10).")
public enum RankQualifier {
    EXACT, WITHIN_TOP
}
