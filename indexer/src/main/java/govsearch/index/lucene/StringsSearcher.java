package govsearch.index.lucene;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;

/** A searcher that knows its index's suffix arrays, for the queries that look strings up in them ({@link LiteralQuery}). */
final class StringsSearcher extends IndexSearcher {

    final StringIndex strings;

    StringsSearcher(IndexReader reader, StringIndex strings) {
        super(reader);
        this.strings = strings;
    }
}
