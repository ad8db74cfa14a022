package org.bilateral.trade.importing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.bilateral.support.history.BulkRevisions;
import org.bilateral.support.problem.ApiException;
import org.bilateral.support.problem.KnownFailures;
import org.bilateral.trade.api.model.FigureInput;
import org.bilateral.trade.config.TradeConfig;
import org.bilateral.trade.domain.Figure;
import org.jboss.logging.Logger;

/**
 * Bulk import of figures in one transaction. The body is read as a stream ({@link FigureRows}): each row is parsed and
 * validated with the rules of a single create ({@link FigureRowValidator}), and the good rows are written straight into
 * a COPY to a temporary staging table ({@link FigureStaging}), so memory stays flat whatever the file's size. Sources
 * are then checked set-based, and if no row was bad, one INSERT ... SELECT ... ON CONFLICT DO NOTHING moves the rows
 * into figure and writes their revisions (history and change feed) in the same statement ({@link BulkRevisions}).
 */
@ApplicationScoped
public class FigureImporter {

    private static final Logger LOG = Logger.getLogger(FigureImporter.class);

    private final AgroalDataSource dataSource;
    private final FigureRowValidator validator;
    private final ObjectReader ndjsonReader;
    private final TradeConfig.BulkImport config;

    FigureImporter(AgroalDataSource dataSource, Validator validator, ObjectMapper mapper, TradeConfig config) {
        this.dataSource = dataSource;
        this.validator = new FigureRowValidator(validator);
        this.ndjsonReader = mapper.readerFor(FigureInput.class);
        this.config = config.trade().bulkImport();
    }

    @Transactional
    @TransactionConfiguration(timeoutFromConfigProperty = "bilateral.trade.bulk-import.transaction-timeout-seconds")
    public ImportOutcome importFigures(InputStream body, ImportFormat format, String actor) {
        try {
            // inside the transaction Agroal hands out the connection enlisted in it (and closing it only releases the handle)
            try (Connection connection = dataSource.getConnection()) {
                // the final insert of a large file is one statement that runs for minutes: the
                // driver's socket timeout (minded for ordinary queries) would cut it off
                int usual = connection.getNetworkTimeout();
                connection.setNetworkTimeout(Runnable::run, (int) TimeUnit.SECONDS.toMillis(config.transactionTimeoutSeconds()));
                try {
                    return run(connection, body, format, actor);
                } finally {
                    restoreNetworkTimeout(connection, usual);
                }
            }
        } catch (SQLException e) {
            ApiException known = KnownFailures.translate(e);
            if (known != null) {
                throw known;
            }
            throw new IllegalStateException("bulk import failed in the database", e);
        }
    }

    /** Back to the usual socket timeout before the pool has the connection again; a broken one is the pool's to evict. */
    private static void restoreNetworkTimeout(Connection connection, int millis) {
        try {
            if (!connection.isClosed()) {
                connection.setNetworkTimeout(Runnable::run, millis);
            }
        } catch (SQLException e) {
            // never hide the import's own outcome or failure behind this one
            LOG.debugf("Could not restore the import connection's network timeout: %s", e.getMessage());
        }
    }

    private ImportOutcome run(Connection connection, InputStream body, ImportFormat format, String actor) throws SQLException {
        FigureStaging staging = FigureStaging.open(connection);
        RowErrors errors = new RowErrors(config.maxErrorsListed());
        long started = System.nanoTime();
        long received = stream(staging, body, format, errors);
        if (received == 0 && errors.isEmpty()) {
            throw ApiException.badRequest("body", format == ImportFormat.CSV ? "has a header but no rows" : "has no rows");
        }
        long streamed = System.nanoTime();
        FigureStaging.checkSources(connection, errors, config.maxErrorsListed());
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors.first(), errors.total());
        }
        long checked = System.nanoTime();
        BulkRevisions.Outcome stored = BulkRevisions.insertNew(connection, Figure.TABLE, FigureStaging.COLUMNS, FigureStaging.TABLE,
                "line", actor);
        ImportOutcome outcome = new ImportOutcome(received, stored.inserted(), stored.cursorBefore());
        // where an import's time goes (upload and validation, source check, final insert), for operators and bench/
        LOG.infof("Import of %d %s rows: %d inserted; read and staged in %d ms, sources checked in %d ms, stored in %d ms",
                received, format, outcome.inserted(), (streamed - started) / 1_000_000, (checked - streamed) / 1_000_000,
                (System.nanoTime() - checked) / 1_000_000);
        return outcome;
    }

    /** Parses, validates and stages every row; returns how many rows the body held. */
    private long stream(FigureStaging staging, InputStream body, ImportFormat format, RowErrors errors) throws SQLException {
        Reader reader = new InputStreamReader(body, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        FigureRows rows = new FigureRows(ndjsonReader, validator, config.maxRowChars());
        try {
            long received = rows.read(reader, format, errors, staging::add);
            staging.finish();
            return received;
        } catch (ImportFormatException e) {
            staging.cancel();
            errors.add(e.line, "line", e.getMessage());
            throw new ImportRejectedException(errors.first(), errors.total());
        } catch (CharacterCodingException e) {
            staging.cancel();
            errors.add((int) rows.line(), "line", "is not valid UTF-8");
            throw new ImportRejectedException(errors.first(), errors.total());
        } catch (IOException e) {
            staging.cancel();
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw ApiException.badRequest("body", "could not be read to the end");
        } catch (RuntimeException e) {
            staging.cancel();
            throw e;
        }
    }
}
