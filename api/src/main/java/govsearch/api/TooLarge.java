package govsearch.api;

/** A request over one of the service's size limits: 413 with the parameter that went over it. */
final class TooLarge extends RuntimeException {

    private final String param;
    private final String chinese;

    TooLarge(String param, String message, String chinese) {
        super(message, null, false, false);
        this.param = param;
        this.chinese = chinese;
    }

    String chinese() {
        return chinese;
    }

    String param() {
        return param;
    }
}
