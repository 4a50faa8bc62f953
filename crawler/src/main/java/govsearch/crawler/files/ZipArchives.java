package govsearch.crawler.files;

import govsearch.crawler.fetch.ContentEncoding;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * A ZIP archive read like a folder: each member through the same reader as a file, a manifest.tsv
 * inside labelling the members beside and below it, archives inside opened in turn.
 *
 * <p>Member names are bytes without a declared charset unless the entry's UTF-8 flag is set.
 * Windows zip tools write the ANSI code page (GBK on Chinese systems), others UTF-8 without the
 * flag; so a name is UTF-8 when it decodes strictly as UTF-8 (GBK text almost never does), else
 * GB18030, a superset of GBK.
 *
 * <p>A zip bomb is refused before its members are read: too many members, or declared sizes over
 * the limit. Declared sizes can lie, so the bytes are counted as they are expanded too, and the
 * reading stops at the limit with a reason.
 */
final class ZipArchives {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final int MAX_MANIFEST_BYTES = 4 << 20;

    /** What one archive, with the archives inside it, has expanded so far. */
    static final class Budget {
        int entries;
        long bytes;
    }

    private ZipArchives() {
    }

    /**
     * @return false when the archive is a Word document (a .docx under another name): the caller
     *         reads it as one; true when it was read as an archive, or refused
     */
    static boolean read(String url, SeekableByteChannel channel, int depth, Budget budget, ReportFiles sink) {
        ReportFiles.Limits limits = sink.limits();
        ZipFile zip;
        try {
            zip = ZipFile.builder().setSeekableByteChannel(channel).setCharset(StandardCharsets.UTF_8)
                    .setUseUnicodeExtraFields(false).get();
        } catch (IOException | RuntimeException e) {
            sink.fail(url, "not a readable ZIP archive: " + e.getMessage());
            return true;
        }
        try (zip) {
            List<Member> members = new ArrayList<>();
            long declared = 0;
            for (ZipArchiveEntry e : Collections.list(zip.getEntriesInPhysicalOrder())) {
                if (!e.isDirectory()) {
                    members.add(new Member(e, name(e)));
                    declared += Math.max(0, e.getSize());
                }
            }
            if (members.stream().anyMatch(m -> m.name.equals("word/document.xml"))) {
                return false;
            }
            if (budget.entries + members.size() > limits.maxEntries()) {
                sink.fail(url, "holds " + members.size() + " members, more than the " + limits.maxEntries()
                        + " an archive may have; not read (a zip bomb?)");
                return true;
            }
            if (budget.bytes + declared > limits.maxExpandedBytes()) {
                sink.fail(url, "would expand to " + ContentEncoding.megabytes(declared) + ", more than the "
                        + ContentEncoding.megabytes(limits.maxExpandedBytes()) + " an archive may; not read (a zip bomb?)");
                return true;
            }
            members.sort(Comparator.comparing(m -> m.name));
            Map<String, Manifest> manifests = manifests(zip, members, url, sink);
            for (Member m : members) {
                String memberUrl = url + "!/" + m.name;
                if (ReportFiles.passedOver(m.name)) {
                    continue;
                }
                String byName = ReportFiles.notAReport(m.name);
                if (byName != null) {
                    sink.fail(memberUrl, byName);
                    continue;
                }
                if (!zip.canReadEntryData(m.entry)) {
                    sink.fail(memberUrl, "encrypted, or compressed in a way we cannot read; not read");
                    continue;
                }
                if (m.entry.getSize() > limits.maxFileBytes()) {
                    sink.fail(memberUrl, limits.tooLarge(m.entry.getSize()));
                    continue;
                }
                budget.entries++;
                long left = limits.maxExpandedBytes() - budget.bytes;
                byte[] bytes;
                try (InputStream in = zip.getInputStream(m.entry)) {
                    bytes = in.readNBytes((int) Math.min(Math.min(limits.maxFileBytes(), left) + 1, Integer.MAX_VALUE - 16));
                } catch (IOException | RuntimeException e) {
                    sink.fail(memberUrl, "cannot read from the archive: " + e.getMessage());
                    continue;
                }
                if (bytes.length > left) {
                    sink.fail(url, "expands to more than " + ContentEncoding.megabytes(limits.maxExpandedBytes())
                            + " in all, more than it said; the rest is not read (a zip bomb?)");
                    return true;
                }
                if (bytes.length > limits.maxFileBytes()) {
                    sink.fail(memberUrl, limits.tooLarge(bytes.length));
                    continue;
                }
                budget.bytes += bytes.length;
                sink.readMember(memberUrl, bytes, budget, depth, entry(manifests, m.name));
            }
            return true;
        } catch (IOException e) {
            sink.fail(url, "cannot read the archive: " + e.getMessage());
            return true;
        }
    }

    private record Member(ZipArchiveEntry entry, String name) {
    }

    /** The member's path with forward slashes, decoded as the class comment says. */
    static String name(ZipArchiveEntry e) {
        byte[] raw = e.getRawName();
        String name;
        if (e.getGeneralPurposeBit().usesUTF8ForNames()) {
            name = new String(raw, StandardCharsets.UTF_8);
        } else {
            try {
                name = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw)).toString();
            } catch (CharacterCodingException notUtf8) {
                name = new String(raw, GB18030);
            }
        }
        name = name.replace('\\', '/');
        while (name.startsWith("/")) {
            name = name.substring(1);
        }
        return name;
    }

    /** The archive's manifest.tsv files by the folder they sit in ("" for the top, else "a/b/"). */
    private static Map<String, Manifest> manifests(ZipFile zip, List<Member> members, String url, ReportFiles sink) {
        Map<String, Manifest> manifests = new HashMap<>();
        for (Member m : members) {
            if (!ReportFiles.name(m.name).equalsIgnoreCase("manifest.tsv") || m.entry.getSize() > MAX_MANIFEST_BYTES) {
                continue;
            }
            String dir = m.name.substring(0, m.name.length() - "manifest.tsv".length());
            try (InputStream in = zip.getInputStream(m.entry)) {
                manifests.put(dir, Manifest.parse(new InputStreamReader(in, StandardCharsets.UTF_8)));
            } catch (IOException | RuntimeException e) {
                sink.fail(url + "!/" + m.name, "manifest not read: " + e.getMessage());
            }
        }
        return manifests;
    }

    private static Manifest.Entry entry(Map<String, Manifest> manifests, String name) {
        for (int slash = name.lastIndexOf('/'); ; slash = name.lastIndexOf('/', slash - 1)) {
            String dir = slash < 0 ? "" : name.substring(0, slash + 1);
            Manifest m = manifests.get(dir);
            Manifest.Entry e = m == null ? null : m.entry(name.substring(dir.length()));
            if (e != null || slash < 0) {
                return e;
            }
        }
    }
}
