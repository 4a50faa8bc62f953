package govsearch.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the crawl may connect to: the strict policy of the service refuses every special-purpose
 * address, however it is written or wrapped; both policies refuse IPv4 notations that curl and Java
 * would read differently.
 */
class AddressPolicyTest {

    @Test
    void localAddressesOfEveryKindAreRecognised() throws Exception {
        for (String a : new String[]{"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "0.0.0.0",
                "100.64.0.1", "224.0.0.1", "::1", "fe80::1", "fc00::1", "fd12::1", "::ffff:127.0.0.1", "::"}) {
            assertThat(AddressPolicy.isLocal(InetAddress.getByName(a))).as(a).isTrue();
        }
        for (String a : new String[]{"1.1.1.1", "202.108.22.5", "2400:3200::1", "2002:ca6c:1605::1"}) {
            assertThat(AddressPolicy.isLocal(InetAddress.getByName(a))).as(a).isFalse();
        }
    }

    /** Finding 6 of issue 15, and the rest of IANA's IPv4 and IPv6 special-purpose registries. */
    @Test
    void everySpecialPurposeBlockIsRefused() throws Exception {
        List<String> special = List.of(
                "::127.0.0.1", "::10.0.0.1",                        // IPv4-compatible
                "64:ff9b::7f00:1", "64:ff9b::808:808",              // NAT64 well-known prefix
                "64:ff9b:1::a00:1",                                 // NAT64 local use
                "2002:7f00:1::1", "2002:a00:1::1", "2002:c0a8:101::1", // 6to4 around loopback / private
                "2001:0:4136:e378:8000:63bf:3fff:fdd2",             // Teredo
                "2001:2::1", "2001:db8::1", "3fff::1", "2620:4f:8000::1", "100::1", "5f00::1", "fec0::1", "ff02::1",
                "198.18.0.1", "198.19.255.254",                      // benchmarking
                "192.0.0.8", "192.0.2.1", "192.31.196.1", "192.52.193.1", "192.88.99.1", "192.175.48.1",
                "198.51.100.1", "203.0.113.1", "240.0.0.1", "255.255.255.255", "0.1.2.3", "100.127.255.255");
        for (String a : special) {
            assertThat(AddressPolicy.isLocal(InetAddress.getByName(a))).as(a).isTrue();
        }
        AddressPolicy p = AddressPolicy.strict(Set.of("site.test"), host -> new InetAddress[]{
                InetAddress.getByName("198.18.0.1")});
        assertThatThrownBy(() -> p.check(URI.create("http://site.test/"))).isInstanceOf(AddressPolicy.Refused.class)
                .hasMessageContaining("non-public address (198.18.0.1: benchmarking)");
    }

    @Test
    void ipv6LiteralsWrappingLoopbackAreRefusedInUrls() {
        AddressPolicy p = AddressPolicy.strict(Set.of("::127.0.0.1", "64:ff9b::7f00:1", "2002:7f00:1::1", "::1"));
        for (String url : new String[]{"http://[::127.0.0.1]/", "http://[64:ff9b::7f00:1]/", "http://[2002:7f00:1::1]/",
                "http://[::1]:8080/"}) {
            assertThatThrownBy(() -> p.check(URI.create(url))).as(url).isInstanceOf(AddressPolicy.Refused.class)
                    .hasMessageContaining("non-public address");
        }
        assertThatThrownBy(() -> AddressPolicy.permissive().check(URI.create("http://[::ffff:127.0.0.1]/")))
                .isInstanceOf(AddressPolicy.Refused.class).hasMessageContaining("IPv4-mapped");
    }

    @Test
    void ipv4InAnyNotationButPlainDottedDecimalIsRefusedNotGuessed() {
        for (String host : new String[]{"0177.0.0.1", "0x7f.1", "0x7f.0.0.1", "2130706433", "127.1", "127.0.1",
                "0x7f000001", "017700000001", "127.0.0.01", "127.0.0.1.", "256.0.0.1", "1.2.3.4.5"}) {
            for (AddressPolicy p : List.of(AddressPolicy.permissive(), AddressPolicy.strict(Set.of(host)))) {
                assertThatThrownBy(() -> p.check(URI.create("http://" + host + "/"))).as(host)
                        .isInstanceOf(AddressPolicy.Refused.class)
                        .hasMessageContaining("only plain dotted decimal");
            }
        }
    }

    @Test
    void plainDottedDecimalAndNamesEndingInLettersAreHostsAsUsual() throws Exception {
        assertThat(AddressPolicy.permissive().check(URI.create("http://127.0.0.1:8080/")).getHostAddress())
                .isEqualTo("127.0.0.1");
        AddressPolicy p = AddressPolicy.strict(Set.of("0x7f.gov.cn", "1.2.3.4"),
                host -> new InetAddress[]{InetAddress.getByName("202.108.22.5")});
        assertThat(p.check(URI.create("http://0x7f.gov.cn/")).getHostAddress()).isEqualTo("202.108.22.5");
        assertThat(p.check(URI.create("http://1.2.3.4/")).getHostAddress()).isEqualTo("202.108.22.5");
    }

    @Test
    void theStrictPolicyRefusesHostsOffTheAllowList() {
        AddressPolicy p = AddressPolicy.strict(Set.of("www.gov.cn"));
        assertThatThrownBy(() -> p.check(URI.create("http://evil.example.org/"))).isInstanceOf(AddressPolicy.Refused.class)
                .hasMessageContaining("not on the crawl allow-list");
    }

    @Test
    void theStrictPolicyRefusesAllowListedHostsThatAreLocal() {
        AddressPolicy p = AddressPolicy.strict(Set.of("127.0.0.1", "169.254.169.254", "10.0.0.8", "localhost"));
        for (String url : new String[]{"http://127.0.0.1:8080/", "http://169.254.169.254/latest/meta-data/",
                "http://10.0.0.8/", "http://localhost/"}) {
            assertThatThrownBy(() -> p.check(URI.create(url))).as(url).isInstanceOf(AddressPolicy.Refused.class)
                    .hasMessageContaining("non-public address");
        }
    }

    @Test
    void aHostWithOnePublicAndOneLocalAddressIsRefused() {
        AddressPolicy p = AddressPolicy.strict(Set.of("rebind.test"), host -> new InetAddress[]{
                InetAddress.getByName("202.108.22.5"), InetAddress.getByName("10.0.0.1")});
        assertThatThrownBy(() -> p.check(URI.create("http://rebind.test/"))).isInstanceOf(AddressPolicy.Refused.class)
                .hasMessageContaining("10.0.0.1");
    }

    @Test
    void thePermissivePolicyTakesAnyHostThatResolves() throws Exception {
        assertThat(AddressPolicy.permissive().check(URI.create("http://127.0.0.1/")).isLoopbackAddress()).isTrue();
    }
}
