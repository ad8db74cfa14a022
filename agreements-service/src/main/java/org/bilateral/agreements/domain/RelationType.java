package org.bilateral.agreements.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RelationType", description = "How an agreement relates to another: IMPLEMENTS (puts the other into practice), "
        + "AMENDS (changes it), SUPERSEDES (replaces it), PART_OF (is one document of it, e.g. of a package)")
public enum RelationType {
    IMPLEMENTS, AMENDS, SUPERSEDES, PART_OF
}
