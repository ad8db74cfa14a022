package org.bilateral.trade.importing;

/** What an import did: rows read, rows added, and the change-feed cursor just before them. */
public record ImportOutcome(long received, long inserted, long feedCursor) {
}
