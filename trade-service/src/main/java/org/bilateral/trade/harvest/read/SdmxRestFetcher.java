package org.bilateral.trade.harvest.read;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilateral.trade.config.HarvestHttpConfig;
import org.bilateral.trade.domain.ProviderKind;

/**
 * Harvests a provider over SDMX 2.1 REST.
 *
 * <p>Data: {@code GET {url}/data/{agency},{id},{version}/{key}?detail=full[&updatedAfter=...]} with the
 * configured Accept (generic SDMX-ML first, then structure-specific, then SDMX-JSON 1.0); the answer is read by
 * its Content-Type (for plain application/xml or text/xml by its root element) and streamed observation by
 * observation to the sink: StAX for SDMX-ML, Jackson's streaming parser for SDMX-JSON (spooled to a temporary
 * file first, since its structure may follow the data).
 *
 * <p>Structure (with {@code checkStructure}, and whenever a structure-specific answer needs the dimension
 * order this instance has not yet learnt): {@code GET {url}/dataflow/{agency}/{id}/{version}?references=all};
 * when that answer lacks the data structure or the code lists the mapping needs,
 * {@code GET {url}/datastructure/{agency}/{dsd}/{version}?references=children}. The mapping is checked
 * against it ({@link SdmxStructureCheck}): any dimension, attribute or code it names that does not exist fails
 * the harvest.
 *
 * <p>SDMX error 100 (no results): with {@code updatedAfter} it means nothing changed since, so the run
 * succeeds with no observations; without it the key matches no data at all, which is a failure.
 *
 * <p>Faults are {@link HarvestFailure}s with a readable reason. Transient ones (connect failure, timeouts, 5xx,
 * 429) are tried again with backoff, but never once an observation has reached the sink: an answer cut off
 * after data started is a failure, and the caller discards the partial run (a harvest is all or nothing).
 */
@ApplicationScoped
public class SdmxRestFetcher implements ObservationFetcher {

    static final String STRUCTURE_ACCEPT = "application/vnd.sdmx.structure+xml;version=2.1, application/xml;q=0.5";

    private static final Pattern ROOT = Pattern.compile("<(?:[A-Za-z_][\\w.-]*:)?(GenericData|GenericTimeSeriesData|StructureSpecificData|"
            + "StructureSpecificTimeSeriesData|Error)[\\s>/]");

    /** What a structure-specific answer needs to be read: the dimension order learnt from the provider's DSD. */
    private record Shape(List<String> dimensions, String timeDimension) {
    }

    private final HarvestHttpConfig config;
    private final ProviderHttp http;
    private final Map<String, Shape> shapes = new ConcurrentHashMap<>();

    @Inject
    public SdmxRestFetcher(HarvestHttpConfig config) {
        this.config = config;
        this.http = new ProviderHttp(config);
    }

    @Override
    public ProviderKind kind() {
        return ProviderKind.SDMX_REST_2_1;
    }

    @Override
    public HarvestRun fetch(ProviderMapping mapping, Instant updatedAfter, boolean checkStructure, ObservationSink sink) throws HarvestFailure {
        if (mapping.dataflow() == null || mapping.dimensions() == null || mapping.flowCodes() == null) {
            throw new HarvestFailure("provider " + mapping.providerId() + " names no dataflow, dimensions or flow codes");
        }
        List<String> urls = new ArrayList<>();
        CountingSink counting = new CountingSink(sink);
        SdmxObservationMapper mapper = new SdmxObservationMapper(mapping, counting);
        if (checkStructure) {
            structure(mapping, urls, true);
        }
        URI data = dataUrl(mapping, updatedAfter);
        try {
            http.get(data, config.sdmxDataAccept(), urls, () -> counting.delivered() == 0, answer -> {
                read(answer, mapping, urls, mapper);
                return null;
            });
        } catch (SdmxErrorFailure e) {
            if (e.code() == SdmxErrorFailure.NO_RESULTS && updatedAfter != null && counting.delivered() == 0) {
                return new HarvestRun(List.copyOf(urls), 0);
            }
            throw e;
        }
        return new HarvestRun(List.copyOf(urls), mapper.read());
    }

