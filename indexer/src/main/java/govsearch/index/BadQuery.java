package govsearch.index;

/**
 * A request that cannot be answered as written; names the parameter at fault. The message is English
 * for programs and logs; {@link #chinese()} says the same to a reader of the pages.
 */
public final class BadQuery extends RuntimeException {

    private final String param;
    private final String chinese;

    public BadQuery(String param, String message) {
        this(param, message, null);
    }

    public BadQuery(String param, String message, String chinese) {
        super(message);
        this.param = param;
        this.chinese = chinese;
    }

    /** The message in Chinese, as the pages show it; null when the thrower gave none. */
    public String chinese() {
        return chinese;
    }

    /**
     * What the client sent, cut to 40 characters for a message: errors echo little of their input,
     * so a 30,000-character value does not come back whole.
     */
    public static String echo(String input) {
        if (input == null) {
            return "";
        }
        return input.length() > 40 ? input.substring(0, 40) + "…" : input;
    }

    public String param() {
        return param;
    }
}
