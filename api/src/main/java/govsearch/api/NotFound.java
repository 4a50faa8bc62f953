package govsearch.api;

/** Nothing at the id asked for: 404, its message in English for programs and in Chinese for the pages. */
final class NotFound extends RuntimeException {

    private final String chinese;

    NotFound(String message, String chinese) {
        super(message);
        this.chinese = chinese;
    }

    String chinese() {
        return chinese;
    }
}
