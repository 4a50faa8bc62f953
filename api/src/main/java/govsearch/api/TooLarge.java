package govsearch.api;

/** A request over one of the service's size limits: 413 with the parameter that went over it. */
final class TooLarge extends RuntimeException {

    private final String param;

    TooLarge(String param, String message) {
        super(message, null, false, false);
        this.param = param;
    }

    String param() {
        return param;
    }
}
