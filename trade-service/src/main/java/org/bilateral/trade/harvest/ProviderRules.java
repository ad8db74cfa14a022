package org.bilateral.trade.harvest;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.parser.CronParser;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bilateral.support.problem.Problem;
import org.bilateral.trade.api.model.ProviderInput;
import org.bilateral.trade.domain.Flow;
import org.bilateral.trade.domain.ProviderKind;
import org.bilateral.trade.domain.Qualifier;
import org.bilateral.trade.harvest.read.CountryCodes;
import org.bilateral.trade.harvest.read.ProviderMapping;

/** The checks of a provider beyond single-field bean validation, and its translation to the reader's mapping. */
public final class ProviderRules {

    /** The same cron dialect the scheduler runs (Quartz: seconds first, '?' for day of month or week). */
    private static final CronParser CRON = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.QUARTZ));

    private ProviderRules() {
    }

    /** Every rule a bean-valid body may still break, each naming its field; empty when the provider is usable. */
    public static List<Problem.FieldError> check(ProviderInput in) {
        List<Problem.FieldError> errors = new ArrayList<>();
        checkUrl(in.url(), errors);
        if (in.kind() == ProviderKind.SDMX_REST_2_1) {
            if (in.dataflow() == null) {
                errors.add(new Problem.FieldError("dataflow", "is required for kind SDMX_REST_2_1"));
            }
            if (in.dimensions() == null) {
                errors.add(new Problem.FieldError("dimensions", "is required for kind SDMX_REST_2_1"));
            } else {
                requireDimension("reporter", in.dimensions().reporter(), errors);
                requireDimension("partner", in.dimensions().partner(), errors);
                requireDimension("flow", in.dimensions().flow(), errors);
            }
        }
        if (in.codes() != null) {
            if (in.codes().flow() != null) {
                in.codes().flow().forEach((code, ours) -> {
                    if (code == null || code.isBlank()) {
                        errors.add(new Problem.FieldError("codes.flow", "a provider flow code must not be empty"));
                    } else if (!isName(Flow.class, ours)) {
                        errors.add(new Problem.FieldError("codes.flow." + code, "unmapped flow code '" + code + "': maps to '" + ours
                                + "', expected one of " + Arrays.toString(Flow.values())));
                    }
                });
            }
            if (in.codes().countries() != null && !isName(CountryCodes.class, in.codes().countries())) {
                errors.add(new Problem.FieldError("codes.countries", "unknown country code scheme '" + in.codes().countries()
                        + "', expected one of " + Arrays.toString(CountryCodes.values())));
            }
            if (in.codes().status() != null) {
                in.codes().status().forEach((code, ours) -> {
                    if (!isName(Qualifier.class, ours)) {
                        errors.add(new Problem.FieldError("codes.status." + code, "maps to '" + ours + "', expected one of "
                                + Arrays.toString(Qualifier.values())));
                    }
                });
            }
        }
        if (in.unit() != null && in.unit().multiplier() != null && in.unit().multiplierAttribute() != null) {
            errors.add(new Problem.FieldError("unit.multiplier", "give either multiplier or multiplierAttribute, not both"));
        }
        if (in.schedule() != null) {
            try {
                CRON.parse(in.schedule()).validate();
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError("schedule", "not a Quartz cron expression (seconds minutes hours day-of-month month "
                        + "day-of-week, e.g. '0 0 5 * * ?'): " + e.getMessage()));
            }
        }
        return errors;
    }

    private static void checkUrl(String url, List<Problem.FieldError> errors) {
        if (url == null) {
            return;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                errors.add(new Problem.FieldError("url", "must be an http or https URL"));
            } else if (uri.getHost() == null || uri.getHost().isBlank()) {
                errors.add(new Problem.FieldError("url", "must name a host"));
            } else if (uri.getUserInfo() != null) {
                errors.add(new Problem.FieldError("url", "must not carry credentials"));
            }
        } catch (URISyntaxException e) {
            errors.add(new Problem.FieldError("url", "is not a URL: " + e.getReason()));
        }
    }

    private static void requireDimension(String name, String value, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new Problem.FieldError("dimensions." + name, "is required for kind SDMX_REST_2_1"));
        }
    }

    private static <E extends Enum<E>> boolean isName(Class<E> type, String value) {
        if (value == null) {
            return false;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return true;
            }
        }
        return false;
    }

    /** What the readers need, from a provider that passed {@link #check}. */
    public static ProviderMapping mapping(ProviderInput in) {
        Map<String, Flow> flows = new LinkedHashMap<>();
        in.codes().flow().forEach((code, ours) -> flows.put(code, Flow.valueOf(ours)));
        Map<String, Qualifier> statuses = new LinkedHashMap<>();
        if (in.codes().status() != null) {
            in.codes().status().forEach((code, ours) -> statuses.put(code, Qualifier.valueOf(ours)));
        }
        ProviderMapping.Dataflow dataflow = in.dataflow() == null ? null : new ProviderMapping.Dataflow(in.dataflow().agency(),
                in.dataflow().id(), in.dataflow().version() == null ? "latest" : in.dataflow().version());
        ProviderMapping.Dimensions dims = in.dimensions() == null ? null : new ProviderMapping.Dimensions(in.dimensions().reporter(),
                in.dimensions().partner(), in.dimensions().flow(), in.dimensions().frequency(), in.dimensions().commodity());
        Integer multiplier = in.unit().multiplierAttribute() == null && in.unit().multiplier() == null ? Integer.valueOf(0) : in.unit().multiplier();
        return new ProviderMapping(in.id(), in.kind(), in.url(), dataflow, in.key(), dims, Map.copyOf(flows), in.codes().allGoods(),
                CountryCodes.valueOf(in.codes().countries()), in.unit().currency(), in.unit().multiplierAttribute(), multiplier,
                Map.copyOf(statuses));
    }
}
