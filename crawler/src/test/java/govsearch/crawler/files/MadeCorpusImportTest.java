package govsearch.crawler.files;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.crawler.document.MadeDocuments;
import govsearch.importer.Import;
import govsearch.index.ReportList;
import govsearch.index.lucene.LuceneReportIndex;
import govsearch.report.Report;
import govsearch.report.Section;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Bundled reports written in the formats they are published in — PDF (hard-wrapped, page numbers,
 * running header), DOCX (Word list numbering), DOC (Word 97, saved by LibreOffice) and a .warc.gz
 * as wget writes it — imported into a Lucene index on disk beside the same reports as .txt: every
 * report comes out with the section tree, year, region and type of its plain text.
 */
class MadeCorpusImportTest {

    /**
     * Texts of four kinds and three eras; none leads a heading with a no-break space (see
     * WarcArchivesTest). The first four open with a title line, which their web page shows as its
     * heading; the last two have none, so a page of them would carry a title their plain text
     * lacks, and they go into the documents only.
     */
    static final List<String> TEXTS = List.of("national/national-1975.txt", "provincial-2025/hebei-2025.txt",
            "provincial-2025/henan-2025.txt", "national/national-2024.txt",
            "npc-resolutions/national-2007-npc-resolution-on-gwr.txt", "party-congress/cpc-congress-01-1921-1.txt");

    @TempDir
    Path tmp;

    @Test
    void pdfDocxDocAndWgetWarcImportAsTheSameReportsAsTheirPlainText() throws IOException {
        Path plain = Files.createDirectories(tmp.resolve("plain"));
        Path published = Files.createDirectories(tmp.resolve("published"));
        for (String file : TEXTS) {
            String text = Corpus.text(file);
            String stem = stem(file);
            Files.writeString(plain.resolve(stem + ".txt"), text);
            List<String> paragraphs = MadeDocuments.paragraphs(text);
            Files.write(published.resolve(stem + ".pdf"), MadeDocuments.pdf(paragraphs, "政府工作报告", "— %d —"));
            Files.write(published.resolve(stem + ".docx"), MadeDocuments.docx(paragraphs));
        }
        try (InputStream doc = getClass().getResourceAsStream("/govsearch/crawler/document/national-1975.doc")) {
            Files.write(published.resolve("national-1975.doc"), doc.readAllBytes());
        }
        try (FileChannel ch = FileChannel.open(published.resolve("site.warc.gz"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             WarcWriter w = new WarcWriter(ch, WarcCompression.GZIP)) {
            for (String file : TEXTS.subList(0, 4)) {
                WarcArchivesTest.exchange(w, "http://www.example.gov.cn/zwgk/" + stem(file) + ".html",
                        WarcArchivesTest.plain("text/html; charset=utf-8", Corpus.page(Corpus.text(file)).getBytes(StandardCharsets.UTF_8)));
            }
        }

        Map<String, Report> expected = importInto(plain, tmp.resolve("index-plain"));
        Map<String, Report> actual = importInto(published, tmp.resolve("index-published"));

        assertThat(actual).as("6 PDF, 6 DOCX, 1 DOC and 4 WARC records").hasSize(6 + 6 + 1 + 4);
        actual.forEach((url, report) -> {
            String stem = url.replaceAll(".*/", "").replaceAll("\\.[a-z]+$", "");
            Report twin = expected.get(stem);
            assertThat(twin).as(url).isNotNull();
            assertThat(headings(report)).as(url + ": section tree").isEqualTo(headings(twin));
            assertThat(report.year()).as(url + ": year").isEqualTo(twin.year());
            assertThat(report.region()).as(url + ": region").isEqualTo(twin.region());
            assertThat(report.docType()).as(url + ": type").isEqualTo(twin.docType());
        });
    }

    /** Reads a folder as {@code govsearch import} does and imports it; the reports as indexed, by url (plain ones by stem). */
    static Map<String, Report> importInto(Path folder, Path indexDir) throws IOException {
        ReportFiles files = ReportFiles.read(List.of(folder));
        assertThat(files.failures()).as(folder.toString()).isEmpty();
        Map<String, Report> byUrl = new HashMap<>();
        try (LuceneReportIndex index = LuceneReportIndex.open(indexDir)) {
            Import.Summary summary = Import.run(files.sources().iterator(), index, files.failures(), p -> { });
            assertThat(summary.failures()).isEmpty();
            ReportList all = index.reports(0, 100);
            for (ReportList.Entry e : all.reports()) {
                String key = e.url().endsWith(".txt") ? stem(e.url()) : e.url();
                byUrl.put(key, index.report(e.id()).orElseThrow());
            }
        }
        return byUrl;
    }

    static String stem(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.substring(0, name.lastIndexOf('.'));
    }

    static List<String> headings(Report r) {
        return r.sections().stream().map(MadeCorpusImportTest::heading).toList();
    }

    private static String heading(Section s) {
        return s.level() + " " + s.number() + " " + s.title();
    }
}
