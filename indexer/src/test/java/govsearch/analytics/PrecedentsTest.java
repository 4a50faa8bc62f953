package govsearch.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import govsearch.analytics.Precedents.Found;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Sentences of candidate sections ranked by how many of the draft's grams they hold. */
class PrecedentsTest {

    record Section(String id, String text) {
    }

    static final Function<Section, String> TEXT = Section::text;

    /** Grams of the draft 坚持精准扶贫 as a backend folds them. */
    static final List<String> GRAMS = List.of("坚持", "精准", "扶贫");

    final List<Section> sections = List.of(
            new Section("s1", "全面推进乡村振兴工作。坚持精准扶贫方略不动摇；精准施策见成效。"),
            new Section("s2", "堅持精準扶貧，確保不落一人。短句。脱贫攻坚取得胜利。"));

    @Test
    void sentencesRankByTheGramsTheyHoldTiesInSectionThenSentenceOrder() {
        List<Found<Section>> found = Precedents.rank(GRAMS, sections, TEXT, 10);

        // 3 grams: s1 坚持精准扶贫…, s2 (folded from traditional) 堅持精準扶貧…; 1 gram: 精准施策…;
        // none: 全面推进…, 脱贫攻坚…; 短句。 is too short to be a sentence.
        assertThat(found).extracting(Found::sentence, f -> f.section().id()).containsExactly(
                tuple("坚持精准扶贫方略不动摇；", "s1"),
                tuple("堅持精準扶貧，確保不落一人。", "s2"),
                tuple("精准施策见成效。", "s1"));
    }

    @Test
    void theLimitKeepsTheBest() {
        assertThat(Precedents.rank(GRAMS, sections, TEXT, 1)).extracting(Found::sentence)
                .containsExactly("坚持精准扶贫方略不动摇；");
        assertThat(Precedents.rank(GRAMS, sections, TEXT, 0)).isEmpty();
        assertThat(Precedents.rank(GRAMS, List.of(), TEXT, 5)).isEmpty();
    }
}
