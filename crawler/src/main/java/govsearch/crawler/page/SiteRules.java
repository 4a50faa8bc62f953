package govsearch.crawler.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import org.jsoup.nodes.Document;

/**
 * The site rules, tried in order; the first that applies to a page reads it. They live in
 * {@code govsearch/crawler/sites.properties}, which documents the keys.
 */
public final class SiteRules {

    static final String RESOURCE = "sites.properties";

    private static volatile SiteRules defaults;

    private final List<SiteRule> rules;

    public SiteRules(List<SiteRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules shipped in {@value #RESOURCE} beside this class, loaded once. */
    public static SiteRules defaults() {
        SiteRules d = defaults;
        if (d == null) {
            try (InputStream in = SiteRules.class.getResourceAsStream("/govsearch/crawler/" + RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource govsearch/crawler/" + RESOURCE);
                }
                d = parse(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            defaults = d;
        }
        return d;
    }

    /** Reads rules from properties text: {@code rules = a, b} then {@code rule.a.hosts = ...} and so on. */
    public static SiteRules parse(Reader properties) throws IOException {
        Properties p = new Properties();
        p.load(properties);
        List<SiteRule> rules = new ArrayList<>();
        for (String name : list(p.getProperty("rules", ""))) {
            String prefix = "rule." + name + ".";
            rules.add(new SiteRule(name, list(p.getProperty(prefix + "hosts", "*")),
                    value(p, prefix + "when"), value(p, prefix + "title"), value(p, prefix + "date"),
                    value(p, prefix + "body"), value(p, prefix + "breadcrumb"), value(p, prefix + "drop")));
        }
        return new SiteRules(rules);
    }

    public List<SiteRule> rules() {
        return rules;
    }

    /** The first rule that applies to the page, if any. */
    public Optional<SiteRule> forPage(String host, Document page) {
        return rules.stream().filter(r -> r.appliesTo(host, page)).findFirst();
    }

    private static String value(Properties p, String key) {
        String v = p.getProperty(key);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static List<String> list(String csv) {
        return Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
