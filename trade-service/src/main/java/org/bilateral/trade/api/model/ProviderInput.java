package org.bilateral.trade.api.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.bilateral.trade.domain.Provider;
import org.bilateral.trade.domain.ProviderKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An official-statistics provider as clients create or replace it (and as config declares it).
 * Codes and enums that must name one of our values are plain strings here, checked by
 * the harvest's ProviderRules so a wrong one is a 400 naming its field. The view answers the same parts, so what GET
 * answers can be sent back.
 */
@Schema(name = "ProviderInput", description = "An official-statistics provider to harvest")
public record ProviderInput(
        @Schema(description = "Our id of the provider: lower-case letters, digits and '-'; also the id of its row in /sources", examples = "imf-dot")
        @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,47}", message = "must be 2 to 48 lower-case letters, digits or '-', starting with a letter") String id,
        @Schema(examples = "IMF Direction of Trade") @NotBlank @Size(max = 200) String name,
        @Schema(description = "Protocol") @NotNull ProviderKind kind,
        @Schema(description = "SDMX: the REST root before /data; Comtrade: the CSV itself. http or https only.", examples = "https://provider.example/sdmx/rest")
        @NotBlank @Size(max = 2000) String url,
        @Schema(description = "SDMX dataflow; required for SDMX_REST_2_1") @Valid Dataflow dataflow,
        @Schema(description = "SDMX series key filter; absent or 'all' for every series", examples = "M.BY+KZ.TXG_FOB_USD+TMG_CIF_USD.KZ+BY")
        @Size(max = 1000) @Pattern(regexp = "[A-Za-z0-9_+.@$-]*", message = "must be an SDMX key: codes joined by '.', alternatives by '+'") String key,
        @Schema(description = "SDMX dimension ids; reporter, partner and flow required for SDMX_REST_2_1") @Valid Dimensions dimensions,
        @Schema(description = "How the provider's codes map to ours") @NotNull @Valid Codes codes,
        @Schema(description = "Currency and power of ten of the values") @NotNull @Valid Unit unit,
        @Schema(description = "Quartz cron (seconds first) of scheduled harvests; absent for harvests on request only", examples = "0 0 5 * * ?")
        @Size(max = 120) String schedule,
        @Schema(readOnly = true, description = "Read-only. Ignored on create; on replace, where sent, it must be the current version, "
                + "the one If-Match names (412 otherwise)", examples = "1") Integer version,
        @Schema(readOnly = true, description = "Read-only: API or CONFIG, as GET answers it; accepted and never written") Provider.Origin origin,
        @Schema(readOnly = true, description = "Read-only: where the provider's harvests are listed; accepted and never written") String harvests) {

    /** A stored provider as the body that would create it (without the read-only fields). */
    public static ProviderInput of(Provider p) {
        Provider.Mapping m = p.mapping;
        return new ProviderInput(p.code, p.name, p.kind, p.url, Dataflow.of(m.dataflow()), m.key(), Dimensions.of(m.dimensions()),
                Codes.of(m.codes()), Unit.of(m.unit()), p.schedule, null, null, null);
    }

    /** What the harvest reads of the body, as the provider keeps it. */
    public Provider.Mapping mapping() {
        return new Provider.Mapping(dataflow == null ? null : dataflow.toDomain(), key, dimensions == null ? null : dimensions.toDomain(),
                codes == null ? null : codes.toDomain(), unit == null ? null : unit.toDomain());
    }

    @Schema(name = "ProviderDataflow")
    public record Dataflow(
            @Schema(examples = "IMF") @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9_.@-]+") String agency,
            @Schema(examples = "DOT") @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9_@-]+") String id,
            @Schema(examples = "latest") @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_.+*-]+") String version) {

        static Dataflow of(Provider.Dataflow d) {
            return d == null ? null : new Dataflow(d.agency(), d.id(), d.version());
        }

        Provider.Dataflow toDomain() {
            return new Provider.Dataflow(agency, id, version);
        }
    }

    @Schema(name = "ProviderDimensions")
    public record Dimensions(
            @Schema(examples = "REF_AREA") @Size(max = 100) String reporter,
            @Schema(examples = "COUNTERPART_AREA") @Size(max = 100) String partner,
            @Schema(examples = "INDICATOR") @Size(max = 100) String flow,
            @Schema(examples = "FREQ") @Size(max = 100) String frequency,
            @Schema(description = "Absent: the data is all goods") @Size(max = 100) String commodity) {

        static Dimensions of(Provider.Dimensions d) {
            return d == null ? null : new Dimensions(d.reporter(), d.partner(), d.flow(), d.frequency(), d.commodity());
        }

        Provider.Dimensions toDomain() {
            return new Provider.Dimensions(reporter, partner, flow, frequency, commodity);
        }
    }

    @Schema(name = "ProviderCodes")
    public record Codes(
            @Schema(description = "Provider flow code -> EXPORT, IMPORT, TURNOVER, SERVICES or INVESTMENT; every code the data may carry",
                    examples = "{\"TXG_FOB_USD\": \"EXPORT\", \"TMG_CIF_USD\": \"IMPORT\"}")
            @NotNull @Size(min = 1, max = 100) Map<String, String> flow,
            @Schema(description = "ISO_ALPHA2, ISO_ALPHA3 or ISO_NUMERIC", examples = "ISO_ALPHA2") @NotBlank String countries,
            @Schema(description = "The provider's commodity code for all goods (stored as no commodity)", examples = "TOTAL") @Size(max = 40) String allGoods,
            @Schema(description = "Observation status (OBS_STATUS) -> EXACT, APPROXIMATE, AT_LEAST or MORE_THAN; an absent status is EXACT",
                    examples = "{\"E\": \"APPROXIMATE\"}")
            @Size(max = 100) Map<String, String> status) {

        static Codes of(Provider.Codes c) {
            return c == null ? null : new Codes(c.flow(), c.countries(), c.allGoods(), c.status());
        }

        Provider.Codes toDomain() {
            return new Provider.Codes(flow, countries, allGoods, status);
        }
    }

    @Schema(name = "ProviderUnit")
    public record Unit(
            @Schema(description = "ISO 4217", examples = "USD") @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
            @Schema(description = "Attribute carrying the power of ten of each value", examples = "UNIT_MULT") @Size(max = 100) String multiplierAttribute,
            @Schema(description = "Fixed power of ten when no attribute carries it; absent with no attribute: 0", examples = "6") @Min(0) @Max(12) Integer multiplier) {

        static Unit of(Provider.Unit u) {
            return u == null ? null : new Unit(u.currency(), u.multiplierAttribute(), u.multiplier());
        }

        Provider.Unit toDomain() {
            return new Provider.Unit(currency, multiplierAttribute, multiplier);
        }
    }
}
