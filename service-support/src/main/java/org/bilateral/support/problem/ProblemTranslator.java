package org.bilateral.support.problem;

/**
 * Says what a failure from a library service-support does not depend on (persistence) means for the
 * client. Implementations are found with {@link java.util.ServiceLoader} (META-INF/services), so an
 * application without a database, the gateway, has none and needs no persistence classes.
 */
public interface ProblemTranslator {

    /** The problem {@code failure} itself means, its causes aside; null when it means nothing known here. */
    ApiException translate(Throwable failure);
}
