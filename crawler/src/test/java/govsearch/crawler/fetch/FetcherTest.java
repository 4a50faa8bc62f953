package govsearch.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fetcher connects to the address its policy checked: the host name is looked up once. */
class FetcherTest {

    HttpServer server;
    final List<String> hostHeaders = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            hostHeaders.add(ex.getRequestHeaders().getFirst("Host"));
            byte[] body = "<html><body>会议报告</body></html>".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    /**
     * A rebinding name server: the first answer is the address the check accepts, every later one
     * an address nothing listens on. The name itself is in no real DNS, so a client that looked it
     * up again would fail either way.
     */
    @Test
    void theConnectionGoesToTheCheckedAddressWithoutASecondLookup() throws Exception {
        AtomicInteger lookups = new AtomicInteger();
        AddressPolicy.Resolver rebinding = host -> new InetAddress[]{lookups.getAndIncrement() == 0
                ? InetAddress.getLoopbackAddress() : InetAddress.getByName("192.0.2.1")};
        AddressPolicy policy = uri -> {
            try {
                return rebinding.resolve(uri.getHost())[0];
            } catch (java.net.UnknownHostException e) {
                throw new AddressPolicy.Refused(e.getMessage());
            }
        };
        String url = "http://reports.rebind.test:" + server.getAddress().getPort() + "/report.html";
        try (Fetcher fetcher = new Fetcher(policy, Fetcher.Settings.DEFAULTS)) {
            Fetched page = fetcher.fetch(url, null);

            assertThat(page.status()).isEqualTo(200);
            assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("会议报告");
            assertThat(page.address()).isEqualTo(InetAddress.getLoopbackAddress());
        }
        assertThat(lookups).as("one lookup: the policy's").hasValue(1);
        assertThat(hostHeaders).containsExactly("reports.rebind.test:" + server.getAddress().getPort());
    }

    @Test
    void aRefusedAddressIsNeverConnectedTo() {
        AddressPolicy strict = AddressPolicy.strict(java.util.Set.of("reports.rebind.test"),
                host -> new InetAddress[]{InetAddress.getLoopbackAddress()});
        try (Fetcher fetcher = new Fetcher(strict, Fetcher.Settings.DEFAULTS)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> fetcher.fetch(
                            "http://reports.rebind.test:" + server.getAddress().getPort() + "/", null))
                    .isInstanceOf(AddressPolicy.Refused.class).hasMessageContaining("loopback");
        }
        assertThat(hostHeaders).isEmpty();
        assertThat(URI.create("http://reports.rebind.test/").getHost()).isEqualTo("reports.rebind.test");
    }
}
