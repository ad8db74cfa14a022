package org.bilateral.trade.harvest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bilateral.support.problem.ApiException;
import org.bilateral.support.problem.Problem;
import org.bilateral.support.problem.ProblemType;
import org.bilateral.support.provenance.Source;
import org.bilateral.trade.config.TradeConfig;
import org.bilateral.trade.harvest.read.ComtradeCsvReader;
import org.bilateral.trade.harvest.read.HarvestFailure;

/**
 * POST /figures/import in UN Comtrade's CSV layout (profile=comtrade). The file is read with the Comtrade
 * reader the harvests use, staged in a temporary table and applied like a harvest, all in one transaction:
 * the figures belong to source (and provider) {@value #SOURCE}; a value the same key already has stays as
 * it is, a changed value becomes a new revision. Any row the reader rejects fails the whole import (400,
 * nothing written), as the import's other formats do.
 */
@ApplicationScoped
public class ComtradeImport {

    /** Source id and provenance provider of figures imported in the Comtrade layout. */
    public static final String SOURCE = "comtrade-import";
    private static final String STAGING = "comtrade_import_rows";

    /** What an import did. */
    public record Outcome(long received, long created, long revised, long unchanged, long feedCursor) {
    }

    private final AgroalDataSource dataSource;
    private final EntityManager em;
    private final HarvestApplier applier;
    private final TradeConfig config;

    ComtradeImport(AgroalDataSource dataSource, EntityManager em, HarvestApplier applier, TradeConfig config) {
        this.dataSource = dataSource;
        this.em = em;
        this.applier = applier;
        this.config = config;
    }

    @Transactional
    @TransactionConfiguration(timeoutFromConfigProperty = "bilateral.trade.bulk-import.transaction-timeout-seconds")
    public Outcome importCsv(InputStream body, String actor) {
        int maxListed = config.trade().bulkImport().maxErrorsListed();
        long cursor = ((Number) em.createNativeQuery("SELECT coalesce(max(seq), 0) FROM revision").getSingleResult()).longValue();
        StagingSink sink;
        long read;
        // inside the transaction Agroal hands out the connection enlisted in it
        try (Connection c = dataSource.getConnection()) {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TEMPORARY TABLE " + STAGING + " (LIKE harvest_row INCLUDING DEFAULTS) ON COMMIT DROP");
            }
            sink = new StagingSink(c, STAGING, 0, config.trade().harvests().batchSize(), maxListed);
            try (sink) {
                read = new ComtradeCsvReader(null, config.trade().bulkImport().maxRowChars()).read(body, "the request body", sink);
                sink.flush();
            }
        } catch (HarvestFailure e) {
            throw ApiException.badRequest("body", e.getMessage());
        } catch (SQLException e) {
            throw new IllegalStateException("Comtrade import failed in the database", e);
        }
        if (sink.rejected() > 0) {
            List<Problem.FieldError> errors = new ArrayList<>();
            sink.rejections().forEach(r -> errors.add(new Problem.FieldError("row " + r.seriesKey() + " " + r.period(), r.reason())));
            throw new ApiException(ProblemType.VALIDATION, sink.rejected() + " of " + read
                    + " Comtrade row(s) cannot be figures; nothing was written", errors);
        }
        if (sink.staged() == 0) {
            throw ApiException.badRequest("body", "has a header but no rows");
        }
        if (Source.findById(SOURCE) == null) {
            Source s = new Source();
            s.id = SOURCE;
            s.publisher = "UN Comtrade";
            s.summary = "Official trade statistics in UN Comtrade's CSV layout, imported through POST /api/v1/trade/figures/import?profile=comtrade.";
            s.persist();
            s.flush();
        }
        HarvestApplier.Counts counts = applier.applyRows(STAGING, 0, SOURCE, null, null, Instant.now(), actor);
        return new Outcome(sink.staged(), counts.created(), counts.revised(), counts.unchanged(), cursor);
    }
}
