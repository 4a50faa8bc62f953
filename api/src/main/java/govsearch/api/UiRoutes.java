package govsearch.api;

import static org.springframework.web.reactive.function.server.RouterFunctions.route;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Pages of the UI whose paths carry state are served by their one HTML file: /report/{id} and the
 * analysis pages /trend, /compare, /concordance, /phrasing, /first-uses, /diffusion and /targets (their state is in the query string).
 */
@Configuration(proxyBeanMethods = false)
class UiRoutes {

    @Bean
    RouterFunction<ServerResponse> pages() {
        return route(RequestPredicates.GET("/report/{id}"), page("report"))
                .andRoute(RequestPredicates.GET("/trend"), page("trend"))
                .andRoute(RequestPredicates.GET("/compare"), page("compare"))
                .andRoute(RequestPredicates.GET("/concordance"), page("concordance"))
                .andRoute(RequestPredicates.GET("/phrasing"), page("phrasing"))
                .andRoute(RequestPredicates.GET("/first-uses"), page("first-uses"))
                .andRoute(RequestPredicates.GET("/diffusion"), page("diffusion"))
                .andRoute(RequestPredicates.GET("/targets"), page("targets"));
    }

    private static org.springframework.web.reactive.function.server.HandlerFunction<ServerResponse> page(String name) {
        ClassPathResource html = new ClassPathResource("static/" + name + ".html");
        return req -> ServerResponse.ok().contentType(MediaType.TEXT_HTML).bodyValue(html);
    }
}