    /** The data query URL. */
    static URI dataUrl(ProviderMapping m, Instant updatedAfter) throws HarvestFailure {
        ProviderMapping.Dataflow f = m.dataflow();
        String key = m.key() == null || m.key().isBlank() ? "all" : m.key().trim();
        StringBuilder url = new StringBuilder(base(m)).append("/data/")
                .append(segment(f.agency())).append(',').append(segment(f.id())).append(',')
                .append(segment(f.version() == null ? "latest" : f.version()))
                .append('/').append(key.replace(" ", "")).append("?detail=full");
        if (updatedAfter != null) {
            url.append("&updatedAfter=").append(URLEncoder.encode(updatedAfter.toString(), StandardCharsets.UTF_8));
        }
        return uri(url.toString());
    }

    private static String base(ProviderMapping m) {
        String u = m.url().trim();
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }

    private static String segment(String s) {
        return URLEncoder.encode(s.trim(), StandardCharsets.UTF_8);
    }

    private static URI uri(String s) throws HarvestFailure {
        try {
            return URI.create(s);
        } catch (IllegalArgumentException e) {
            throw new HarvestFailure("not a valid URL: " + s + " (" + e.getMessage() + ")");
        }
    }

    private static String cacheKey(ProviderMapping m) {
        ProviderMapping.Dataflow f = m.dataflow();
        return base(m) + "|" + f.agency() + "," + f.id() + "," + f.version();
    }

    private static String flowName(ProviderMapping m) {
        ProviderMapping.Dataflow f = m.dataflow();
        return f.agency() + ":" + f.id() + "(" + f.version() + ")";
    }

    /**
     * Fetches the dataflow's data structure (and code lists), checks the mapping against it when asked, and
     * remembers its dimension order.
     */
    private Shape structure(ProviderMapping m, List<String> urls, boolean check) throws HarvestFailure {
        ProviderMapping.Dataflow f = m.dataflow();
        String version = f.version() == null ? "latest" : f.version();
        URI flowUrl = uri(base(m) + "/dataflow/" + segment(f.agency()) + "/" + segment(f.id()) + "/" + segment(version) + "?references=all");
        SdmxStructure s = http.get(flowUrl, STRUCTURE_ACCEPT, urls, () -> true, a -> SdmxStructure.read(a.body(), a.uri().toString()));
        SdmxStructure.DataStructure dsd = SdmxStructureCheck.dataStructure(s, f);
        if (dsd == null || !SdmxStructureCheck.missingCodelists(s, dsd, m).isEmpty()) {
            SdmxStructure.Ref ref = dsd != null ? dsd.ref() : SdmxStructureCheck.dataStructureRef(s, f);
            if (ref == null) {
                throw new HarvestFailure("the provider's answer to " + flowUrl + " holds no dataflow " + flowName(m)
                        + " and no data structure: is the dataflow right?");
            }
            URI dsdUrl = uri(base(m) + "/datastructure/" + segment(ref.agency() == null ? f.agency() : ref.agency()) + "/"
                    + segment(ref.id()) + "/" + segment(ref.version() == null ? "latest" : ref.version()) + "?references=children");
            SdmxStructure more = http.get(dsdUrl, STRUCTURE_ACCEPT, urls, () -> true, a -> SdmxStructure.read(a.body(), a.uri().toString()));
            s = merge(s, more);
            dsd = SdmxStructureCheck.dataStructure(more, new ProviderMapping.Dataflow(ref.agency(), f.id(), version));
            if (dsd == null && more.dataStructures().size() >= 1) {
                dsd = more.dataStructures().stream().filter(d -> d.ref().id().equals(ref.id())).findFirst().orElse(null);
            }
            if (dsd == null) {
                throw new HarvestFailure("the provider has no data structure " + ref + " for dataflow " + flowName(m) + " (" + dsdUrl + ")");
            }
        }
        if (check) {
            SdmxStructureCheck.check(s, dsd, m, flowName(m));
        }
        Shape shape = new Shape(dsd.keyOrder(), dsd.timeDimension());
        shapes.put(cacheKey(m), shape);
        return shape;
    }

