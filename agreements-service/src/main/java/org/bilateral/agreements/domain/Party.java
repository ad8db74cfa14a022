package org.bilateral.agreements.domain;

/** One party of an agreement as stored in the row's jsonb {@code parties} column. */
public record Party(String country, String organisation) {
}
