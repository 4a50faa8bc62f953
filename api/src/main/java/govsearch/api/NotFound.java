package govsearch.api;

final class NotFound extends RuntimeException {
    NotFound(String message) {
        super(message);
    }
}
