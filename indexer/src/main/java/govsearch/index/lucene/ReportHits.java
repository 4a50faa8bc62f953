package govsearch.index.lucene;

import govsearch.report.Region;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Collects every matching section, grouped by report: the report's best sections and the facet
 * values it counts under. Facets count reports, not sections, so a report is counted once however
 * many of its sections match; its domains are those of all its matching sections (not only the
 * three shown), which is what the domain filter keeps. A report's sections are added as one block,
 * so all of them sit in one segment and per-segment ordinals can key the groups.
 */
final class ReportHits implements Collector {

    static final int SECTIONS_PER_REPORT = 3;

    static final class Group {
        final String reportId;
        final Integer year;
        final Region region;
        final String docType;
        final String level;
        String issuer;
        final Set<String> domains = new TreeSet<>();
        float best = Float.NEGATIVE_INFINITY;
        final float[] scores = new float[SECTIONS_PER_REPORT];
        final int[] docs = new int[SECTIONS_PER_REPORT];
        int kept;

        Group(String reportId, Integer year, Region region, String docType, String level) {
            this.reportId = reportId;
            this.year = year;
            this.region = region;
            this.docType = docType;
            this.level = level;
        }

        void offer(int doc, float score) {
            best = Math.max(best, score);
            if (kept < SECTIONS_PER_REPORT) {
                scores[kept] = score;
                docs[kept++] = doc;
            } else {
                int worst = 0;
                for (int i = 1; i < kept; i++) {
                    if (scores[i] < scores[worst]) {
                        worst = i;
                    }
                }
                if (score > scores[worst]) {
                    scores[worst] = score;
                    docs[worst] = doc;
                }
            }
        }
    }

    final List<Group> groups = new ArrayList<>();
    long sections;

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        SortedDocValues ids = DocValues.getSorted(context.reader(), Fields.REPORT_ID);
        SortedDocValues provinces = DocValues.getSorted(context.reader(), Fields.PROVINCE);
        SortedDocValues cities = DocValues.getSorted(context.reader(), Fields.CITY);
        SortedDocValues counties = DocValues.getSorted(context.reader(), Fields.COUNTY);
        SortedDocValues types = DocValues.getSorted(context.reader(), Fields.DOC_TYPE);
        NumericDocValues years = DocValues.getNumeric(context.reader(), Fields.YEAR);
        SortedDocValues levels = DocValues.getSorted(context.reader(), Fields.ADMIN_LEVEL);
        SortedDocValues issuers = DocValues.getSorted(context.reader(), Fields.ISSUER);
        SortedSetDocValues domains = DocValues.getSortedSet(context.reader(), Fields.SECTION_DOMAIN);
        // The lexicon's few dozen domains, met on most sections: look each ordinal up once per segment.
        String[] domainNames = new String[(int) domains.getValueCount()];
        Map<Integer, Group> byOrd = new HashMap<>();
        int docBase = context.docBase;
        return new LeafCollector() {
            private Scorable scorer;

            @Override
            public void setScorer(Scorable scorer) {
                this.scorer = scorer;
            }

            @Override
            public void collect(int doc) throws IOException {
                if (!ids.advanceExact(doc)) {
                    return;
                }
                sections++;
                int ord = ids.ordValue();
                Group g = byOrd.get(ord);
                if (g == null) {
                    g = new Group(ids.lookupOrd(ord).utf8ToString(),
                            years.advanceExact(doc) ? (int) years.longValue() : null,
                            new Region(value(provinces, doc), value(cities, doc), value(counties, doc)),
                            value(types, doc), value(levels, doc));
                    g.issuer = value(issuers, doc);
                    byOrd.put(ord, g);
                    groups.add(g);
                }
                if (domains.advanceExact(doc)) {
                    for (int i = 0; i < domains.docValueCount(); i++) {
                        g.domains.add(domain(domains.nextOrd()));
                    }
                }
                g.offer(docBase + doc, scorer.score());
            }

            private String domain(long ord) throws IOException {
                String name = domainNames[(int) ord];
                if (name == null) {
                    name = domains.lookupOrd(ord).utf8ToString();
                    domainNames[(int) ord] = name;
                }
                return name;
            }
        };
    }

    private static String value(SortedDocValues dv, int doc) throws IOException {
        return dv.advanceExact(doc) ? dv.lookupOrd(dv.ordValue()).utf8ToString() : null;
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE;
    }

    static CollectorManager<ReportHits, ReportHits> manager() {
        return new CollectorManager<>() {
            @Override
            public ReportHits newCollector() {
                return new ReportHits();
            }

            @Override
            public ReportHits reduce(Collection<ReportHits> collectors) {
                ReportHits all = new ReportHits();
                for (ReportHits c : collectors) {
                    all.groups.addAll(c.groups);
                    all.sections += c.sections;
                }
                return all;
            }
        };
    }
}