    private static SdmxStructure merge(SdmxStructure a, SdmxStructure b) {
        List<SdmxStructure.Dataflow> flows = new ArrayList<>(a.dataflows());
        flows.addAll(b.dataflows());
        List<SdmxStructure.DataStructure> dsds = new ArrayList<>(a.dataStructures());
        dsds.addAll(b.dataStructures());
        Map<String, Set<String>> codelists = new HashMap<>(a.codelists());
        codelists.putAll(b.codelists());
        Map<String, SdmxStructure.Ref> concepts = new HashMap<>(a.conceptCodelists());
        concepts.putAll(b.conceptCodelists());
        return new SdmxStructure(flows, dsds, codelists, concepts);
    }

    private void read(ProviderHttp.Answer answer, ProviderMapping m, List<String> urls, SdmxObservationMapper mapper) throws HarvestFailure {
        String type = answer.mediaType();
        String url = answer.uri().toString();
        Shape shape = shapes.get(cacheKey(m));
        if (type.contains("json")) {
            json(answer, mapper, url);
            return;
        }
        if (!type.contains("xml")) {
            throw new HarvestFailure("the provider answered with Content-Type '" + type + "', not SDMX data (" + url + ")");
        }
        InputStream in = new BufferedInputStream(answer.body(), 1 << 16);
        boolean structureSpecific = type.contains("structurespecific");
        if (!type.contains("genericdata") && !structureSpecific) {
            String root = peekRoot(in);
            structureSpecific = root != null && root.startsWith("StructureSpecific");
        }
        if (structureSpecific && shape == null) {
            // structure-specific data does not say which XML attributes are dimensions: learn the DSD once
            shape = structure(m, urls, false);
        }
        new SdmxMlDataReader(shape == null ? null : shape.dimensions(), shape == null ? null : shape.timeDimension())
                .read(new CountingInputStream(in), mapper, url);
    }

    /** The root element's local name, read from the first bytes without consuming them (null when not found). */
    private static String peekRoot(InputStream in) throws HarvestFailure {
        try {
            in.mark(8192);
            byte[] head = in.readNBytes(8192);
            in.reset();
            Matcher mt = ROOT.matcher(new String(head, StandardCharsets.UTF_8));
            return mt.find() ? mt.group(1) : null;
        } catch (IOException e) {
            return null; // the reader meets the same fault and reports it
        }
    }

    private static void json(ProviderHttp.Answer answer, SdmxObservationMapper mapper, String url) throws HarvestFailure {
        Path spool = null;
        try {
            spool = Files.createTempFile("bilateral-harvest-", ".json");
            try (OutputStream out = Files.newOutputStream(spool)) {
                answer.body().transferTo(out);
            } catch (IOException e) {
                throw SdmxXmlInput.fault(e, answer.body(), "SDMX-JSON", url);
            }
            Path file = spool;
            new SdmxJsonDataReader().read(() -> Files.newInputStream(file), mapper, url);
        } catch (IOException e) {
            throw new HarvestFailure("could not spool the SDMX-JSON answer to a temporary file: " + e.getMessage(), false, e);
        } finally {
            if (spool != null) {
                try {
                    Files.deleteIfExists(spool);
                } catch (IOException ignored) {
                    // a temporary file; the OS cleans up
                }
            }
        }
    }

    /** Counts what reached the sink, so a retry never repeats observations. */
    static final class CountingSink implements ObservationSink {
        private final ObservationSink sink;
        private long delivered;

        CountingSink(ObservationSink sink) {
            this.sink = sink;
        }

        long delivered() {
            return delivered;
        }

        @Override
        public void accept(OfficialObservation observation) {
            delivered++;
            sink.accept(observation);
        }

        @Override
        public void reject(String seriesKey, String period, String reason) {
            delivered++;
            sink.reject(seriesKey, period, reason);
        }
    }
}
