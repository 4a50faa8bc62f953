package govsearch.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AddressPolicyTest {

    @Test
    void localAddressesOfEveryKindAreRecognised() throws Exception {
        for (String a : new String[]{"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "0.0.0.0",
                "100.64.0.1", "224.0.0.1", "::1", "fe80::1", "fc00::1", "fd12::1", "::ffff:127.0.0.1", "::"}) {
            assertThat(AddressPolicy.isLocal(InetAddress.getByName(a))).as(a).isTrue();
        }
        for (String a : new String[]{"1.1.1.1", "202.108.22.5", "2400:3200::1"}) {
            assertThat(AddressPolicy.isLocal(InetAddress.getByName(a))).as(a).isFalse();
        }
    }

    @Test
    void theStrictPolicyRefusesHostsOffTheAllowList() {
        AddressPolicy p = AddressPolicy.strict(Set.of("www.gov.cn"), Set.of());
        assertThatThrownBy(() -> p.check(URI.create("http://evil.example.org/"))).isInstanceOf(AddressPolicy.Refused.class)
                .hasMessageContaining("not on the crawl allow-list");
    }

    @Test
    void theStrictPolicyRefusesAllowListedHostsThatAreLocal() {
        AddressPolicy p = AddressPolicy.strict(Set.of("127.0.0.1", "169.254.169.254", "10.0.0.8", "localhost"), Set.of());
        for (String url : new String[]{"http://127.0.0.1:8080/", "http://169.254.169.254/latest/meta-data/",
                "http://10.0.0.8/", "http://localhost/"}) {
            assertThatThrownBy(() -> p.check(URI.create(url))).as(url).isInstanceOf(AddressPolicy.Refused.class)
                    .hasMessageContaining("non-public address");
        }
    }

    @Test
    void loopbackIsAcceptedOnlyForTheHostAndPortNamedForTests() throws Exception {
        AddressPolicy p = AddressPolicy.strict(Set.of("localhost", "127.0.0.1"), Set.of("localhost:1234"));
        assertThat(p.check(URI.create("http://localhost:1234/")).isLoopbackAddress()).isTrue();
        assertThatThrownBy(() -> p.check(URI.create("http://localhost:1235/"))).isInstanceOf(AddressPolicy.Refused.class);
        assertThatThrownBy(() -> p.check(URI.create("http://127.0.0.1:1234/"))).isInstanceOf(AddressPolicy.Refused.class);
    }

    @Test
    void thePermissivePolicyTakesAnyHostThatResolves() throws Exception {
        assertThat(AddressPolicy.permissive().check(URI.create("http://127.0.0.1/")).isLoopbackAddress()).isTrue();
    }
}
