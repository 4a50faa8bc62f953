package govsearch.api;

import java.io.PrintStream;
import java.nio.file.Path;

final class Bench {
    private Bench() {
    }

    static int run(Path data, PrintStream out) {
        out.println("bench: not yet");
        return 1;
    }
}
