package org.bilateral.ventures.domain;

/** One part of a claimed total ("13 joint and 36 foreign"), stored in the claim's row (jsonb). */
public record ClaimPart(String label, int count, VentureKind kind) {
}
