package org.bilateral.ventures.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How exactly a source states a count ("over 40", "eight"). */
@Schema(description = "EXACT as stated; APPROXIMATE ('about', 'almost'); AT_LEAST; MORE_THAN ('over', 'more than').")
public enum Qualifier {
    EXACT, APPROXIMATE, AT_LEAST, MORE_THAN
}
