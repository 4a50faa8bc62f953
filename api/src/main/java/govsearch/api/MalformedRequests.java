package govsearch.api;

import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import tools.jackson.databind.ObjectMapper;

/** A request whose target had a malformed percent-escape ({@link RequestTargets}): 400 naming the parameter. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class MalformedRequests implements WebFilter {

    private final ObjectMapper json;

    MalformedRequests(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String param = exchange.getRequest().getHeaders().getFirst(RequestTargets.MALFORMED);
        if (param == null) {
            return chain.filter(exchange);
        }
        String where = param.equals("path") ? "the path" : param.equals("query") ? "a parameter name" : param;
        var body = ApiErrors.error(HttpStatus.BAD_REQUEST, where + " has a malformed percent-escape: % must be followed "
                + "by two hex digits (write %25 for a % sign)", param.equals("query") ? null : param,
                (param.equals("path") ? "网址路径" : param.equals("query") ? "某个参数名" : "参数“" + ChineseMessages.param(param) + "”")
                        + "中有不完整的百分号转义：% 后面应是两位十六进制数字（百分号本身写作 %25）。").getBody();
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(HttpStatus.BAD_REQUEST);
        response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
        byte[] bytes = json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(bytes)));
    }
}
