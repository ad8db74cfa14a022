package org.bilateral.trade.api.model;

import org.bilateral.trade.domain.Provider;
import org.bilateral.trade.domain.ProviderKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Provider", description = "An official-statistics provider and how its data maps to figures")
public record ProviderView(
        @Schema(description = "Our id of the provider; also its source id in /sources and on its figures", examples = "imf-dot") String id,
        @Schema(readOnly = true, description = "Version; the ETag", examples = "1") int version,
        @Schema(readOnly = true, description = "API: created through the API (admins edit it there); CONFIG: declared in config "
                + "(bilateral.trade.providers.<id>.*), read-only through the API", examples = "API") Provider.Origin origin,
        @Schema(examples = "IMF Direction of Trade") String name,
        ProviderKind kind,
        @Schema(examples = "https://provider.example/sdmx/rest") String url,
        ProviderInput.Dataflow dataflow,
        @Schema(examples = "M.BY+KZ.TXG_FOB_USD+TMG_CIF_USD.KZ+BY") String key,
        ProviderInput.Dimensions dimensions,
        ProviderInput.Codes codes,
        ProviderInput.Unit unit,
        @Schema(examples = "0 0 5 * * ?") String schedule,
        @Schema(readOnly = true, description = "Where this provider's harvests are listed", examples = "/api/v1/trade/providers/imf-dot/harvests") String harvests) {

    public static ProviderView of(Provider p) {
        ProviderInput in = ProviderInput.of(p);
        return new ProviderView(p.code, p.version, p.origin, p.name, p.kind, p.url, in.dataflow(), in.key(), in.dimensions(), in.codes(),
                in.unit(), p.schedule, "/api/v1/trade/providers/" + p.code + "/harvests");
    }
}
