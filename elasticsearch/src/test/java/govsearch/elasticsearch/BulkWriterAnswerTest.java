package govsearch.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A bulk request the cluster takes and never answers fails the write in its time, instead of hanging the import. */
class BulkWriterAnswerTest {

    @Test
    @Timeout(60) // without the time limit the write waits for ever
    void aBulkRequestTheClusterNeverAnswersFailsAsALostConnectionInItsTime() throws Exception {
        CountDownLatch released = new CountDownLatch(1);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            try {
                released.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        try (ElasticsearchClient client = ElasticsearchConfig.of("http://127.0.0.1:" + server.getAddress().getPort()).connect()) {
            BulkWriter writer = new BulkWriter(client, "reports", 1, 500);
            BulkOperation op = BulkOperation.of(b -> b.index(i -> i.id("1").document(Map.of("content", "稳中求进"))));
            long start = System.nanoTime();
            assertThatThrownBy(() -> writer.write(List.of(new BulkWriter.Op(op, 100))))
                    .isInstanceOf(SocketTimeoutException.class)
                    .hasMessageContaining("did not answer");
            assertThat((System.nanoTime() - start) / 1e9).as("seconds waited").isLessThan(10);
            // The sender's place is free again: the next write is sent (and, unanswered, fails the same way).
            assertThatThrownBy(() -> writer.write(List.of(new BulkWriter.Op(op, 100)))).isInstanceOf(SocketTimeoutException.class);
            writer.close();
        } finally {
            released.countDown();
            server.stop(0);
        }
    }
}
