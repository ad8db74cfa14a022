package org.bilateral.agreements.domain;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An outgoing relation as stored in the row's jsonb {@code relations} column. The explicit
 * property name keeps revision snapshots (read back with snake_case naming) able to rebuild it.
 */
public record Relation(RelationType type, @JsonProperty("agreementId") Long agreementId) {
}
