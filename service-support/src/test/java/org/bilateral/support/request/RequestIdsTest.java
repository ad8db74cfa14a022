package org.bilateral.support.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.ws.rs.core.HttpHeaders;
import java.lang.reflect.Proxy;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RequestIdsTest {

    private static HttpHeaders withRequestId(String id) {
        return (HttpHeaders) Proxy.newProxyInstance(RequestIdsTest.class.getClassLoader(), new Class<?>[] {HttpHeaders.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getHeaderString")) {
                        return RequestIds.HEADER.equalsIgnoreCase((String) args[0]) ? id : null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @AfterEach
    void clearMdc() {
        MDC.remove(RequestIds.MDC_KEY);
    }

    @Test
    void newIdIsARandomVersion4Uuid() {
        for (int i = 0; i < 1000; i++) {
            String id = RequestIds.newId();
            UUID uuid = UUID.fromString(id);
            assertEquals(4, uuid.version(), id);
            assertEquals(2, uuid.variant(), id);
            assertEquals(id, uuid.toString());
        }
    }

    @Test
    void newIdsDoNotRepeat() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(RequestIds.newId());
        }
        assertEquals(10_000, ids.size());
    }

    @Test
    void idComesFromTheRequestHeader() {
        MDC.put(RequestIds.MDC_KEY, "from-mdc");
        assertEquals("abc-123", RequestIds.of(withRequestId("abc-123")));
    }

    @Test
    void withoutHeaderTheLoggingContextNamesTheRequest() {
        MDC.put(RequestIds.MDC_KEY, "from-mdc");
        assertEquals("from-mdc", RequestIds.of(withRequestId(null)));
        assertEquals("from-mdc", RequestIds.of(null));
    }

    @Test
    void withNeitherThereIsNoId() {
        assertNull(RequestIds.of(null));
        assertNull(RequestIds.of(withRequestId(null)));
    }
}
