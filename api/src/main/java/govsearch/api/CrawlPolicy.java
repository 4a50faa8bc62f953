package govsearch.api;

import govsearch.crawler.fetch.AddressPolicy;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The address policy of the service's crawl jobs: hosts on {@code govsearch.crawl.allowed-hosts},
 * on public addresses only. There is no setting that lets a local address through: tests that
 * crawl a server on 127.0.0.1 replace this bean in test scope, so a production build cannot be
 * configured to reach its own network.
 */
@Configuration(proxyBeanMethods = false)
class CrawlPolicy {

    @Bean
    AddressPolicy crawlAddressPolicy(@Value("${govsearch.crawl.allowed-hosts:}") String allowedHosts) {
        return AddressPolicy.strict(commaList(allowedHosts));
    }

    static Set<String> commaList(String s) {
        return Arrays.stream(s.split(",")).map(String::strip).filter(x -> !x.isEmpty()).collect(Collectors.toSet());
    }
}
