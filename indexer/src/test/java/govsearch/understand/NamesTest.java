package govsearch.understand;

import static org.assertj.core.api.Assertions.assertThat;

import govsearch.report.Region;
import org.junit.jupiter.api.Test;

/**
 * The short form of a division's name ({@link Names#stem}): what a region filter matches besides the
 * full name, and what the gazetteer scans texts for at province and city level.
 */
class NamesTest {

    @Test
    void aNationalityWrittenWithout族IsDroppedWhenTwoCharactersRemain() {
        assertThat(Names.stem("伊犁哈萨克自治州")).isEqualTo("伊犁");
        assertThat(Names.stem("博尔塔拉蒙古自治州")).isEqualTo("博尔塔拉");
        assertThat(Names.stem("巴音郭楞蒙古自治州")).isEqualTo("巴音郭楞");
        assertThat(Names.stem("克孜勒苏柯尔克孜自治州")).isEqualTo("克孜勒苏");
        assertThat(Names.stem("内蒙古自治区")).as("蒙古 would leave one character").isEqualTo("内蒙古");
    }

    @Test
    void aNationalityThatIsTheWholeNameIsKept() {
        assertThat(Names.stem("鄂温克族自治旗")).isEqualTo("鄂温克族");
        assertThat(Names.stem("东乡族自治县")).isEqualTo("东乡族");
        assertThat(Names.stem("恩施土家族苗族自治州")).isEqualTo("恩施");
    }

    @Test
    void aNameWithNoAdministrativeSuffixHasNoShortForm() {
        assertThat(Names.stem("保定白沟新城")).isNull();
        assertThat(Names.stem("西沙群岛")).isNull();
        assertThat(Gazetteer.aliases(new Region("河北省", "保定市", "保定白沟新城")))
                .containsExactly("河北省", "河北", "保定市", "保定", "保定白沟新城");
    }

    @Test
    void aPrefectureNamedWithout族IsFoundByItsShortNames() {
        Gazetteer gazetteer = Gazetteer.get();
        Region yili = new Region("新疆维吾尔自治区", "伊犁哈萨克自治州", null);

        assertThat(gazetteer.lookup("伊犁")).contains(yili);
        assertThat(gazetteer.lookup("伊犁州")).contains(yili);
        assertThat(Gazetteer.aliases(yili)).containsExactly("新疆维吾尔自治区", "新疆", "伊犁哈萨克自治州", "伊犁", "伊犁州");
    }
}
