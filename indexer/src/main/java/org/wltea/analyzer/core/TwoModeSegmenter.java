package org.wltea.analyzer.core;

import java.io.IOException;
import java.io.Reader;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import org.wltea.analyzer.cfg.Configuration;
import org.wltea.analyzer.cfg.DefaultConfig;
import org.wltea.analyzer.dic.Dictionary;
import org.wltea.analyzer.dic.StopWordStarts;

/**
 * IK's segmenter run once for both of its modes. Max-word and smart segmentation find the same
 * candidate words (dictionary lookups: most of IK's time) and differ only in how the candidates
 * are arbitrated and output; the import needs both for every section (the max-word field, and the
 * smart words stored for comparisons). This is {@link IKSegmenter#next()}'s loop with the
 * arbitration and output done twice over one set of candidates. It lives in IK's package because
 * the context, arbitrator and sub-segmenters are package-private there; what IK keeps private (the
 * context's cursor, buffers and results) it reaches through handles, to do IK's per-character and
 * per-lexeme steps with tables and arrays instead of IK's sets, maps and lists
 * (docs/design/import-cost.md) — the same lexemes, as {@code FlatCJKSegmenterTest} checks.
 */
public final class TwoModeSegmenter {

    /** Receives lexemes in IKSegmenter's order; they are reused, so take what is needed at once. */
    public interface Sink {
        void accept(Lexeme lexeme);
    }

    /** IK reads useSmart from the context's configuration while outputting (numeral + quantifier compounds). */
    private static final class Switch implements Configuration {
        private final Configuration base = DefaultConfig.getInstance();
        private boolean smart;

        @Override
        public boolean useSmart() {
            return smart;
        }

        @Override
        public void setUseSmart(boolean useSmart) {
            smart = useSmart;
        }

        @Override
        public String getMainDictionary() {
            return base.getMainDictionary();
        }

        @Override
        public String getQuantifierDicionary() {
            return base.getQuantifierDicionary();
        }

        @Override
        public List<String> getExtDictionarys() {
            return base.getExtDictionarys();
        }

        @Override
        public List<String> getExtStopWordDictionarys() {
            return base.getExtStopWordDictionarys();
        }
    }

