package govsearch.api;

import govsearch.index.ReportIndex;
import govsearch.report.Region;
import govsearch.report.Report;
import govsearch.report.Source;
import govsearch.understand.ReportReader;
import java.io.IOException;
import java.util.List;

/**
 * County and city reports, which the bundled corpus (national and provincial) lacks, for the
 * region tree: two 鼓楼区 in different cities, a city report, a county under its city and one under
 * its province directly. All of them, and nothing in the bundled corpus, say "邻里中心", so a search
 * for it ({@link #QUERY}) finds exactly these; they use no word other tests count.
 */
final class LocalReports {

    static final String QUERY = "\"邻里中心\"";

    static final Report GULOU_FUZHOU = report("fuzhou-gulou", new Region("福建省", "福州市", "鼓楼区"),
            "福州市鼓楼区政府工作报告", "新建邻里中心三处，老街巷整治全面完成，社区养老服务站覆盖所有街道。");
    static final Report GULOU_NANJING = report("nanjing-gulou", new Region("江苏省", "南京市", "鼓楼区"),
            "南京市鼓楼区政府工作报告", "邻里中心运营良好，高校科技成果在区内转化项目增加。");
    static final Report LUOHE = report("luohe", new Region("河南省", "漯河市", null),
            "漯河市政府工作报告", "食品产业集群壮大，每个城区建成一个邻里中心。");
    static final Report WUYANG = report("wuyang", new Region("河南省", "漯河市", "舞阳县"),
            "舞阳县政府工作报告", "盐化工产业链延伸，县城邻里中心投入使用。");
    static final Report JIYUAN = report("jiyuan", new Region("河南省", null, "济源市"),
            "济源市政府工作报告", "产城融合示范区建设推进，邻里中心与便民网点统筹布局。");
    static final List<Report> ALL = List.of(GULOU_FUZHOU, GULOU_NANJING, LUOHE, WUYANG, JIYUAN);

    private LocalReports() {
    }

    private static Report report(String name, Region region, String title, String work) {
        String text = title + "\n各位代表：\n一、过去一年的工作\n" + work + "\n二、今年的工作\n继续办好民生实事。\n";
        return ReportReader.read(new Source("test://local/" + name + ".txt", text, title, null, 2024, region, "政府工作报告"));
    }

    /** Adds them to the shared server's index once (the server lives as long as the test JVM). */
    static synchronized void addTo(ReportIndex index) throws IOException {
        if (!index.contains(ALL.getLast().id())) {
            index.add(ALL);
            index.commit();
        }
    }
}
