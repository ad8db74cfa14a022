package org.bilateral.testsupport;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.net.URL;

/**
 * RestAssured aimed at the application's management interface, where health and metrics live
 * (quarkus.management.enabled): its own port, random in tests. A test gets the interface's URL with
 * {@code @TestHTTPResource(value = "/", management = true) URL management;} and calls
 * {@code Management.given(management).get("/q/health/ready")}.
 */
public final class Management {

    private Management() {
    }

    public static RequestSpecification given(URL management) {
        if (management == null) {
            throw new IllegalStateException("no management URL injected: is the field annotated @TestHTTPResource(management = true)?");
        }
        return RestAssured.given().baseUri(management.getProtocol() + "://" + management.getHost()).port(management.getPort());
    }
}
