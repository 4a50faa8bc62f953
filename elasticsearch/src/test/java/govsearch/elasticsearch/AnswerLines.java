package govsearch.elasticsearch;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * An answer written out one fact per line, each line named by where it sits
 * ({@code hits[3].snippet = …}, {@code facets[year][2] = FacetValue[value=2025, count=31]}), so two
 * answers compare line by line and a difference names the first fact that differs.
 */
final class AnswerLines {

    private AnswerLines() {
    }

    static List<String> of(Object answer) {
        List<String> out = new ArrayList<>();
        write("", answer, out);
        return out;
    }

    private static void write(String path, Object o, List<String> out) {
        if (o instanceof Collection<?> c) {
            out.add(path + ".size = " + c.size());
            int i = 0;
            for (Object e : c) {
                write(path + "[" + i++ + "]", e, out);
            }
        } else if (o instanceof Map<?, ?> m) {
            out.add(path + ".size = " + m.size());
            List<Map.Entry<?, ?>> entries = new ArrayList<>(m.entrySet());
            if (!(m instanceof SortedMap<?, ?>) && !(m instanceof LinkedHashMap<?, ?>)) {
                // a hash map's order is no part of the answer (and may differ with insertion order)
                entries.sort(Comparator.comparing(e -> String.valueOf(e.getKey())));
            }
            for (Map.Entry<?, ?> e : entries) {
                write(path + "[" + e.getKey() + "]", e.getValue(), out);
            }
        } else if (o instanceof Record r && hasParts(r)) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                write(path + "." + c.getName(), value(c, r), out);
            }
        } else {
            out.add(path + " = " + o);
        }
    }

    /** Whether the record holds a list, a map or a record: then it is written part by part. */
    private static boolean hasParts(Record r) {
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            Object v = value(c, r);
            if (v instanceof Collection<?> || v instanceof Map<?, ?> || (v instanceof Record inner && hasParts(inner))) {
                return true;
            }
        }
        return false;
    }

    private static Object value(RecordComponent c, Record r) {
        try {
            c.getAccessor().setAccessible(true);
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + r.getClass().getSimpleName(), e);
        }
    }
}
