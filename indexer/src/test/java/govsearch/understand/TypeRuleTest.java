package govsearch.understand;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypeRuleTest {

    @Test
    void theMostSpecificKindNamedInTheTitleWins() {
        assertThat(TypeRule.read("2025年河北省政府工作报告")).isEqualTo("政府工作报告");
        assertThat(TypeRule.read("第十三届全国人民代表大会第二次会议关于政府工作报告的决议")).isEqualTo("决议");
        assertThat(TypeRule.read("2020年县委统战部工作情况报告")).isEqualTo("情况报告");
        assertThat(TypeRule.read("关于农村电商发展的调研报告")).isEqualTo("调研报告");
        assertThat(TypeRule.read("决胜全面建成小康社会 (十九大)")).isEqualTo("党代会报告");
        assertThat(TypeRule.read("春天的故事")).isNull();
    }
}
