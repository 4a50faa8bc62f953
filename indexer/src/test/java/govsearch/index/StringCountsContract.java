package govsearch.index;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.analysis.Folding;
import govsearch.analytics.Concordance;
import govsearch.analytics.FirstUses;
import govsearch.analytics.CorpusStats.KwicLine;
import govsearch.analytics.CorpusStats.KwicLines;
import govsearch.analytics.CorpusStats.TermYear;
import govsearch.analytics.CorpusStats.YearTotal;
import govsearch.analytics.Sentences;
import govsearch.analytics.Wildcard;
import govsearch.report.Region;
import govsearch.report.Report;
import govsearch.report.Section;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A trend counts what a reader counting by hand would: every occurrence of the string in the
 * folded text of the matching sections, overlapping ones included (ababa holds aba twice), after
 * deletes and re-imports. Checked against a brute-force scan of generated texts whose few
 * characters make every string occur often and overlap, with traditional and full-width forms.
 */
public abstract class StringCountsContract {

    /** Few distinct characters, so strings repeat and overlap; 發 and 進 fold to 发 and 进. */
    private static final String CHARS = "稳中求进发展稳中有进發進哈哈";
    private static final String[] PUNCTUATION = {"，", "。", "；", "“", "”", "\n"};
    private static final List<String> TERMS = List.of("稳", "哈", "哈哈", "哈哈哈", "稳中", "稳中求进", "稳中有进",
            "发展", "發展", "进发", "中求进发展", "进稳", "求进發", "稳中稳中", "有进有进有", "不在文中");
    private static final String[] PROVINCES = {"河南省", "福建省", "江苏省"};

    protected ReportIndex index;

    protected abstract ReportIndex create() throws IOException;

