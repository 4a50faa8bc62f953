package govsearch.api;

import java.nio.ByteBuffer;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Random ids for import and crawl jobs and upload folders, as {@code UUID.randomUUID()} makes them
 * (version 4), from a generator seeded once when the service starts. {@code UUID.randomUUID()} reads
 * the system's entropy device whenever its buffer runs dry, a blocking call that BlockHound caught
 * on a request thread (a 500 for {@code POST /api/import} in a test); a DRBG reads it only to seed.
 */
final class JobIds {

    private final SecureRandom random;

    JobIds() {
        SecureRandom r;
        try {
            r = SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            r = new SecureRandom();
        }
        r.nextBytes(new byte[1]); // seeds now, at start, not on the first request
        random = r;
    }

    String next() {
        byte[] b = new byte[16];
        random.nextBytes(b);
        b[6] = (byte) (b[6] & 0x0f | 0x40);
        b[8] = (byte) (b[8] & 0x3f | 0x80);
        ByteBuffer bytes = ByteBuffer.wrap(b);
        return new UUID(bytes.getLong(), bytes.getLong()).toString();
    }
}
