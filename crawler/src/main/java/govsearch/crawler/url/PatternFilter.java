package govsearch.crawler.url;

import java.util.regex.Pattern;

/** {@code --include REGEX} keeps only links it finds in; {@code --exclude REGEX} drops the links it finds in. */
public final class PatternFilter implements UrlFilter {

    private final Pattern pattern;
    private final boolean include;

    private PatternFilter(Pattern pattern, boolean include) {
        this.pattern = pattern;
        this.include = include;
    }

    public static PatternFilter include(Pattern pattern) {
        return new PatternFilter(pattern, true);
    }

    public static PatternFilter exclude(Pattern pattern) {
        return new PatternFilter(pattern, false);
    }

    @Override
    public String filter(Link link) {
        boolean found = pattern.matcher(link.url()).find();
        return found == include ? link.url() : null;
    }
}
