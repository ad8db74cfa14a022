package org.bilateral.support.query;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Reads of one row on the event loop ({@link PointReads}). */
@ConfigMapping(prefix = "bilateral.point-reads")
public interface PointReadsConfig {

    /**
     * Connections of the point reads, besides the JDBC pool (deployments count both against the server's
     * max_connections): each event loop opens one and pipelines its reads on it, up to this many; event loops beyond
     * share them. One per loop (4 on two cores) read 20-22k req/s in scenario 1, where a pool of 16 connections lent
     * per read reached 15k.
     */
    @WithDefault("8")
    int maxConnections();

    /**
     * How long a read of one row may take, waiting for a connection included, before it answers 503: a database that
     * does not answer (rather than refusing) must not hold the request for the client's TCP timeout. The server
     * cancels the statement then too ({@code statement_timeout}), so it stops holding up the reads pipelined behind it.
     */
    @WithDefault("5s")
    Duration timeout();

    /**
     * A connection on which nothing arrived this long is closed (pgjdbc's socketTimeout for the JDBC pool is the same
     * 60 s): one to a server that vanished without closing it is given up, though reads keep being written to it.
     */
    @WithDefault("60s")
    Duration socketTimeout();
}
