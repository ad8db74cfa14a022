package org.bilateral.agreements.domain;

/** An outgoing relation, kept in the row's jsonb {@code relations} column so its history holds it. */
public record Relation(RelationType type, Long agreementId) {
}
