package org.bilateral.gateway.service;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.parsetools.RecordParser;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilateral.gateway.config.GatewayConfig;
import org.jboss.logging.Logger;

/**
 * Follows each service's change stream (/changes/stream, live from the moment it opens) so that what the gateway
 * keeps from a service can be dropped as soon as the service reports a change. Per service it keeps a generation
 * that moves on every change event, on every (re)connect and on every disconnect: anything read from the service
 * while the generation was g is still current exactly while the feed is live and the generation is still g.
 * The streams bypass the circuit breakers: a follower waiting for a service that is down must not open them.
 */
@ApplicationScoped
public class ChangeFeeds {

    private static final Logger LOG = Logger.getLogger(ChangeFeeds.class);
    /** The services' opening comment: ": stream of trade changes after 17". */
    private static final Pattern OPENING = Pattern.compile("^: ?stream of \\S+ changes after (\\d+)");

    private final Vertx vertx;
    private final boolean enabled;
    private final Duration reconnectDelay;
    private final Map<String, Feed> feeds = new LinkedHashMap<>();
    private volatile boolean stopped;

    ChangeFeeds(Vertx vertx, Downstreams downstreams, GatewayConfig config) {
        this.vertx = vertx;
        this.enabled = config.overview().cache().enabled();
        this.reconnectDelay = config.overview().cache().reconnectDelay();
        downstreams.all().forEach(d -> feeds.put(d.name(), new Feed(d)));
    }

    void start(@Observes StartupEvent event) {
        if (enabled) {
            feeds.values().forEach(Feed::connect);
        }
    }

    @PreDestroy
    void stop() {
        stopped = true;
        feeds.values().forEach(Feed::close);
    }

    /** Where the gateway stands with a service's feed. */
    public Position position(Downstream d) {
        Feed feed = feeds.get(d.name());
        return new Position(feed.live, feed.generation.get(), feed.cursor);
    }

    /** A write the gateway relayed to the service succeeded: treated as a change at once, before the feed reports it. */
    public void changed(Downstream d) {
        feeds.get(d.name()).generation.incrementAndGet();
    }

    /**
     * @param live whether the feed is followed right now (only then may anything read from the service be kept)
     * @param generation moves on every change, connect and disconnect
     * @param cursor the service's feed cursor last seen (its newest change the gateway knows of); -1 before any
     */
    public record Position(boolean live, long generation, long cursor) {
    }

    private final class Feed {
        final Downstream d;
        final AtomicLong generation = new AtomicLong();
        volatile boolean live;
        volatile long cursor = -1;
        /** The open connection; a new one replaces it on every connect. */
        volatile Connection connection;
        /** Whether the last attempt failed too, so a service that stays down is logged once, not every second. */
        boolean failing;

        Feed(Downstream d) {
            this.d = d;
        }

        void connect() {
            if (stopped) {
                return;
            }
            Connection c = new Connection(this);
            connection = c;
            d.client().request(d.options(HttpMethod.GET, d.prefix() + "/changes/stream", d.streamIdleTimeout())).compose(request -> {
                c.request = request;
                request.putHeader("Accept", "text/event-stream");
                return request.send();
            }).onSuccess(c::opened).onFailure(e -> c.lost(e.toString()));
        }

        void close() {
            Connection c = connection;
            if (c != null && c.request != null) {
                c.over = true;
                c.request.reset();
            }
        }
    }

    /** One attempt to follow a feed; ends once, however it ends. */
    private final class Connection {
        final Feed feed;
        HttpClientRequest request;
        boolean over;
        final StringBuilder data = new StringBuilder();
        boolean hasData;
        String eventName;

        Connection(Feed feed) {
            this.feed = feed;
        }

        void opened(HttpClientResponse response) {
            if (response.statusCode() != 200) {
                response.body();
                lost(feed.d.serviceName() + " answered " + response.statusCode() + " to its change stream");
                return;
            }
            response.handler(RecordParser.newDelimited("\n", line -> line(line.toString(StandardCharsets.UTF_8))));
            response.endHandler(v -> lost(feed.d.serviceName() + " ended its change stream"));
            response.exceptionHandler(e -> lost(feed.d.serviceName() + " change stream failed: " + e));
            // generation first: a reader that sees live also sees the generation that excludes everything read before
            feed.generation.incrementAndGet();
            feed.live = true;
            if (feed.failing) {
                LOG.infof("Following the change feed of %s again", feed.d.serviceName());
            }
            feed.failing = false;
        }

        private void line(String raw) {
            String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
            if (line.isEmpty()) {
                if (hasData) {
                    // one change (or a cutoff, after which the stream ends): whatever was read before is stale
                    feed.generation.incrementAndGet();
                    if ("cutoff".equals(eventName)) {
                        LOG.warnf("%s cut the gateway's change feed off: %s", feed.d.serviceName(), data);
                    }
                }
                data.setLength(0);
                hasData = false;
                eventName = null;
                return;
            }
            if (line.startsWith(":")) {
                Matcher opening = OPENING.matcher(line);
                if (opening.find()) {
                    feed.cursor = Long.parseLong(opening.group(1));
                }
                return;
            }
            int colon = line.indexOf(':');
            String field = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 1).stripLeading();
            switch (field) {
                case "id" -> {
                    try {
                        feed.cursor = Long.parseLong(value);
                    } catch (NumberFormatException e) {
                        LOG.debugf("%s sent a non-numeric event id", feed.d.serviceName());
                    }
                }
                case "event" -> eventName = value;
                case "data" -> {
                    data.append(value);
                    hasData = true;
                }
                default -> {
                }
            }
        }

        void lost(String reason) {
            if (over) {
                return;
            }
            over = true;
            boolean wasLive = feed.live;
            feed.live = false;
            feed.generation.incrementAndGet();
            if (wasLive || !feed.failing) {
                LOG.warnf("Not following the change feed of %s (%s); its overview section is read on every request until it is "
                        + "followed again", feed.d.serviceName(), reason);
            } else {
                LOG.debugf("Change feed of %s still unavailable: %s", feed.d.serviceName(), reason);
            }
            feed.failing = true;
            if (!stopped) {
                vertx.setTimer(Math.max(1, reconnectDelay.toMillis()), id -> feed.connect());
            }
        }
    }
}
