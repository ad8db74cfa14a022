package org.bilateral.agreements.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CountQualifier", description = "How exactly a source states a count: EXACT, APPROXIMATE ('about'), AT_LEAST, "
        + "MORE_THAN ('over', 'more than'), AT_MOST, FEWER_THAN")
public enum Qualifier {
    EXACT, APPROXIMATE, AT_LEAST, MORE_THAN, AT_MOST, FEWER_THAN
}
