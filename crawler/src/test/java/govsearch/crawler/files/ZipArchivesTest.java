package govsearch.crawler.files;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.importer.Import.Failure;
import govsearch.report.Source;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ZIP archives read like folders, written here with the name encodings and shapes real archives have. */
class ZipArchivesTest {

    static final Charset GBK = Charset.forName("GBK");

    @TempDir
    Path tmp;

    /** Writes a zip; {@code utf8Flag} sets the language encoding flag (general purpose bit 11). */
    static byte[] zip(Charset names, boolean utf8Flag, Map<String, byte[]> members) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(bytes)) {
            out.setEncoding(names.name());
            out.setUseLanguageEncodingFlag(utf8Flag);
            out.setCreateUnicodeExtraFields(ZipArchiveOutputStream.UnicodeExtraFieldPolicy.NEVER);
            for (Map.Entry<String, byte[]> m : members.entrySet()) {
                out.putArchiveEntry(new ZipArchiveEntry(m.getKey()));
                out.write(m.getValue());
                out.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }

    Path write(String name, byte[] bytes) throws IOException {
        Path file = tmp.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static String report(String title) {
        return title + "\n各位代表：\n现在，我代表市人民政府，向大会报告政府工作，请予审议。\n一、过去一年的工作\n"
                + "全市地区生产总值增长百分之五点二，城乡居民收入稳步增长，民生保障持续加强。\n";
    }

    @Test
    void memberNamesReadInGbkWithoutTheFlagAndInUtf8WithOrWithoutIt() throws IOException {
        Path gbk = write("gbk.zip", zip(GBK, false, Map.of("漯河市/2024年政府工作报告.txt", utf8(report("漯河市2024年政府工作报告")))));
        Path flagged = write("flagged.zip", zip(StandardCharsets.UTF_8, true, Map.of("内江市政府工作报告.txt", utf8(report("内江市2024年政府工作报告")))));
        Path bare = write("bare.zip", zip(StandardCharsets.UTF_8, false, Map.of("舞阳县政府工作报告.txt", utf8(report("舞阳县2024年政府工作报告")))));

        ReportFiles files = ReportFiles.read(List.of(gbk, flagged, bare));

        assertThat(files.failures()).isEmpty();
        assertThat(files.sources()).extracting(Source::url).containsExactly(gbk + "!/漯河市/2024年政府工作报告.txt",
                flagged + "!/内江市政府工作报告.txt", bare + "!/舞阳县政府工作报告.txt");
    }

    @Test
    void anArchiveReadsLikeAFolderWithItsManifestItsReadmeAndAnArchiveInside() throws IOException {
        Map<String, byte[]> inner = Map.of("c.txt", utf8(report("丙市2023年政府工作报告")));
        Map<String, byte[]> members = new LinkedHashMap<>();
        members.put("README.md", utf8("这些报告的来源说明。"));
        members.put("reports/manifest.tsv", utf8("file\ttitle\tyear\tregion\tdoc_type\na.txt\t甲市政府工作报告（手工标注）\t2021\t河南省\tgovernment_work_report\n"));
        members.put("reports/a.txt", utf8(report("甲市政府工作报告")));
        members.put("reports/b.html", utf8(Corpus.page(report("乙市2022年政府工作报告"))));
        members.put("__MACOSX/reports/._a.txt", new byte[]{0, 5, 22, 7});
        members.put("more/inner.zip", zip(StandardCharsets.UTF_8, true, inner));
        Path archive = write("reports.zip", zip(StandardCharsets.UTF_8, true, members));

        ReportFiles files = ReportFiles.read(List.of(archive));

        assertThat(files.failures()).isEmpty();
        assertThat(files.sources()).extracting(Source::url).containsExactly(archive + "!/more/inner.zip!/c.txt",
                archive + "!/reports/a.txt", archive + "!/reports/b.html");
        Source labelled = files.sources().get(1);
        assertThat(labelled.title()).isEqualTo("甲市政府工作报告（手工标注）");
        assertThat(labelled.year()).isEqualTo(2021);
        assertThat(labelled.region().province()).isEqualTo("河南省");
        assertThat(labelled.docType()).isEqualTo("政府工作报告");
    }

    /** Each bomb is refused with its reason; the report beside it in the batch is imported. */
    @Test
    void zipBombsAreRefusedWithAReasonAndTheRestOfTheBatchImports() throws IOException {
        ReportFiles.Limits limits = ReportFiles.Limits.defaults().withArchiveLimits(50, 8 << 20, 3);
        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i < 51; i++) {
            many.put(i + ".txt", utf8(report("第" + i + "号")));
        }
        Path crowded = write("crowded.zip", zip(StandardCharsets.UTF_8, true, many));
        Path expanding = write("expanding.zip", zip(StandardCharsets.UTF_8, true, Map.of("zeros.txt", new byte[9 << 20])));
        byte[] nested = zip(StandardCharsets.UTF_8, true, Map.of("deep.txt", utf8(report("最深处"))));
        for (int depth = 0; depth < 3; depth++) {
            nested = zip(StandardCharsets.UTF_8, true, Map.of("level" + depth + ".zip", nested));
        }
        Path deep = write("deep.zip", nested);
        Path beside = write("beside.txt", utf8(report("漯河市2024年政府工作报告")));

        ReportFiles files = ReportFiles.read(List.of(crowded, expanding, deep, beside), limits);

        assertThat(files.failures()).extracting(Failure::url, Failure::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(crowded.toString(), "holds 51 members, more than the 50 an archive may have; not read (a zip bomb?)"),
                org.assertj.core.groups.Tuple.tuple(expanding.toString(), "would expand to 9 MB, more than the 8 MB an archive may; not read (a zip bomb?)"),
                org.assertj.core.groups.Tuple.tuple(deep + "!/level2.zip!/level1.zip!/level0.zip",
                        "an archive nested more than 3 deep; not opened (a zip bomb?)"));
        assertThat(files.sources()).extracting(Source::url).containsExactly(beside.toString());
    }

    @Test
    void aMemberOverTheFileLimitAndABrokenArchiveAreListedAndTheOtherMembersRead() throws IOException {
        ReportFiles.Limits limits = ReportFiles.Limits.defaults().withMaxFileBytes(1 << 20);
        Map<String, byte[]> members = new LinkedHashMap<>();
        members.put("big.txt", utf8("很长的文本。".repeat(100_000)));
        members.put("small.txt", utf8(report("漯河市2024年政府工作报告")));
        Path archive = write("mixed.zip", zip(StandardCharsets.UTF_8, true, members));
        byte[] broken = zip(StandardCharsets.UTF_8, true, Map.of("x.txt", utf8(report("甲"))));
        Path cut = write("cut.zip", java.util.Arrays.copyOf(broken, broken.length / 2));

        ReportFiles files = ReportFiles.read(List.of(archive, cut), limits);

        assertThat(files.failures()).hasSize(2);
        assertThat(files.failures().get(0).url()).isEqualTo(archive + "!/big.txt");
        assertThat(files.failures().get(0).message()).startsWith("larger than the 1 MB limit for one file (1.7 MB;");
        assertThat(files.failures().get(1).url()).isEqualTo(cut.toString());
        assertThat(files.failures().get(1).message()).startsWith("not a readable ZIP archive");
        assertThat(files.sources()).extracting(Source::url).containsExactly(archive + "!/small.txt");
    }

    /**
     * The 31 provincial reports as published: a zip of .docx files with GBK names. Each gives the
     * sections of its .txt twin (named in corpus/manifest.tsv by its title) and the year and
     * region the manifest gives the twin. Needs the DOCX reader.
     */
    @Test
    void thePublishedZipOfWordFilesGivesEachReportTheSectionsYearAndRegionOfItsTextTwin() throws IOException {
        Path archive = Path.of("src/test/resources/provincial-2025-docx.zip");
        Manifest manifest;
        try (var in = new InputStreamReader(Files.newInputStream(Corpus.DIR.resolve("manifest.tsv")), StandardCharsets.UTF_8)) {
            manifest = Manifest.parse(in);
        }
        // the manifest's source_path names the zip member each text was extracted from
        Map<String, String> twins = new LinkedHashMap<>();
        List<String> rows = Files.readAllLines(Corpus.DIR.resolve("manifest.tsv"), StandardCharsets.UTF_8);
        int sourcePath = List.of(rows.get(0).split("\t")).indexOf("source_path");
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split("\t");
            if (cells[0].startsWith("provincial-2025/")) {
                twins.put(archive + "!/" + cells[sourcePath].substring(cells[sourcePath].indexOf("!/") + 2), cells[0]);
            }
        }

        ReportFiles files = ReportFiles.read(List.of(archive));

        assertThat(files.failures()).isEmpty();
        assertThat(files.sources()).extracting(Source::url).containsExactlyInAnyOrderElementsOf(twins.keySet());
        for (Source docx : files.sources()) {
            String twin = twins.get(docx.url());
            Corpus.Understood text = Corpus.understood(twin, Corpus.text(twin));
            Corpus.Understood word = Corpus.understood(docx);
            assertThat(word.sections()).as(docx.url()).isEqualTo(text.sections());
            assertThat(word.year()).as(docx.url()).isEqualTo(manifest.entry(twin).year());
            assertThat(word.region()).as(docx.url()).isEqualTo(manifest.entry(twin).region());
        }
    }

}
