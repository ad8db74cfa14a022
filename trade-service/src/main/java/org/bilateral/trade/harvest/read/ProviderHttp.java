package org.bilateral.trade.harvest.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Flow;
import java.util.function.BooleanSupplier;
import java.util.zip.GZIPInputStream;
import org.bilateral.trade.config.HarvestHttpConfig;

/**
 * GET requests to one provider with the harvest's rules: timeouts from config (connect, headers, and each piece
 * of the body), redirects followed only within the provider's origin (scheme, host and port of the configured
 * URL; anything else is refused, so no other host is ever called), transient faults (connect failure, timeout,
 * 5xx, 429) tried again with exponential backoff while the caller says it is still safe, every requested URL
 * recorded, and error answers quoted in the failure (an SDMX error message in one becomes an
 * {@link SdmxErrorFailure}).
 */
final class ProviderHttp {

    /** A successful answer: the final URL, its media type (lower case, without parameters) and its body. */
    record Answer(URI uri, String mediaType, CountingInputStream body) {
    }

    @FunctionalInterface
    interface BodyReader<T> {
        T read(Answer answer) throws HarvestFailure;
    }

    /** How much of an error answer is read to find an SDMX error message in it. */
    private static final int ERROR_BODY_BYTES = 64 * 1024;

    private final HarvestHttpConfig config;
    private final HttpClient client;

