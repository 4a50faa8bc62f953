package govsearch.crawler.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class BlockTextTest {

    private static String text(String html) {
        return BlockText.text(Jsoup.parse(html).body());
    }

    @Test
    void blocksAndBreaksEndLinesInlineElementsDoNot() {
        assertThat(text("<div><p>　　<strong>一、主要工作</strong></p><p>（一）加强<b>思想</b>引领。<br>1.学习。<br/>2.培训。</p>"
                + "<table><tr><td>甲</td><td>乙</td></tr></table></div>"))
                .isEqualTo("一、主要工作\n（一）加强思想引领。\n1.学习。\n2.培训。\n甲\n乙");
    }

    @Test
    void whiteSpaceCollapsesAndVanishesBetweenChineseCharacters() {
        assertThat(text("<p>\u3000\u3000今年以来，\n   我镇统战工作\u00a0稳步推进。</p><p>1. GDP growth  6.5%</p><p> \u3000 </p>"))
                .isEqualTo("今年以来，我镇统战工作稳步推进。\n1. GDP growth 6.5%");
    }
}
