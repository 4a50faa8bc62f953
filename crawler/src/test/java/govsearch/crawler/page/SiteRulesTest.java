package govsearch.crawler.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class SiteRulesTest {

    @Test
    void theShippedRulesIncludeTheReportTemplateLayout() {
        assertThat(SiteRules.defaults().rules()).extracting(SiteRule::name).contains("report-template");
        SiteRule template = SiteRules.defaults().rules().stream()
                .filter(r -> r.name().equals("report-template")).findFirst().orElseThrow();
        assertThat(template.body()).contains(".article .content");
        assertThat(template.drop()).contains(".tuijian", ".related", ".prenext");
    }

    @Test
    void theTemplateRuleReadsTemplatePagesOnAnyHostAndLeavesOtherPagesToTheFallback() {
        Document template = Jsoup.parse(Fixtures.text("template-multi.html"));
        Document unknown = Jsoup.parse(Fixtures.text("unknown-site-single.html"));

        assertThat(SiteRules.defaults().forPage("www.fanwen.example.com", template))
                .hasValueSatisfying(r -> assertThat(r.name()).isEqualTo("report-template"));
        assertThat(SiteRules.defaults().forPage("www.xx.gov.cn", unknown)).as("its body is in #zoom, as on TRS portals")
                .hasValueSatisfying(r -> assertThat(r.name()).isEqualTo("gov-portal"));
        assertThat(SiteRules.defaults().forPage("www.xx.gov.cn", Jsoup.parse("<div class=main><p>正文</p></div>"))).isEmpty();
    }

    @Test
    void rulesAreTriedInOrderByHostGlobThenLayout() throws IOException {
        SiteRules rules = SiteRules.parse(new StringReader("""
                # comments are fine
                rules = gov, any
                rule.gov.hosts = *.gov.cn, gov.cn
                rule.gov.body = #zoom
                rule.any.when = .content
                rule.any.body = .content
                """));
        Document withContent = Jsoup.parse("<div class=content>正文</div>");

        assertThat(rules.forPage("www.xx.gov.cn", withContent)).map(SiteRule::name).hasValue("gov");
        assertThat(rules.forPage("gov.cn", withContent)).map(SiteRule::name).hasValue("gov");
        assertThat(rules.forPage("fanwen.example.com", withContent)).map(SiteRule::name).hasValue("any");
        assertThat(rules.forPage("fanwen.example.com", Jsoup.parse("<p>正文</p>"))).isEmpty();
        assertThat(rules.rules().getFirst().title()).as("blank selectors are null").isNull();
    }

    @Test
    void aBrokenSelectorInARuleMatchesNothingInsteadOfFailing() throws IOException {
        SiteRules rules = SiteRules.parse(new StringReader("rules = bad\nrule.bad.when = div[[[\n"));

        assertThat(rules.forPage("example.com", Jsoup.parse("<div>x</div>"))).isEmpty();
    }
}
