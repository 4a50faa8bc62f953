package govsearch.crawler.url;

/** {@code --include REGEX} keeps only links it finds in; {@code --exclude REGEX} drops the links it finds in;
 * both in linear time ({@link UrlPattern}). */
public final class PatternFilter implements UrlFilter {

    private final UrlPattern pattern;
    private final boolean include;

    private PatternFilter(UrlPattern pattern, boolean include) {
        this.pattern = pattern;
        this.include = include;
    }

    public static PatternFilter include(UrlPattern pattern) {
        return new PatternFilter(pattern, true);
    }

    public static PatternFilter exclude(UrlPattern pattern) {
        return new PatternFilter(pattern, false);
    }

    @Override
    public String filter(Link link) {
        boolean found = pattern.find(link.url());
        return found == include ? link.url() : null;
    }
}
