package govsearch.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 written by hand on a socket bound to a chosen loopback address (127.0.0.2, 127.0.0.3 …),
 * so one test can be several clients, and paths go out exactly as written ({@code /%61pi/trend}).
 */
final class RawHttp {

    record Response(int status, String head, String body) {

        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).strip();
                }
            }
            return null;
        }
    }

    private RawHttp() {
    }

    /** Sends GET target from {@code from} and leaves the socket open, unread. */
    static Socket send(String from, int port, String target, String... headers) throws IOException {
        Socket s = new Socket();
        s.bind(new InetSocketAddress(from, 0));
        s.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
        s.setSoTimeout(120_000);
        StringBuilder request = new StringBuilder("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
        for (String h : headers) {
            request.append(h).append("\r\n");
        }
        s.getOutputStream().write(request.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
        s.getOutputStream().flush();
        return s;
    }

    /** Reads the whole answer of a socket from {@link #send} (chunked bodies are left as sent) and closes it. */
    static Response read(Socket s) throws IOException {
        try (s; InputStream in = s.getInputStream()) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int split = all.indexOf("\r\n\r\n");
            String head = split < 0 ? all : all.substring(0, split);
            return new Response(Integer.parseInt(head.substring(9, 12)), head, split < 0 ? "" : all.substring(split + 4));
        }
    }

    static Response get(String from, int port, String target, String... headers) throws IOException {
        return read(send(from, port, target, headers));
    }
}
