package govsearch.api;

/** Nothing at the id asked for: 404, its message in English for programs and in Chinese for the pages. */
final class NotFound extends RuntimeException {

    private final String chinese;
    /** The parameter that named what is missing (a path variable such as id); null when none. */
    private final String param;

    NotFound(String message, String chinese) {
        this(message, null, chinese);
    }

    NotFound(String message, String param, String chinese) {
        super(message);
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
