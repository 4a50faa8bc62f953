package govsearch.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy between the client and the node that drops every open connection when the bytes
 * sent towards the node pass each of the given marks — a cluster going away mid-bulk — and counts
 * the bytes the node sends back (what a request costs on the wire).
 */
final class CuttingProxy implements AutoCloseable {

    private final ServerSocket server;
    private final int targetPort;
    private final List<Long> marks;
    private final AtomicLong upstream = new AtomicLong();
    private final AtomicLong downstream = new AtomicLong();
    private final AtomicInteger cuts = new AtomicInteger();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();

    CuttingProxy(int targetPort, List<Long> marks) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.targetPort = targetPort;
        this.marks = new CopyOnWriteArrayList<>(marks);
        Thread accept = new Thread(this::accept, "proxy-accept");
        accept.setDaemon(true);
        accept.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    /** Bytes the node has sent back so far. */
    long downstream() {
        return downstream.get();
    }

    int cuts() {
        return cuts.get();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket node = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                open.add(client);
                open.add(node);
                pump(client, node, true);
                pump(node, client, false);
            } catch (IOException e) {
                return;
            }
        }
    }

    private void pump(Socket from, Socket to, boolean towardsNode) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[8192];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buf)) > 0) {
                    if (!towardsNode) {
                        // Counted before the client can read them: its call returns only after the last byte.
                        downstream.addAndGet(n);
                    }
                    out.write(buf, 0, n);
                    if (towardsNode) {
                        long total = upstream.addAndGet(n);
                        if (!marks.isEmpty() && total >= marks.getFirst()) {
                            marks.removeFirst();
                            cutAll();
                            return;
                        }
                    }
                }
            } catch (IOException e) {
                // cut or closed
            } finally {
                close(from);
                close(to);
            }
        }, "proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    private void cutAll() {
        cuts.incrementAndGet();
        for (Socket s : open) {
            close(s);
        }
    }

    private void close(Socket s) {
        open.remove(s);
        try {
            s.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket s : open) {
            close(s);
        }
    }
}
