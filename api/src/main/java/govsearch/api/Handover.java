package govsearch.api;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * While the service holds DATA/index, {@code govsearch import} on the same DATA cannot open it; it
 * sends its files to the service instead. This writes DATA/server.json — the service's local URL
 * and a token made at startup that {@code POST /api/import} accepts — readable by its owner only.
 * Whoever can read DATA can already write its index, so the token grants nothing more than that.
 * The file goes when the service stops (a killed service leaves it; the index lock then is free,
 * and the command imports itself).
 */
@Component
class Handover implements ApplicationListener<WebServerInitializedEvent> {

    static final String FILE = "server.json";

    private static final Logger log = LoggerFactory.getLogger(Handover.class);

    record Server(String url, String token, long pid) {
    }

    private final Path data;
    private final String address;
    private final ObjectMapper json;
    private final String token;
    private volatile Path written;

    Handover(@Value("${govsearch.data:./data}") Path data, @Value("${server.address:}") String address, ObjectMapper json) {
        this.data = data;
        this.address = address;
        this.json = json;
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        this.token = HexFormat.of().formatHex(random);
    }

    boolean accepts(byte[] given) {
        return java.security.MessageDigest.isEqual(given, token.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getParent() != null || !Files.isDirectory(data)) {
            return; // a management child context, or no data directory (an Elasticsearch backend without one)
        }
        String url = "http://" + host() + ":" + event.getWebServer().getPort();
        Path file = data.resolve(FILE);
        try {
            Path tmp = Files.createTempFile(data, "server", ".json.tmp");
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the folder's own permissions protect it
            }
            Files.writeString(tmp, json.writeValueAsString(new Server(url, token, ProcessHandle.current().pid())));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            written = file;
        } catch (IOException | RuntimeException e) {
            log.warn("could not write {}: govsearch import on this data directory will need --server ({})", file, e.getMessage());
        }
    }

    private String host() {
        if (address == null || address.isBlank()) {
            return "127.0.0.1";
        }
        try {
            InetAddress a = InetAddress.getByName(address.strip());
            if (a.isAnyLocalAddress()) {
                return "127.0.0.1";
            }
            return a instanceof java.net.Inet6Address ? "[" + a.getHostAddress() + "]" : a.getHostAddress();
        } catch (IOException e) {
            return address.strip();
        }
    }

    @jakarta.annotation.PreDestroy
    void remove() {
        Path file = written;
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("could not delete {}: {}", file, e.getMessage());
            }
        }
    }

    /** The running service named in DATA/server.json, or null when there is none (or it cannot be read). */
    static Server read(Path data, ObjectMapper json) {
        Path file = data.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            Map<?, ?> m = json.readValue(Files.readString(file), Map.class);
            Object url = m.get("url");
            Object token = m.get("token");
            Object pid = m.get("pid");
            if (!(url instanceof String u) || !(token instanceof String t)) {
                return null;
            }
            return new Server(u, t, pid instanceof Number n ? n.longValue() : -1);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
