package org.bilateral.support.http;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;
import io.netty.handler.timeout.IdleStateEvent;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.net.impl.ConnectionBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Set;

/**
 * Gives a request on one of {@code bilateral.http.large-body-paths} the connection idle timeout
 * {@code bilateral.http.large-body-idle-timeout} instead of {@code quarkus.http.idle-timeout}. A bulk
 * import reads its whole body and then runs one final insert that can take minutes; no byte moves
 * on the connection meanwhile, and the short timeout that protects the API from stalled clients
 * would close it under a transaction that is about to commit.
 * <p>
 * Vert.x has no per-request idle timeout, so its idle handler is left alone: a guard placed after
 * it in the Netty pipeline holds back its idle events while the request is under way and the
 * connection has carried a byte within the longer timeout. When a connection upgrades to HTTP/2
 * (h2c) at the end of the request body, Vert.x rebuilds the pipeline without the guard; the guard
 * then puts a successor in place behind the new idle handler. It leaves when the response has been sent.
 */
@ApplicationScoped
public class LargeBodyIdleTimeout {

    /** The name Vert.x's HTTP server gives the connection's Netty IdleStateHandler. */
    static final String IDLE_HANDLER = "idle";
    static final String GUARD = "bilateral-large-body-idle";

    private final Set<String> largeBodyPaths;
    private final long idleNanos;

    LargeBodyIdleTimeout(HttpLimitsConfig config) {
        this.largeBodyPaths = Set.copyOf(config.largeBodyPaths().orElse(List.of()));
        this.idleNanos = config.largeBodyIdleTimeout().toNanos();
    }

    void register(@Observes Filters filters) {
        if (largeBodyPaths.isEmpty()) {
            return;
        }
        filters.register(rc -> {
            if (largeBodyPaths.contains(rc.request().path()) && rc.request().connection() instanceof ConnectionBase connection) {
                ChannelPipeline pipeline = connection.channel().pipeline();
                if (pipeline.get(GUARD) == null) {
                    Watch watch = new Watch(idleNanos);
                    watch.guard(pipeline);
                    rc.addEndHandler(done -> watch.finish(pipeline));
                }
            }
            rc.next();
        }, BodySizeLimit.PRIORITY);
    }

    /** One request's watch over its connection: when it last saw a byte, and whether it is over. */
    static final class Watch {

        private final long idleNanos;
        private volatile long lastActivity = System.nanoTime();
        private volatile boolean finished;

        Watch(long idleNanos) {
            this.idleNanos = idleNanos;
        }

        void guard(ChannelPipeline pipeline) {
            if (!finished && pipeline.channel().isActive() && pipeline.get(IDLE_HANDLER) != null && pipeline.get(GUARD) == null) {
                pipeline.addAfter(IDLE_HANDLER, GUARD, new Guard(this));
            }
        }

        void finish(ChannelPipeline pipeline) {
            finished = true;
            if (pipeline.get(GUARD) instanceof Guard g && g.watch == this) {
                pipeline.remove(g);
            }
        }
    }

    /** Swallows idle events until the connection has been silent for the longer timeout. */
    static final class Guard extends ChannelDuplexHandler {

        private final Watch watch;

        Guard(Watch watch) {
            this.watch = watch;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            watch.lastActivity = System.nanoTime();
            ctx.fireChannelRead(msg);
        }

        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
            watch.lastActivity = System.nanoTime();
            ctx.write(msg, promise);
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
            if (evt instanceof IdleStateEvent && System.nanoTime() - watch.lastActivity < watch.idleNanos) {
                return;
            }
            ctx.fireUserEventTriggered(evt);
        }

        @Override
        public void handlerRemoved(ChannelHandlerContext ctx) {
            // removed by someone else (the h2c upgrade rebuilding the pipeline): guard the rebuilt one
            ChannelPipeline pipeline = ctx.pipeline();
            ctx.channel().eventLoop().execute(() -> watch.guard(pipeline));
        }
    }
}
