package govsearch.crawler.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DedupTest {

    static final String REPORT = """
            2020年，县委统战部在县委的坚强领导下，坚持以习近平新时代中国特色社会主义思想为指导，围绕中心、服务大局，凝心聚力、团结奋进，各项工作取得了新的成效。
            一、主要工作开展情况
            （一）加强思想政治引领。组织全县党外代表人士开展专题学习12次，举办党外干部培训班2期，参训人员达160余人次。
            （二）推进多党合作事业。支持各民主党派开展参政议政，全年共提交调研报告8篇、社情民意信息35条。
            （三）做好民族宗教工作。深入开展民族团结进步创建活动，全县宗教活动场所安全隐患排查实现全覆盖。""";

    static final String OTHER = "今年以来，我镇统战工作在县委统战部的指导下，紧紧围绕镇党委、政府中心工作，充分发挥统一战线凝聚人心、汇聚力量的作用。"
            + "一、强化组织领导。镇党委把统战工作纳入重要议事日程，成立了由党委书记任组长的统战工作领导小组。"
            + "二、服务经济发展。引导非公有制经济人士投身乡村振兴，全镇民营企业参与行动，投入帮扶资金300余万元。";

    /** Sentences of county work reports, to build reports of any length that share no sentence. */
    static final String[] SUBJECTS = {"民政", "教育", "卫生健康", "交通运输", "水利", "农业农村", "自然资源", "生态环境",
        "文化旅游", "市场监管", "应急管理", "住房城乡建设", "人力资源社会保障", "财政", "审计", "统计"};
    static final String[] ACTIONS = {"完成投资", "新建项目", "培训人员", "排查隐患", "发放资金", "服务群众", "整改问题", "开展检查"};
    static final String[] UNITS = {"万元", "个", "人次", "处", "场", "件", "户", "公里"};

    /** A report of about {@code chars} characters; each seed gives another report. */
    static String report(int seed, int chars) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder(SUBJECTS[seed % SUBJECTS.length] + "工作情况报告\n");
        while (sb.length() < chars) {
            sb.append(SUBJECTS[r.nextInt(SUBJECTS.length)]).append("部门").append(ACTIONS[r.nextInt(ACTIONS.length)])
                    .append(r.nextInt(9000) + 100).append(UNITS[r.nextInt(UNITS.length)]).append("，同比增长")
                    .append(r.nextInt(30) + 1).append('.').append(r.nextInt(10)).append("%。\n");
        }
        return sb.toString();
    }

    @Test
    void aRepostWithOneFigureChangedIsAlike() {
        MinHash.Signature a = MinHash.of(Dedup.letters(REPORT));
        MinHash.Signature b = MinHash.of(Dedup.letters(REPORT.replace("12次", "13次")));
        assertThat(a.jaccard(b)).isGreaterThanOrEqualTo(Dedup.NEAR_JACCARD);
        assertThat(Dedup.same(a, b)).isTrue();
    }

    @Test
    void differentReportsAreFarApart() {
        MinHash.Signature a = MinHash.of(Dedup.letters(REPORT));
        MinHash.Signature b = MinHash.of(Dedup.letters(OTHER));
        assertThat(a.jaccard(b)).isLessThan(0.2);
        assertThat(Dedup.same(a, b)).isFalse();
    }

    @Test
    void theFirstUrlIsTheReportsAndLaterCopiesAreItsAliases() {
        Dedup d = new Dedup();
        assertThat(d.offer("http://a.cn/1.html", REPORT).verdict()).isEqualTo(Dedup.Verdict.NEW);
        assertThat(d.offer("http://b.cn/x.html", "  " + REPORT.replace("，", ",") + "\n")).isEqualTo(
                new Dedup.Decision(Dedup.Verdict.EXACT, "http://a.cn/1.html"));
        assertThat(d.offer("http://c.cn/y.html", REPORT.replace("12次", "13次"))).isEqualTo(
                new Dedup.Decision(Dedup.Verdict.NEAR, "http://a.cn/1.html"));
        assertThat(d.offer("http://a.cn/1.html", REPORT).verdict()).isEqualTo(Dedup.Verdict.NEW);

        assertThat(d.urls()).containsOnlyKeys("http://a.cn/1.html");
        assertThat(d.urls().get("http://a.cn/1.html")).containsExactly("http://a.cn/1.html", "http://b.cn/x.html", "http://c.cn/y.html");
        assertThat(d.reports()).isEqualTo(1);
        assertThat(d.exactDuplicates() + d.nearDuplicates()).isEqualTo(2);
    }

    @Test
    void shortTextsAreMatchedExactlyOnly() {
        Dedup d = new Dedup();
        d.offer("http://a.cn/1", "市政府工作报告摘要");
        assertThat(d.offer("http://a.cn/2", "区政府工作报告摘要").verdict()).isEqualTo(Dedup.Verdict.NEW);
    }

    /**
     * The measurement that found the miss: ten reports of 150 to 5000 characters, each reposted
     * with a short line added. A 64-bit SimHash within 3 bits caught 7 (the added line moves the
     * fingerprint of a short report by 5 to 9 bits); every one is caught now, with the line as a
     * repost note (dropped as boilerplate) or as a line of text no rule knows (containment).
     */
    @Test
    void tenRepostsWithALineAddedAreAllCaught() {
        int[] lengths = {150, 200, 300, 400, 500, 700, 1000, 1500, 2500, 5000};
        for (String added : List.of("本文转载自xx日报，转载请注明出处。", "本报讯（记者 张三 李四 通讯员 王五）")) {
            Dedup d = new Dedup();
            for (int i = 0; i < lengths.length; i++) {
                d.offer("http://a.cn/" + i, report(i, lengths[i]));
            }
            List<Dedup.Verdict> verdicts = new ArrayList<>();
            for (int i = 0; i < lengths.length; i++) {
                String original = report(i, lengths[i]);
                int cut = original.indexOf('\n') + 1;
                verdicts.add(d.offer("http://b.cn/" + i, original.substring(0, cut) + added + "\n" + original.substring(cut))
                        .verdict());
            }
            assertThat(verdicts).as(added).doesNotContain(Dedup.Verdict.NEW);
            assertThat(d.reports()).isEqualTo(10);
        }
    }

    @Test
    void repostsWithAnAddedLineAChangedDateLineOrOtherChromeAreCaught() {
        String original = "2020年县委统战部工作情况报告\n" + REPORT + "\n中共xx县委统战部\n2020年12月15日";
        Dedup d = new Dedup();
        d.offer("http://a.cn/1.html", original);

        String addedLine = original.replace("一、主要工作开展情况\n",
                "一、主要工作开展情况\n（本文系作者在全县统战工作会议上的讲话，略有删节）\n");
        String changedDate = original.replace("2020年12月15日", "2021年1月4日");
        String otherChrome = "当前位置：首页 > 工作报告 > 情况报告\n发布时间：2021-01-06 浏览次数：1024\n" + original
                + "\n上一篇：2019年统战工作总结\n相关推荐：统战部年度工作情况报告\nyy文库 京ICP备87654321号";
        String all = "来源：xx县人民政府网\n" + original.replace("2020年12月15日", "2020年12月16日")
                .replace("12次", "13次") + "\n（责任编辑：赵六）\n";
        for (String repost : List.of(addedLine, changedDate, otherChrome, all)) {
            assertThat(d.offer("http://b.cn/" + repost.hashCode(), repost).reportUrl()).isEqualTo("http://a.cn/1.html");
        }
        assertThat(d.reports()).isEqualTo(1);
        assertThat(d.urls().get("http://a.cn/1.html")).hasSize(5);
    }

    /** Two county departments' year-end summaries on one site's template: the same frame, other substance. */
    @Test
    void twoDifferentReportsOnTheSameTemplateStayTwo() {
        Dedup d = new Dedup();
        d.offer("http://a.cn/mz.html", templateReport("民政局",
                "全年发放城乡低保资金4860万元，保障困难群众1.2万人，新建农村互助养老服务站18个，殡葬改革稳步推进。"));
        Dedup.Decision second = d.offer("http://a.cn/yj.html", templateReport("应急管理局",
                "全年开展安全生产大检查3轮，排查整改隐患1460处，组织森林防火演练26场，未发生较大以上生产安全事故。"));
        assertThat(second.verdict()).isEqualTo(Dedup.Verdict.NEW);
        assertThat(d.reports()).isEqualTo(2);
    }

    static String templateReport(String department, String figures) {
        return "2021年xx县" + department + "工作总结\n"
                + "2021年，县" + department + "在县委、县政府的坚强领导下，坚持以人民为中心的发展思想，认真履行部门职责，"
                + "各项工作取得了明显成效。现将全年工作总结如下：\n"
                + "一、主要工作完成情况\n" + figures + "\n"
                + "二、存在的问题\n工作力量还比较薄弱，基层基础工作有待进一步夯实。\n"
                + "三、2022年工作打算\n坚持稳中求进工作总基调，狠抓工作落实，推动" + department + "工作高质量发展。\n";
    }

    @Test
    void boilerplateLinesAreRepostNotesDatesAndChromeButNotContent() {
        assertThat(Boilerplate.isBoilerplate("本文转载自人民网，转载请注明出处")).isTrue();
        assertThat(Boilerplate.isBoilerplate("来源：xx县人民政府网  作者：张三")).isTrue();
        assertThat(Boilerplate.isBoilerplate("2020年12月15日")).isTrue();
        assertThat(Boilerplate.isBoilerplate("发布时间：2021-03-05 浏览次数：328")).isTrue();
        assertThat(Boilerplate.isBoilerplate("一、主要工作开展情况")).isFalse();
        assertThat(Boilerplate.isBoilerplate("三、")).isFalse();
        assertThat(Boilerplate.isBoilerplate("全县共有少数民族群众3200余人，依法登记的宗教活动场所24处。")).isFalse();
    }
}
