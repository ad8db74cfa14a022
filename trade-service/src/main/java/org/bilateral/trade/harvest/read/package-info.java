/**
 * Reading official statistics: fetching a provider's answer and mapping every observation to our codes.
 *
 * <p>{@link org.bilateral.trade.harvest.read.SdmxRestFetcher} (SDMX 2.1 REST) and
 * {@link org.bilateral.trade.harvest.read.ComtradeCsvFetcher} (UN Comtrade CSV) implement
 * {@link org.bilateral.trade.harvest.read.ObservationFetcher}; the readers they use are public so the import
 * endpoint can read the same layouts from an upload ({@link org.bilateral.trade.harvest.read.ComtradeCsvReader},
 * {@link org.bilateral.trade.harvest.read.SdmxMlDataReader}, {@link org.bilateral.trade.harvest.read.SdmxJsonDataReader}
 * with {@link org.bilateral.trade.harvest.read.SdmxObservationMapper}).
 *
 * <p>Decisions: SDMX error 100 after {@code updatedAfter} is "nothing changed" (a run with no observations), without it
 * a failure; Comtrade re-exports and re-imports are not mapped by default (X and M already include them); numeric
 * country codes come from a table kept in {@link org.bilateral.trade.harvest.read.IsoCountries} (Debian iso-codes
 * 4.15.0), alpha-2 and alpha-3 from the JDK; the data request prefers generic SDMX-ML, which names its dimensions, and
 * reads structure-specific and SDMX-JSON answers too; only the configured URL's origin is ever called.
 */
package org.bilateral.trade.harvest.read;
