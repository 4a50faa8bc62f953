package govsearch.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.analysis.Folding;
import govsearch.index.ReportIndexContract;
import govsearch.report.Region;
import govsearch.report.Report;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sections a literal string matches, found in the suffix arrays, are the sections where a
 * regular expression finds it in the folded text, with the same offsets — across segments, after
 * deletes and re-imports, and read from the texts when a segment has no arrays.
 */
class LiteralQueryTest {

    @TempDir
    Path temp;

    private static final String ALPHABET = "发展改革發展ab1.2 ，ＡＢ";

    @Test
    void aLiteralMatchesTheSectionsAndOffsetsARegularExpressionFindsInTheFoldedTexts() throws IOException {
        Random random = new Random(20261206);
        List<String> texts = new ArrayList<>();
        try (LuceneReportIndex index = LuceneReportIndex.open(FSDirectory.open(temp.resolve("index")), 300)) {
            for (int batch = 0; batch < 4; batch++) {
                List<Report> reports = new ArrayList<>();
                for (int i = 0; i < 15; i++) {
                    String text = randomText(random);
                    texts.add(text);
                    // Batch 3 imports the first reports again with new texts: their old sections must not match.
                    int n = batch == 3 ? i : batch * 15 + i;
                    reports.add(ReportIndexContract.report("r" + n + ".txt", 2000 + n % 7, Region.NATIONWIDE, "政府工作报告",
                            "各位代表：\n" + text + "\n"));
                }
                index.add(reports);
                index.commit();
            }
            assertThat(index.stringsReady()).isTrue();
            List<String> literals = new ArrayList<>(List.of("ab", "1.2", "2", "发展", "展改", "a", "b1", "ａｂ"));
            for (int i = 0; i < 150; i++) {
                String text = texts.get(random.nextInt(texts.size()));
                int from = random.nextInt(text.length() - 6);
                literals.add(text.substring(from, from + 1 + random.nextInt(6)));
            }
            int found = 0;
            for (String phrase : literals) {
                String literal = Literal.of(phrase);
                if (literal == null) {
                    continue;
                }
                TreeMap<Integer, List<Integer>> expected = index.withSearcher(s -> regex(s, literal));
                TreeMap<Integer, List<Integer>> fromArrays = index.withSearcher(s -> found(s, literal));
                TreeMap<Integer, List<Integer>> fromTexts = index.withSearcher(s -> found(new IndexSearcher(s.getIndexReader()), literal));
                assertThat(fromArrays).as(phrase).isEqualTo(expected);
                assertThat(fromTexts).as(phrase + ", read from the texts").isEqualTo(expected);
                // A trend counts the same occurrences, Latin words and numbers only where they stand alone.
                long occurrences = expected.values().stream().mapToLong(List::size).sum();
                long counted = index.termByYear(phrase, govsearch.index.QuerySyntax.parse(null, null, null, null, 0, 20))
                        .stream().mapToLong(govsearch.analytics.CorpusStats.TermYear::count).sum();
                assertThat(counted).as("trend of " + phrase).isEqualTo(occurrences);
                found += expected.isEmpty() ? 0 : 1;
            }
            assertThat(found).as("literals found somewhere").isGreaterThan(100);
        }
    }

    @Test
    void anIndexOpenedAgainFindsTheSameSections() throws IOException {
        Path dir = temp.resolve("reopened");
        try (LuceneReportIndex index = LuceneReportIndex.open(dir)) {
            index.add(List.of(ReportIndexContract.NATIONAL, ReportIndexContract.GUANGXI));
            index.commit();
        }
        try (LuceneReportIndex index = LuceneReportIndex.open(dir);
             DirectoryReader plain = DirectoryReader.open(FSDirectory.open(dir))) {
            for (String literal : List.of("发展", "经济", "gdp")) {
                TreeMap<Integer, List<Integer>> fromArrays = index.withSearcher(s -> found(s, literal));
                assertThat(fromArrays).isEqualTo(found(new IndexSearcher(plain), literal));
            }
            TreeMap<Integer, List<Integer>> development = index.withSearcher(s -> found(s, "发展"));
            assertThat(development).isNotEmpty();
        }
    }

    private static String randomText(Random random) {
        StringBuilder b = new StringBuilder();
        int n = 60 + random.nextInt(300);
        for (int i = 0; i < n; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    /** Each live section holding the literal, with the offsets of its occurrences, from the query and its matches. */
    private static TreeMap<Integer, List<Integer>> found(IndexSearcher s, String literal) throws IOException {
        LiteralQuery q = new LiteralQuery(literal);
        Weight w = s.createWeight(s.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1);
        TreeMap<Integer, List<Integer>> out = new TreeMap<>();
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        for (ScoreDoc d : s.search(q, Integer.MAX_VALUE).scoreDocs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(d.doc, leaves));
            Matches m = w.matches(leaf, d.doc - leaf.docBase);
            List<Integer> starts = new ArrayList<>();
            MatchesIterator it = m.getMatches(Fields.EXACT);
            while (it.next()) {
                assertThat(it.endOffset() - it.startOffset()).isEqualTo(literal.length());
                starts.add(it.startOffset());
            }
            out.put(d.doc, starts);
        }
        return out;
    }

    /** The same by a regular expression over every live section's folded text. */
    private static TreeMap<Integer, List<Integer>> regex(IndexSearcher s, String literal) throws IOException {
        String word = "[\\p{L}\\p{N}&&[^\\p{IsHan}]]";
        boolean startsWord = Character.isLetterOrDigit(literal.charAt(0)) && !Character.isIdeographic(literal.charAt(0));
        boolean endsWord = Character.isLetterOrDigit(literal.charAt(literal.length() - 1))
                && !Character.isIdeographic(literal.charAt(literal.length() - 1));
        Pattern p = Pattern.compile((startsWord ? "(?<!" + word + ")" : "") + "(?=" + Pattern.quote(literal)
                + (endsWord ? "(?!" + word + ")" : "") + ")");
        TreeMap<Integer, List<Integer>> out = new TreeMap<>();
        Set<String> text = Set.of(Fields.TEXT);
        for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
            var live = leaf.reader().getLiveDocs();
            for (int d = 0; d < leaf.reader().maxDoc(); d++) {
                String t = leaf.reader().storedFields().document(d, text).get(Fields.TEXT);
                if ((live != null && !live.get(d)) || t == null) {
                    continue;
                }
                List<Integer> starts = new ArrayList<>();
                Matcher m = p.matcher(Folding.fold(t));
                while (m.find()) {
                    starts.add(m.start());
                }
                if (!starts.isEmpty()) {
                    out.put(leaf.docBase + d, starts);
                }
            }
        }
        return out;
    }
}