    @BeforeEach
    void open() throws IOException {
        index = create();
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private static String text(Random random, int paragraphs) {
        StringBuilder b = new StringBuilder("各位代表：\n");
        for (int p = 0; p < paragraphs; p++) {
            b.append(p % 3 == 0 ? "一二三四五六七八九十".charAt(p / 3 % 10) + "、工作\n" : "");
            int n = 20 + random.nextInt(120);
            for (int i = 0; i < n; i++) {
                b.append(random.nextInt(9) == 0 ? PUNCTUATION[random.nextInt(PUNCTUATION.length)]
                        : CHARS.charAt(random.nextInt(CHARS.length())));
            }
            b.append("。\n");
        }
        return b.toString();
    }

    private static List<Report> corpus(long seed, int reports) {
        Random random = new Random(seed);
        List<Report> out = new ArrayList<>();
        for (int r = 0; r < reports; r++) {
            out.add(ReportIndexContract.report("gen" + r + ".txt", 2001 + r % 5, Region.province(PROVINCES[r % 3]),
                    "政府工作报告", text(random, 3 + random.nextInt(8))));
        }
        return out;
    }

    private static long occurrences(String text, String term) {
        long n = 0;
        for (int at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
            n++;
        }
        return n;
    }

    /** What the index must answer: per year, occurrences in the folded texts and reports holding any. */
    private static List<TermYear> byHand(List<Report> corpus, String term, Predicate<Report> kept) {
        String folded = Folding.fold(term);
        Map<Integer, long[]> byYear = new TreeMap<>();
        for (Report r : corpus) {
            if (!kept.test(r)) {
                continue;
            }
            long n = 0;
            for (Section s : r.sections()) {
                n += occurrences(Folding.fold(s.content()), folded);
            }
            if (n > 0) {
                long[] c = byYear.computeIfAbsent(r.year(), y -> new long[2]);
                c[0] += n;
                c[1]++;
            }
        }
        List<TermYear> out = new ArrayList<>();
        byYear.forEach((y, c) -> out.add(new TermYear(y, c[0], c[1])));
        return out;
    }

    /** Reports, sections and characters per year of the reports kept. */
    private static List<YearTotal> totalsByHand(List<Report> corpus, Predicate<Report> kept) {
        Map<Integer, long[]> byYear = new TreeMap<>();
        for (Report r : corpus) {
            if (kept.test(r)) {
                long[] t = byYear.computeIfAbsent(r.year(), y -> new long[3]);
                t[0]++;
                t[1] += r.sections().size();
                t[2] += r.sections().stream().mapToLong(x -> x.content().length()).sum();
            }
        }
        List<YearTotal> out = new ArrayList<>();
        byYear.forEach((y, t) -> out.add(new YearTotal(y, t[0], t[1], t[2])));
        return out;
    }

    private void assertCountsAsByHand(List<Report> corpus) throws IOException {
        SearchQuery all = QuerySyntax.parse("", null, null, null, null, null);
        SearchQuery henan = QuerySyntax.parse("", null, "河南", null, null, null);
        SearchQuery years = QuerySyntax.parse("", "2002-2003", null, null, null, null);
        assertThat(index.yearTotals(all)).isEqualTo(totalsByHand(corpus, r -> true));
        assertThat(index.yearTotals(henan)).isEqualTo(totalsByHand(corpus, r -> r.region().province().equals("河南省")));
        assertThat(index.yearTotals(years)).isEqualTo(totalsByHand(corpus, r -> r.year() >= 2002 && r.year() <= 2003));
        for (String term : TERMS) {
            assertThat(index.termByYear(term, all)).as(term).isEqualTo(byHand(corpus, term, r -> true));
            assertThat(index.termByYear(term, henan)).as(term + " in 河南")
                    .isEqualTo(byHand(corpus, term, r -> r.region().province().equals("河南省")));
            assertThat(index.termByYear(term, years)).as(term + " in 2002-2003")
                    .isEqualTo(byHand(corpus, term, r -> r.year() >= 2002 && r.year() <= 2003));
        }
    }

    @Test
    void trendCountsEqualSubstringCountsOfTheFoldedTexts() throws IOException {
        List<Report> corpus = corpus(18, 30);
        // Three commits: the reports lie in several segments.
        for (int i = 0; i < corpus.size(); i += 10) {
            index.add(corpus.subList(i, i + 10));
            index.commit();
        }
        assertCountsAsByHand(corpus);
    }

    @Test
    void aReportImportedAgainWithANewTextIsCountedOnceWithItsNewText() throws IOException {
        List<Report> corpus = new ArrayList<>(corpus(7, 12));
        index.add(corpus);
        index.commit();
        List<Report> changed = corpus(99, 12).subList(0, 4);
        for (int i = 0; i < 4; i++) {
            // The same url with another text replaces the report: its old occurrences must not count.
            Report old = corpus.get(3 * i);
            Report fresh = ReportIndexContract.report(old.url(), old.year(), old.region(),
                    "政府工作报告", String.join("\n", changed.get(i).sections().stream().map(Section::content).toList()));
            corpus.set(3 * i, fresh);
            index.add(List.of(fresh));
        }
        index.commit();
        assertCountsAsByHand(corpus);
    }

    @Test
    void fullWidthAndTraditionalFormsCountAsTheirFoldedForms() throws IOException {
        index.add(List.of(ReportIndexContract.report("w.txt", 2020, Region.NATIONWIDE, "政府工作报告",
                "各位代表：\n一、工作\n經濟發展穩中求進，经济发展稳中求进，經濟发展。\n")));
        index.commit();
        SearchQuery all = QuerySyntax.parse("", null, null, null, null, null);

        assertThat(index.termByYear("经济发展", all)).containsExactly(new TermYear(2020, 3, 1));
        assertThat(index.termByYear("經濟發展", all)).containsExactly(new TermYear(2020, 3, 1));
        assertThat(index.termByYear("稳中求进", all)).containsExactly(new TermYear(2020, 2, 1));
    }

    @Test
    void aQuotedTermIsCountedAndListedAsTheStringItQuotes() throws IOException {
        List<Report> corpus = corpus(23, 15);
        index.add(corpus);
        index.commit();
        SearchQuery all = QuerySyntax.parse("", null, null, null, null, null);
        SearchQuery henan = QuerySyntax.parse("", null, "河南", null, null, null);

        assertThat(byHand(corpus, "发展", r -> true)).isNotEmpty();
        for (String term : List.of("发展", "稳中求进", "中求进发展", "进稳")) {
            String quoted = "\"" + term + "\"";
            assertThat(index.termByYear(quoted, all)).as(quoted).isEqualTo(byHand(corpus, term, r -> true));
            assertThat(index.termByYear(quoted, henan)).as(quoted + " in 河南")
                    .isEqualTo(byHand(corpus, term, r -> r.region().province().equals("河南省")));
            assertThat(index.concordance(quoted, all, 8, 1000).lines()).as(quoted)
                    .isEqualTo(index.concordance(term, all, 8, 1000).lines());
        }
    }

    /** Every line of a term as a reader would list them: corpus order, the context cut at the sentence or width. */
    private static List<KwicLine> linesByHand(List<Report> corpus, String term, int width) {
        String folded = Folding.fold(term);
        List<Report> ordered = new ArrayList<>(corpus);
        ordered.sort(java.util.Comparator.comparing(Report::year).thenComparing(Report::id));
        List<KwicLine> out = new ArrayList<>();
        for (Report r : ordered) {
            for (Section s : r.sections()) {
                String text = s.content();
                String f = Folding.fold(text);
                for (int at = f.indexOf(folded); at >= 0; at = f.indexOf(folded, at + 1)) {
                    int end = at + folded.length();
                    int from = Math.max(Sentences.sentenceStart(text, at), at - width);
                    int to = Math.min(Sentences.sentenceEnd(text, end - 1), end + width);
                    out.add(new KwicLine(text.substring(from, at), text.substring(at, end), text.substring(end, Math.max(end, to)),
                            r.id(), s.id(), r.year(), r.region(), r.title()));
                }
            }
        }
        return out;
    }

    @Test
    void aConcordanceHoldsEveryOccurrenceInCorpusOrderAndSortsAllOfThemByContext() throws IOException {
        List<Report> corpus = corpus(5, 24);
        for (int i = 0; i < corpus.size(); i += 8) {
            index.add(corpus.subList(i, i + 8));
            index.commit();
        }
        SearchQuery all = QuerySyntax.parse("", null, null, null, null, null);
        for (String term : List.of("稳中", "哈哈", "發展", "中求进发展")) {
            List<KwicLine> expected = linesByHand(corpus, term, 6);
            KwicLines page = index.concordancePage(term, all, 6, Concordance.Sort.year, 0, 10_000);
            assertThat(page.total()).as(term).isEqualTo(expected.size());
            assertThat(page.lines()).as(term).isEqualTo(expected);
            assertThat(index.concordancePage(term, all, 6, Concordance.Sort.year, 7, 5).lines()).as(term)
                    .isEqualTo(expected.subList(Math.min(7, expected.size()), Math.min(12, expected.size())));
            for (Concordance.Sort sort : List.of(Concordance.Sort.left, Concordance.Sort.right)) {
                List<KwicLine> sorted = new ArrayList<>(expected);
                Concordance.sortByContext(sorted, sort);
                assertThat(index.concordancePage(term, all, 6, sort, 0, 10_000).lines()).as(term + " by " + sort).isEqualTo(sorted);
                assertThat(index.concordancePage(term, all, 6, sort, 3, 4).lines()).as(term + " by " + sort)
                        .isEqualTo(sorted.subList(Math.min(3, sorted.size()), Math.min(7, sorted.size())));
            }
        }
    }

    /** Fillers as a brute-force scan finds them: every occurrence of the anchor in every folded section text. */
    private static Map<String, Long> fillersByHand(List<Report> corpus, Wildcard w) {
        Map<String, Long> out = new TreeMap<>();
        for (Report r : corpus) {
            for (Section s : r.sections()) {
                String f = Folding.fold(s.content());
                for (int at = f.indexOf(w.anchor()); at >= 0; at = f.indexOf(w.anchor(), at + 1)) {
                    String context = w.left().isEmpty()
                            ? new StringBuilder(f.substring(Math.max(0, at - w.contextChars()), at)).reverse().toString()
                            : f.substring(at + w.anchor().length(), Math.min(f.length(), at + w.anchor().length() + w.contextChars()));
                    if (w.closed()) {
                        for (int n = 1; n <= Wildcard.MAX_FILLER && n + w.right().length() <= context.length(); n++) {
                            String filler = context.substring(0, n);
                            if (filler.chars().allMatch(Character::isLetterOrDigit) && context.startsWith(w.right(), n)) {
                                out.merge(filler, 1L, Long::sum);
                            }
                        }
                    } else {
                        w.fillersAt(context, x -> out.merge(x, 1L, Long::sum));
                    }
                }
            }
        }
        return out;
    }

    @Test
    void wildcardFillersEqualABruteForceScanAndEachCountEqualsItsStringsTrendTotal() throws IOException {
        List<Report> corpus = corpus(11, 20);
        index.add(corpus);
        index.commit();
        SearchQuery all = QuerySyntax.parse("", null, null, null, null, null);
        for (String pattern : List.of("稳*进", "哈*哈", "稳中*发展", "進*稳", "稳中*", "*进")) {
            Wildcard w = Wildcard.of("term", pattern);
            Map<String, Long> expected = fillersByHand(corpus, w);
            assertThat(new TreeMap<>(index.fillers(w, all))).as(pattern).isEqualTo(expected);
            Wildcard.Result top = w.top(index, all, Wildcard.MAX_FILLERS);
            if (w.closed()) {
                assertThat(top.fillers()).as(pattern).isNotEmpty();
            }
            assertThat(top.fillers()).as(pattern).hasSizeLessThanOrEqualTo(Wildcard.MAX_FILLERS)
                    .isSortedAccordingTo(java.util.Comparator.comparingLong(Wildcard.Filler::count).reversed());
            for (Wildcard.Filler f : top.fillers()) {
                assertThat(f.count()).as(f.string())
                        .isEqualTo(index.termByYear(f.string(), all).stream().mapToLong(TermYear::count).sum());
            }
        }
    }

    @Test
    void aWildcardsConcordanceHoldsTheLinesOfEveryFillersStringAsABruteForceScanFindsThem() throws IOException {
        List<Report> corpus = corpus(13, 24);
        for (int i = 0; i < corpus.size(); i += 12) {
            index.add(corpus.subList(i, i + 12));
            index.commit();
        }
        for (String pattern : List.of("稳*进", "哈*发展", "*求进")) {
            Wildcard w = Wildcard.of("term", pattern);
            // The lines are those of the 50 most frequent fillers (ties by the filler), as the brute-force scan ranks them.
            Map<String, Long> fillers = new TreeMap<>();
            fillersByHand(corpus, w).entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(50).forEach(e -> fillers.put(e.getKey(), e.getValue()));
            assertThat(fillers).as(pattern).isNotEmpty();
            List<KwicLine> expected = new ArrayList<>();
            fillers.keySet().forEach(f -> expected.addAll(linesByHand(corpus, w.fill(f), 6)));
            SearchQuery every = QuerySyntax.parse("", null, null, null, null, null);
            // One page of every line: a size past what the API allows, as an export would read.
            SearchQuery all = new SearchQuery(every.words(), every.phrases(), every.excluded(), null, null, null, 0, 100_000,
                    null, null, null);

            Concordance.Result byYear = Concordance.compute(index, pattern, all, 6, Concordance.Sort.year);
            assertThat(byYear.total()).as(pattern).isEqualTo(expected.size());
            if (w.closed()) {
                assertThat(byYear.total()).as(pattern).isEqualTo(fillers.values().stream().mapToLong(Long::longValue).sum());
            }
            assertThat(byYear.lines()).as(pattern).containsExactlyInAnyOrderElementsOf(expected)
                    .isSortedAccordingTo(java.util.Comparator.comparing(KwicLine::year));
            assertThat(byYear.lines()).as(pattern).allSatisfy(l -> {
                String m = Folding.fold(l.match());
                assertThat(fillers).containsKey(m.substring(w.left().length(), m.length() - w.right().length()));
            });

            Concordance.Result byRight = Concordance.compute(index, pattern, all, 6, Concordance.Sort.right);
            List<KwicLine> sorted = new ArrayList<>(byRight.lines());
            Concordance.sortByContext(sorted, Concordance.Sort.right);
            assertThat(byRight.lines()).as(pattern).containsExactlyInAnyOrderElementsOf(expected).isEqualTo(sorted);

            SearchQuery second = QuerySyntax.parse("", null, null, null, 1, 5);
            assertThat(Concordance.compute(index, pattern, second, 6, Concordance.Sort.right).lines()).as(pattern)
                    .isEqualTo(byRight.lines().subList(5, Math.min(10, byRight.lines().size())));
        }
    }

    @Test
    void aStringFirstWrittenInAYearAndUsedAfterIsAFirstUseListedByItsLaterUses() throws IOException {
        java.util.function.BiFunction<String, Integer, Report> national = (body, year) -> ReportIndexContract.report(
                "n" + year + ".txt", year, Region.NATIONWIDE, "政府工作报告", "各位代表：\n一、工作\n" + body + "\n");
        index.add(List.of(
                national.apply("坚持稳中求进，推进改革。", 2001),
                national.apply("培育新质生产力，坚持稳中求进，建设海绵城市。", 2002),
                national.apply("发展新质生产力，新质生产力加快形成。", 2003),
                national.apply("因地制宜发展新质生产力。", 2004),
                // A province wrote it first: not in the national sub-corpus.
                ReportIndexContract.report("p.txt", 2001, Region.province("河南省"), "政府工作报告", "各位代表：\n一、工作\n探索新质生产力。\n")));
        index.commit();

        FirstUses.Result r = FirstUses.compute(index, 2002, QuerySyntax.parse("", null, "全国", null, null, null), 10);

        FirstUses.Entry first = r.entries().getFirst();
        // 新质, 质生产力, 生产力 … are always part of 新质生产力: only the longest is listed.
        assertThat(first.string()).isEqualTo("新质生产力");
        assertThat(first).extracting(FirstUses.Entry::usesThatYear, FirstUses.Entry::usesAfter, FirstUses.Entry::yearsAfter,
                FirstUses.Entry::lastYear).containsExactly(1L, 3L, 2, 2004);
        assertThat(first.reportId()).isEqualTo(index.search(QuerySyntax.parse("海绵城市", null, null, null, null, null))
                .hits().getFirst().reportId());
        assertThat(r.entries()).extracting(FirstUses.Entry::string)
                .doesNotContain("稳中求进", "新质", "质生产力", "生产力")
                .noneMatch(x -> x.contains("海绵城市"));
        assertThat(FirstUses.compute(index, 2002, QuerySyntax.parse("", null, null, null, null, null), 10).entries())
                .extracting(FirstUses.Entry::string).doesNotContain("新质生产力");
    }
    @Test
    void firstUsesFromTheIndexAreThoseTheScanOfTheTextFinds() throws IOException {
        // Few characters: most short strings are used every year, long ones are new; several
        // segments, and reports imported again with a new text (their old occurrences deleted).
        List<Report> corpus = new ArrayList<>(corpus(23, 30));
        for (int i = 0; i < corpus.size(); i += 10) {
            index.add(corpus.subList(i, i + 10));
            index.commit();
        }
        List<Report> changed = corpus(77, 6);
        for (int i = 0; i < changed.size(); i++) {
            Report old = corpus.get(5 * i);
            index.add(List.of(ReportIndexContract.report(old.url(), old.year(), old.region(), "政府工作报告",
                    String.join("\n", changed.get(i).sections().stream().map(Section::content).toList()))));
        }
        index.commit();
        List<SearchQuery> filters = List.of(QuerySyntax.parse("", null, null, null, null, null),
                QuerySyntax.parse("", null, "河南", null, null, null), QuerySyntax.parse("发展", null, null, null, null, null));
        for (int year = 2001; year <= 2005; year++) {
            for (SearchQuery f : filters) {
                FirstUses.Result scanned = FirstUses.byScan(index, year, f, FirstUses.MAX_LIMIT);
                assertThat(FirstUses.compute(index, year, f, FirstUses.MAX_LIMIT)).as(year + " " + f).isEqualTo(scanned);
                if (year < 2005) {
                    // Nothing is used after the last year; before it, lists to compare.
                    assertThat(scanned.entries()).as(year + " " + f).isNotEmpty();
                }
            }
        }
    }
}
