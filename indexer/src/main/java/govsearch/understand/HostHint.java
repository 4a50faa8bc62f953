package govsearch.understand;

import govsearch.report.Region;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The place a government portal's host names more often than not: www.neijiang.gov.cn → 四川省内江市,
 * www.sc.gov.cn → 四川省 ({@code host-places.tsv} beside this class). Weak evidence for a report's
 * region: {@link ReportReader} takes it only when the text names no place of its own, never over it.
 */
public final class HostHint {

    /** How sure a host alone makes the region: a portal reposts others' reports now and then. */
    public static final double CONFIDENCE = 0.3;

    /** The place a host names, and the host label that names it. */
    public record Hint(String host, String label, Region region) {
    }

    private static final Map<String, Region> PLACES = load();

    private HostHint() {
    }

    /** The place the URL's host names, or null: not a web address, not under gov.cn, or a label we do not know. */
    public static Hint of(String url) {
        String host;
        try {
            host = url == null ? null : URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException notAUrl) {
            return null;
        }
        if (host == null) {
            return null;
        }
        host = host.toLowerCase(Locale.ROOT);
        if (!host.endsWith(".gov.cn")) {
            return null;
        }
        List<String> labels = List.of(host.substring(0, host.length() - ".gov.cn".length()).split("\\."));
        // the label nearest gov.cn first (www.neijiang, zfxxgk.sc), then those before it
        for (int i = labels.size() - 1; i >= 0; i--) {
            Region r = PLACES.get(labels.get(i));
            if (r != null) {
                return new Hint(host, labels.get(i), r);
            }
        }
        return null;
    }

    private static Map<String, Region> load() {
        Map<String, Region> places = new HashMap<>();
        try (InputStream in = HostHint.class.getResourceAsStream("host-places.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing resource govsearch/understand/host-places.tsv");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                Region region = Gazetteer.get().resolve(f[1]);
                if (!region.known()) {
                    throw new IllegalStateException("host-places.tsv: the gazetteer does not know " + f[1]);
                }
                places.put(f[0], region);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(places);
    }
}
