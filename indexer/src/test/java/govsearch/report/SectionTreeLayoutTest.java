package govsearch.report;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Property: every text of the bundled corpus has one outline whatever copy of it we are given.
 * Each text is laid out again as a web page copy (U+00A0 indents), a Word copy (U+3000 indents),
 * a Windows file (CRLF), with blank lines between paragraphs or none, with other Unicode spaces
 * and tabs as indents, and hard-wrapped at every width from 30 to 40 characters with page numbers;
 * each layout must give the same numbers, titles and levels as the text as it is, with no
 * exception (docs/EVALUATION.md, issue #14, tells how the last ten wrapped copies that differed
 * were fixed). Where only spaces and line ends change, every section's content (what snippets and
 * highlight offsets refer to) is the same too.
 */
@Tag(Corpus.WHOLE)
class SectionTreeLayoutTest {

    record Layout(String name, boolean sameContent, UnaryOperator<String> apply) {
    }

    private static final String[] OTHER_SPACES = {"\u2002", "\u2003", "\u2005", "\u2009", "\u200B", "\t", " \u00A0"};

    @TestFactory
    Stream<DynamicTest> everyBundledTextHasOneOutlineInEveryLayout() throws IOException {
        List<Path> texts;
        try (Stream<Path> files = Files.walk(Corpus.dir())) {
            texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(texts).hasSizeGreaterThan(100);
        return texts.stream().flatMap(path -> {
            String file = Corpus.dir().relativize(path).toString();
            String text = Corpus.text(file);
            List<Section> asItIs = SectionTree.parse("r", text);
            int width = 30 + Math.floorMod(file.hashCode(), 11);
            return layouts(width).stream().map(layout -> DynamicTest.dynamicTest(file + " " + layout.name(), () -> {
                List<Section> laidOut = SectionTree.parse("r", layout.apply().apply(text));
                assertThat(outline(laidOut)).as(file + " " + layout.name()).isEqualTo(outline(asItIs));
                if (layout.sameContent()) {
                    assertThat(laidOut).extracting(Section::content).as(file + " " + layout.name())
                            .isEqualTo(asItIs.stream().map(Section::content).toList());
                }
            }));
        });
    }

    /**
     * Nothing in a section is rewritten: its number and title as printed (１． stays １．) and every
     * body line are runs of the text as given, so a hit found in a section is the text's own words.
     */
    @Test
    void everySectionIsMadeOfTheTextsOwnCharacters() throws IOException {
        List<Path> texts;
        try (Stream<Path> files = Files.walk(Corpus.dir())) {
            texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path path : texts) {
            String file = Corpus.dir().relativize(path).toString();
            String text = Corpus.text(file);
            for (Section section : SectionTree.parse("r", text)) {
                assertThat(text).as(file + " " + section.id()).contains(section.number()).contains(section.title());
                for (String line : section.text().split("\n")) {
                    assertThat(text).as(file + " " + section.id()).contains(line);
                }
            }
        }
    }

    /** Each layout once, hard wrapping at every width from 30 to 40 and, with blank lines and CRLF, at one. */
    static List<Layout> layouts(int width) {
        List<Layout> layouts = new ArrayList<>(List.of(
                new Layout("U+00A0 indents", true, t -> indent(t, "\u00A0\u00A0", "\n")),
                new Layout("U+3000 indents", true, t -> indent(t, "\u3000\u3000", "\n")),
                new Layout("other spaces and tabs", true, Layouts::otherSpaces),
                new Layout("CRLF", true, t -> t.replace("\r\n", "\n").replace("\n", "\r\n")),
                new Layout("blank lines between paragraphs", true, t -> indent(t, "", "\n\n")),
                new Layout("no blank lines", true, t -> indent(t, "", "\n")),
                new Layout("hard-wrapped at " + width + ", blank lines, CRLF", false, t -> wrap(t, width, "\r\n\r\n"))));
        for (int w = 30; w <= 40; w++) {
            int at = w;
            layouts.add(new Layout("hard-wrapped at " + at + " with page numbers", false, t -> wrap(t, at, "\n")));
        }
        return layouts;
    }

    /** The tree as a reader sees it: each heading's level, number and title, in order. */
    static List<String> outline(List<Section> sections) {
        return sections.stream().map(s -> s.level() + " " + s.number() + " " + s.title()).toList();
    }

    static List<String> paragraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String p = Paragraphs.strip(line);
            if (!p.isEmpty()) {
                paragraphs.add(p);
            }
        }
        return paragraphs;
    }

    static String indent(String text, String indent, String separator) {
        StringBuilder out = new StringBuilder();
        for (String p : paragraphs(text)) {
            out.append(indent).append(p).append(separator);
        }
        return out.toString();
    }

    /** Every paragraph cut into lines of exactly {@code width} characters, a page number every 40 lines. */
    static String wrap(String text, int width, String separator) {
        StringBuilder out = new StringBuilder();
        int lines = 0;
        int page = 1;
        for (String p : paragraphs(text)) {
            for (int start = 0; start < p.length(); start += width) {
                out.append(p, start, Math.min(p.length(), start + width)).append('\n');
                if (++lines % 40 == 0) {
                    out.append("- ").append(page++).append(" -\n");
                }
            }
            out.append(separator.substring(1));
        }
        return out.toString();
    }

    static final class Layouts {
        private Layouts() {
        }

        static String otherSpaces(String text) {
            StringBuilder out = new StringBuilder();
            int i = 0;
            for (String p : paragraphs(text)) {
                String space = OTHER_SPACES[i++ % OTHER_SPACES.length];
                out.append(space).append(space).append(p).append(space).append('\n');
            }
            return out.toString();
        }
    }
}
