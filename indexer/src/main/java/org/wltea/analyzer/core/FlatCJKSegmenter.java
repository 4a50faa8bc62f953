package org.wltea.analyzer.core;

import java.util.Arrays;

/**
 * IK's {@code CJKSegmenter} over {@link FlatDictionary}: the same candidate words, in the same
 * order, found without IK's boxed trie, and the buffer lock (a {@code HashSet} add or remove per
 * character in IK's) set only when it changes. {@code FlatCJKSegmenterTest} compares both on the
 * bundled corpus and on random texts of dictionary characters.
 */
final class FlatCJKSegmenter implements ISegmenter {

    private static final String NAME = "CJK_SEGMENTER";

    private final FlatDictionary dictionary = FlatDictionary.get();
    /** The words under way: where each began and the trie node it has reached. */
    private int[] begins = new int[16];
    private int[] nodes = new int[16];
    private int hits;
    /** Whether this segmenter holds the context's buffer lock; unknown after a reset. */
    private boolean locked;
    private boolean lockKnown;

    @Override
    public void analyze(AnalyzeContext context) {
        if (context.getCurrentCharType() != CharacterUtil.CHAR_USELESS) {
            int cursor = context.getCursor();
            char c = context.getSegmentBuff()[cursor];
            int kept = 0;
            for (int i = 0; i < hits; i++) {
                int node = dictionary.child(nodes[i], c);
                if (node < 0) {
                    continue;
                }
                int state = dictionary.state(node);
                if ((state & FlatDictionary.WORD) != 0) {
                    context.addLexeme(new Lexeme(context.getBufferOffset(), begins[i], cursor - begins[i] + 1, Lexeme.TYPE_CNWORD));
                }
                if ((state & FlatDictionary.PREFIX) != 0) {
                    begins[kept] = begins[i];
                    nodes[kept] = node;
                    kept++;
                }
            }
            hits = kept;
            int node = dictionary.child(0, c);
            if (node >= 0) {
                int state = dictionary.state(node);
                if ((state & FlatDictionary.WORD) != 0) {
                    context.addLexeme(new Lexeme(context.getBufferOffset(), cursor, 1, Lexeme.TYPE_CNWORD));
                }
                if ((state & FlatDictionary.PREFIX) != 0) {
                    if (hits == begins.length) {
                        begins = Arrays.copyOf(begins, 2 * hits);
                        nodes = Arrays.copyOf(nodes, 2 * hits);
                    }
                    begins[hits] = cursor;
                    nodes[hits] = node;
                    hits++;
                }
            }
        } else {
            hits = 0;
        }
        if (context.isBufferConsumed()) {
            hits = 0;
        }
        boolean lock = hits > 0;
        if (!lockKnown || lock != locked) {
            if (lock) {
                context.lockBuffer(NAME);
            } else {
                context.unlockBuffer(NAME);
            }
            locked = lock;
            lockKnown = true;
        }
    }

    @Override
    public void reset() {
        hits = 0;
        lockKnown = false;
    }
}
