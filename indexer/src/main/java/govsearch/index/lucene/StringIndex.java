package govsearch.index.lucene;

import govsearch.index.strings.SegmentStrings;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.IOUtils;
import org.apache.lucene.util.StringHelper;

/**
 * The suffix arrays beside the index, one file per segment (docs/design/string-index.md). A commit
 * builds the files of the segments that lack one and deletes those of segments gone; a segment's
 * file is opened once and closed with the segment's core, so a search on an older searcher keeps
 * the file it started with.
 */
final class StringIndex {

    /** Time spent building suffix-array files in this JVM, for the bench. */
    static final java.util.concurrent.atomic.AtomicLong BUILDING = new java.util.concurrent.atomic.AtomicLong();

    static final String PREFIX = "strings-";
    /** A document without a year. */
    static final int NO_YEAR = -1;
    /**
     * At most so many segments built at once: a build holds about nine bytes of heap per character
     * of its chunk ({@link SegmentStrings#CHUNK_CHARS}), some 80 MB, so more cores than this would
     * buy a commit little and cost the heap much; a small heap builds fewer at once (one per 512 MB).
     */
    static final int BUILDERS = (int) Math.max(1, Math.min(Math.min(4, Runtime.getRuntime().availableProcessors()),
            Runtime.getRuntime().maxMemory() / (512L << 20)));

    /** One segment's strings and what counting needs per document, on the heap: its year and report. */
    record Segment(SegmentStrings strings, int[] yearOf, int[] years, int[] reportOf, int reports, int[] ordinalOf,
                   int[] yearOfReport) {
    }

    private final Directory directory;
    private final int chunkChars;
    private final Map<Object, Segment> open = new ConcurrentHashMap<>();
    /** Files a merge built for a segment no reader has held yet. */
    private final Set<String> builtByMerges = ConcurrentHashMap.newKeySet();

    StringIndex(Directory directory, int chunkChars) {
        this.directory = directory;
        this.chunkChars = chunkChars;
    }

    static String fileName(LeafReader reader) {
        SegmentReader segment = (SegmentReader) FilterLeafReader.unwrap(reader);
        return PREFIX + segment.getSegmentName() + "-" + StringHelper.idToString(segment.getSegmentInfo().info.getId()) + ".sa";
    }

    /** The leaf's strings, or null when its file is not built yet (counting then reads postings). */
    Segment of(LeafReaderContext leaf) throws IOException {
        var helper = leaf.reader().getCoreCacheHelper();
        if (helper == null) {
            return null;
        }
        Segment found = open.get(helper.getKey());
        if (found != null) {
            return found;
        }
        String name = fileName(leaf.reader());
        if (!exists(name) || !SegmentStrings.current(directory, name)) {
            return null;
        }
        synchronized (this) {
            found = open.get(helper.getKey());
            if (found == null) {
                found = load(leaf.reader(), SegmentStrings.open(directory, name));
                open.put(helper.getKey(), found);
                helper.addClosedListener(key -> {
                    Segment closed = open.remove(key);
                    if (closed != null) {
                        closed.strings().close();
                    }
                });
            }
            return found;
        }
    }

    private boolean exists(String name) throws IOException {
        try {
            directory.fileLength(name);
            return true;
        } catch (java.nio.file.NoSuchFileException | java.io.FileNotFoundException e) {
            return false;
        }
    }

    private static Segment load(LeafReader reader, SegmentStrings strings) throws IOException {
        int maxDoc = reader.maxDoc();
        NumericDocValues yearValues = DocValues.getNumeric(reader, Fields.YEAR);
        SortedDocValues ids = DocValues.getSorted(reader, Fields.REPORT_ID);
        NumericDocValues ordinals = DocValues.getNumeric(reader, Fields.ORDINAL);
        int[] ordinalOf = new int[maxDoc];
        java.util.TreeSet<Integer> distinct = new java.util.TreeSet<>();
        int[] rawYear = new int[maxDoc];
        int[] reportOf = new int[maxDoc];
        for (int d = 0; d < maxDoc; d++) {
            rawYear[d] = yearValues.advanceExact(d) ? (int) yearValues.longValue() : Integer.MIN_VALUE;
            if (rawYear[d] != Integer.MIN_VALUE) {
                distinct.add(rawYear[d]);
            }
            reportOf[d] = ids.advanceExact(d) ? ids.ordValue() : -1;
            ordinalOf[d] = ordinals.advanceExact(d) ? (int) ordinals.longValue() : 0;
        }
        int[] years = distinct.stream().mapToInt(Integer::intValue).toArray();
        int[] yearOf = new int[maxDoc];
        for (int d = 0; d < maxDoc; d++) {
            yearOf[d] = rawYear[d] == Integer.MIN_VALUE ? NO_YEAR : java.util.Arrays.binarySearch(years, rawYear[d]);
        }
        // A report's sections share its year: counting tallies occurrences per report and reads the year once.
        int[] yearOfReport = new int[ids.getValueCount()];
        java.util.Arrays.fill(yearOfReport, NO_YEAR);
        for (int d = 0; d < maxDoc; d++) {
            if (reportOf[d] >= 0 && yearOf[d] != NO_YEAR) {
                yearOfReport[reportOf[d]] = yearOf[d];
            }
        }
        return new Segment(strings, yearOf, years, reportOf, ids.getValueCount(), ordinalOf, yearOfReport);
    }

