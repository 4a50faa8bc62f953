package govsearch.api;

import static org.springframework.web.reactive.function.server.RouterFunctions.route;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/** Pages of the UI whose paths carry state (/report/{id}) are served by their one HTML file. */
@Configuration(proxyBeanMethods = false)
class UiRoutes {

    @Bean
    RouterFunction<ServerResponse> pages() {
        ClassPathResource report = new ClassPathResource("static/report.html");
        return route(RequestPredicates.GET("/report/{id}"),
                req -> ServerResponse.ok().contentType(MediaType.TEXT_HTML).bodyValue(report));
    }
}
