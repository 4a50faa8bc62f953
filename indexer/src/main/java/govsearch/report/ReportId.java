package govsearch.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Report ids come from source and content, so importing the same file twice yields the same id. */
public final class ReportId {

    private ReportId() {
    }

    public static String of(String source, String text) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(source.getBytes(StandardCharsets.UTF_8));
            sha1.update((byte) 0);
            sha1.update(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha1.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JDK", e);
        }
    }
}
