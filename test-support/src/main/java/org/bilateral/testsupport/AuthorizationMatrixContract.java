package org.bilateral.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The authorization matrix of an application, derived from its own OpenAPI document: every
 * operation that declares a security requirement, and every write, is sent with no token and with
 * each kind of bad token (expired, not yet valid, wrong issuer, wrong or no audience, alg none,
 * tampered payload, foreign key, garbage, another scheme) and must answer 401 problem+json with
 * {@code WWW-Authenticate: Bearer}; a valid token without the needed group must answer 403
 * problem+json; the right group must get through (2xx, or a 4xx about the request, never 401/403).
 */
public final class AuthorizationMatrixContract {

    /** Where the groups are checked. */
    public enum Enforcer {
        /** A service: editor for writes, admin for /admin/ operations and those documented as "Needs group admin". */
        SERVICE,
        /** The gateway: any write needs editor or admin; which of them is the service's business. */
        GATEWAY
    }

    /** Every kind of credential that must not let a write through, by name. */
    public static Map<String, Supplier<String>> refusedCredentials() {
        Map<String, Supplier<String>> bad = new LinkedHashMap<>();
        bad.put("no token", () -> null);
        bad.put("expired", () -> DevTokens.bearer(DevTokens.expired()));
        bad.put("not yet valid", () -> DevTokens.bearer(DevTokens.notYetValid()));
        bad.put("wrong issuer", () -> DevTokens.bearer(DevTokens.wrongIssuer()));
        bad.put("wrong audience", () -> DevTokens.bearer(DevTokens.wrongAudience()));
        bad.put("no audience", () -> DevTokens.bearer(DevTokens.noAudience()));
        bad.put("alg none", () -> DevTokens.bearer(DevTokens.algNone()));
        bad.put("tampered signature", () -> DevTokens.bearer(DevTokens.tampered()));
        bad.put("foreign key", () -> DevTokens.bearer(DevTokens.foreignKey()));
        bad.put("garbage", () -> "Bearer not.a.jwt");
        bad.put("basic scheme", () -> "Basic ZWRpdG9yOmVkaXRvcg==");
        return bad;
    }

    private AuthorizationMatrixContract() {
    }

    /** Checks the matrix and prints it as one line per operation; returns how many operations it covered. */
    public static int assertEnforced(String documentPath, Enforcer enforcer) {
        ApiDocument api = ApiDocument.fetch(documentPath);
        Map<String, Supplier<String>> bad = refusedCredentials();
        Map<String, String> cached = new LinkedHashMap<>();
        bad.forEach((name, token) -> cached.put(name, token.get()));
        List<String> failures = new ArrayList<>();
        int covered = 0;
        for (ApiDocument.Operation op : api.operations()) {
            if (!op.write() && !op.declaresSecurity()) {
                continue;
            }
            covered++;
            if (!op.declaresSecurity()) {
                failures.add(op + ": a write without a documented security requirement");
            }
            // admin: the /admin/ operations, and those whose documentation says so (trade-service's providers and harvests)
            boolean adminOnly = enforcer == Enforcer.SERVICE && (op.template().contains("/admin/")
                    || op.node().path("description").asText("").startsWith("Needs group admin"));
            StringBuilder row = new StringBuilder(op.toString()).append(':');
            for (Map.Entry<String, String> credential : cached.entrySet()) {
                HttpResponse<String> r = send(api, op, credential.getValue());
                row.append(' ').append(credential.getKey()).append('=').append(r.statusCode());
                if (r.statusCode() != 401 || !isProblem(r) || !r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer")) {
                    failures.add(op + " with " + credential.getKey() + ": expected 401 problem+json with WWW-Authenticate: Bearer, got "
                            + r.statusCode() + " " + r.headers().firstValue("Content-Type").orElse("") + " " + shorten(r.body()));
                }
            }
            Map<String, String> withoutGroup = new LinkedHashMap<>();
            withoutGroup.put("reader", DevTokens.reader());
            if (adminOnly) {
                withoutGroup.put("editor", DevTokens.editor());
            }
            withoutGroup.forEach((name, token) -> {
                HttpResponse<String> r = send(api, op, DevTokens.bearer(token));
                row.append(' ').append(name).append('=').append(r.statusCode());
                if (r.statusCode() != 403 || !isProblem(r)) {
                    failures.add(op + " with a valid " + name + " token: expected 403 problem+json, got " + r.statusCode() + " " + shorten(r.body()));
                }
            });
            String rightName = adminOnly ? "admin" : "editor";
            HttpResponse<String> ok = send(api, op, DevTokens.bearer(adminOnly ? DevTokens.admin() : DevTokens.editor()));
            row.append(' ').append(rightName).append('=').append(ok.statusCode());
            if (ok.statusCode() == 401 || ok.statusCode() == 403 || ok.statusCode() >= 500) {
                failures.add(op + " with a valid " + rightName + " token: expected to get through, got " + ok.statusCode() + " " + shorten(ok.body()));
            }
            System.out.println("[authz] " + row);
        }
        assertFalse(covered == 0, "no write or secured operation in " + documentPath);
        assertEquals(List.of(), failures, failures.size() + " authorization failures");
        return covered;
    }

    private static HttpResponse<String> send(ApiDocument api, ApiDocument.Operation op, String authorization) {
        ApiDocument.Call call = api.baseline(op, null);
        if (authorization != null) {
            call.headers.put("Authorization", authorization);
        }
        return api.send(call.build());
    }

    private static boolean isProblem(HttpResponse<String> r) {
        return r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
    }

    private static String shorten(String s) {
        return s == null ? "" : s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
