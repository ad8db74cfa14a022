package org.bilateral.trade.harvest.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a provider's mapping against the data structure definition its dataflow uses: every dimension the
 * mapping names exists, the multiplier attribute exists, and every mapped flow code and the all-goods code are
 * codes of their dimension's code list. Everything missing is named in one failure, never skipped.
 */
public final class SdmxStructureCheck {

    private SdmxStructureCheck() {
    }

    /** The data structure the mapping's dataflow uses, or null when the message does not hold it. */
    public static SdmxStructure.DataStructure dataStructure(SdmxStructure s, ProviderMapping.Dataflow flow) {
        SdmxStructure.Ref dsdRef = null;
        for (SdmxStructure.Dataflow df : s.dataflows()) {
            if (df.ref().id().equals(flow.id()) && (flow.agency() == null || flow.agency().equals(df.ref().agency()))) {
                dsdRef = df.structure();
            }
        }
        for (SdmxStructure.DataStructure d : s.dataStructures()) {
            if (dsdRef == null ? s.dataStructures().size() == 1 : d.ref().id().equals(dsdRef.id())
                    && (dsdRef.agency() == null || dsdRef.agency().equals(d.ref().agency()))) {
                return d;
            }
        }
        return null;
    }

    /** The reference of the data structure the dataflow names (for fetching it when the message lacks it), or null. */
    public static SdmxStructure.Ref dataStructureRef(SdmxStructure s, ProviderMapping.Dataflow flow) {
        for (SdmxStructure.Dataflow df : s.dataflows()) {
            if (df.ref().id().equals(flow.id())) {
                return df.structure();
            }
        }
        return null;
    }

    /** The code lists the mapping's coded dimensions need that the message does not hold. */
    public static List<SdmxStructure.Ref> missingCodelists(SdmxStructure s, SdmxStructure.DataStructure dsd, ProviderMapping m) {
        List<SdmxStructure.Ref> missing = new ArrayList<>();
        for (String dim : List.of(m.dimensions().flow(), nonNull(m.dimensions().commodity()))) {
            SdmxStructure.Ref cl = codelist(s, dsd.dimension(dim));
            if (cl != null && s.codes(cl) == null && !missing.contains(cl)) {
                missing.add(cl);
            }
        }
        return missing;
    }

    /**
     * @throws HarvestFailure naming every dimension, attribute and code the mapping names that the structure lacks
     */
    public static void check(SdmxStructure s, SdmxStructure.DataStructure dsd, ProviderMapping m, String dataflow) throws HarvestFailure {
        List<String> problems = new ArrayList<>();
        Map<String, String> roles = new LinkedHashMap<>();
        ProviderMapping.Dimensions d = m.dimensions();
        roles.put("reporter", d.reporter());
        roles.put("partner", d.partner());
        roles.put("flow", d.flow());
        roles.put("frequency", d.frequency());
        if (d.commodity() != null) {
            roles.put("commodity", d.commodity());
        }
        roles.forEach((role, id) -> {
            if (id == null) {
                if (!role.equals("frequency")) {
                    problems.add("the mapping names no " + role + " dimension");
                }
            } else if (dsd.dimension(id) == null) {
                problems.add("dimension " + id + " (" + role + ") is not in " + dsd.ref() + ", whose dimensions are "
                        + String.join(", ", dsd.keyOrder()));
            }
        });
        if (m.multiplierAttribute() != null && !dsd.attributes().contains(m.multiplierAttribute())) {
            problems.add("attribute " + m.multiplierAttribute() + " (unit multiplier) is not in " + dsd.ref() + ", whose attributes are "
                    + String.join(", ", dsd.attributes()));
        }
        if (d.flow() != null && dsd.dimension(d.flow()) != null) {
            codes(s, dsd.dimension(d.flow()), m.flowCodes().keySet(), "flow", problems);
        }
        if (d.commodity() != null && m.allGoodsCode() != null && dsd.dimension(d.commodity()) != null) {
            codes(s, dsd.dimension(d.commodity()), Set.of(m.allGoodsCode()), "all-goods", problems);
        }
        if (!problems.isEmpty()) {
            throw new HarvestFailure("the provider's structure does not fit the mapping of dataflow " + dataflow + ": "
                    + String.join("; ", problems));
        }
    }

    private static void codes(SdmxStructure s, SdmxStructure.Dimension dim, Set<String> wanted, String what, List<String> problems) {
        SdmxStructure.Ref cl = codelist(s, dim);
        if (cl == null) {
            return; // an uncoded dimension takes any value
        }
        Set<String> codes = s.codes(cl);
        if (codes == null) {
            problems.add("code list " + cl + " of dimension " + dim.id() + " is not in the structure message");
            return;
        }
        for (String code : new TreeSet<>(wanted)) {
            if (!codes.contains(code)) {
                problems.add(what + " code " + code + " is not in code list " + cl + " of dimension " + dim.id());
            }
        }
    }

    private static SdmxStructure.Ref codelist(SdmxStructure s, SdmxStructure.Dimension dim) {
        if (dim == null) {
            return null;
        }
        if (dim.codelist() != null) {
            return dim.codelist();
        }
        return dim.concept() == null ? null : s.conceptCodelists().get(dim.concept());
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
