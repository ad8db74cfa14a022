package org.bilateral.support.stream;

import org.bilateral.support.history.History;

/**
 * The change feed of one service, as the live stream and the webhooks read it. Each data service
 * has exactly one bean implementing it (its *History), so the stream and the webhook worker live
 * once here and every service only names itself and its tables.
 */
public interface ChangeSource {

    /** Short service name, also the path segment: trade, agreements, ventures. */
    String service();

    /** The tracked tables and how their rows become the DTOs a change carries. */
    History feed();
}
