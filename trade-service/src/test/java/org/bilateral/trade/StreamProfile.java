package org.bilateral.trade;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The live stream with small limits, so the tests reach them quickly: a tiny per-connection buffer
 * and socket send buffer (a consumer that stops reading is cut off within a second), three streams
 * per client, a heartbeat every second.
 */
public class StreamProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("bilateral.stream.buffer-size", "20",
                "bilateral.stream.slow-consumer-timeout", "1s",
                "bilateral.stream.max-per-client", "3",
                "bilateral.stream.heartbeat", "1s",
                "stream-test.send-buffer-size", "4096");
    }
}
