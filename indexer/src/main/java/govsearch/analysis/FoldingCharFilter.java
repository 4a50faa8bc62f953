package govsearch.analysis;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;

/** Applies {@link Folding} before tokenizing, so IK segments simplified text. Offsets are unchanged. */
public final class FoldingCharFilter extends CharFilter {

    public FoldingCharFilter(Reader in) {
        super(in);
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        int n = input.read(cbuf, off, len);
        if (n > 0) {
            Folding.fold(cbuf, off, n);
        }
        return n;
    }

    @Override
    protected int correct(int currentOff) {
        return currentOff;
    }
}
