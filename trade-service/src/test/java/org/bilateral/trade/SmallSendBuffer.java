package org.bilateral.trade;

import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where a test profile asks for it, a small socket send buffer, so a consumer that stops reading fills it fast. */
@ApplicationScoped
public class SmallSendBuffer implements HttpServerOptionsCustomizer {

    @ConfigProperty(name = "stream-test.send-buffer-size")
    Optional<Integer> size;

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        size.ifPresent(options::setSendBufferSize);
    }
}
