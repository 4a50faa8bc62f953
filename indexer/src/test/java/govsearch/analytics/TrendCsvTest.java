package govsearch.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The trend table as CSV: RFC 4180 quoting, and no cell a spreadsheet would run as a formula. */
class TrendCsvTest {

    static String csvOf(String term) {
        Trend.Result r = new Trend.Result(Trend.Mode.count, 0, List.of(new Trend.Year(2015, 3, 1000, false)),
                List.of(new Trend.Series(term, List.of(new Trend.Point(2015, 2, 1, 2000, 0.33, 2)))));
        return r.csv();
    }

    @Test
    void aBareCarriageReturnIsQuotedSoItCannotEndTheCellAndStartAFormula() {
        // issue 15: "a\r=cmd" went out unquoted; Excel and LibreOffice end the row at the CR
        assertThat(csvOf("a\r=cmd")).endsWith("\n\"a\r=cmd\",2015,2,1,2000.0000,0.3300,2.0000\n");
    }

    @Test
    void cellsWithCommaQuoteOrLineFeedAreQuotedAndQuotesDoubled() {
        assertThat(Trend.csvCell("a,b")).isEqualTo("\"a,b\"");
        assertThat(Trend.csvCell("说\"小康\"")).isEqualTo("\"说\"\"小康\"\"\"");
        assertThat(Trend.csvCell("a\nb")).isEqualTo("\"a\nb\"");
        assertThat(Trend.csvCell("a\r\nb")).isEqualTo("\"a\r\nb\"");
        assertThat(Trend.csvCell("小康")).isEqualTo("小康");
    }

    @Test
    void aLeadingFormulaCharacterIsMadeText() {
        for (String f : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1")) {
            assertThat(Trend.csvCell(f)).as(f).matches("(?s)\"?'.*");
        }
        assertThat(Trend.csvCell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    }
}
