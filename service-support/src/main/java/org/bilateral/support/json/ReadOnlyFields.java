package org.bilateral.support.json;

import java.util.List;
import org.bilateral.support.problem.ApiException;
import org.bilateral.support.problem.Problem;
import org.bilateral.support.problem.ProblemType;

/**
 * The read-only fields a representation carries ({@code id}, {@code version}, fields the server derives) may be sent
 * back on a write, so a client can PUT exactly what it fetched. They are never written; they must only not
 * contradict the request:
 * <ul>
 * <li>{@code id}: on PUT the id in the path; another id is a 400 naming {@code id} (the body was fetched from another
 * record, and writing it here would copy one record over another). Ignored on POST, where the server assigns it.</li>
 * <li>{@code version}: on PUT the current version, the one If-Match must name; another version is a 412 like a stale
 * If-Match, because a body based on another version would silently undo the changes made since. If-Match stays
 * required (428 without it): the body's version does not replace it. Ignored on POST.</li>
 * </ul>
 */
public final class ReadOnlyFields {

    private ReadOnlyFields() {
    }

    /** The body's {@code id}, where sent, must be the id the path names. */
    public static void requireSameId(Long bodyId, long pathId) {
        if (bodyId != null && bodyId != pathId) {
            throw ApiException.badRequest("id", "is " + bodyId + " but the path names " + pathId
                    + "; id is read-only: leave it out or send the id of the record being replaced");
        }
    }

    /** The body's {@code version}, where sent, must be the current version (the one If-Match names): a 412 otherwise. */
    public static void requireCurrentVersion(Integer bodyVersion, int currentVersion) {
        if (bodyVersion != null && bodyVersion != currentVersion) {
            throw new ApiException(ProblemType.PRECONDITION_FAILED, "The body is version " + bodyVersion + " but the current version is " + currentVersion
                            + " (ETag \"" + currentVersion + "\"): read it again and reapply the edit",
                    List.of(new Problem.FieldError("version", "is " + bodyVersion + ", not the current version " + currentVersion
                            + "; version is read-only: leave it out or send the version If-Match names")));
        }
    }
}
