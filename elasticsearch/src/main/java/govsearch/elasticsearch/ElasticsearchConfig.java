package govsearch.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * How to reach the cluster. {@code https} URLs trust the JDK's certificate store, and also the CA
 * in {@code caCertificate} when one is given (a cluster with a self-signed CA).
 *
 * @param url           e.g. http://localhost:9200
 * @param username      basic authentication, with password; null for none
 * @param apiKey        base64 API key (takes precedence over username/password); null for none
 * @param caCertificate PEM file of an extra CA to trust; null for the JDK store only
 * @param prefix        index names start with it: alias {@code <prefix>-reports}
 * @param concurrency   bulk requests in flight at once during a commit
 * @param shards        primary shards of each new index (fixed once it is created; reindex to change)
 * @param replicas      replicas of each shard
 */
public record ElasticsearchConfig(String url, String username, String password, String apiKey, Path caCertificate,
                                  String prefix, int concurrency, int shards, int replicas) {

    /** The media type of every request and answer: no {@code compatible-with}, see {@link #connect()}. */
    static final String JSON = "application/json";

    public ElasticsearchConfig {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("the Elasticsearch URL is missing (govsearch.elasticsearch.url, --es-url)");
        }
        prefix = prefix == null || prefix.isBlank() ? "govsearch" : prefix.strip().toLowerCase(java.util.Locale.ROOT);
        concurrency = Math.max(1, concurrency);
        if (shards < 1 || shards > 1024) {
            throw new IllegalArgumentException("govsearch.elasticsearch.shards must be 1 to 1024, got " + shards);
        }
        if (replicas < 0 || replicas > 16) {
            throw new IllegalArgumentException("govsearch.elasticsearch.replicas must be 0 to 16, got " + replicas);
        }
    }

    public ElasticsearchConfig(String url, String username, String password, String apiKey, Path caCertificate,
                               String prefix, int concurrency) {
        this(url, username, password, apiKey, caCertificate, prefix, concurrency, 1, 0);
    }

    public static ElasticsearchConfig of(String url) {
        return new ElasticsearchConfig(url, null, null, null, null, "govsearch", 2);
    }

    public ElasticsearchConfig withPrefix(String p) {
        return new ElasticsearchConfig(url, username, password, apiKey, caCertificate, p, concurrency, shards, replicas);
    }

    public ElasticsearchConfig withShards(int primaries, int copies) {
        return new ElasticsearchConfig(url, username, password, apiKey, caCertificate, prefix, concurrency, primaries, copies);
    }

    public String alias() {
        return prefix + "-reports";
    }

    ElasticsearchClient connect() throws IOException {
        SSLContext ssl = caCertificate == null ? null : sslContext(caCertificate);
        return ElasticsearchClient.of(b -> {
            b.host(url.strip());
            // The client asks for its own major version (compatible-with=9), which 8.x servers refuse.
            // Plain JSON lets every server answer in its own version: 9.x exactly as before, 8.x natively.
            b.transportOptions(o -> o.setHeader("Accept", JSON).setHeader("Content-Type", JSON));
            if (apiKey != null && !apiKey.isBlank()) {
                b.apiKey(apiKey);
            } else if (username != null && !username.isBlank()) {
                b.usernameAndPassword(username, password == null ? "" : password);
            }
            if (ssl != null) {
                b.sslContext(ssl);
            }
            return b;
        });
    }

    /** Trusts the JDK's store and the given CA. */
    private static SSLContext sslContext(Path ca) throws IOException {
        try (InputStream in = Files.newInputStream(ca)) {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int i = 0;
            for (var cert : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                store.setCertificateEntry("ca-" + i++, cert);
            }
            List<X509TrustManager> managers = new ArrayList<>();
            managers.add(trustManager(null));
            managers.add(trustManager(store));
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, new TrustManager[]{new EitherTrustManager(managers)}, null);
            return ctx;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot use the CA certificate " + ca + ": " + e.getMessage(), e);
        }
    }

    private static X509TrustManager trustManager(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory f = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        f.init(store);
        for (TrustManager m : f.getTrustManagers()) {
            if (m instanceof X509TrustManager x) {
                return x;
            }
        }
        throw new GeneralSecurityException("no X509 trust manager");
    }

    /** Trusts a server that any of its managers trusts. */
    private record EitherTrustManager(List<X509TrustManager> managers) implements X509TrustManager {

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            managers.getFirst().checkClientTrusted(chain, authType);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            CertificateException last = null;
            for (X509TrustManager m : managers) {
                try {
                    m.checkServerTrusted(chain, authType);
                    return;
                } catch (CertificateException e) {
                    last = e;
                }
            }
            throw last;
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return managers.stream().flatMap(m -> java.util.Arrays.stream(m.getAcceptedIssuers())).toArray(X509Certificate[]::new);
        }
    }
}
