package govsearch.index.lucene;

import govsearch.index.ReportList;
import govsearch.report.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

/**
 * Rebuilds an index from the reports it holds, into a fresh directory that replaces the old one
 * only when complete — after an analyzer or dictionary change. Labels (year, region, type) are
 * kept as they are; only the analysis is redone.
 */
public final class Rebuild {

    private Rebuild() {
    }

    public static int run(Path indexDir, IntConsumer progress) throws IOException {
        Path fresh = indexDir.resolveSibling(indexDir.getFileName() + ".new");
        Path old = indexDir.resolveSibling(indexDir.getFileName() + ".old");
        delete(fresh);
        int n = 0;
        try (LuceneReportIndex from = LuceneReportIndex.open(indexDir);
             LuceneReportIndex to = LuceneReportIndex.open(fresh)) {
            int page = 0;
            while (true) {
                ReportList list = from.reports(page++, 100);
                if (list.reports().isEmpty()) {
                    break;
                }
                List<Report> batch = new ArrayList<>();
                for (ReportList.Entry e : list.reports()) {
                    from.report(e.id()).ifPresent(batch::add);
                }
                to.add(batch);
                to.commit();
                n += batch.size();
                progress.accept(n);
            }
        }
        delete(old);
        Files.move(indexDir, old, StandardCopyOption.ATOMIC_MOVE);
        Files.move(fresh, indexDir, StandardCopyOption.ATOMIC_MOVE);
        delete(old);
        return n;
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
