package govsearch.understand;

import govsearch.analysis.Folding;
import govsearch.report.Section;
import govsearch.report.Understanding.Cite;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Documents a section cites: titles in 《…》 (a law, a regulation, a plan) and document numbers
 * (国发〔2019〕5号 → issuer 国发, year 2019, number 5). Each once per section, in order of appearance.
 */
public final class Citations {

    private static final Pattern TITLE = Pattern.compile("《([^《》\\n]{2,60})》");
    private static final Pattern NUMBER = Pattern.compile(
            "([\\p{IsHan}]{1,8}?)[〔\\[［(【]((?:19|20)\\d{2})[〕\\]］)】]\\s*第?(\\d{1,4})\\s*号");

    private Citations() {
    }

    public static List<Cite> of(Section section) {
        String text = section.content();
        String folded = Folding.fold(text);
        List<Cite> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Matcher t = TITLE.matcher(text);
        while (t.find()) {
            if (seen.add("《" + t.group(1))) {
                out.add(new Cite(section.id(), t.group(1), null, null, null));
            }
        }
        Matcher n = NUMBER.matcher(folded);
        while (n.find()) {
            String issuer = text.substring(n.start(1), n.end(1));
            if (seen.add(n.group())) {
                out.add(new Cite(section.id(), null, issuer, Integer.valueOf(n.group(2)), Integer.valueOf(n.group(3))));
            }
        }
        return out;
    }
}
