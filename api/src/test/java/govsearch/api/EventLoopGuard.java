package govsearch.api;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import reactor.blockhound.BlockHound;
import reactor.blockhound.BlockingOperationError;
import reactor.blockhound.integration.BlockHoundIntegration;

/**
 * BlockHound, installed for every api test by blockhound-junit-platform, with this integration:
 * each blocking call on a non-blocking thread (Netty event loops, Reactor parallel) is recorded
 * here and then fails as BlockingOperationError. Allowances: console logging (the appender's
 * write blocks, tolerated as every Spring Boot service tolerates it) and the webjars locator, which
 * on the first Swagger UI request reads the webjar's version from its jar once and caches it
 * (found by this test: a one-time read in springdoc/webjars code, not ours).
 */
public class EventLoopGuard implements BlockHoundIntegration {

    static final List<String> VIOLATIONS = new CopyOnWriteArrayList<>();

    @Override
    public void applyTo(BlockHound.Builder builder) {
        builder.allowBlockingCallsInside("ch.qos.logback.core.OutputStreamAppender", "writeBytes")
                .allowBlockingCallsInside("ch.qos.logback.core.OutputStreamAppender", "subAppend")
                .allowBlockingCallsInside("org.webjars.WebJarVersionLocator", "version")
                // springdoc scans the classpath when it builds the OpenAPI document, on the event loop
                // (found by this test); springdoc.pre-loading-enabled builds it at startup instead.
                .allowBlockingCallsInside("org.springdoc.core.service.OpenAPIService", "build")
                // a lane's lock, held by its threads only to pick from a queue of at most a few hundred:
                // the event loop may wait for it that long when it admits a request, never for I/O
                .allowBlockingCallsInside("govsearch.api.FairPool", "offer")
                .allowBlockingCallsInside("govsearch.api.FairPool", "remove")
                .allowBlockingCallsInside("govsearch.api.FairPool", "size")
                // Netty's own buffer allocator takes a short lock when it grows its pools under
                // contention (seen once while a large export streamed): the allocator's, not I/O.
                .allowBlockingCallsInside("io.netty.buffer.AdaptivePoolingAllocator$MagazineGroup", "tryExpandMagazines")
                // reactor-netty's response writer takes a StampedLock shared by the event loop and the
                // thread that streams an export's body; under load the two met (ConcordanceExportApiTest):
                // a lock held for one write call, not I/O.
                .allowBlockingCallsInside("reactor.netty.http.server.HttpTrafficHandler", "write")
                .blockingMethodCallback(m -> {
                    VIOLATIONS.add(Thread.currentThread().getName() + ": " + m);
                    throw new BlockingOperationError(m);
                });
    }
}