    /** IK's per-character work, looked up: {@code CharacterUtil.regularize} and {@code identifyCharType} of every char. */
    private static final char[] REGULAR = new char[Character.MAX_VALUE + 1];
    private static final byte[] TYPE = new byte[Character.MAX_VALUE + 1];
    /** The context's cursor, private in IK: {@link #advance} moves it as {@code AnalyzeContext.moveCursor} does. */
    private static final VarHandle CURSOR;
    private static final VarHandle BUFFER;
    private static final VarHandle TYPES;
    private static final VarHandle RESULTS;
    private static final MethodHandle COMPOUND;

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            REGULAR[c] = CharacterUtil.regularize((char) c);
            TYPE[c] = (byte) CharacterUtil.identifyCharType((char) c);
        }
        try {
            MethodHandles.Lookup ik = MethodHandles.privateLookupIn(AnalyzeContext.class, MethodHandles.lookup());
            CURSOR = ik.findVarHandle(AnalyzeContext.class, "cursor", int.class);
            BUFFER = ik.findVarHandle(AnalyzeContext.class, "segmentBuff", char[].class);
            TYPES = ik.findVarHandle(AnalyzeContext.class, "charTypes", int[].class);
            RESULTS = ik.findVarHandle(AnalyzeContext.class, "results", LinkedList.class);
            COMPOUND = ik.findVirtual(AnalyzeContext.class, "compound", MethodType.methodType(void.class, Lexeme.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Switch cfg = new Switch();
    /** The chars IK's stop words start with: for {@link #next}, which asks IK's trie only about those. */
    private final boolean[] stopWordStarts;
    private final AnalyzeContext context;
    /** An array: a list's iterator at every character was 4 % of the import's allocations. */
    private final ISegmenter[] segmenters;
    /** Whether the context was reset at the end of the last input, as IK does: it need not be again. */
    private boolean reset;
    private final IKArbitrator arbitrator = new IKArbitrator();
    private final List<Lexeme> candidates = new ArrayList<>();
    private final boolean flat;
    /** The context's buffer and char types, which its {@code reset} replaces. */
    private char[] buffer;
    private int[] types;

    public TwoModeSegmenter() {
        this(true);
    }

    /**
     * When {@code flat} is false, IK's own code throughout, to compare with: its {@code CJKSegmenter}
     * instead of {@link FlatCJKSegmenter}, its buffer-lock set instead of {@link BufferLocks}, its
     * cursor moves instead of {@link #advance} and its lexeme output instead of {@link #next}.
     */
    TwoModeSegmenter(boolean flat) {
        Dictionary.initial(cfg);
        context = new AnalyzeContext(cfg);
        if (flat) {
            BufferLocks.install(context);
        }
        segmenters = new ISegmenter[]{new LetterSegmenter(), new CN_QuantifierSegmenter(), flat ? new FlatCJKSegmenter() : new CJKSegmenter()};
        this.flat = flat;
        stopWordStarts = StopWordStarts.of(Dictionary.getSingleton());
    }

    /** Segments all of {@code input}: the max-word lexemes to one sink, the smart ones to the other. */
    public void segment(Reader input, Sink maxWord, Sink smart) throws IOException {
        // IK's reset allocates the context's buffers afresh (24 KB): once per text, not twice.
        if (!reset) {
            context.reset();
        }
        reset = false;
        buffer = (char[]) BUFFER.get(context);
        types = (int[]) TYPES.get(context);
        for (ISegmenter s : segmenters) {
            s.reset();
        }
        while (true) {
            int available = context.fillBuffer(input);
            if (available <= 0) {
                context.reset();
                reset = true;
                return;
            }
            if (flat) {
                settle(0);
            } else {
                context.initCursor();
            }
            do {
                for (ISegmenter s : segmenters) {
                    s.analyze(context);
                }
                if (context.needRefillBuffer()) {
                    break;
                }
            } while (flat ? advance(available) : context.moveCursor());
            for (ISegmenter s : segmenters) {
                s.reset();
            }
            // Smart output merges some lexemes in place (compound), so max-word goes first: read off
            // the candidates here, or by IK's arbitration, which drains them, so they are added again.
            candidates.clear();
            for (QuickSortSet.Cell c = context.getOrgLexemes().getHead(); c != null; c = c.getNext()) {
                candidates.add(c.getLexeme());
            }
            if (flat) {
                maxWord(maxWord);
            } else {
                output(false, maxWord);
                for (Lexeme l : candidates) {
                    context.addLexeme(l);
                }
            }
            output(true, smart);
            context.markBufferOffset();
        }
    }

    /** {@code AnalyzeContext.moveCursor}, with its two per-character calls looked up in tables. */
    private boolean advance(int available) {
        int cursor = context.getCursor();
        if (cursor >= available - 1) {
            return false;
        }
        settle(cursor + 1);
        return true;
    }

    /** Puts the cursor at {@code i} and regularizes and types its char, as IK's context does. */
    private void settle(int i) {
        CURSOR.set(context, i);
        char c = REGULAR[buffer[i]];
        buffer[i] = c;
        types[i] = TYPE[c];
    }

    private void output(boolean useSmart, Sink sink) {
        cfg.setUseSmart(useSmart);
        arbitrator.process(context, useSmart);
        context.outputToResult();
        if (!flat) {
            for (Lexeme l = context.getNextLexeme(); l != null; l = context.getNextLexeme()) {
                sink.accept(l);
            }
            return;
        }
        @SuppressWarnings("unchecked")
        LinkedList<Lexeme> results = (LinkedList<Lexeme>) RESULTS.get(context);
        for (Lexeme l = next(results); l != null; l = next(results)) {
            sink.accept(l);
        }
    }

    /**
     * IK's max-word output, read off the sorted candidates without draining them: what its
     * arbitrator does without {@code useSmart} (overlapping candidates form a path, each path kept
     * whole) and its context's {@code outputToResult} then walks — a path's lexemes in order, the
     * position moved to each one's end, a lone Chinese char wherever the walk finds no lexeme —
     * without the paths' sorted sets, the map of paths by start and the list of results. The
     * candidates stay for the smart arbitration, which drains them.
     */
    private void maxWord(Sink sink) {
        int cursor = context.getCursor();
        int offset = context.getBufferOffset();
        int n = candidates.size();
        int next = 0;
        int index = 0;
        while (index <= cursor) {
            if (types[index] == CharacterUtil.CHAR_USELESS) {
                index++;
                continue;
            }
            if (next < n && candidates.get(next).getBegin() == index) {
                // The path: candidates (sorted by start) starting before its end so far.
                int end = index + candidates.get(next).getLength();
                int to = next + 1;
                while (to < n && candidates.get(to).getBegin() < end) {
                    end = Math.max(end, candidates.get(to).getBegin() + candidates.get(to).getLength());
                    to++;
                }
                for (int k = next; k < to; k++) {
                    Lexeme l = candidates.get(k);
                    if (k > next) {
                        for (; index < l.getBegin(); index++) {
                            single(offset, index, sink);
                        }
                    }
                    emit(l, sink);
                    index = l.getBegin() + l.getLength();
                }
                next = to;
            } else {
                single(offset, index, sink);
                index++;
            }
        }
    }

    /** {@code AnalyzeContext.outputSingleCJK}: a Chinese or other CJK char on its own. */
    private void single(int offset, int index, Sink sink) {
        int type = types[index];
        if (type == CharacterUtil.CHAR_CHINESE) {
            emit(new Lexeme(offset, index, 1, Lexeme.TYPE_CNCHAR), sink);
        } else if (type == CharacterUtil.CHAR_OTHER_CJK) {
            emit(new Lexeme(offset, index, 1, Lexeme.TYPE_OTHER_CJK), sink);
        }
    }

    /** What {@link #next} does to a lexeme in max-word mode (where IK's compound does nothing). */
    private void emit(Lexeme l, Sink sink) {
        if (kept(l)) {
            sink.accept(l);
        }
    }

    /**
     * Whether a lexeme is output — no stop word, IK's trie asked only when its first char starts
     * one — and then its text set from the buffer, as {@code getNextLexeme} does.
     */
    private boolean kept(Lexeme l) {
        int begin = l.getBegin();
        if (stopWordStarts[buffer[begin]] && Dictionary.getSingleton().isStopWord(buffer, begin, l.getLength())) {
            return false;
        }
        l.setLexemeText(String.valueOf(buffer, begin, l.getLength()));
        return true;
    }

    /** {@code AnalyzeContext.getNextLexeme}: IK's compound (smart mode), then {@link #kept}. */
    private Lexeme next(LinkedList<Lexeme> results) {
        for (Lexeme l = results.pollFirst(); l != null; l = results.pollFirst()) {
            try {
                COMPOUND.invokeExact(context, l);
            } catch (Throwable e) {
                throw new IllegalStateException("IK's compound failed", e);
            }
            if (kept(l)) {
                return l;
            }
        }
        return null;
    }
}
