package org.bilateral.support.concurrency;

import org.bilateral.support.problem.ApiException;

/**
 * The If-Match header of a write, as a value: the resource reads it, the service checks it against the version it
 * loaded inside its transaction. The service never calls back into the HTTP layer.
 */
public record IfMatch(String header) {

    public static IfMatch of(String header) {
        return new IfMatch(header);
    }

    /**
     * 428 when absent, 412 when it names another version; {@code *} matches any existing version. RFC 9110: If-Match
     * compares strongly, so weak tags never match.
     */
    public void require(int currentVersion) {
        if (header == null || header.isBlank()) {
            throw ApiException.preconditionRequired();
        }
        String current = Integer.toString(currentVersion);
        for (String candidate : header.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*")) {
                return;
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"") && tag.substring(1, tag.length() - 1).equals(current)) {
                return;
            }
        }
        throw ApiException.preconditionFailed(ETags.of(currentVersion).toString());
    }
}
