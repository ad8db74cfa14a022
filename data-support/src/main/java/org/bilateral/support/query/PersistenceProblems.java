package org.bilateral.support.query;

import io.netty.channel.ConnectTimeoutException;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import jakarta.persistence.OptimisticLockException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import javax.net.ssl.SSLException;
import org.bilateral.support.problem.ApiException;
import org.bilateral.support.problem.ProblemTranslator;
import org.bilateral.support.problem.ProblemType;
import org.hibernate.StaleObjectStateException;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Persistence failures that have a meaning for the client, rather than a 500: a concurrent writer
 * won (412), the database is unreachable (503), or the database refused a value or a key (SQL state).
 * Found by {@link org.bilateral.support.problem.KnownFailures} through META-INF/services.
 */
public class PersistenceProblems implements ProblemTranslator {

    @Override
    public ApiException translate(Throwable failure) {
        if (failure instanceof OptimisticLockException || failure instanceof StaleObjectStateException) {
            // the client's version is stale, so 412 like a stale If-Match
            return ApiException.preconditionFailed("(changed concurrently)");
        }
        if (failure instanceof JDBCConnectionException) {
            return databaseUnreachable();
        }
        if (failure instanceof SQLException sql) {
            return databaseUnavailable(sql) ? databaseUnreachable() : fromSqlState(sql.getSQLState());
        }
        // the reactive client of the point reads (PointReads): a refused or lost connection, or the server's SQL state
        if (failure instanceof ConnectException || failure instanceof ClosedConnectionException
                || failure instanceof ConnectTimeoutException || failure instanceof UnknownHostException || failure instanceof SSLException) {
            return databaseUnreachable();
        }
        if (failure instanceof PgException pg) {
            return databaseUnavailable(pg.getSqlState()) ? databaseUnreachable() : fromSqlState(pg.getSqlState());
        }
        return null;
    }

    private static ApiException fromSqlState(String state) {
        if (state == null) {
            return null;
        }
        return switch (state) {
            case "23505" -> ApiException.conflict("A record with the same natural key already exists");
            case "23503" -> ApiException.conflict("The record refers to, or is referred to by, another record");
            case "23514", "22003", "22001", "22007", "22008" ->
                    new ApiException(ProblemType.VALIDATION, "A value is outside what the data model accepts", null);
            // a NUL or other character the database encoding cannot hold, e.g. in a query parameter
            case "22021", "22P05" -> new ApiException(ProblemType.VALIDATION,
                    "A text value contains a character that cannot be stored or searched for (such as NUL)", null);
            default -> null;
        };
    }

    private static ApiException databaseUnreachable() {
        return ApiException.unavailable("The database cannot be reached; retry later");
    }

    /**
     * The database is gone or not accepting work for now, rather than the request being wrong: a
     * connection failure (class 08), a server shutting down, crashed or still starting (57P01-03),
     * no free server connection (53300), or the pool's acquisition timeout (no SQL state). A pooled
     * connection the server closed while it was down shows up as 57P01 on its next use.
     */
    static boolean databaseUnavailable(SQLException sql) {
        String state = sql.getSQLState();
        if (state == null) {
            return sql.getMessage() != null && sql.getMessage().contains("acquisition timeout");
        }
        return databaseUnavailable(state);
    }

    private static boolean databaseUnavailable(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")
                || state.equals("53300"));
    }
}
