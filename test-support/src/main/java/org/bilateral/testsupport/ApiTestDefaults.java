package org.bilateral.testsupport;

import io.restassured.RestAssured;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** REST-assured defaults for every API test (auto-detected JUnit extension): log request and response whenever a check fails. */
public class ApiTestDefaults implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }
}
