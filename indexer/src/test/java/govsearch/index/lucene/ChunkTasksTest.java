package govsearch.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import govsearch.index.QueryDeadline;
import govsearch.index.QueryTimedOut;
import govsearch.index.strings.SegmentStrings;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChunkTasksTest {

    @TempDir
    Path dir;
    private Directory directory;
    private final List<SegmentStrings> opened = new ArrayList<>();
    private StringIndex.Segment[] segments;

    /** Two segments of 30 and 12 one-document texts, cut into chunks of at most 40 chars (four docs each). */
    @BeforeEach
    void segments() throws IOException {
        directory = FSDirectory.open(dir);
        segments = new StringIndex.Segment[]{segment("a.sa", 30), segment("b.sa", 12)};
    }

    private StringIndex.Segment segment(String name, int docs) throws IOException {
        SegmentStrings.write(directory, name, docs, doc -> "第" + (char) ('〇' + doc % 10) + "段文字内容", 40);
        SegmentStrings strings = SegmentStrings.open(directory, name);
        opened.add(strings);
        return new StringIndex.Segment(strings, new int[docs], new int[]{2020}, new int[docs], 1, new int[docs], new int[]{0});
    }

    @AfterEach
    void close() throws IOException {
        for (SegmentStrings s : opened) {
            s.close();
        }
        directory.close();
    }

    @Test
    void everyChunksResultComesBackInLeafAndChunkOrderWhicheverThreadDidIt() throws IOException {
        assertThat(segments[0].strings().chunks()).hasSizeGreaterThan(3);
        for (int round = 0; round < 20; round++) {
            List<List<String>> results = ChunkTasks.each(segments, (leaf, chunk) -> leaf + ":" + chunk.firstDoc());

            for (int l = 0; l < segments.length; l++) {
                List<String> expected = new ArrayList<>();
                for (var chunk : segments[l].strings().chunks()) {
                    expected.add(l + ":" + chunk.firstDoc());
                }
                assertThat(results.get(l)).isEqualTo(expected);
            }
        }
    }

    @Test
    void everyChunkIsWorkedOnUnderTheAskingRequestsDeadline() throws Exception {
        assumeTrue(Runtime.getRuntime().availableProcessors() > 1, "one core: the asking thread does every chunk");
        QueryDeadline deadline = QueryDeadline.after(Duration.ofMinutes(1));
        Set<QueryDeadline> seen = ConcurrentHashMap.newKeySet();
        Set<Boolean> missing = ConcurrentHashMap.newKeySet();
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        CountDownLatch secondThread = new CountDownLatch(1);

        deadline.run(() -> ChunkTasks.each(segments, (leaf, chunk) -> {
            // The asking thread waits in its first chunk until a helper has taken one, so both are checked.
            threads.add(Thread.currentThread());
            if (threads.size() > 1) {
                secondThread.countDown();
            } else {
                try {
                    secondThread.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
            }
            QueryDeadline current = QueryDeadline.current();
            if (current == null) {
                missing.add(true);
            } else {
                seen.add(current);
            }
            return null;
        }));

        assertThat(threads).hasSizeGreaterThan(1);
        assertThat(missing).isEmpty();
        assertThat(seen).containsExactly(deadline);
    }

    @Test
    void aRequestPastItsDeadlineStopsWithTimedOutWhereverItsChunksRan() {
        QueryDeadline spent = QueryDeadline.after(Duration.ofMillis(-1));

        assertThatThrownBy(() -> spent.run(() -> ChunkTasks.each(segments, (leaf, chunk) -> {
            LuceneReportIndex.checkDeadline();
            return chunk;
        }))).isInstanceOf(QueryTimedOut.class);
    }

    @Test
    void aChunksFailureReachesTheAskerAsItWasThrown() {
        assertThatThrownBy(() -> ChunkTasks.each(segments, (leaf, chunk) -> {
            if (leaf == 1 && chunk.firstDoc() > 0) {
                throw new IOException("chunk at doc " + chunk.firstDoc() + " unreadable");
            }
            return chunk;
        })).isInstanceOf(IOException.class).hasMessageContaining("unreadable");
    }
}
