package govsearch.analysis;

import org.wltea.analyzer.dic.Dictionary;

/** Lookups in the dictionary IK segments with (its main dictionary and ours, gov-words.dic). */
public final class IkDictionary {

    private IkDictionary() {
    }

    public static boolean isWord(String word) {
        if (word.isEmpty()) {
            return false;
        }
        Holder.READY.hashCode();
        return Dictionary.getSingleton().matchInMainDict(word.toCharArray()).isMatch();
    }

    /** IK loads its dictionary when it first segments; segmenting once makes sure it has. */
    private static final class Holder {
        static final Object READY = IkSegmentation.of("方面");
    }
}
