package govsearch.understand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import govsearch.report.Source;
import govsearch.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Year, province and type of every file of the bundled corpus, read from the text alone (a
 * {@link Source} with url and text, no labels) and compared with {@code corpus/manifest.tsv} by
 * {@link Evaluation}, the same code as {@code govsearch eval}. Run twice: on the whole text, and with
 * the first four lines cut off (title, date line, signature), as issue 4 asks. Prints the accuracy,
 * apart for the tuning set and the held-back texts ({@link HeldBack}), and the misses.
 *
 * <p>Two kinds of assertion. The misses are pinned to today's (2026-12-05, docs/EVALUATION.md):
 * any miss not in the list fails the test and names itself, so a single regression cannot hide
 * under a threshold. A miss that goes away passes; take it off the list (and the docs). The
 * thresholds of issue 4 stay as the documented targets, far looser than today's figures.
 */
class UnderstandingEvaluationTest {

    /** Today's misses on the whole texts: three undated early congress reports and two about one place. */
    static final List<String> WHOLE_TEXT_MISSES = List.of(
            "party-congress/cpc-congress-01-1921-1.txt year null not 1921",
            "party-congress/cpc-congress-01-1921-1.txt province 北京市 not 全国",
            "party-congress/cpc-congress-01-1921-2.txt year null not 1921",
            "party-congress/cpc-congress-01-1921-2.txt province 广东省 not 全国",
            "party-congress/cpc-congress-01-1921-2.txt type null not 党代会报告",
            "party-congress/cpc-congress-03-1923.txt year null not 1923");

    /** Today's misses with the first four lines cut: no year is wrong, all four are unknown. */
    static final List<String> CUT_TEXT_MISSES = List.of(
            "national/national-1964.txt type null not 政府工作报告",
            "national/national-1979.txt type null not 政府工作报告",
            "national/national-2020.txt type null not 政府工作报告",
            "npc-resolutions/national-1962-npc-resolution-on-gwr.txt year null not 1962",
            "npc-resolutions/national-1962-npc-resolution-on-gwr.txt type null not 决议",
            "party-congress/cpc-congress-01-1921-1.txt year null not 1921",
            "party-congress/cpc-congress-01-1921-1.txt province 北京市 not 全国",
            "party-congress/cpc-congress-01-1921-1.txt type null not 党代会报告",
            "party-congress/cpc-congress-01-1921-2.txt year null not 1921",
            "party-congress/cpc-congress-01-1921-2.txt province 广东省 not 全国",
            "party-congress/cpc-congress-01-1921-2.txt type null not 党代会报告",
            "party-congress/cpc-congress-03-1923.txt year null not 1923",
            "party-congress/cpc-congress-03-1923.txt province 上海市 not 全国",
            "party-congress/cpc-congress-03-1923.txt type null not 党代会报告");

    private static List<Source> corpus() throws IOException {
        assumeTrue(Files.isRegularFile(Corpus.dir().resolve("manifest.tsv")), "no corpus at " + Corpus.dir().toAbsolutePath());
        return Evaluation.load(Corpus.dir());
    }

    private static Evaluation.Result cutTexts;

    /** The cut-text evaluation, read once for the tests that look at it (a pass over the corpus). */
    private static synchronized Evaluation.Result cutTexts() throws IOException {
        if (cutTexts == null) {
            cutTexts = Evaluation.run(corpus(), Evaluation.CUT_LINES);
            cutTexts.print(System.out);
        }
        return cutTexts;
    }

    private static List<String> misses(Evaluation.Result r) {
        return r.misses().stream().map(Evaluation.Miss::brief).toList();
    }

    @Test
    @Tag(Corpus.WHOLE)
    void wholeTexts() throws IOException {
        Evaluation.Result r = Evaluation.run(corpus(), 0);
        r.print(System.out);
        assertThat(r.notEvaluable()).isEmpty();
        assertThat(misses(r)).as("misses beyond today's (a regression; each names itself)").isSubsetOf(WHOLE_TEXT_MISSES);
        assertThat(r.tuning().documents() + r.heldBack().documents()).isEqualTo(123);
        assertThat(r.heldBack().documents()).as("held back").isEqualTo(31);
        assertThat(r.year().share()).as("year, target").isGreaterThanOrEqualTo(0.95);
        assertThat(r.province().share()).as("province, target").isGreaterThanOrEqualTo(0.95);
        assertThat(r.type().share()).as("type, target").isGreaterThanOrEqualTo(0.95);
    }

    @Test
    @Tag(Corpus.WHOLE)
    void textsWithoutTheirFirstFourLines() throws IOException {
        Evaluation.Result r = cutTexts();
        assertThat(r.documents()).isEqualTo(123);
        assertThat(r.notEvaluable()).as("texts left empty by the cut").hasSize(15);
        assertThat(misses(r)).as("misses beyond today's (a regression; each names itself)").isSubsetOf(CUT_TEXT_MISSES);
        assertThat(r.year().share()).as("year, target").isGreaterThanOrEqualTo(0.95);
        assertThat(r.province().share()).as("province, target").isGreaterThanOrEqualTo(0.95);
        assertThat(r.type().share()).as("type, target").isGreaterThanOrEqualTo(0.90);
    }

    @Test
    @Tag(Corpus.WHOLE)
    void theFiguresOfTheTwoSplitsAddUpToTheWhole() throws IOException {
        Evaluation.Result r = cutTexts();
        Evaluation.Part tuning = r.tuning();
        Evaluation.Part held = r.heldBack();
        assertThat(tuning.year().right() + held.year().right()).isEqualTo(r.year().right());
        assertThat(tuning.province().labelled() + held.province().labelled()).isEqualTo(r.province().labelled());
        assertThat(tuning.type().notEvaluable() + held.type().notEvaluable()).isEqualTo(r.notEvaluable().size());
        assertThat(r.misses()).filteredOn(Evaluation.Miss::heldBack).extracting(Evaluation.Miss::url)
                .allMatch(HeldBack::contains).isNotEmpty();
        assertThat(held.year().labelled() - held.year().right())
                .isEqualTo(r.misses().stream().filter(m -> m.heldBack() && m.field().equals("year")).count());
    }

    /**
     * Silver standard: headings that name a domain (（三）加强生态环境保护) as the label of their body.
     * Today 266 of 295 agree (29 misses, printed); fewer agreeing or more missing is a regression.
     * Section ids shift with outline changes, so the misses are pinned by number, not by name.
     */
    @Test
    @Tag(Corpus.WHOLE)
    void domainsReadFromSectionBodiesAgreeWithTheHeadingsThatNameThem() throws IOException {
        DomainEvaluation.Result r = DomainEvaluation.run(corpus());
        r.print(System.out);
        assertThat(r.sections()).isGreaterThan(200);
        assertThat(r.agreed()).as("bodies read as their heading's domain, today 266").isGreaterThanOrEqualTo(266);
        assertThat(r.misses()).as("misses, today 29").hasSizeLessThanOrEqualTo(29);
        assertThat(r.heldBack().sections()).as("held-back sections").isPositive();
        assertThat(r.share()).as("agreement, target").isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void cutRemovesLines() {
        assertThat(Evaluation.cut("标题\r\n日期\n署名\n\n正文一\n正文二", 4)).isEqualTo("正文一\n正文二");
        assertThat(Evaluation.cut("只有一行", 4)).isEmpty();
    }
}
