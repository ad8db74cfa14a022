package org.bilateral.support.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Recognises the failures that have a problem type of their own anywhere in a cause chain. What a persistence failure
 * means is not known here (this module has no persistence): it comes from the {@link ProblemTranslator}s on the class
 * path, data-support's among them.
 */
public final class KnownFailures {

    private static final List<ProblemTranslator> TRANSLATORS = ServiceLoader
            .load(ProblemTranslator.class, KnownFailures.class.getClassLoader()).stream().map(ServiceLoader.Provider::get).toList();

    private KnownFailures() {
    }

    /**
     * Finds a known failure anywhere in a cause chain (transactions wrap what the flush threw); what a
     * persistence failure means comes from the {@link ProblemTranslator}s on the class path.
     */
    public static ApiException translate(Throwable e) {
        ApiException known = translateChain(e);
        if (known != null) {
            return known;
        }
        // a failed commit reports the lost connection only as a suppressed exception of the rollback
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (Throwable suppressed : t.getSuppressed()) {
                known = translateChain(suppressed);
                if (known != null && known.status() == 503) {
                    return known;
                }
            }
        }
        return null;
    }

    private static ApiException translateChain(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ApiException api) {
                return api;
            }
            if (t instanceof JsonProcessingException json) {
                return JacksonProblems.of(json);
            }
            if (t instanceof ConstraintViolationException) {
                return null;
            }
            for (ProblemTranslator translator : TRANSLATORS) {
                ApiException known = translator.translate(t);
                if (known != null) {
                    return known;
                }
            }
        }
        return null;
    }
}
