package org.bilateral.support.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Where deliveries may go. Outside dev and test a callback must be https to a host whose every
 * address is public (no loopback, private, link-local, unique-local, shared or multicast range), so a
 * subscription cannot make the service call into its own network. Checked at creation and again
 * before every delivery (the name may resolve elsewhere by then).
 */
public final class CallbackUrls {

    private CallbackUrls() {
    }

    /** The reason the URL is refused, or null when it may be called. */
    public static String refusal(String url, boolean allowLocal) {
        if (url == null || url.isBlank()) {
            return "is required";
        }
        if (url.length() > 2000) {
            return "must be at most 2000 characters";
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return "is not a valid URL";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            return "must be an absolute http(s) URL with a host, without credentials or fragment";
        }
        if (!scheme.equals("https") && !(scheme.equals("http") && allowLocal)) {
            return "must use https";
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException | SecurityException e) {
            return "names a host that does not resolve";
        }
        for (InetAddress a : addresses) {
            if (scheme.equals("http") && !a.isLoopbackAddress()) {
                return "may use plain http only to a loopback address (dev and test)";
            }
            if (!allowLocal && !isPublic(a)) {
                return "resolves to a loopback, private or link-local address";
            }
        }
        return null;
    }

    static boolean isPublic(InetAddress a) {
        if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            return (b[0] & 0xfe) != 0xfc; // fc00::/7 unique local
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first != 0 && !(first == 100 && second >= 64 && second < 128) // 100.64/10 shared
                && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) && first < 224;
    }
}
