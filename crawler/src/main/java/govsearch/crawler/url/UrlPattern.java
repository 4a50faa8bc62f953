package govsearch.crawler.url;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

/**
 * A user's regular expression over URLs ({@code --include}, {@code --exclude}, and the
 * {@code include}/{@code exclude} of a crawl job), run by RE2/J: matching takes time linear in the
 * URL whatever the expression, so {@code ((a+)+)+b} cannot hold a crawl thread for minutes the way
 * a backtracking engine does. The price: no backreferences and no lookaround, which are refused
 * with a message saying so (docs/design/linear-time-url-patterns.md).
 */
public final class UrlPattern {

    /** Thrown for an expression RE2/J cannot compile; the message is a sentence for the user. */
    public static final class Invalid extends Exception {
        public Invalid(String message) {
            super(message);
        }
    }

    private final Pattern pattern;

    private UrlPattern(Pattern pattern) {
        this.pattern = pattern;
    }

    public static UrlPattern compile(String regex) throws Invalid {
        try {
            return new UrlPattern(Pattern.compile(regex));
        } catch (PatternSyntaxException e) {
            throw new Invalid("not a regular expression the crawl can run (" + e.getDescription()
                    + "); patterns run in linear time (RE2 syntax), without backreferences or lookaround");
        }
    }

    /** Whether the expression matches anywhere in {@code url}. */
    public boolean find(String url) {
        return pattern.matcher(url).find();
    }

    public String regex() {
        return pattern.pattern();
    }

    @Override
    public String toString() {
        return regex();
    }
}
