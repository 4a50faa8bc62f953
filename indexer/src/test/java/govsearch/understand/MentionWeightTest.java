package govsearch.understand;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.report.Region;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What one place name weighs in {@link Gazetteer#resolveWithEvidence}: a full name 1, a short name
 * 0.6; three times that in the first {@value Gazetteer#HEAD} characters; 8 more in a signature
 * phrase (河北省人民政府, 在河北省第十四届…). The weights decide which province and city a report
 * is read as, and the report page shows them as evidence, heaviest first.
 */
class MentionWeightTest {

    private final Gazetteer gazetteer = Gazetteer.get();

    @Test
    void aFullNameInTheHeadingWeighsThreeAShortNameOnePointEight() {
        assertThat(only("河南省的经济稳步增长。").weight()).isEqualTo(3.0);
        assertThat(only("河南的经济稳步增长。").weight()).isEqualTo(1.8);
    }

    @Test
    void theHeadingIsTheFirstThreeHundredCharacters() {
        String filler = "经";
        assertThat(only(filler.repeat(299) + "河南省的经济稳步增长。").weight()).as("starting at 299").isEqualTo(3.0);
        assertThat(only(filler.repeat(300) + "河南省的经济稳步增长。").weight()).as("starting at 300").isEqualTo(1.0);
        assertThat(only(filler.repeat(300) + "河南的经济稳步增长。").weight()).isEqualTo(0.6);
    }

    @Test
    void aSignaturePhraseAddsEight() {
        assertThat(only("河南省人民政府省长 王凯").weight()).isEqualTo(11.0);
        assertThat(only("2025年1月在河南省第十四届人民代表大会第三次会议上").weight()).as("在…第").isEqualTo(11.0);
    }

    @Test
    void anOrdinalAfterTheNameIsASignatureOnlyAfter在() {
        assertThat(only("举办河南省第十四届运动会。").weight()).isEqualTo(3.0);
        // the name opens the text: there is no character before it to be 在
        assertThat(only("河南省第十四届运动会开幕。").weight()).isEqualTo(3.0);
    }

    @Test
    void theEvidenceListsTheHeaviestMentionFirst() {
        Resolution r = gazetteer.resolveWithEvidence("郑州加快发展。\n河北省人民政府省长 王正谱");

        assertThat(r.evidence()).extracting(Resolution.Mention::name).containsExactly("河北省", "郑州");
        assertThat(r.evidence()).extracting(Resolution.Mention::weight).containsExactly(11.0, 1.8);
    }

    @Test
    void confidenceIsTheShareOfTheProvinceTimesOneMinusEToTheMinusWeightOverFour() {
        // one mention, weight 3: share 1, 1 - e^(-3/4) = 0.5276
        Resolution one = gazetteer.resolveWithEvidence("河南省的经济稳步增长。");
        assertThat(one.region()).isEqualTo(Region.province("河南省"));
        assertThat(one.confidence()).isEqualTo(0.528);
        // 河北省 11 + 石家庄 1.8 + 郑州 1.8 → 河北省 12.8 of 14.6; 0.8767 × (1 - e^(-3.2)) = 0.8767 × 0.9592 = 0.841
        Resolution two = gazetteer.resolveWithEvidence("河北省人民政府省长 王正谱\n石家庄加快发展，郑州也是。");
        assertThat(two.region()).isEqualTo(Region.province("河北省"));
        assertThat(two.confidence()).isEqualTo(0.841);
    }

    private Resolution.Mention only(String text) {
        List<Resolution.Mention> evidence = gazetteer.resolveWithEvidence(text).evidence();
        assertThat(evidence).as(text).hasSize(1);
        return evidence.get(0);
    }
}
