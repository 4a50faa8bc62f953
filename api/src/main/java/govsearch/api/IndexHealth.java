package govsearch.api;

import govsearch.index.BackendUnavailable;
import govsearch.index.ReportIndex;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** {@code /actuator/health}: DOWN while the index (an Elasticsearch cluster) cannot be reached. */
@Component("index")
class IndexHealth implements HealthIndicator {

    private final ReportIndex index;

    IndexHealth(ReportIndex index) {
        this.index = index;
    }

    @Override
    public Health health() {
        try {
            return Health.up().withDetail("reports", index.size()).build();
        } catch (BackendUnavailable e) {
            return Health.down().withDetail("error", e.getMessage()).build();
        } catch (Exception e) {
            return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
        }
    }
}
