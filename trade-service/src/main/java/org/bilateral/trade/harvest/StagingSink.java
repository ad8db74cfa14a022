package org.bilateral.trade.harvest;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.bilateral.support.codes.IsoCodes;
import org.bilateral.trade.domain.Harvest;
import org.bilateral.trade.harvest.read.ObservationSink;
import org.bilateral.trade.harvest.read.OfficialObservation;

/**
 * Writes observations into harvest_row in batches as the provider's answer streams in (each batch
 * its own commit, so memory stays flat), reporting progress on the harvest row. Observations a
 * figure cannot hold are rejected here with the reason. Nothing reaches figure until the harvest applies.
 */
final class StagingSink implements ObservationSink, AutoCloseable {

    /** figure.amount is numeric(20, 4); figure scale is a power of ten 0..12. */
    private static final int MAX_DECIMALS = 4;
    private static final int MAX_INTEGER_DIGITS = 16;
    private static final int MAX_SCALE = 12;

    private final Connection connection;
    private final long harvestId;
    private final int batchSize;
    private final int maxRejectionsListed;
    private final PreparedStatement insert;
    private final PreparedStatement progress;
    private final List<Harvest.Rejection> rejections = new ArrayList<>();
    private long seq;
    private long pending;
    private long rejected;
    private SQLException failure;

    StagingSink(Connection connection, long harvestId, int batchSize, int maxRejectionsListed) throws SQLException {
        this(connection, "harvest_row", harvestId, batchSize, maxRejectionsListed);
    }

    /** Staging into another table of harvest_row's shape (an import's temporary table). */
    StagingSink(Connection connection, String table, long harvestId, int batchSize, int maxRejectionsListed) throws SQLException {
        this.connection = connection;
        this.harvestId = harvestId;
        this.batchSize = batchSize;
        this.maxRejectionsListed = maxRejectionsListed;
        this.insert = connection.prepareStatement("INSERT INTO " + table + " (harvest_id, seq, reporter, partner, flow, commodity, "
                + "period_start, period_end, period_label, amount, scale, unit, qualifier, series_key, locator) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        this.progress = connection.prepareStatement("UPDATE harvest SET observations_read = ?, rejected = ?, "
                + "heartbeat_at = clock_timestamp() WHERE id = ?");
    }

    @Override
    public void accept(OfficialObservation o) {
        if (failure != null) {
            return;
        }
        String why = unfit(o);
        if (why != null) {
            reject(o.seriesKey(), o.periodLabel(), why);
            return;
        }
        BigDecimal amount = o.amount().stripTrailingZeros();
        int scale = o.scale();
        // the exact value amount x 10^scale, moved into what a figure holds without rounding
        if (scale < 0) {
            amount = amount.movePointLeft(-scale);
            scale = 0;
        }
        if (scale > MAX_SCALE) {
            amount = amount.movePointRight(scale - MAX_SCALE);
            scale = MAX_SCALE;
        }
        int shift = Math.min(Math.max(0, amount.scale() - MAX_DECIMALS), scale);
        amount = amount.movePointRight(shift).stripTrailingZeros();
        scale -= shift;
        if (amount.scale() > MAX_DECIMALS) {
            reject(o.seriesKey(), o.periodLabel(), "value " + o.amount().toPlainString() + " x 10^" + o.scale()
                    + " has more decimal places than a figure keeps (4 in units)");
            return;
        }
        if (amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
            reject(o.seriesKey(), o.periodLabel(), "value " + o.amount().toPlainString() + " x 10^" + o.scale() + " is too large");
            return;
        }
        try {
            insert.setLong(1, harvestId);
            insert.setLong(2, ++seq);
            insert.setString(3, o.reporter());
            insert.setString(4, o.partner());
            insert.setString(5, o.flow().name());
            insert.setString(6, o.commodity());
            insert.setDate(7, Date.valueOf(o.periodStart()));
            insert.setDate(8, Date.valueOf(o.periodEnd()));
            insert.setString(9, o.periodLabel());
            insert.setBigDecimal(10, amount.scale() < 0 ? amount.setScale(0) : amount);
            insert.setInt(11, scale);
            insert.setString(12, o.unit());
            insert.setString(13, o.qualifier() == null ? "EXACT" : o.qualifier().name());
            insert.setString(14, o.seriesKey());
            insert.setString(15, o.locator() == null ? o.seriesKey() + "@" + o.periodLabel() : o.locator());
            insert.addBatch();
            if (++pending >= batchSize) {
                flush();
            }
        } catch (SQLException e) {
            failure = e;
            // stop the reader: the harvest cannot finish once staging failed
            throw new IllegalStateException("storing observations failed: " + e.getMessage(), e);
        }
    }

    /** Why a mapped observation still cannot be a figure; null when it can. */
    private static String unfit(OfficialObservation o) {
        if (o.amount() == null) {
            return "no value";
        }
        if (o.amount().signum() < 0) {
            return "negative value " + o.amount().toPlainString() + " (figures are amounts of trade, 0 or more)";
        }
        if (!IsoCodes.isCountry(o.reporter())) {
            return "reporter '" + o.reporter() + "' is not an ISO 3166-1 country";
        }
        if (!IsoCodes.isCountry(o.partner())) {
            return "partner '" + o.partner() + "' is not an ISO 3166-1 country";
        }
        if (o.reporter().equals(o.partner())) {
            return "reporter and partner are both " + o.reporter();
        }
        if (o.flow() == null || o.periodStart() == null || o.periodEnd() == null || o.periodLabel() == null) {
            return "flow or period missing";
        }
        if (o.periodEnd().isBefore(o.periodStart())) {
            return "period ends before it starts";
        }
        if (o.unit() == null || !o.unit().matches("[A-Z]{3}")) {
            return "unit '" + o.unit() + "' is not an ISO 4217 currency";
        }
        return null;
    }

    @Override
    public void reject(String seriesKey, String period, String reason) {
        rejected++;
        if (rejections.size() < maxRejectionsListed) {
            rejections.add(new Harvest.Rejection(seriesKey, period, reason));
        }
    }

    /** Writes the pending batch and the progress; rethrows a database failure met while streaming. */
    void flush() throws SQLException {
        if (failure != null) {
            throw failure;
        }
        if (pending > 0) {
            insert.executeBatch();
            pending = 0;
        }
        progress.setLong(1, seq + rejected);
        progress.setLong(2, rejected);
        progress.setLong(3, harvestId);
        progress.executeUpdate();
    }

    long staged() {
        return seq;
    }

    long rejected() {
        return rejected;
    }

    List<Harvest.Rejection> rejections() {
        return List.copyOf(rejections);
    }

    @Override
    public void close() throws SQLException {
        try {
            insert.close();
        } finally {
            progress.close();
        }
    }

    Connection connection() {
        return connection;
    }
}
