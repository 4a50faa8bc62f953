package govsearch.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import govsearch.analytics.Comparison.Result;
import govsearch.analytics.Comparison.Term;
import govsearch.index.QuerySyntax;
import govsearch.index.SearchQuery;
import govsearch.index.lucene.LuceneReportIndex;
import govsearch.report.Report;
import govsearch.report.Source;
import govsearch.testing.Corpus;
import govsearch.understand.Evaluation;
import govsearch.understand.ReportReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16's comparison on the bundled corpus: national government work reports 1978–1999 against
 * 2010–2025. Before the stop list, the older side's top terms were 整个, 面的 (a piece of 方面的 and
 * 全面的), 某些, 因此, 进行了 — words that say nothing about the period.
 */
@Tag(Corpus.WHOLE)
class ComparisonCorpusTest {

    static final List<String> NOISE = List.of("整个", "面的", "某些", "因此", "进行了");
    static final SearchQuery OLDER = QuerySyntax.parse("", "1978-1999", "全国", null, null, null);
    static final SearchQuery NEWER = QuerySyntax.parse("", "2010-2025", "全国", null, null, null);

    @TempDir
    static Path dir;
    static LuceneReportIndex index;

    @BeforeAll
    static void indexTheNationalReports() throws Exception {
        assumeTrue(Files.isRegularFile(Corpus.dir().resolve("manifest.tsv")), "no corpus at " + Corpus.dir().toAbsolutePath());
        index = LuceneReportIndex.open(dir);
        List<Report> reports = Evaluation.load(Corpus.dir()).stream()
                .filter(s -> s.url().startsWith("national/"))
                .map(ReportReader::read)
                .toList();
        index.add(reports);
        index.commit();
    }

    static List<String> top(List<Term> terms, int n) {
        return terms.stream().limit(n).map(Term::term).toList();
    }

    @Test
    void theOlderSidesTopTwentyAreContentWords() throws Exception {
        Result r = Comparison.compute(index, OLDER, NEWER, null);
        assertThat(top(r.left().terms(), 20)).doesNotContainAnyElementsOf(NOISE);
    }

    @Test
    void allWordsStillListsTheFunctionWords() throws Exception {
        Result r = Comparison.compute(index, OLDER, NEWER, null, Comparison.Words.ALL);
        assertThat(top(r.left().terms(), 100)).containsAnyElementsOf(NOISE);
    }
}
