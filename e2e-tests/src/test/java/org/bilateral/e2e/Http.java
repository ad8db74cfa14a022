package org.bilateral.e2e;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import java.util.Map;
import org.bilateral.e2e.client.ApiException;
import org.bilateral.e2e.client.ApiResponse;
import org.bilateral.e2e.client.model.Problem;

/** Small helpers over the generated client's responses and errors. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private Http() {
    }

    static String header(ApiResponse<?> response, String name) {
        for (Map.Entry<String, List<String>> e : response.getHeaders().entrySet()) {
            if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                return e.getValue().get(0);
            }
        }
        return null;
    }

    static String contentType(ApiException e) {
        return e.getResponseHeaders() == null ? null : e.getResponseHeaders().firstValue("Content-Type").orElse(null);
    }

    static Problem problem(ApiException e) {
        try {
            return JSON.readValue(e.getResponseBody(), Problem.class);
        } catch (Exception notJson) {
            throw new AssertionError("not a problem document: " + e.getResponseBody(), notJson);
        }
    }
}
