package govsearch.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import govsearch.index.QuerySyntax;
import govsearch.report.Region;
import govsearch.report.Report;
import govsearch.report.Source;
import govsearch.understand.ReportReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README: an API key (which wins over username/password) or basic authentication, and a CA
 * certificate to trust besides the JDK's store, for https clusters. A proxy terminates TLS in front
 * of the real test node with a certificate signed by a CA made here with keytool, and requires the
 * credentials (401 without them).
 */
class SecureConnectionTest {

    static final String PASSWORD = "changeit";
    static final String API_KEY = Base64.getEncoder().encodeToString("govsearch-id:govsearch-api-key".getBytes(StandardCharsets.UTF_8));

    @TempDir
    static Path dir;

    static Path ca;
    static BulkProxy proxy;

    @BeforeAll
    static void secureNode() throws Exception {
        keytool("-genkeypair", "-alias", "ca", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=govsearch test CA",
                "-ext", "bc:c", "-validity", "2", "-keystore", "ca.p12", "-storetype", "PKCS12");
        keytool("-exportcert", "-rfc", "-alias", "ca", "-keystore", "ca.p12", "-file", "ca.pem");
        keytool("-genkeypair", "-alias", "node", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=127.0.0.1",
                "-validity", "2", "-keystore", "node.p12", "-storetype", "PKCS12");
        keytool("-certreq", "-alias", "node", "-keystore", "node.p12", "-file", "node.csr");
        keytool("-gencert", "-alias", "ca", "-keystore", "ca.p12", "-infile", "node.csr", "-outfile", "node.pem", "-rfc",
                "-ext", "san=ip:127.0.0.1", "-ext", "eku=serverAuth", "-validity", "2");
        keytool("-importcert", "-noprompt", "-alias", "ca", "-file", "ca.pem", "-keystore", "node.p12");
        keytool("-importcert", "-alias", "node", "-file", "node.pem", "-keystore", "node.p12");
        ca = dir.resolve("ca.pem");

        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(dir.resolve("node.p12"))) {
            store.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, PASSWORD.toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keys.getKeyManagers(), null, null);
        proxy = new BulkProxy(TestNode.url(), tls);
    }

    @AfterAll
    static void stop() {
        proxy.close();
    }

    static void keytool(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("-storepass", PASSWORD));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as("keytool " + String.join(" ", args) + ": " + out).isZero();
    }

    /** Writes one report through the proxy and finds it again: every request passed the credentials check. */
    static void writeAndFind(ElasticsearchConfig config, String marker) throws IOException {
        Report report = ReportReader.read(new Source("tls/" + marker + ".txt", marker + "工作报告\n一、总体情况\n全面建成小康社会，"
                + "落实各项措施，编号" + marker + "。\n二、下一步工作\n巩固拓展脱贫攻坚成果。\n", null, null, 2024, Region.NATIONWIDE, "工作总结"));
        try (ElasticsearchReportIndex index = ElasticsearchReportIndex.open(config)) {
            index.add(List.of(report));
            index.commit();
            assertThat(index.report(report.id())).contains(report);
            assertThat(index.search(QuerySyntax.parse("小康", null, null, null, null, null)).reports()).isEqualTo(1);
        }
    }

    @Test
    void anApiKeyGoesWithEveryRequestOverHttpsToACertificateSignedByTheGivenCa() throws IOException {
        proxy.require("ApiKey " + API_KEY);
        int before = proxy.authorizations().size();

        writeAndFind(new ElasticsearchConfig(proxy.url(), null, null, API_KEY, ca, "tlsapikey", 1), "甲");

        List<String> seen = proxy.authorizations().subList(before, proxy.authorizations().size());
        assertThat(seen).isNotEmpty().allSatisfy(a -> assertThat(a).isEqualTo("ApiKey " + API_KEY));
    }

    @Test
    void usernameAndPasswordGoAsBasicAuthentication() throws IOException {
        String basic = "Basic " + Base64.getEncoder().encodeToString("analyst:s3cret-密码".getBytes(StandardCharsets.UTF_8));
        proxy.require(basic);

        writeAndFind(new ElasticsearchConfig(proxy.url(), "analyst", "s3cret-密码", null, ca, "tlsbasic", 1), "乙");
    }

    @Test
    void anApiKeyWinsOverUsernameAndPassword() throws IOException {
        proxy.require("ApiKey " + API_KEY);

        writeAndFind(new ElasticsearchConfig(proxy.url(), "analyst", "wrong", API_KEY, ca, "tlsboth", 1), "丙");
    }

    @Test
    void wrongCredentialsAreRefused() {
        proxy.require("ApiKey " + API_KEY);

        assertThatThrownBy(() -> writeAndFind(new ElasticsearchConfig(proxy.url(), "analyst", "wrong", null, ca, "tlswrong", 1), "丁"))
                .hasStackTraceContaining("401");
    }

    @Test
    void withoutTheCaCertificateTheNodeIsNotTrustedAndNothingIsSent() {
        proxy.require("ApiKey " + API_KEY);
        int before = proxy.authorizations().size();

        assertThatThrownBy(() -> writeAndFind(new ElasticsearchConfig(proxy.url(), null, null, API_KEY, null, "tlsnoca", 1), "戊"))
                .hasStackTraceContaining("PKIX");
        assertThat(proxy.authorizations()).as("requests that reached the proxy").hasSize(before);
    }
}
