package govsearch.understand;

import govsearch.analysis.Folding;
import govsearch.report.Section;
import govsearch.report.Understanding.Cite;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Documents a section cites: titles in 《…》 (a law, a regulation, a plan) and document numbers
 * (国发〔2019〕5号 → issuer 国发, year 2019, number 5). Each once per section, in order of appearance.
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

    private Citations() {
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

    public static List<Cite> of(Section section) {
        String text = section.content();
        String folded = Folding.fold(text);
        List<Cite> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (MatchResult t : Spots.matches(TITLE, text, Spots.chars(text, "《"), 0, 62)) {
            if (seen.add("《" + t.group(1))) {
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
}
