package govsearch.crawler.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The list pages a pager script implies, read from its words. */
class ScriptPagerTest {

    static final String COLUMN = "http://www.example.gov.cn/zwgk/gzbg/";

    static java.util.List<String> pages(String html, String url) {
        return ScriptPager.pages(Jsoup.parse(html, url), url);
    }

    @Test
    void createPageHtmlOfTrsImpliesItsPagesNumberedFromOneAfterTheUnnumberedFirst() {
        assertThat(pages("<div id=page><script>createPageHTML(3, 0, \"index\", \"html\");</script></div>", COLUMN))
                .containsExactly(COLUMN + "index.html", COLUMN + "index_1.html", COLUMN + "index_2.html");
        assertThat(pages("<script>createPageHTML(3, 1, \"index\", \"html\");</script>", COLUMN + "index_1.html"))
                .as("the page itself is left out").containsExactly(COLUMN + "index.html", COLUMN + "index_2.html");
    }

    @Test
    void theSixArgumentFormWithAnElementIdAndVariablesForArgumentsIsReadToo() {
        assertThat(pages("<script>createPageHTML('page_div',2,0,'list','shtml',16);</script>", COLUMN + "list.shtml"))
                .containsExactly(COLUMN + "list_1.shtml");
        assertThat(pages("<script>var countPage = 3//共多少页\nvar currentPage = 0;\n"
                + "createPageHTML(countPage, currentPage, \"index\", \"htm\");</script>", COLUMN + "index.htm"))
                .containsExactly(COLUMN + "index_1.htm", COLUMN + "index_2.htm");
    }

    @Test
    void countPageAndCurrentPageWithoutACallNameTheSeriesAfterThePageItself() {
        assertThat(pages("<script>var countPage = 3; var currentPage = 0;</script>", COLUMN + "index.shtml"))
                .containsExactly(COLUMN + "index_1.shtml", COLUMN + "index_2.shtml");
    }

    @Test
    void hanwebPageCountWithAPageNumUrlImpliesPagesOneToPageCount() {
        assertThat(pages("<script>var pageCount = 3; function go(n){ location.href = \"?uid=4567&pageNum=\" + n; }</script>",
                "http://www.example.gov.cn/col/col4567/index.html"))
                .containsExactly("http://www.example.gov.cn/col/col4567/index.html?uid=4567&pageNum=1",
                        "http://www.example.gov.cn/col/col4567/index.html?uid=4567&pageNum=2",
                        "http://www.example.gov.cn/col/col4567/index.html?uid=4567&pageNum=3");
    }

    @Test
    void aNumberedSeriesInPlainSightIsFilledInUpToThePagersTotal() {
        assertThat(pages("<div class=page>共4页 <a href=\"list_2.html\">下一页</a></div>", COLUMN + "list_1.html"))
                .containsExactly(COLUMN + "list_2.html", COLUMN + "list_3.html", COLUMN + "list_4.html");
        assertThat(pages("<div class=page>页次：1/3 <a href=\"index_1.shtml\">下一页</a></div>", COLUMN + "index.shtml"))
                .containsExactly(COLUMN + "index_1.shtml", COLUMN + "index_2.shtml");
        assertThat(pages("<div class=page>共3页 <a href=\"/zwgk/gzbg/list_2.html?from=pager\">下一页</a></div>", COLUMN))
                .as("a link by its path, its query left").containsExactly(COLUMN + "list_1.html", COLUMN + "list_2.html",
                        COLUMN + "list_3.html");
    }

    @Test
    void aPagerTotalIsBoundedAndAPageWithoutAPagerImpliesNothing() {
        assertThat(pages("<script>createPageHTML(999999, 0, \"index\", \"html\");</script>", COLUMN))
                .hasSize(ScriptPager.MAX_PAGES);
        assertThat(pages("<p>共3页</p><a href=\"report.html\">报告</a>", COLUMN)).isEmpty();
        assertThat(pages("<script>createPageHTML(3, 0, \"../../evil\", \"php\");</script>", COLUMN))
                .as("a prefix that is no file name, an extension that is no page").isEmpty();
        assertThat(pages("<script>createPageHTML(x)</script><script>var countPage = 'a';</script>", COLUMN)).isEmpty();
    }
}