    ProviderHttp(HarvestHttpConfig config) {
        this.config = config;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(config.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /**
     * Requests {@code uri} and hands the answer to {@code reader}, trying again on a transient fault while
     * {@code mayRetry} holds (the caller says no once it has passed observations on).
     *
     * @param requested every URL requested is added here, in order (retries and redirects included)
     */
    <T> T get(URI uri, String accept, List<String> requested, BooleanSupplier mayRetry, BodyReader<T> reader) throws HarvestFailure {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new HarvestFailure("the provider URL " + uri + " is not an http(s) URL with a host");
        }
        int attempts = Math.max(1, config.attempts());
        for (int attempt = 1;; attempt++) {
            try {
                return once(uri, accept, requested, reader);
            } catch (RetryAfter r) {
                HarvestFailure f = r.failure;
                if (attempt >= attempts || !mayRetry.getAsBoolean()) {
                    throw gaveUp(f, attempt);
                }
                pause(r.delay != null ? r.delay : backoff(attempt));
            } catch (HarvestFailure f) {
                if (!f.isTransient() || attempt >= attempts || !mayRetry.getAsBoolean()) {
                    throw gaveUp(f, attempt);
                }
                pause(backoff(attempt));
            }
        }
    }

    private static HarvestFailure gaveUp(HarvestFailure f, int attempt) {
        if (attempt == 1 || f instanceof SdmxErrorFailure) {
            return f;
        }
        return new HarvestFailure(f.getMessage() + " (gave up after " + attempt + " attempts)", f.isTransient(), f);
    }

    /** A transient fault whose answer named how long to wait (Retry-After). */
    private static final class RetryAfter extends HarvestFailure {
        final transient HarvestFailure failure;
        final Duration delay;

        RetryAfter(HarvestFailure failure, Duration delay) {
            super(failure.getMessage(), true, failure);
            this.failure = failure;
            this.delay = delay;
        }
    }

    Duration backoff(int attempt) {
        long base = config.backoffBase().toMillis();
        long max = config.backoffMax().toMillis();
        long d = base << Math.min(attempt - 1, 20);
        return Duration.ofMillis(Math.min(max, d < 0 ? max : d));
    }

    private void pause(Duration d) throws HarvestFailure {
        try {
            Thread.sleep(Math.min(d.toMillis(), config.backoffMax().toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HarvestFailure("interrupted while waiting to try the provider again", false, e);
        }
    }

    private <T> T once(URI start, String accept, List<String> requested, BodyReader<T> reader) throws HarvestFailure {
        URI uri = start;
        for (int redirects = 0;; redirects++) {
            requested.add(uri.toString());
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .timeout(config.readTimeout())
                    .header("Accept", accept)
                    .header("Accept-Encoding", "gzip")
                    .header("User-Agent", config.userAgent())
                    .GET()
                    .build();
            StreamingBody body = new StreamingBody(config.readTimeout().toMillis());
            HttpResponse<Flow.Publisher<List<ByteBuffer>>> response;
            try {
                // the publisher is there as soon as the headers are; the body then streams as it is read
                response = client.send(request, HttpResponse.BodyHandlers.ofPublisher());
            } catch (HttpConnectTimeoutException e) {
                throw new HarvestFailure("could not connect to " + origin(uri) + " within " + seconds(config.connectTimeout()) + " (connect timeout): " + uri, true, e);
            } catch (HttpTimeoutException e) {
                throw new HarvestFailure("the provider did not answer within " + seconds(config.readTimeout()) + " (read timeout): " + uri, true, e);
            } catch (ConnectException e) {
                throw new HarvestFailure("could not connect to " + origin(uri) + " (" + cause(e) + "): " + uri, true, e);
            } catch (IOException e) {
                throw new HarvestFailure("the connection to " + origin(uri) + " failed before an answer (" + cause(e) + "): " + uri, true, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new HarvestFailure("interrupted while waiting for " + uri, false, e);
            }
            response.body().subscribe(body);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                body.close();
                Optional<String> location = response.headers().firstValue("Location");
                if (location.isEmpty()) {
                    throw new HarvestFailure("the provider answered " + status + " without a Location: " + uri);
                }
                URI next;
                try {
                    next = uri.resolve(location.get().trim());
                } catch (IllegalArgumentException e) {
                    throw new HarvestFailure("the provider redirected to an invalid URL '" + location.get() + "': " + uri);
                }
                if (!origin(next).equals(origin(start))) {
                    throw new HarvestFailure("the provider redirected to " + next + ", which is not " + origin(start)
                            + "; a harvest calls only the provider's own host: " + uri);
                }
                if (redirects >= config.maxRedirects()) {
                    throw new HarvestFailure("the provider redirected more than " + config.maxRedirects() + " times: " + start);
                }
                uri = next;
                continue;
            }
            String mediaType = response.headers().firstValue("Content-Type").orElse("")
                    .split(";")[0].trim().toLowerCase(Locale.ROOT);
            if (status >= 200 && status < 300) {
                try (CountingInputStream in = new CountingInputStream(decoded(response, body))) {
                    return reader.read(new Answer(uri, mediaType, in));
                } catch (IOException e) {
                    throw new HarvestFailure("the answer from " + uri + " could not be read (" + cause(e) + ")", false, e);
                }
            }
            throw errorAnswer(response, body, uri);
        }
    }

    private static InputStream decoded(HttpResponse<?> response, InputStream body) throws IOException {
        String encoding = response.headers().firstValue("Content-Encoding").orElse("").trim().toLowerCase(Locale.ROOT);
        return encoding.equals("gzip") || encoding.equals("x-gzip") ? new GZIPInputStream(body, 1 << 16) : body;
    }

    private HarvestFailure errorAnswer(HttpResponse<?> response, StreamingBody body, URI uri) {
        int status = response.statusCode();
        byte[] bytes;
        try (InputStream in = decoded(response, body)) {
            bytes = in.readNBytes(ERROR_BODY_BYTES);
        } catch (IOException e) {
            bytes = new byte[0];
        }
        SdmxErrorFailure sdmx = sdmxError(bytes, uri);
        if (sdmx != null && status < 500 && status != 429) {
            return sdmx;
        }
        String text = new String(bytes, StandardCharsets.UTF_8).replaceAll("\\s+", " ").trim();
        String quoted = text.isEmpty() ? "" : ": \"" + SdmxObservationMapper.clip(text, config.errorBodyChars()) + "\"";
        boolean transientFault = status >= 500 || status == 429;
        HarvestFailure f = new HarvestFailure("the provider answered HTTP " + status + quoted + " (" + uri + ")", transientFault, null);
        if (transientFault) {
            Duration retryAfter = retryAfter(response);
            if (retryAfter != null) {
                return new RetryAfter(f, retryAfter);
            }
        }
        return f;
    }

    /** Retry-After in seconds (the HTTP-date form is ignored: backoff applies). */
    private static Duration retryAfter(HttpResponse<?> response) {
        Optional<String> v = response.headers().firstValue("Retry-After");
        if (v.isPresent() && v.get().trim().matches("\\d{1,6}")) {
            return Duration.ofSeconds(Long.parseLong(v.get().trim()));
        }
        return null;
    }

    /** The SDMX error message in an error answer's body (SDMX-ML or SDMX-JSON), or null. */
    private static SdmxErrorFailure sdmxError(byte[] bytes, URI uri) {
        if (bytes.length == 0) {
            return null;
        }
        try {
            SdmxMlDataReader xml = new SdmxMlDataReader(List.of(), null);
            String start = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.UTF_8).trim();
            if (start.startsWith("<")) {
                xml.read(new ByteArrayInputStream(bytes), new SdmxObservationMapper(null, null), uri.toString());
            } else if (start.startsWith("{")) {
                new SdmxJsonDataReader().read(() -> new ByteArrayInputStream(bytes), new SdmxObservationMapper(null, null), uri.toString());
            }
        } catch (SdmxErrorFailure e) {
            return e;
        } catch (HarvestFailure | RuntimeException e) {
            return null;
        }
        return null;
    }

    static String origin(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        return scheme + "://" + (uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT)) + ":" + port;
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() / 1000.0 + " s";
    }

    private static String cause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && (t.getMessage() == null || t.getMessage().isBlank())) {
            t = t.getCause();
        }
        return t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getSimpleName() : t.getMessage();
    }
}
