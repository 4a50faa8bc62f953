package govsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Job ids are random version-4 UUIDs, as {@code UUID.randomUUID()} made them before. */
class JobIdsTest {

    @Test
    void idsAreDistinctVersionFourUuids() {
        JobIds ids = new JobIds();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = ids.next();
            UUID uuid = UUID.fromString(id);
            assertThat(uuid.version()).isEqualTo(4);
            assertThat(uuid.variant()).isEqualTo(2);
            assertThat(uuid.toString()).isEqualTo(id);
            assertThat(seen.add(id)).as("repeated id %s", id).isTrue();
        }
    }
}
