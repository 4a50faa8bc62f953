package govsearch.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregationSource;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeBucket;
import co.elastic.clients.elasticsearch._types.aggregations.LongTermsBucket;
import co.elastic.clients.elasticsearch._types.aggregations.TermsAggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.NamedValue;
import co.elastic.clients.util.ObjectBuilder;
import govsearch.analytics.CorpusStats.KwicLine;
import govsearch.analytics.CorpusStats.KwicLines;
import govsearch.analytics.CorpusStats.Sentence;
import govsearch.analytics.CorpusStats.TermYear;
import govsearch.analytics.CorpusStats.WordCounts;
import govsearch.analytics.CorpusStats.YearTotal;
import govsearch.analytics.Precedents;
import govsearch.analytics.Sentences;
import govsearch.elasticsearch.Tokens.Token;
import govsearch.index.BadQuery;
import govsearch.index.FacetCounts;
import govsearch.index.RegionPath;
import govsearch.index.ReportIndex;
import govsearch.index.ReportList;
import govsearch.index.SearchQuery;
import govsearch.index.SearchResult;
import govsearch.index.SearchResult.FacetValue;
import govsearch.index.lucene.SectionWords;
import govsearch.index.lucene.Snippets;
import govsearch.index.lucene.UnderstandingCodec;
import govsearch.report.Region;
import govsearch.report.Report;
import govsearch.report.Section;
import govsearch.report.Understanding;
import govsearch.report.Understanding.DomainScore;
import govsearch.understand.Gazetteer;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The report index on an Elasticsearch cluster (8.x or 9.x), with the contract and the results of
 * the embedded Lucene index. Documents are those of the Lucene backend (one per section); their
 * searched fields are tokens analysed in Java ({@link Tokens}).
 *
 * <p>Adds are held until {@link #commit()}, which replaces reports by id and url in bulk, then
 * refreshes: as with Lucene, nothing is visible before a commit and a close without one drops it.
 * Grouping by report, facets and snippets are computed here from the matching sections' fields,
 * exactly as the Lucene backend computes them (see docs/design/elasticsearch-pre-analysed.md).
 */
public final class ElasticsearchReportIndex implements ReportIndex {

    static final int SECTIONS_PER_REPORT = 3;
    private static final int PAGE = 5000;
    /** Not in the {@code _source} of indices made since 2026-11-26 (reindex needs only the text); older ones hold them. */
    private static final List<String> TOKEN_FIELDS = List.of("text", "exact", "exact2");

    private final ElasticsearchClient client;
    private final String index;
    private final BulkWriter bulk;
    /**
     * Sections' smart words by document id, kept while memory allows (about 12 bytes a word), as
     * the Lucene backend keeps them: analysts compare the same sections again and again. A
     * document id names one content (report ids come from the content), so an entry never goes stale.
     */
    private final com.github.benmanes.caffeine.cache.Cache<String, SectionWords.Counts> words =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumWeight(2_000_000)
                    .weigher((String id, SectionWords.Counts c) -> c.words().length + 8).build();
    private final Map<String, Report> pending = new LinkedHashMap<>();
    private final AtomicLong seq = new AtomicLong(System.currentTimeMillis() * 1000);
    private final boolean ownsClient;
    /** Null for a concrete index that exists already (reindex writes one). */
    private final ElasticsearchConfig config;
    private volatile boolean ready;

    ElasticsearchReportIndex(ElasticsearchClient client, ElasticsearchConfig config, String index, int concurrency,
                             boolean ownsClient) {
        this.client = client;
        this.config = config;
        this.index = index;
        this.bulk = new BulkWriter(client, index, concurrency);
        this.ownsClient = ownsClient;
    }

    /** Connects, creating the first versioned index behind the alias when there is none. */
    public static ElasticsearchReportIndex open(ElasticsearchConfig config) throws IOException {
        ElasticsearchReportIndex index = connect(config);
        try {
            index.ready();
            return index;
        } catch (IOException | RuntimeException e) {
            index.close();
            throw e;
        }
    }

    /**
     * Connects without contacting the cluster: the alias (and its first index) is made on first
     * use. A server starts so while the cluster is away, and answers 503 until it is back.
     */
    public static ElasticsearchReportIndex connect(ElasticsearchConfig config) throws IOException {
        return new ElasticsearchReportIndex(config.connect(), config, config.alias(), config.concurrency(), true);
    }

    private void ready() throws IOException {
        if (ready || config == null) {
            return;
        }
        synchronized (this) {
            if (!ready) {
                Calls.read("open", () -> {
                    if (!client.indices().existsAlias(e -> e.name(config.alias())).value()) {
                        String name = createIndex(client, config);
                        client.indices().updateAliases(u -> u.actions(a -> a.add(ad -> ad.index(name).alias(config.alias()))));
                    } else {
                        // Fields added since the index was made (cites): a strict mapping refuses documents with them.
                        String mappings = properties();
                        client.indices().putMapping(p -> p.index(config.alias()).withJson(new java.io.StringReader(mappings)));
                    }
                    return null;
                });
                ready = true;
            }
        }
    }

    /**
     * The checked-in mapping's fields alone, as a put-mapping body: new fields may be added to an
     * existing index, but its {@code _source} settings may not change (an older index keeps its own).
     */
    private static String properties() throws IOException {
        try (InputStream in = ElasticsearchReportIndex.class.getResourceAsStream("mapping.json");
             jakarta.json.JsonReader reader = jakarta.json.Json.createReader(in)) {
            return jakarta.json.Json.createObjectBuilder()
                    .add("properties", reader.readObject().getJsonObject("mappings").getJsonObject("properties"))
                    .build().toString();
        }
    }

    /** A new {@code <prefix>-reports-v<timestamp>} index with the checked-in mapping and the configured shards. */
    static String createIndex(ElasticsearchClient client, ElasticsearchConfig config) throws IOException {
        String name = config.alias() + "-v" + java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS")
                .withZone(java.time.ZoneOffset.UTC).format(java.time.Instant.now());
        String mapping;
        try (InputStream in = ElasticsearchReportIndex.class.getResourceAsStream("mapping.json")) {
            mapping = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String sized = mapping.replaceFirst("\"number_of_shards\": 1,", "\"number_of_shards\": " + config.shards() + ",")
                .replaceFirst("\"number_of_replicas\": 0,", "\"number_of_replicas\": " + config.replicas() + ",");
        if (sized.equals(mapping) && (config.shards() != 1 || config.replicas() != 0)) {
            throw new IllegalStateException("mapping.json no longer holds number_of_shards 1 and number_of_replicas 0 to size");
        }
        client.indices().create(c -> c.index(name).withJson(new java.io.StringReader(sized)));
        return name;
    }

    /**
     * Builds a new versioned index from the reports behind the alias (analysed again with the
     * current analyzers), then points the alias at it in one atomic step and drops the old index.
     * Searches keep being answered from the old index until the swap.
     *
     * @return the number of reports reindexed
     */
    public static int reindex(ElasticsearchConfig config, Consumer<Integer> progress) throws IOException {
        try (ElasticsearchReportIndex old = open(config)) {
            ElasticsearchClient client = old.client;
            Set<String> previous = Calls.call("reindex", () ->
                    client.indices().getAlias(g -> g.name(config.alias())).aliases().keySet());
            String name = createIndex(client, config);
            int n = 0;
            try (ElasticsearchReportIndex fresh = new ElasticsearchReportIndex(client, null, name, config.concurrency(), false)) {
                List<String> ids = old.reportIds();
                for (String id : ids) {
                    Optional<Report> r = old.report(id);
                    if (r.isPresent()) {
                        fresh.add(List.of(r.get()));
                        n++;
                    }
                    if (n % 200 == 0) {
                        fresh.commit();
                        progress.accept(n);
                    }
                }
                fresh.commit();
                progress.accept(n);
            }
            Calls.call("swap alias", () -> client.indices().updateAliases(u -> {
                u.actions(a -> a.add(ad -> ad.index(name).alias(config.alias())));
                for (String p : previous) {
                    u.actions(a -> a.remove(rm -> rm.index(p).alias(config.alias())));
                }
                return u;
            }));
            for (String p : previous) {
                Calls.call("delete old index", () -> client.indices().delete(d -> d.index(p)));
            }
            return n;
        }
    }

    /** The concrete index names behind the alias (tests and the reindex command report them). */
    public static Set<String> indicesBehind(ElasticsearchConfig config) throws IOException {
        try (ElasticsearchClient client = config.connect()) {
            return Calls.call("aliases", () -> client.indices().getAlias(g -> g.name(config.alias())).aliases().keySet());
        }
    }

    /** Deletes the alias and every index behind it, if there are any (the bench cleans up so). */
    public static void delete(ElasticsearchConfig config) throws IOException {
        try (ElasticsearchClient client = config.connect()) {
            Calls.call("delete", () -> {
                if (client.indices().existsAlias(e -> e.name(config.alias())).value()) {
                    List<String> behind = List.copyOf(client.indices().getAlias(g -> g.name(config.alias())).aliases().keySet());
                    client.indices().delete(d -> d.index(behind));
                }
                return null;
            });
        }
    }

    /** Forgets the sections' words kept for comparisons: what a benchmark's first-time figures need. */
    public void forgetSectionWords() {
        words.invalidateAll();
    }

    // ---------------------------------------------------------------- writing

    @Override
    public void add(List<Report> reports) {
        synchronized (pending) {
            for (Report r : reports) {
                pending.values().removeIf(p -> p.url().equals(r.url()));
                pending.remove(r.id());
                pending.put(r.id(), r);
            }
        }
    }

    @Override
    public void commit() throws IOException {
        ready();
        List<Report> reports;
        synchronized (pending) {
            reports = new ArrayList<>(pending.values());
        }
        for (int from = 0; from < reports.size(); from += 200) {
            List<Report> chunk = reports.subList(from, Math.min(reports.size(), from + 200));
            // Idempotent (documents by id), so a write cut off half way is simply written again.
            Calls.retry("bulk write", () -> {
                write(chunk);
                return null;
            });
        }
        Calls.retry("refresh", () -> client.indices().refresh(r -> r.index(index)));
        synchronized (pending) {
            reports.forEach(r -> pending.remove(r.id(), r));
        }
    }

    private void write(List<Report> reports) throws IOException {
        List<BulkWriter.Op> ops = new ArrayList<>();
        Set<String> written = new HashSet<>();
        for (Report r : reports) {
            for (Map<String, Object> doc : documents(r)) {
                String id = (String) doc.remove("_id");
                written.add(id);
                long bytes = BulkWriter.indexBytes(id, doc);
                ops.add(new BulkWriter.Op(BulkOperation.of(o -> o.index(i -> i.id(id).document(doc))), bytes));
            }
        }
        // Replace by id and by url: drop what those reports left that this write does not overwrite.
        List<FieldValue> ids = reports.stream().map(r -> FieldValue.of(r.id())).toList();
        List<FieldValue> urls = reports.stream().map(r -> FieldValue.of(r.url())).toList();
        Query old = Query.of(q -> q.bool(b -> b
                .should(s -> s.terms(t -> t.field("reportId").terms(v -> v.value(ids))))
                .should(s -> s.terms(t -> t.field("url").terms(v -> v.value(urls))))
                .minimumShouldMatch("1")));
        List<BulkWriter.Op> deletes = new ArrayList<>();
        scan(old, List.of(), false, h -> {
            if (!written.contains(h.id())) {
                deletes.add(new BulkWriter.Op(BulkOperation.of(o -> o.delete(d -> d.id(h.id()))), 24 + BulkWriter.jsonBytes(h.id())));
            }
        });
        deletes.addAll(ops);
        bulk.write(deletes);
    }

    /** A report's section documents, each with its {@code _id}. */
    private List<Map<String, Object>> documents(Report report) {
        List<Map<String, Object>> docs = new ArrayList<>();
        Understanding u = report.understanding();
        for (int i = 0; i < report.sections().size(); i++) {
            Section section = report.sections().get(i);
            String content = section.content();
            Map<String, Object> d = new HashMap<>();
            d.put("_id", report.id() + "/" + i);
            d.put("kind", EsQueries.SECTION);
            d.put("sectionId", section.id());
            d.put("first", i == 0);
            d.put("ordinal", i);
            d.put("seq", seq.incrementAndGet());
            d.put("chars", content.length());
            // One IK pass for the max-word field and the smart words a comparison counts, as on Lucene.
            govsearch.analysis.IkSegmentation ik = govsearch.analysis.IkSegmentation.of(content);
            d.put("text", Tokens.joined(ik.maxWordTokens()));
            d.put("words", SectionWords.encode(SectionWords.count(ik.smartWords())));
            String[] exact = Tokens.exactFields(content);
            d.put("exact", exact[0]);
            d.put("exact2", exact[1]);
            d.put("content", content);
            reportFields(d, report);
            if (u != null) {
                putIfNotNull(d, "adminLevel", u.adminLevel());
                putIfNotNull(d, "issuer", u.issuer());
                d.put("domain", u.sectionDomains().getOrDefault(section.id(), List.of()).stream().map(DomainScore::domain).toList());
                d.put("cites", u.cites().stream().filter(c -> c.sectionId().equals(section.id()))
                        .map(govsearch.understand.Citations::key).distinct().toList());
                if (i == 0) {
                    d.put("understanding", UnderstandingCodec.encode(u));
                }
            }
            d.put("number", section.number());
            d.put("sectionTitle", section.title());
            d.put("level", section.level());
            d.put("path", section.path());
            docs.add(d);
        }
        return docs;
    }

    private static void reportFields(Map<String, Object> d, Report report) {
        d.put("reportId", report.id());
        d.put("url", report.url());
        d.put("title", report.title());
        if (report.publishedAt() != null) {
            d.put("publishedAt", report.publishedAt().toString());
        }
        putIfNotNull(d, "year", report.year());
        Region region = report.region();
        putIfNotNull(d, "province", region.province());
        putIfNotNull(d, "city", region.city());
        putIfNotNull(d, "county", region.county());
        d.put("region", List.copyOf(Gazetteer.aliases(region)));
        putIfNotNull(d, "docType", report.docType());
    }

    private static void putIfNotNull(Map<String, Object> d, String field, Object value) {
        if (value != null) {
            d.put(field, value);
        }
    }

    // ---------------------------------------------------------------- reading

    @Override
    public boolean contains(String reportId) throws IOException {
        return count(EsQueries.term("reportId", reportId)) > 0;
    }

    @Override
    public int size() throws IOException {
        return (int) count(Query.of(q -> q.term(t -> t.field("first").value(true))));
    }

    private long count(Query query) throws IOException {
        ready();
        return Calls.read("count", () -> client.count(c -> c.index(index).query(query)).count());
    }

    @Override
    public long generation() {
        try {
            ready();
            SearchResponse<Void> r = Calls.read("generation", () -> client.search(s -> s.index(index).size(0)
                    .trackTotalHits(t -> t.enabled(true))
                    .aggregations("seq", a -> a.max(m -> m.field("seq"))), Void.class));
            double max = r.aggregations().get("seq").max().value();
            return (long) max * 31 + r.hits().total().value();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * The order in which analytics read sections — oldest year first (none last), then by report
     * id, then in the report's order — the Lucene backend's, whatever the order of import.
     */
    static final List<SortOptions> IN_CORPUS_ORDER = List.of(
            SortOptions.of(o -> o.field(f -> f.field("year").order(SortOrder.Asc).missing(FieldValue.of("_last")))),
            SortOptions.of(o -> o.field(f -> f.field("reportId").order(SortOrder.Asc))),
            SortOptions.of(o -> o.field(f -> f.field("ordinal").order(SortOrder.Asc))));

    /** A matching section as a comparison samples it: its id, report and length. */
    private record Ref(String id, String reportId, long chars) {
    }

    /** Every matching section's {@link Ref}, in corpus order, from doc values: no {@code _source} is read. */
    private List<Ref> refs(Query query) throws IOException {
        List<Ref> refs = new ArrayList<>();
        Consumer<SearchRequest.Builder> docValues = s -> s.source(src -> src.fetch(false))
                .docvalueFields(f -> f.field("reportId")).docvalueFields(f -> f.field("chars"));
        scan(query, docValues, IN_CORPUS_ORDER, false, h -> refs.add(new Ref(h.id(), h.fields().get("reportId").toJson().asJsonArray().getString(0),
                        h.fields().get("chars").toJson().asJsonArray().getJsonNumber(0).longValue())));
        return refs;
    }

    /** Every document matching, in index order (seq), with the given source fields. */
    private void scan(Query query, List<String> fields, boolean scores, Consumer<Hit<Map<String, Object>>> each)
            throws IOException {
        Consumer<SearchRequest.Builder> source = s -> {
            if (fields.isEmpty()) {
                s.source(src -> src.fetch(false));
            } else {
                s.source(src -> src.filter(f -> f.includes(fields)));
            }
        };
        scan(query, source, List.of(SortOptions.of(o -> o.field(f -> f.field("seq").order(SortOrder.Asc)))), scores, each);
    }

    /** Every document matching, in the given order (ending with a unique key), with what {@code fetch} asks for. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void scan(Query query, Consumer<SearchRequest.Builder> fetch, List<SortOptions> order, boolean scores,
                      Consumer<Hit<Map<String, Object>>> each) throws IOException {
        ready();
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> from = after;
            SearchResponse<Map> r = Calls.read("search", () -> client.search(s -> {
                s.index(index).query(query).size(PAGE).trackScores(scores).trackTotalHits(t -> t.enabled(false))
                        .sort(order);
                fetch.accept(s);
                if (from != null) {
                    s.searchAfter(from);
                }
                return s;
            }, Map.class));
            List<Hit<Map>> hits = r.hits().hits();
            for (Hit h : hits) {
                each.accept(h);
            }
            if (hits.size() < PAGE) {
                return;
            }
            after = hits.getLast().sort();
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private List<Hit<Map<String, Object>>> search(Function<SearchRequest.Builder, ObjectBuilder<SearchRequest>> request)
            throws IOException {
        ready();
        SearchResponse<Map> r = Calls.read("search", () -> client.search(s -> request.apply(s.index(index)), Map.class));
        return (List) r.hits().hits();
    }

    /** The documents with these ids, without their token fields, by id. */
    private Map<String, Map<String, Object>> byIds(List<String> ids) throws IOException {
        Map<String, Map<String, Object>> out = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
            for (Hit<Map<String, Object>> h : search(s -> s.query(q -> q.ids(i -> i.values(chunk))).size(chunk.size())
                    .source(src -> src.filter(f -> f.excludes(TOKEN_FIELDS))))) {
                out.put(h.id(), h.source());
            }
        }
        return out;
    }

    /** More values of one facet than any corpus holds (counties: ~2,900): the aggregation returns all. */
    private static final int FACET_VALUES = 10_000;
    /**
     * Below this many distinct reports a {@code cardinality} counts exactly (a set of hashes; only
     * a hash collision, about n²/2³³, can lose one); the largest threshold Elasticsearch allows.
     */
    private static final int EXACT_REPORTS = 40_000;
    /** What a hit shows: the section's text and its report's fields, not the tokens or the understanding. */
    private static final List<String> HIT_FIELDS = List.of("reportId", "sectionId", "title", "number", "sectionTitle",
            "path", "year", "province", "city", "county", "docType", "url", "content");

    /**
     * One request: the page of reports by {@code collapse} on {@code reportId} (ranked by their
     * best section, then newest, then id — the Lucene backend's order), each report's best three
     * sections by {@code inner_hits} (best first, then in index order, as Lucene keeps them), the
     * exact number of matching sections, and the reports and facets by aggregations: per facet
     * value the {@code cardinality} of the reports holding it, so no section travels to be counted.
     */
    @Override
    public SearchResult search(SearchQuery q) throws IOException {
        Query query = EsQueries.of(q);
        int from = q.page() * q.size();
        ready();
        SearchResponse<Map> r = Calls.read("search", () -> client.search(s -> s.index(index).query(query)
                .from(from).size(q.size()).trackTotalHits(t -> t.enabled(true))
                .sort(o -> o.score(sc -> sc.order(SortOrder.Desc)))
                .sort(o -> o.field(f -> f.field("year").order(SortOrder.Desc).missing(FieldValue.of("_first"))))
                .sort(o -> o.field(f -> f.field("reportId").order(SortOrder.Asc)))
                .source(src -> src.fetch(false))
                .collapse(c -> c.field("reportId").innerHits(ih -> ih.name("best").size(SECTIONS_PER_REPORT)
                        .sort(o -> o.score(sc -> sc.order(SortOrder.Desc)))
                        .sort(o -> o.field(f -> f.field("seq").order(SortOrder.Asc)))
                        .trackScores(true)
                        .source(src -> src.filter(f -> f.includes(HIT_FIELDS)))))
                .aggregations(facetAggregations()), Map.class));
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (Hit<Map> report : r.hits().hits()) {
            for (Hit<co.elastic.clients.json.JsonData> section : report.innerHits().get("best").hits().hits()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> d = section.source().to(Map.class);
                String content = (String) d.get("content");
                hits.add(new SearchResult.Hit((String) d.get("reportId"), (String) d.get("sectionId"), (String) d.get("title"),
                        d.get("number") + "" + d.get("sectionTitle"), strings(d.get("path")), integer(d.get("year")),
                        region(d), (String) d.get("docType"), (String) d.get("url"),
                        Snippets.of(content, new Matches(content).of(q)),
                        section.score() == null ? 0f : section.score().floatValue()));
            }
        }
        Map<String, Aggregate> aggs = r.aggregations();
        return new SearchResult(r.hits().total().value(), aggs.get("reports").cardinality().value(), hits, facets(aggs));
    }

    /** Every matching section, a page at a time inside one point in time ({@link EsExports}). */
    @Override
    public void eachMatch(SearchQuery q, MatchSink sink) throws IOException {
        ready();
        new EsExports(client, index).eachMatch(q, sink);
    }

    @Override
    public void eachLine(String term, SearchQuery filters, int width, LineSink sink) throws IOException {
        ready();
        new EsExports(client, index).eachLine(both(literal("q", term), filters), term, width, sink);
    }

    /** The distinct reports, and for each facet its values, each with the distinct reports holding it. */
    private static Map<String, Aggregation> facetAggregations() {
        Map<String, Aggregation> aggs = new HashMap<>();
        aggs.put("reports", reportCount());
        aggs.put("year", byValue("year"));
        aggs.put("province", byValue("province"));
        aggs.put("type", byValue("docType"));
        aggs.put("level", byValue("adminLevel"));
        aggs.put("issuer", byValue("issuer"));
        // A report's domains are those of its matching sections: the sections are what is aggregated.
        aggs.put("domain", byValue("domain"));
        // Paths from the province down: terms under terms (multi_terms is not in every distribution).
        aggs.put("city", nested(List.of("province", "city"), List.of()));
        // A county directly under its province (济源市) has no city: its path has two names.
        aggs.put("county", nested(List.of("province", "city", "county"), List.of("city")));
        return aggs;
    }

    /** Terms of each field under those of the one before, reports counted under the last; {@code optional} fields may be missing. */
    private static Aggregation nested(List<String> fields, List<String> optional) {
        String field = fields.getFirst();
        return Aggregation.of(a -> {
            a.terms(t -> optional.contains(field) ? t.field(field).size(FACET_VALUES).missing("")
                    : t.field(field).size(FACET_VALUES));
            return fields.size() == 1 ? a.aggregations("reports", reportCount())
                    : a.aggregations("under", nested(fields.subList(1, fields.size()), optional));
        });
    }

    private static Aggregation byValue(String field) {
        return Aggregation.of(a -> a.terms(t -> t.field(field).size(FACET_VALUES)).aggregations("reports", reportCount()));
    }

    private static Aggregation reportCount() {
        return Aggregation.of(a -> a.cardinality(c -> c.field("reportId").precisionThreshold(EXACT_REPORTS)));
    }

    private static Map<String, List<FacetValue>> facets(Map<String, Aggregate> aggs) {
        FacetCounts counts = new FacetCounts();
        for (String facet : List.of("year", "province", "type", "level", "domain", "issuer")) {
            Aggregate a = aggs.get(facet);
            if (a.isLterms()) {
                a.lterms().buckets().array().forEach(b ->
                        counts.count(facet, String.valueOf(b.key()), reports(b.aggregations())));
            } else if (a.isSterms()) {
                a.sterms().buckets().array().forEach(b ->
                        counts.count(facet, b.key().stringValue(), reports(b.aggregations())));
            }
        }
        paths(counts, "city", aggs.get("city"), "");
        paths(counts, "county", aggs.get("county"), "");
        return counts.facets();
    }

    /** Counts the paths of nested region terms: names joined from the province down, a missing city skipped. */
    private static void paths(FacetCounts counts, String facet, Aggregate a, String above) {
        for (co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket b : a.sterms().buckets().array()) {
            String name = b.key().stringValue();
            String path = name.isEmpty() ? above
                    : above.isEmpty() ? name : above + RegionPath.SEPARATOR + name;
            Aggregate under = b.aggregations().get("under");
            if (under == null) {
                counts.count(facet, path, reports(b.aggregations()));
            } else {
                paths(counts, facet, under, path);
            }
        }
    }

    private static long reports(Map<String, Aggregate> sub) {
        return sub.get("reports").cardinality().value();
    }

    @Override
    public Optional<Report> report(String id) throws IOException {
        List<Hit<Map<String, Object>>> hits = search(s -> s
                .query(q -> q.bool(b -> b.filter(EsQueries.term("reportId", id), EsQueries.term("kind", EsQueries.SECTION))))
                .size(10_000).sort(o -> o.field(f -> f.field("ordinal").order(SortOrder.Asc)))
                .source(src -> src.filter(f -> f.excludes(TOKEN_FIELDS))));
        if (hits.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> first = hits.getFirst().source();
        List<Section> sections = new ArrayList<>();
        for (Hit<Map<String, Object>> h : hits) {
            Map<String, Object> d = h.source();
            // The body is the content without its heading (indices made before 2026-11-26 store it apart).
            String number = (String) d.get("number");
            String title = (String) d.get("sectionTitle");
            String body = d.containsKey("body") ? (String) d.get("body") : Section.body(number, title, (String) d.get("content"));
            sections.add(new Section((String) d.get("sectionId"), number, title,
                    ((Number) d.get("level")).intValue(), strings(d.get("path")), body));
        }
        String published = (String) first.get("publishedAt");
        String understanding = (String) first.get("understanding");
        return Optional.of(new Report(id, (String) first.get("url"), (String) first.get("title"),
                published == null ? null : LocalDate.parse(published), integer(first.get("year")), region(first),
                (String) first.get("docType"), sections, understanding == null ? null : UnderstandingCodec.decode(understanding)));
    }

    private List<String> reportIds() throws IOException {
        List<String> ids = new ArrayList<>();
        scan(Query.of(q -> q.term(t -> t.field("first").value(true))), List.of("reportId"), false,
                h -> ids.add((String) h.source().get("reportId")));
        return ids;
    }

    @Override
    public ReportList reports(int page, int size) throws IOException {
        Query first = Query.of(q -> q.term(t -> t.field("first").value(true)));
        long total = count(first);
        int from = page * size;
        if (from >= total) {
            return new ReportList(total, List.of());
        }
        List<ReportList.Entry> entries = new ArrayList<>();
        for (Hit<Map<String, Object>> h : search(s -> s.query(first).from(from).size(size)
                .sort(o -> o.field(f -> f.field("year").order(SortOrder.Desc).missing(FieldValue.of("_last"))))
                // one year's reports by id, as on Lucene: the order of import is not the same twice
                .sort(o -> o.field(f -> f.field("reportId").order(SortOrder.Asc)))
                .source(src -> src.filter(f -> f.includes("reportId", "title", "url", "year", "province", "city",
                        "county", "docType"))))) {
            Map<String, Object> d = h.source();
            entries.add(new ReportList.Entry((String) d.get("reportId"), (String) d.get("title"), (String) d.get("url"),
                    integer(d.get("year")), region(d), (String) d.get("docType")));
        }
        return new ReportList(total, entries);
    }

    // ---------------------------------------------------------------- analytics

    /**
     * Sections and characters per year by a {@code terms} aggregation with a {@code sum}; reports
     * by the first section of each report when the filters keep whole reports, else by the
     * distinct (year, report) pairs of a {@code composite} aggregation. Exact, as on Lucene; what
     * travels is one bucket per year (per report with a section-level filter), not the sections.
     */
    @Override
    public List<YearTotal> yearTotals(SearchQuery filters) throws IOException {
        Query query = EsQueries.of(filters);
        boolean wholeReports = EsQueries.wholeReports(filters);
        Map<String, Aggregation> aggs = new HashMap<>();
        aggs.put("years", Aggregation.of(a -> a.terms(byYear())
                .aggregations("chars", c -> c.sum(m -> m.field("chars")))
                .aggregations("first", f -> f.filter(q -> q.term(t -> t.field("first").value(true))))));
        if (!wholeReports) {
            aggs.put("pairs", pairs(null));
        }
        SearchResponse<Void> r = aggregate(query, aggs);
        Map<Integer, Long> reports = wholeReports ? null : reportsPerYear(query, r);
        List<YearTotal> out = new ArrayList<>();
        for (LongTermsBucket y : years(r)) {
            int year = (int) y.key();
            long n = wholeReports ? y.aggregations().get("first").filter().docCount() : reports.getOrDefault(year, 0L);
            out.add(new YearTotal(year, n, y.docCount(), Math.round(y.aggregations().get("chars").sum().value())));
        }
        return out;
    }

    /** More years than any corpus holds: the terms aggregation on year returns every one. */
    private static final int MAX_YEARS = 10_000;
    /** Occurrences counted by span filters per request, and at most by span filters in all (then read). */
    private static final int COUNT_ROUND = 16;
    private static final int COUNT_BY_FILTERS = 48;

    /** A search for aggregations only, no hits. */
    private SearchResponse<Void> aggregate(Query query, Map<String, Aggregation> aggs) throws IOException {
        ready();
        return Calls.read("aggregate", () -> client.search(s -> s.index(index).size(0).query(query)
                .trackTotalHits(t -> t.enabled(false)).aggregations(aggs), Void.class));
    }

    /** Every year, oldest first. */
    private static TermsAggregation byYear() {
        return TermsAggregation.of(t -> t.field("year").size(MAX_YEARS).order(NamedValue.of("_key", SortOrder.Asc)));
    }

    private static List<LongTermsBucket> years(SearchResponse<Void> r) {
        Aggregate years = r.aggregations().get("years");
        return years.isLterms() ? years.lterms().buckets().array() : List.of();
    }

    /** A page of the distinct (year, report) pairs, after the given key (null: the first page). */
    private static Aggregation pairs(Map<String, FieldValue> after) {
        return Aggregation.of(a -> a.composite(c -> {
            c.size(PAGE).sources(
                    NamedValue.of("year", CompositeAggregationSource.of(cs -> cs.terms(t -> t.field("year")))),
                    NamedValue.of("report", CompositeAggregationSource.of(cs -> cs.terms(t -> t.field("reportId")))));
            if (after != null) {
                c.after(after);
            }
            return c;
        }));
    }

    /** Distinct reports per year among the matching sections: the pairs of {@code first}, then page by page. */
    private Map<Integer, Long> reportsPerYear(Query query, SearchResponse<Void> first) throws IOException {
        Map<Integer, Long> out = new HashMap<>();
        SearchResponse<Void> r = first;
        while (true) {
            CompositeAggregate pairs = r.aggregations().get("pairs").composite();
            List<CompositeBucket> buckets = pairs.buckets().array();
            for (CompositeBucket b : buckets) {
                out.merge((int) b.key().get("year").longValue(), 1L, Long::sum);
            }
            if (buckets.size() < PAGE || pairs.afterKey() == null || pairs.afterKey().isEmpty()) {
                return out;
            }
            r = aggregate(query, Map.of("pairs", pairs(pairs.afterKey())));
        }
    }

    private static Query literal(String param, String term) {
        Query q = EsQueries.exact(term);
        if (q == null) {
            throw new BadQuery(param, param + " '" + term + "' has no letters or digits to look for",
                    "“" + BadQuery.echo(term) + "”中没有可检索的文字或数字。");
        }
        return q;
    }

    private static Query both(Query term, SearchQuery filters) {
        return Query.of(x -> x.bool(b -> b.must(term).filter(EsQueries.of(filters))));
    }

    /** Sections holding the literal term, with their text, in index order. */
    @Override
    public void eachSection(SearchQuery filters, SectionText sink) throws IOException {
        Consumer<SearchRequest.Builder> fetch = s -> s.source(src -> src.filter(f -> f.includes(
                List.of("content", "year", "reportId", "sectionId", "title"))));
        try {
            scan(EsQueries.of(filters), fetch, IN_CORPUS_ORDER, false, h -> {
                Integer year = integer(h.source().get("year"));
                if (year != null) {
                    try {
                        sink.accept(year, (String) h.source().get("reportId"), (String) h.source().get("sectionId"),
                                (String) h.source().get("title"), (String) h.source().get("content"));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private List<Map<String, Object>> sectionsWith(String param, String term, SearchQuery filters) throws IOException {
        List<Map<String, Object>> out = new ArrayList<>();
        scan(both(literal(param, term), filters), List.of("content", "year", "reportId", "sectionId", "seq", "title",
                "province", "city", "county"), false, h -> out.add(h.source()));
        return out;
    }

    /**
     * Occurrences per year without reading the texts: a section holding the term k times matches
     * "at least j times" (j copies of the term in order, see {@link EsQueries.Literal#atLeast}) for
     * j = 1 … k, so a year's occurrences are the sum over j of its sections matching j times —
     * filter aggregations under a terms aggregation on year, {@value #COUNT_ROUND} per request
     * while any section holds more. Sections holding it more than {@value #COUNT_BY_FILTERS} times
     * are read and counted in Java. Reports per year come from (year, report) pairs, in the first
     * request. A string whose occurrences may overlap (哈哈 in 哈哈哈), that mixes characters with
     * latin words or numbers, or too long for 49 copies in one query, is counted in the texts of all
     * its sections, as before.
     */
    @Override
    public List<TermYear> termByYear(String term, SearchQuery filters) throws IOException {
        Occurrences counted = occurrences("term", term, filters, true);
        if (counted == null) {
            return termByYearFromTexts(term, filters);
        }
        List<TermYear> out = new ArrayList<>();
        counted.byYear().forEach((y, n) -> {
            if (y != NO_YEAR) {
                out.add(new TermYear(y, n, counted.reports().getOrDefault(y, 0L)));
            }
        });
        return out;
    }

    /** The year key of sections without a year. */
    private static final int NO_YEAR = Integer.MIN_VALUE;

    /** Occurrences per year ({@link #NO_YEAR} too), and reports per year when asked for. */
    private record Occurrences(Map<Integer, Long> byYear, Map<Integer, Long> reports) {
        long total() {
            return byYear.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * Occurrences per year without reading the texts: a section holding the term k times matches
     * "at least j times" (j copies of the term in order, see {@link EsQueries.Literal#atLeast}) for
     * j = 1 … k, so a year's occurrences are the sum over j of its sections matching j times —
     * filter aggregations under a terms aggregation on year, {@value #COUNT_ROUND} per request
     * while any section holds more. Sections holding it more than {@value #COUNT_BY_FILTERS} times
     * are read and counted in Java. Reports per year come from (year, report) pairs, in the first
     * request. Null for a string whose occurrences may overlap (哈哈 in 哈哈哈), that mixes
     * characters with latin words or numbers, or too long for 49 copies in one query: those are
     * counted in the texts of all its sections.
     */
    private Occurrences occurrences(String param, String term, SearchQuery filters, boolean withReports) throws IOException {
        EsQueries.Literal literal = EsQueries.literal(term);
        if (literal == null) {
            throw new BadQuery(param, param + " '" + term + "' has no letters or digits to look for",
                    "“" + BadQuery.echo(term) + "”中没有可检索的文字或数字。");
        }
        if (!literal.countableBySpans(COUNT_BY_FILTERS + 1)) {
            return null;
        }
        Map<Integer, Long> occurrences = new TreeMap<>();
        Map<Integer, Long> reports = Map.of();
        for (int from = 1; from <= COUNT_BY_FILTERS; from += COUNT_ROUND) {
            int first = from;
            int last = Math.min(COUNT_BY_FILTERS, from + COUNT_ROUND - 1);
            // The sections holding it at least `first` times; under each year, those holding it more.
            Query scope = both(literal.atLeast(first), filters);
            Map<String, Aggregation> aggs = new HashMap<>();
            aggs.put("years", Aggregation.of(a -> {
                a.terms(t -> t.field("year").size(MAX_YEARS).missing(NO_YEAR));
                for (int k = first + 1; k <= last; k++) {
                    Query atLeast = literal.atLeast(k);
                    a.aggregations("k" + k, Aggregation.of(f -> f.filter(atLeast)));
                }
                return a;
            }));
            if (first == 1 && withReports) {
                aggs.put("pairs", pairs(null));
            }
            SearchResponse<Void> r = aggregate(scope, aggs);
            if (first == 1 && withReports) {
                reports = reportsPerYear(scope, r);
            }
            boolean more = false;
            for (LongTermsBucket y : years(r)) {
                long sum = y.docCount();
                long atLast = y.docCount();
                for (int k = first + 1; k <= last; k++) {
                    atLast = y.aggregations().get("k" + k).filter().docCount();
                    sum += atLast;
                }
                occurrences.merge((int) y.key(), sum, Long::sum);
                more |= atLast > 0;
            }
            if (!more) {
                break;
            }
            if (last == COUNT_BY_FILTERS) {
                // The few sections holding it more often still: count the rest of their occurrences.
                scan(both(literal.atLeast(COUNT_BY_FILTERS + 1), filters), List.of("content", "year"), false, h -> {
                    Integer year = integer(h.source().get("year"));
                    long n = new Matches((String) h.source().get("content")).literal(term).size();
                    occurrences.merge(year == null ? NO_YEAR : year, n - COUNT_BY_FILTERS, Long::sum);
                });
            }
        }
        return new Occurrences(occurrences, reports);
    }

    /** Occurrences counted in the text of every section holding the term. */
    private List<TermYear> termByYearFromTexts(String term, SearchQuery filters) throws IOException {
        Map<Integer, long[]> byYear = new TreeMap<>();
        Map<Integer, Set<String>> reports = new HashMap<>();
        for (Map<String, Object> d : sectionsWith("term", term, filters)) {
            Integer year = integer(d.get("year"));
            if (year == null) {
                continue;
            }
            int n = new Matches((String) d.get("content")).literal(term).size();
            if (n > 0) {
                byYear.computeIfAbsent(year, y -> new long[1])[0] += n;
                reports.computeIfAbsent(year, y -> new HashSet<>()).add((String) d.get("reportId"));
            }
        }
        List<TermYear> out = new ArrayList<>();
        byYear.forEach((y, c) -> out.add(new TermYear(y, c[0], reports.get(y).size())));
        return out;
    }

    /**
     * Word frequencies of the sub-corpus from each section's stored smart words (segmented once,
     * at import), an evenly spread share in corpus order beyond {@code maxChars}, as on Lucene.
     */
    @Override
    public WordCounts wordCounts(SearchQuery filters, long maxChars) throws IOException {
        List<Ref> refs = refs(EsQueries.of(filters));
        long chars = refs.stream().mapToLong(Ref::chars).sum();
        Set<String> reports = new HashSet<>();
        refs.forEach(r -> reports.add(r.reportId()));
        double keep = chars <= maxChars ? 1.0 : (double) maxChars / chars;
        List<String> read = new ArrayList<>();
        double credit = 0;
        for (Ref r : refs) {
            credit += keep;
            if (credit < 1.0) {
                continue;
            }
            credit -= 1.0;
            read.add(r.id());
        }
        Map<String, SectionWords.Counts> found = new HashMap<>(words.getAllPresent(read));
        List<String> missing = read.stream().filter(id -> !found.containsKey(id)).toList();
        List<String> unsegmented = new ArrayList<>();
        for (int from = 0; from < missing.size(); from += 500) {
            List<String> chunk = missing.subList(from, Math.min(missing.size(), from + 500));
            for (Hit<Map<String, Object>> h : search(s -> s.query(q -> q.ids(i -> i.values(chunk))).size(chunk.size())
                    .source(src -> src.filter(f -> f.includes("words"))))) {
                String stored = (String) h.source().get("words");
                if (stored == null) {
                    unsegmented.add(h.id());
                } else {
                    found.put(h.id(), SectionWords.interned(SectionWords.decode(stored)));
                }
            }
        }
        // Sections of an index made before 2026-11-26 have no stored words: segment their text.
        byIds(unsegmented).forEach((id, d) -> found.put(id, SectionWords.interned(
                SectionWords.count(Tokens.smart((String) d.get("content")).stream().map(Token::term).toList()))));
        missing.forEach(id -> {
            SectionWords.Counts c = found.get(id);
            if (c != null) {
                words.put(id, c);
            }
        });
        Map<String, Long> counts = new HashMap<>();
        long tokens = 0;
        long sampled = 0;
        Map<String, Long> charsOf = new HashMap<>();
        refs.forEach(r -> charsOf.put(r.id(), r.chars()));
        for (String id : read) {
            SectionWords.Counts section = found.get(id);
            if (section == null) {
                continue;
            }
            sampled += charsOf.get(id);
            for (int i = 0; i < section.words().length; i++) {
                counts.merge(section.words()[i], (long) section.counts()[i], Long::sum);
            }
            tokens += section.tokens();
        }
        return new WordCounts(reports.size(), refs.size(), chars, sampled, tokens, counts);
    }

    /**
     * Lines from the sections holding the term in {@link #IN_CORPUS_ORDER}, read page by page only until {@code limit}
     * lines are made; the total of occurrences is counted by aggregations ({@link #occurrences}),
     * or, for the strings those cannot count, in the texts of every section holding it.
     */
    @Override
    public KwicLines concordance(String term, SearchQuery filters, int width, int limit) throws IOException {
        Occurrences counted = occurrences("q", term, filters, false);
        long total = 0;
        List<KwicLine> lines = new ArrayList<>();
        Query query = both(literal("q", term), filters);
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> from = after;
            // Without a count from aggregations every section is read; with one, only enough for the lines.
            int page = counted == null ? PAGE : Math.min(PAGE, Math.max(10, limit - lines.size()));
            @SuppressWarnings("rawtypes")
            SearchResponse<Map> r = Calls.read("concordance", () -> client.search(s -> {
                s.index(index).query(query).size(page).trackTotalHits(t -> t.enabled(false))
                        .sort(IN_CORPUS_ORDER)
                        .source(src -> src.filter(f -> f.includes("content", "year", "reportId", "sectionId", "title",
                                "province", "city", "county")));
                if (from != null) {
                    s.searchAfter(from);
                }
                return s;
            }, Map.class));
            for (Hit<Map> h : r.hits().hits()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> d = h.source();
                String text = (String) d.get("content");
                List<Snippets.Span> spans = new Matches(text).literal(term);
                total += spans.size();
                for (Snippets.Span span : spans) {
                    if (lines.size() >= limit) {
                        break;
                    }
                    int start = Math.max(Sentences.sentenceStart(text, span.start()), span.start() - width);
                    int end = Math.min(Sentences.sentenceEnd(text, span.end() - 1), span.end() + width);
                    lines.add(new KwicLine(text.substring(start, span.start()), text.substring(span.start(), span.end()),
                            text.substring(span.end(), Math.max(span.end(), end)), (String) d.get("reportId"),
                            (String) d.get("sectionId"), integer(d.get("year")), region(d), (String) d.get("title")));
                }
            }
            List<Hit<Map>> hits = r.hits().hits();
            if (hits.size() < page || (counted != null && lines.size() >= limit)) {
                break;
            }
            after = hits.getLast().sort();
        }
        return new KwicLines(counted == null ? total : counted.total(), lines);
    }

    /**
     * As on Lucene: the sections sharing most of the draft's IK words (BM25 over the IK field),
     * their sentences ranked by the draft's character bigrams they hold ({@link Precedents}).
     */
    @Override
    public List<Sentence> similarSentences(String draft, SearchQuery filters, int candidates) throws IOException {
        Set<String> grams = new LinkedHashSet<>();
        for (Token t : Tokens.exactQuery(draft)) {
            grams.add(t.term());
        }
        if (grams.isEmpty()) {
            throw new BadQuery("text", "text has no letters or digits to compare", "文字中没有可比较的文字或数字。");
        }
        Set<String> words = new LinkedHashSet<>();
        List<Query> should = new ArrayList<>();
        for (Token t : Tokens.maxWord(draft)) {
            if (words.size() < EsQueries.MAX_SPAN_TERMS / 2 && words.add(t.term())) {
                should.add(EsQueries.term("text", t.term()));
            }
        }
        if (words.isEmpty()) {
            return List.of();
        }
        Query query = Query.of(x -> x.bool(b -> b.must(m -> m.bool(s -> s.should(should)))
                .filter(EsQueries.filters(filters, EsQueries.SECTION))));
        List<Map<String, Object>> sections = search(s -> s.query(query).size(Precedents.CANDIDATE_SECTIONS)
                .sort(o -> o.score(sc -> sc.order(SortOrder.Desc))).sort(o -> o.field(f -> f.field("seq").order(SortOrder.Asc)))
                .source(src -> src.filter(f -> f.includes(HIT_FIELDS)))).stream().map(Hit::source).toList();
        List<Sentence> out = new ArrayList<>();
        for (Precedents.Found<Map<String, Object>> found : Precedents.rank(grams, sections, d -> (String) d.get("content"), candidates)) {
            Map<String, Object> d = found.section();
            List<String> path = new ArrayList<>(strings(d.get("path")));
            String heading = d.get("number") + "" + d.get("sectionTitle");
            if (!heading.isEmpty()) {
                path.add(heading);
            }
            out.add(new Sentence(found.sentence(), (String) d.get("reportId"), (String) d.get("sectionId"),
                    (String) d.get("title"), path, integer(d.get("year")), region(d)));
        }
        return out;
    }

    // ---------------------------------------------------------------- helpers

    private static Integer integer(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object o) {
        if (o == null) {
            return List.of();
        }
        if (o instanceof List<?> l) {
            return List.copyOf((List<String>) l);
        }
        return List.of(o.toString());
    }

    private static Region region(Map<String, Object> d) {
        return new Region((String) d.get("province"), (String) d.get("city"), (String) d.get("county"));
    }

    /** Drops what was added and not committed, as the Lucene backend does on close. */
    @Override
    public void close() throws IOException {
        synchronized (pending) {
            pending.clear();
        }
        bulk.close();
        if (ownsClient) {
            client.close();
        }
    }
}
