package org.bilateral.e2e;

import java.time.Duration;
import org.bilateral.e2e.client.ApiClient;
import org.bilateral.testsupport.DevTokens;

/** Generated-client instances for a base URL: anonymous (reads) or with an editor token (writes). */
final class Clients {

    private Clients() {
    }

    static ApiClient anonymous(String baseUrl) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(baseUrl);
        client.setReadTimeout(Duration.ofSeconds(30));
        return client;
    }

    static String editorBearer() {
        return DevTokens.bearer(DevTokens.editor());
    }

    static ApiClient editor(String baseUrl) {
        String bearer = editorBearer();
        return anonymous(baseUrl).setRequestInterceptor(request -> request.header("Authorization", bearer));
    }
}
