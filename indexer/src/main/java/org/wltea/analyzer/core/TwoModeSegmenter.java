package org.wltea.analyzer.core;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.wltea.analyzer.cfg.Configuration;
import org.wltea.analyzer.cfg.DefaultConfig;
import org.wltea.analyzer.dic.Dictionary;

/**
 * IK's segmenter run once for both of its modes. Max-word and smart segmentation find the same
 * candidate words (dictionary lookups: most of IK's time) and differ only in how the candidates
 * are arbitrated and output; the import needs both for every section (the max-word field, and the
 * smart words stored for comparisons). This is {@link IKSegmenter#next()}'s loop with the
 * arbitration and output done twice over one set of candidates. It lives in IK's package because
 * the context, arbitrator and sub-segmenters are package-private there.
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

    private final Switch cfg = new Switch();
    private final AnalyzeContext context;
    private final List<ISegmenter> segmenters;
    private final IKArbitrator arbitrator = new IKArbitrator();
    private final List<Lexeme> candidates = new ArrayList<>();

    public TwoModeSegmenter() {
        this(true);
    }

    /**
     * With IK's own {@code CJKSegmenter} and buffer-lock set instead of {@link FlatCJKSegmenter}
     * and {@link BufferLocks} when {@code flat} is false (to compare them).
     */
    TwoModeSegmenter(boolean flat) {
        Dictionary.initial(cfg);
        context = new AnalyzeContext(cfg);
        if (flat) {
            BufferLocks.install(context);
        }
        segmenters = List.of(new LetterSegmenter(), new CN_QuantifierSegmenter(), flat ? new FlatCJKSegmenter() : new CJKSegmenter());
    }

    /** Segments all of {@code input}: the max-word lexemes to one sink, the smart ones to the other. */
    public void segment(Reader input, Sink maxWord, Sink smart) throws IOException {
        context.reset();
        for (ISegmenter s : segmenters) {
            s.reset();
        }
        while (true) {
            if (context.fillBuffer(input) <= 0) {
                context.reset();
                return;
            }
            context.initCursor();
            do {
                for (ISegmenter s : segmenters) {
                    s.analyze(context);
                }
                if (context.needRefillBuffer()) {
                    break;
                }
            } while (context.moveCursor());
            for (ISegmenter s : segmenters) {
                s.reset();
            }
            // Arbitration drains the candidates; smart output merges some lexemes in place
            // (compound), so max-word goes first and smart gets the same candidates again.
            candidates.clear();
            for (QuickSortSet.Cell c = context.getOrgLexemes().getHead(); c != null; c = c.getNext()) {
                candidates.add(c.getLexeme());
            }
            output(false, maxWord);
            for (Lexeme l : candidates) {
                context.addLexeme(l);
            }
            output(true, smart);
            context.markBufferOffset();
        }
    }

    private void output(boolean useSmart, Sink sink) {
        cfg.setUseSmart(useSmart);
        arbitrator.process(context, useSmart);
        context.outputToResult();
        for (Lexeme l = context.getNextLexeme(); l != null; l = context.getNextLexeme()) {
            sink.accept(l);
        }
    }
}
