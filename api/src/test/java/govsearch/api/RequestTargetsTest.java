package govsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Request targets java.net.URI would refuse, made acceptable, with the parameter that held a malformed escape. */
class RequestTargetsTest {

    @Test
    void aMalformedEscapeBecomesALiteralPercentAndNamesItsParameter() {
        assertThat(RequestTargets.repair("/api/search?q=%")).isEqualTo(new RequestTargets.Repaired("/api/search?q=%25", "q"));
        assertThat(RequestTargets.repair("/api/search?size=1&q=a%2")).isEqualTo(new RequestTargets.Repaired("/api/search?size=1&q=a%252", "q"));
        assertThat(RequestTargets.repair("/api/search?%71=%zz").malformedIn()).as("the name decoded").isEqualTo("q");
        assertThat(RequestTargets.repair("/api/search?%=1").malformedIn()).as("the name itself malformed").isEqualTo("query");
        assertThat(RequestTargets.repair("/api/reports/%zz").malformedIn()).isEqualTo("path");
    }

    @Test
    void wellFormedTargetsPassUntouched() {
        for (String t : new String[]{"/api/search?q=%E5%B0%8F%E5%BA%B7&size=5", "/", "/api/trend;x?term=a", "/api/search?q=a+b"}) {
            assertThat(RequestTargets.repair(t)).isEqualTo(new RequestTargets.Repaired(t, null));
        }
    }

    @Test
    void wellFormedEscapesOfBytesThatAreNotUtf8NameTheirParameter() {
        // 小 cut after two of its three bytes: decoded, it would be U+FFFD and a search for everything
        assertThat(RequestTargets.repair("/api/search?size=5&q=%E5%B0").malformedIn()).isEqualTo("q");
        assertThat(RequestTargets.repair("/api/concordance?q=%C0%AF").malformedIn()).as("an overlong /").isEqualTo("q");
        assertThat(RequestTargets.repair("/api/reports/%ff%fe").malformedIn()).isEqualTo("path");
        assertThat(RequestTargets.repair("/api/search?q=%E5%B0%8F&region=%B9%E3").malformedIn()).isEqualTo("region");
    }

    @Test
    void charactersAUriCannotHoldAreEscaped() {
        assertThat(RequestTargets.repair("/api/search?q=a|b\"c{d}")).isEqualTo(
                new RequestTargets.Repaired("/api/search?q=a%7Cb%22c%7Bd%7D", null));
    }
}
