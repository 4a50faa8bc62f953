package govsearch.crawler.page;

import govsearch.report.Disclosure;
import govsearch.report.Evidence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The 政府信息公开 table of a government portal's document page, on any CMS: labels (索引号, 主题分类,
 * 发布机构 or 发文机关, 成文日期, 发布日期, 标题, 发文字号, 有效性) each in a cell of its own with the value
 * in the next cell ({@code <td>发文机关：</td><td>国务院</td>}, gov.cn's layout), or label and value in
 * one element ({@code <li>索引号：008592113/2025-00012</li>}, Ucap's). Read, then taken out of the
 * page, so its words are never part of the report's text.
 *
 * <p>A table needs three fields, or an 索引号 (no other page prints one): a page whose text happens to
 * say 标题： is no table.
 */
final class DisclosureTable {

    /** The table's title and publish date, for the report's own; the other values in {@link #disclosure}. */
    record Read(String title, LocalDate publishedAt, Disclosure disclosure) {
    }

    /** Field → the labels that name it, whitespace taken out (索 引 号 → 索引号). */
    private static final Map<String, List<String>> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("indexNumber", List.of("索引号"));
        LABELS.put("topic", List.of("主题分类", "信息分类", "分类"));
        LABELS.put("issuer", List.of("发布机构", "发文机关", "发文单位", "发布单位"));
        LABELS.put("writtenAt", List.of("成文日期", "成文时间"));
        LABELS.put("publishedAt", List.of("发布日期", "发布时间", "公开日期"));
        LABELS.put("title", List.of("标题", "文件名称", "名称"));
        LABELS.put("documentNumber", List.of("发文字号", "文号"));
        LABELS.put("validity", List.of("有效性", "效力状态", "时效性"));
    }

    private static final Pattern LABEL;

    static {
        StringBuilder alternatives = new StringBuilder();
        LABELS.values().forEach(names -> names.forEach(n -> alternatives.append(alternatives.isEmpty() ? "" : "|").append(n)));
        LABEL = Pattern.compile("^(" + alternatives + ")[:：]?(.*)$");
    }

    private static final Pattern LABEL_ANYWHERE = Pattern.compile("索\\s*引\\s*号|发\\s*布\\s*机\\s*构|发\\s*文\\s*机\\s*关|成\\s*文\\s*日\\s*期|发\\s*文\\s*字\\s*号");
    /** More elements than this inside, an element is no table cell. */
    private static final int MAX_CELL_ELEMENTS = 30;

    /** Longer than this, an element is a paragraph that mentions a label, not a cell. */
    private static final int MAX_CELL = 200;
    /** Longer than this, the element around the labels holds more than the table: leave it. */
    private static final int MAX_TABLE = 1500;

    private DisclosureTable() {
    }

    /** The page's table, taken out of the page; null when it has none. */
    static Read read(Document page) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> quotes = new LinkedHashMap<>();
        List<Element> cells = new ArrayList<>();
        if (page.body() == null || !LABEL_ANYWHERE.matcher(page.body().text()).find()) {
            return null; // most pages: one pass over the text, and done
        }
        Map<Element, Integer> small = smallElements(page.body());
        for (Element e : page.body().select("td, th, li, dt, dd, span, b, strong, label, em, p, div")) {
            if (!small.containsKey(e)) {
                continue; // a cell is small; reading the text of every large element would be quadratic
            }
            String text = e.text();
            if (text.length() > MAX_CELL) {
                continue;
            }
            String norm = squeeze(text);
            Matcher m = LABEL.matcher(norm);
            if (!m.matches() || labels(norm) > 1) {
                continue;
            }
            String field = field(m.group(1));
            if (values.containsKey(field)) {
                continue;
            }
            String value = m.group(2).strip();
            String printedLabel = m.group(1);
            Element cell = e;
            if (value.isEmpty()) {
                // the label's own cell: its value is in the next one (climbing out of <b> within <td>)
                while (cell.parent() != null && small.containsKey(cell.parent()) && squeeze(cell.parent().text()).equals(norm)) {
                    cell = cell.parent();
                }
                Element next = cell.nextElementSibling();
                if (next == null || !small.containsKey(next) || next.text().length() > MAX_CELL || LABEL.matcher(squeeze(next.text())).matches()) {
                    continue;
                }
                value = next.text().strip();
                cells.add(next);
            } else {
                value = text.replaceFirst("^[^:：]*[:：]", "").strip();
            }
            if (value.isEmpty()) {
                continue;
            }
            values.put(field, value);
            quotes.put(field, printedLabel + "：" + value);
            cells.add(cell);
        }
        if (values.size() < 3 && !values.containsKey("indexNumber")) {
            return null;
        }
        List<Evidence> evidence = new ArrayList<>();
        values.forEach((field, value) -> evidence.add(new Evidence(field, quotes.get(field), -1, value, 1)));
        LocalDate written = values.containsKey("writtenAt") ? PublishDate.any(values.get("writtenAt")) : null;
        LocalDate published = values.containsKey("publishedAt") ? PublishDate.any(values.get("publishedAt")) : null;
        Disclosure disclosure = new Disclosure(values.get("issuer"), written, values.get("documentNumber"),
                values.get("indexNumber"), values.get("topic"), values.get("validity"), evidence);
        remove(cells);
        return new Read(values.get("title"), published, disclosure);
    }

    /** The elements with at most {@link #MAX_CELL_ELEMENTS} elements inside, found in one pass from the leaves up. */
    private static Map<Element, Integer> smallElements(Element root) {
        Map<Element, Integer> sizes = new java.util.IdentityHashMap<>();
        org.jsoup.select.NodeTraversor.traverse(new org.jsoup.select.NodeVisitor() {
            @Override
            public void head(org.jsoup.nodes.Node node, int depth) {
            }

            @Override
            public void tail(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof Element e) {
                    int n = 0;
                    for (Element child : e.children()) {
                        n += 1 + sizes.getOrDefault(child, MAX_CELL_ELEMENTS);
                    }
                    sizes.put(e, Math.min(n, MAX_CELL_ELEMENTS + 1));
                }
            }
        }, root);
        sizes.values().removeIf(n -> n > MAX_CELL_ELEMENTS);
        return sizes;
    }

    /** Takes the table out: the element around all its cells when it is no larger than a table, else the cells. */
    private static void remove(List<Element> cells) {
        Element around = cells.getFirst();
        for (Element c : cells) {
            while (around != null && !contains(around, c)) {
                around = around.parent();
            }
        }
        if (around != null && around.parent() != null && around.text().length() <= MAX_TABLE
                && !around.normalName().equals("body")) {
            around.remove();
        } else {
            cells.forEach(Element::remove);
        }
    }

    private static boolean contains(Element ancestor, Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static int labels(String norm) {
        int n = 0;
        for (List<String> names : LABELS.values()) {
            for (String name : names) {
                if (norm.contains(name + "：") || norm.contains(name + ":")) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    private static String field(String label) {
        for (Map.Entry<String, List<String>> e : LABELS.entrySet()) {
            if (e.getValue().contains(label)) {
                return e.getKey();
            }
        }
        throw new IllegalArgumentException(label);
    }

    /** Text without white space of any kind (索 引 号, 标　　题). */
    private static String squeeze(String text) {
        return text.replaceAll("[\\s\\u00A0\\u3000]+", "");
    }
}
