package govsearch.api;

import govsearch.report.Source;
import govsearch.understand.Evaluation;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code govsearch eval [PATH]}: what the rules read from each labelled text (PATH's manifest.tsv, else
 * the bundled corpus) once its first four lines are cut off and its labels withheld, scored against
 * the labels: accuracy of year, province and type, the texts left empty by the cut, and every miss;
 * the figures are also given apart for the tuning set and the held-back texts (understand.HeldBack).
 */
final class Eval {

    private Eval() {
    }

    static int run(List<String> paths, PrintStream out) throws IOException {
        List<Source> labelled = paths.isEmpty() ? BundledCorpus.load() : Evaluation.load(Path.of(paths.get(0)));
        out.println("corpus: " + (paths.isEmpty() ? "bundled" : paths.get(0)) + ", " + labelled.size() + " labelled texts");
        Evaluation.run(labelled, Evaluation.CUT_LINES).print(out);
        govsearch.understand.DomainEvaluation.run(labelled).print(out);
        return 0;
    }
}