    /**
     * Builds the files the reader's segments lack and deletes the files of segments no longer in it.
     * Segments are built side by side, one per core up to {@link #BUILDERS}: a commit after an
     * import on all cores holds a flushed segment per importing thread, and built one after another
     * they would leave all cores but one idle while the commit waits.
     */
    synchronized void update(IndexReader reader) throws IOException {
        if (!building()) {
            return;
        }
        Set<String> wanted = new HashSet<>();
        List<LeafReader> missing = new ArrayList<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            String name = fileName(leaf.reader());
            wanted.add(name);
            builtByMerges.remove(name);
            if (exists(name) && !SegmentStrings.current(directory, name)) {
                directory.deleteFile(name);
            }
            if (!exists(name)) {
                missing.add(leaf.reader());
            }
        }
        buildAll(missing);
        for (String file : directory.listAll()) {
            if (file.startsWith(PREFIX) && !wanted.contains(file) && !builtByMerges.contains(file.replace(".tmp", ""))) {
                // Open files stay readable until closed; a half-written .tmp of a crashed build goes too.
                IOUtils.deleteFilesIgnoringExceptions(directory, file);
            }
        }
    }

    /**
     * Builds the file of a segment a merge has just written, on the merge's thread before the
     * merged segment replaces its parts (the writer's merged-segment warmer): the merge runs beside
     * the import, so the next commit finds the file there instead of building it while the import
     * waits. Until a reader holds the segment its file is kept from {@link #update}'s clean-up.
     */
    void buildMerged(LeafReader merged) throws IOException {
        if (!building()) {
            return;
        }
        String name = fileName(merged);
        builtByMerges.add(name);
        if (!exists(name)) {
            build(merged, name);
        }
    }

    private static boolean building() {
        return !"false".equals(System.getProperty(StringCounts.BUILD_ARRAYS));
    }

    private void buildAll(List<LeafReader> missing) throws IOException {
        int threads = Math.min(missing.size(), BUILDERS);
        if (threads <= 1) {
            for (LeafReader r : missing) {
                build(r, fileName(r));
            }
            return;
        }
        // Largest first, so the last one started is not the one every other thread waits for.
        List<LeafReader> order = new ArrayList<>(missing);
        order.sort(java.util.Comparator.comparingInt(LeafReader::maxDoc).reversed());
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicReference<Throwable> failed = new java.util.concurrent.atomic.AtomicReference<>();
        List<Thread> builders = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            builders.add(Thread.ofPlatform().name("strings-build").daemon().start(() -> {
                for (int i = next.getAndIncrement(); i < order.size() && failed.get() == null; i = next.getAndIncrement()) {
                    LeafReader r = order.get(i);
                    try {
                        build(r, fileName(r));
                    } catch (IOException | RuntimeException | Error e) {
                        failed.compareAndSet(null, e);
                    }
                }
            }));
        }
        for (Thread t : builders) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while building suffix arrays");
            }
        }
        Throwable e = failed.get();
        if (e instanceof IOException io) {
            throw io;
        } else if (e instanceof RuntimeException re) {
            throw re;
        } else if (e instanceof Error err) {
            throw err;
        }
    }

    private void build(LeafReader r, String name) throws IOException {
        long start = System.nanoTime();
        SegmentStrings.write(directory, name, r.maxDoc(), texts(r), chunkChars);
        BUILDING.addAndGet(System.nanoTime() - start);
    }

    /**
     * The documents' texts read in document order, as a merge reads stored fields: each compressed
     * block is decompressed once for all its documents, where the searcher's reader decompresses
     * it again for every document (the 1x corpus's texts: 0.05 s of CPU against 0.09 s).
     */
    private static SegmentStrings.Texts texts(LeafReader r) throws IOException {
        if (FilterLeafReader.unwrap(r) instanceof CodecReader codec && codec.getFieldsReader() != null) {
            org.apache.lucene.codecs.StoredFieldsReader sequential = codec.getFieldsReader().getMergeInstance();
            return doc -> {
                TextVisitor visitor = new TextVisitor();
                sequential.document(doc, visitor);
                return visitor.text;
            };
        }
        StoredFields stored = r.storedFields();
        Set<String> text = Set.of(Fields.TEXT);
        return doc -> stored.document(doc, text).get(Fields.TEXT);
    }

    /** Reads a document's text and stops there, leaving the stored fields after it unread. */
    private static final class TextVisitor extends StoredFieldVisitor {
        String text;

        @Override
        public Status needsField(FieldInfo field) {
            return text != null ? Status.STOP : Fields.TEXT.equals(field.name) ? Status.YES : Status.NO;
        }

        @Override
        public void stringField(FieldInfo field, String value) {
            text = value;
        }
    }
}
