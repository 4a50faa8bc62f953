package govsearch.index;

/** A request that cannot be answered as written; names the parameter at fault. */
public final class BadQuery extends RuntimeException {

    private final String param;

    public BadQuery(String param, String message) {
        super(message);
        this.param = param;
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
