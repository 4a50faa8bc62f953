package govsearch.api;

final class NotFound extends RuntimeException {

    /** The parameter that named what is missing (a path variable such as id); null when none. */
    private final String param;

    NotFound(String message) {
        this(message, null);
    }

    NotFound(String message, String param) {
        super(message);
        this.param = param;
    }

    String param() {
        return param;
    }
}
