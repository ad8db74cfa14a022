package org.bilateral.ventures.domain;

/** One product line of a venture as stored in the venture's row (jsonb); hsCode only where it maps. */
public record Product(String name, String hsCode) {
}
