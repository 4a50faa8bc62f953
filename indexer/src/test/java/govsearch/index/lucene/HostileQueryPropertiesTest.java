package govsearch.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.index.BadQuery;
import govsearch.index.QuerySyntax;
import govsearch.index.SearchQuery;
import govsearch.report.Section;
import govsearch.report.SectionTree;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.lucene.search.Query;

/**
 * Whatever users type — any Unicode (control characters, lone surrogates), Lucene syntax,
 * unbalanced quotes, regex- and wildcard-looking strings, huge values — the query parser answers a
 * query or a {@link BadQuery}, and the Lucene query built from what it accepts never throws.
 */
class HostileQueryPropertiesTest {

    static final List<String> FRAGMENTS = List.of("*:*", " AND ", " OR ", "NOT ", "(", ")", "~", "~2", "^", "^10",
            "\\", "/", "\"", "“", "”", "-", "--", "- ", "year=", "year=2015", "year=2010-2020", "year=9999-0000",
            "year=2020-2010", "year=١٢٣٤", "*", "?", ".*", "[a-z]+", "(a|aa)+$", "{1,99999}", "\u0000", "\uD800",
            "\uDFFF", "\uFEFF", "\u200B", "\u3000", "\n", "\r", "\t", " ", "小康", "脱贫攻坚", "全面建成小康社会", "统一战线",
            "1e9", "-1", "2147483648", "-2147483649", "%", "%zz", "%00", "<script>", "'", ";", "field:value",
            "text:小康", "+", "&&", "||", "!", "{", "}", "[", "]", "𠀀", "🙂", "Ａ", "ｙｅａｒ＝２０１５");

    /** Random any-character strings, syntax soup, huge strings, or null. */
    static Arbitrary<String> hostile() {
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(120);
        Arbitrary<String> soup = Arbitraries.of(FRAGMENTS).list().ofMaxSize(30).map(l -> String.join("", l));
        Arbitrary<String> huge = Arbitraries.strings().withChars("a小\"* -").ofMinLength(450).ofMaxLength(5000);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, any), net.jqwik.api.Tuple.of(5, soup), net.jqwik.api.Tuple.of(1, huge))
                .injectNull(0.1);
    }

    @Provide
    Arbitrary<String> text() {
        return hostile();
    }

    @Provide
    Arbitrary<Integer> number() {
        return Arbitraries.oneOf(Arbitraries.integers(), Arbitraries.integers().between(-2, 120)).injectNull(0.2);
    }

    @Property(tries = 500)
    void theParserAcceptsOrSaysWhatIsWrong(@ForAll("text") String q, @ForAll("text") String year,
                                           @ForAll("text") String region, @ForAll("text") String type,
                                           @ForAll("text") String domain, @ForAll("number") Integer page,
                                           @ForAll("number") Integer size) {
        SearchQuery parsed;
        try {
            parsed = QuerySyntax.parse(q, year, region, type, domain, page, size);
        } catch (BadQuery e) {
            assertThat(e.param()).isNotBlank();
            assertThat(e.getMessage()).isNotBlank();
            return;
        }
        Query query = LuceneQueries.of(parsed);
        assertThat(query).isNotNull();
    }

    @Property(tries = 300)
    void theSectionParserTakesAnyText(@ForAll("documents") String text) {
        List<Section> sections = SectionTree.parse("r", text);
        assertThat(sections).isNotNull();
    }

    @Provide
    Arbitrary<String> documents() {
        Arbitrary<String> lines = Arbitraries.oneOf(
                Arbitraries.of("一、", "二、", "（一）", "(二)", "1.", "2．", "（1）", "第一章", "第十二条", "十、", "一百、",
                        "各位代表：", "", "\u3000\u3000", "三是", "（", "）", "、", "第", "章").list().ofMaxSize(4)
                        .map(l -> String.join("", l)),
                Arbitraries.strings().all().ofMaxLength(80),
                Arbitraries.of(FRAGMENTS));
        return Arbitraries.oneOf(
                lines.list().ofMaxSize(200).map(l -> String.join("\n", l)),
                Arbitraries.strings().all().ofMaxLength(2000));
    }
}
