package govsearch.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    static InetAddress ip(String s) throws Exception {
        return InetAddress.getByName(s);
    }

    @Test
    void blocksAndSingleAddressesOfBothFamilies() throws Exception {
        TrustedProxies p = TrustedProxies.parse("10.0.0.0/8, 192.168.1.7, fd00::/8");
        assertThat(p.trusts(ip("10.200.3.4"))).isTrue();
        assertThat(p.trusts(ip("11.0.0.1"))).isFalse();
        assertThat(p.trusts(ip("192.168.1.7"))).isTrue();
        assertThat(p.trusts(ip("192.168.1.8"))).isFalse();
        assertThat(p.trusts(ip("fd12::1"))).isTrue();
        assertThat(p.trusts(ip("fe80::1"))).isFalse();
        assertThat(TrustedProxies.parse("172.16.0.0/12").trusts(ip("172.31.255.255"))).isTrue();
        assertThat(TrustedProxies.parse("172.16.0.0/12").trusts(ip("172.32.0.0"))).isFalse();
    }

    @Test
    void theClientIsTheRightmostHopThatIsNotATrustedProxy() throws Exception {
        TrustedProxies p = TrustedProxies.parse("10.0.0.0/8");
        assertThat(p.client(ip("10.0.0.1"), List.of("1.1.1.1, 2.2.2.2, 10.0.0.9"))).isEqualTo("2.2.2.2");
        assertThat(p.client(ip("10.0.0.1"), List.of("1.1.1.1", "2.2.2.2"))).isEqualTo("2.2.2.2");
        assertThat(p.client(ip("10.0.0.1"), List.of("10.0.0.5"))).as("only proxies: the peer").isEqualTo("10.0.0.1");
        assertThat(p.client(ip("10.0.0.1"), List.of("1.1.1.1, evil.example"))).as("unreadable hop").isEqualTo("10.0.0.1");
        assertThat(p.client(ip("10.0.0.1"), null)).isEqualTo("10.0.0.1");
        assertThat(p.client(ip("8.8.8.8"), List.of("1.1.1.1"))).as("untrusted peer").isEqualTo("8.8.8.8");
        assertThat(TrustedProxies.NONE.client(ip("10.0.0.1"), List.of("1.1.1.1"))).isEqualTo("10.0.0.1");
    }

    @Test
    void aBadEntryIsNamed() {
        assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/33")).hasMessageContaining("'10.0.0.0/33'");
        assertThatThrownBy(() -> TrustedProxies.parse("proxy.local")).hasMessageContaining("'proxy.local'");
        assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/x")).hasMessageContaining("'10.0.0.0/x'");
    }
}
