package govsearch.api;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * What {@code serve} checks before it starts: an empty data directory is filled with the bundled
 * corpus first, which takes a while, so a port already taken or an index held by another process
 * must be said at once, in one line — not after the indexing, as a Spring Boot failure report.
 */
final class ServeChecks {

    private ServeChecks() {
    }

    /** Why serve cannot start, or null. */
    static String refused(CommandLine cl) {
        int port = port(cl);
        String address = System.getProperty("server.address", System.getenv("SERVER_ADDRESS"));
        if (port > 0) {
            try (ServerSocket probe = new ServerSocket()) {
                probe.setReuseAddress(true); // as the web server binds: a socket in TIME_WAIT does not count
                InetAddress host = address == null || address.isBlank() ? null : InetAddress.getByName(address.strip());
                probe.bind(host == null ? new InetSocketAddress(port) : new InetSocketAddress(host, port));
            } catch (IOException e) {
                return "port " + port + " is in use (another govsearch serve?); choose another with --port N";
            }
        }
        if (cl.es() == null) {
            Path index = DataDir.index(cl.data());
            if (Files.isDirectory(index)) {
                try (FSDirectory dir = FSDirectory.open(index); Lock lock = dir.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
                    return null;
                } catch (LockObtainFailedException held) {
                    return "the index in " + cl.data() + " is in use by another process (another govsearch serve, or an import?)";
                } catch (IOException e) {
                    return "cannot open the index in " + cl.data() + ": " + e.getMessage();
                }
            }
        }
        return null;
    }

    /** The port Spring Boot will bind: --port, else server.port as a system property or SERVER_PORT, else 8080. */
    static int port(CommandLine cl) {
        if (cl.port() != null) {
            return cl.port();
        }
        String v = System.getProperty("server.port", System.getenv("SERVER_PORT"));
        try {
            return v == null || v.isBlank() ? 8080 : Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            return 8080; // Spring Boot says what is wrong with it
        }
    }
}
