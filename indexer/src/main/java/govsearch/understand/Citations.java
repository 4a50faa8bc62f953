package govsearch.understand;

import govsearch.analysis.Folding;
import govsearch.report.Section;
import govsearch.report.Understanding.Cite;
import govsearch.report.Understanding.Work;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Documents a section cites: titles in 《…》 that name a document (a law, a regulation, a plan) and
 * document numbers (国发〔2019〕5号 → issuer 国发, year 2019, number 5); each once per section, in
 * order of appearance. Other titles in 《…》 — films, books, songs, plays, newspapers (《雄狮少年》,
 * 《人民日报》) — are {@linkplain #works(Section) works}, listed apart: a user filtering by what a
 * section cites means 公文 and laws. See docs/design/citations.md.
 */
public final class Citations {

    private static final Pattern TITLE = Pattern.compile("《([^《》\\n]{2,60})》");
    private static final String BRACKETS = "〔[［(【";
    private static final Pattern NUMBER = Pattern.compile(
            "([\\p{IsHan}]{1,8})[〔\\[［(【]((?:19|20)\\d{2})[〕\\]］)】]\\s*第?(\\d{1,4})\\s*号");

    /** Words that run into an issuer's code in a sentence: 落实国发〔2019〕5号, 和统发〔2003〕5号. */
    private static final List<String> LEAD_INS = List.of(
            "根据", "按照", "依据", "落实", "贯彻", "执行", "印发", "转发", "参照", "对照", "文件", "和", "及", "与", "的", "以", "等");
    /** Issuers' codes run from 国发 to 桂政办发: at most four characters. */
    private static final int MAX_ISSUER = 4;

    /**
     * The kinds a document's title ends with (中华人民共和国民法典, 统一战线工作条例, 工作要点 …). A
     * work's title seldom does; 《共产党宣言》 and 《资本论》 are works, so 宣言 and 论 are not here.
     */
    private static final Pattern DOCUMENT_KIND = Pattern.compile(
            "(?:法|法典|条例|规定|办法|意见|通知|决定|规划|纲要|纲领|方案|报告|公报|通报|公告|通告|细则|准则|决议|章程|计划|"
                    + "白皮书|要点|建议|协定|条约|公约|议定书|声明|预案|规则|规范|标准|清单|目录|指引|指示|措施|举措|批复|纪要|"
                    + "[一二三四五六七八九十百]+条)$");
    /** A document named for its issuer or its subject: 中共中央关于…, 关于健全党委制, 告台湾同胞书. */
    private static final Pattern DOCUMENT_OPENING = Pattern.compile("^(?:关于|中共中央关于|国务院关于|告.+书$)");
    /** A named plan: 中国制造2025, 中国教育现代化2030. */
    private static final Pattern PLAN_YEAR = Pattern.compile("(?:19|20)\\d{2}$");
    /** What a title may end with after its kind: （草案）, (试行), （2024—2027年）, （修正案）. */
    private static final Pattern TRAILING_NOTE = Pattern.compile("[（(][^（）()]{1,16}[）)]$");

    private Citations() {
    }

    /**
     * Whether a title in 《…》 names a document (a law, a regulation, a plan, an official report),
     * by the kind its title ends with, a 关于… subject or a document number in it; otherwise it is
     * a work (a film, a book, a song, a play, a newspaper or journal).
     */
    public static boolean isDocument(String title) {
        String t = Folding.fold(title).strip();
        if (NUMBER.matcher(t).find()) {
            return true;
        }
        for (Matcher m = TRAILING_NOTE.matcher(t); m.find() && m.start() > 0; m = TRAILING_NOTE.matcher(t)) {
            t = t.substring(0, m.start()).strip();
        }
        return DOCUMENT_KIND.matcher(t).find() || DOCUMENT_OPENING.matcher(t).find() || PLAN_YEAR.matcher(t).find();
    }

    static String issuer(String run) {
        String s = run;
        boolean stripped = true;
        while (stripped && s.length() > 1) {
            stripped = false;
            for (String lead : LEAD_INS) {
                if (s.startsWith(lead) && s.length() > lead.length()) {
                    s = s.substring(lead.length());
                    stripped = true;
                    break;
                }
            }
        }
        return s.length() > MAX_ISSUER ? s.substring(s.length() - MAX_ISSUER) : s;
    }

    /** A cited document as it is indexed and matched: its title, or its number as 国发〔2019〕5号; folded. */
    public static String key(Cite cite) {
        return Folding.fold(cite.title() != null ? cite.title()
                : cite.issuer() + "〔" + cite.year() + "〕" + cite.number() + "号");
    }

    /**
     * What a user asks for, written as {@link #key(Cite)} writes it: without 《》 and spaces,
     * folded, a document number in its one spelling (统发［2003］第5号 → 统发〔2003〕5号).
     */
    public static String key(String asked) {
        String s = Folding.fold(asked).replaceAll("[\\s《》]", "");
        Matcher n = NUMBER.matcher(s);
        return n.matches() ? Folding.fold(n.group(1) + "〔" + n.group(2) + "〕" + Integer.parseInt(n.group(3)) + "号") : s;
    }

    /** The documents a section cites, by title or number. */
    public static List<Cite> of(Section section) {
        String text = section.content();
        String folded = Folding.fold(text);
        List<Cite> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (MatchResult t : Spots.matches(TITLE, text, Spots.chars(text, "《"), 0, 62)) {
            if (isDocument(t.group(1)) && seen.add("《" + t.group(1))) {
                out.add(new Cite(section.id(), t.group(1), null, null, null));
            }
        }
        for (MatchResult n : Spots.matches(NUMBER, folded, Spots.chars(folded, BRACKETS), 8, 20)) {
            String issuer = issuer(text.substring(n.start(1), n.end(1)));
            if (seen.add(n.group())) {
                out.add(new Cite(section.id(), null, issuer, Integer.valueOf(n.group(2)), Integer.valueOf(n.group(3))));
            }
        }
        return out;
    }

    /** The works a section names in 《…》 that are not documents (films, books, plays …), each once. */
    public static List<Work> works(Section section) {
        String text = section.content();
        List<Work> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (MatchResult t : Spots.matches(TITLE, text, Spots.chars(text, "《"), 0, 62)) {
            if (!isDocument(t.group(1)) && seen.add(t.group(1))) {
                out.add(new Work(section.id(), t.group(1)));
            }
        }
        return out;
    }
}
