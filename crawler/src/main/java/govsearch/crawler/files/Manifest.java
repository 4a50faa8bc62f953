package govsearch.crawler.files;

import govsearch.report.Region;
import govsearch.understand.Gazetteer;
import govsearch.report.Source;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A manifest.tsv beside report files labels them: title, year, region, type. Columns are found by
 * their header names (file, title, year, region, doc_type), so extra columns do no harm.
 */
public final class Manifest {

    private static final Map<String, String> DOC_TYPES = Map.of(
            "government_work_report", "政府工作报告",
            "npc_resolution", "决议",
            "cpc_congress_report", "党代会报告",
            "situation_report", "情况报告",
            "survey_report", "调研报告",
            "work_summary", "工作总结");

    public record Entry(String title, Integer year, Region region, String docType) {

        public Source source(String url, String text) {
            return new Source(url, text, title, null, year, region, docType);
        }
    }

    private final Map<String, Entry> entries;

    private Manifest(Map<String, Entry> entries) {
        this.entries = entries;
    }

    public static Manifest empty() {
        return new Manifest(Map.of());
    }

    /** @param file path relative to the manifest's folder, with forward slashes */
    public Entry entry(String file) {
        return entries.get(file);
    }

    public List<String> files() {
        return entries.keySet().stream().sorted().toList();
    }

    public static Manifest parse(Reader in) throws IOException {
        BufferedReader r = new BufferedReader(in);
        String header = r.readLine();
        if (header == null) {
            return empty();
        }
        List<String> columns = List.of(header.replace("\uFEFF", "").split("\t", -1));
        int file = columns.indexOf("file");
        if (file < 0) {
            throw new IOException("manifest.tsv has no 'file' column");
        }
        int title = columns.indexOf("title");
        int year = columns.indexOf("year");
        int region = columns.indexOf("region");
        int type = columns.indexOf("doc_type");
        Map<String, Entry> entries = new HashMap<>();
        String line;
        while ((line = r.readLine()) != null) {
            String[] cells = line.split("\t", -1);
            if (cells.length <= file || cells[file].isBlank()) {
                continue;
            }
            entries.put(cells[file].strip(), new Entry(
                    cell(cells, title), year(cell(cells, year)), region(cell(cells, region)), docType(cell(cells, type))));
        }
        return new Manifest(entries);
    }

    private static String cell(String[] cells, int i) {
        if (i < 0 || i >= cells.length || cells[i].isBlank()) {
            return null;
        }
        return cells[i].strip();
    }

    private static Integer year(String s) {
        return s != null && s.matches("\\d{4}") ? Integer.valueOf(s) : null;
    }

    /** "全国 (State Council)" is national; anything else names a region at some level (河南省, 漯河市, 舞阳县). */
    static Region region(String s) {
        if (s == null) {
            return null;
        }
        String name = s.replaceAll("\\s*[（(].*$", "").strip();
        if (name.isEmpty()) {
            return null;
        }
        if (name.equals(Region.NATIONAL)) {
            return Region.NATIONWIDE;
        }
        return Gazetteer.get().lookup(name).orElse(Region.province(name));
    }

    private static String docType(String s) {
        return s == null ? null : DOC_TYPES.getOrDefault(s, s);
    }
}
