package govsearch.api;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.netty.NettyPipeline;

/**
 * Request targets that {@code java.net.URI} refuses ({@code ?q=%}, {@code ?q=%zz}) never reached
 * Spring: the adapter between Netty and Spring answered 400 with an empty body before any filter
 * or error handler ran. Here, as Netty hands the request on, a malformed escape's {@code %} is
 * written {@code %25} (and characters a URI cannot hold are escaped), and the parameter it was in
 * is noted in {@link #MALFORMED}, so {@link MalformedRequests} answers 400 naming it, in JSON.
 */
@Configuration(proxyBeanMethods = false)
class RequestTargets {

    /** Set only here (a client's own is removed): the parameter that held a malformed escape, or "path". */
    static final String MALFORMED = "X-Govsearch-Malformed-Escape";

    /** The target as URI accepts it, and where it had a malformed escape (null: nowhere). */
    record Repaired(String target, String malformedIn) {
    }

    @Bean
    NettyServerCustomizer requestTargetRepair() {
        return server -> server.doOnChannelInit((observer, channel, remote) -> {
            if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
                channel.pipeline().addAfter(NettyPipeline.HttpCodec, "govsearch.requestTarget", new Repair());
            }
        });
    }

    private static final class Repair extends ChannelInboundHandlerAdapter {
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (msg instanceof HttpRequest request) {
                request.headers().remove(MALFORMED);
                Repaired r = repair(request.uri());
                if (!r.target().equals(request.uri())) {
                    request.setUri(r.target());
                }
                if (r.malformedIn() != null) {
                    request.headers().set(MALFORMED, r.malformedIn());
                }
            }
            ctx.fireChannelRead(msg);
        }
    }

    static Repaired repair(String target) {
        int query = target.indexOf('?');
        StringBuilder out = new StringBuilder(target.length() + 8);
        String malformed = null;
        int start = 0; // where the current query parameter began
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (query >= 0 && i > query && c == '&') {
                start = i + 1;
            }
            if (c == '%' && !(i + 2 < target.length() && hex(target.charAt(i + 1)) && hex(target.charAt(i + 2)))) {
                out.append("%25");
                if (malformed == null) {
                    malformed = query < 0 || i < query ? "path" : name(target, Math.max(start, query + 1));
                }
            } else if (c <= ' ' || c == 0x7f || "\"<>\\^`{|}".indexOf(c) >= 0) {
                for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4 & 0xf, 16)))
                            .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
                }
            } else {
                out.append(c);
            }
        }
        if (malformed == null) {
            malformed = invalidUtf8(target, query);
        }
        return new Repaired(out.toString(), malformed);
    }

    /**
     * Where well-formed escapes spell bytes that are not UTF-8 ({@code q=%E4%B8}, a character cut in
     * two): Spring would decode them to U+FFFD and answer a search for nothing in particular — every
     * report — as if the client had asked for it. "path", a parameter's name, or null.
     */
    private static String invalidUtf8(String target, int query) {
        String path = query < 0 ? target : target.substring(0, query);
        if (!utf8(path)) {
            return "path";
        }
        if (query < 0) {
            return null;
        }
        int start = query + 1;
        while (start <= target.length()) {
            int end = target.indexOf('&', start);
            if (end < 0) {
                end = target.length();
            }
            if (!utf8(target.substring(start, end))) {
                return name(target, start);
            }
            start = end + 1;
        }
        return null;
    }

    /** Whether the bytes a %-encoded string spells (its other characters as themselves) are UTF-8. */
    private static boolean utf8(String encoded) {
        if (encoded.indexOf('%') < 0) {
            return true;
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%' && i + 2 < encoded.length() && hex(encoded.charAt(i + 1)) && hex(encoded.charAt(i + 2))) {
                bytes.write(Character.digit(encoded.charAt(i + 1), 16) << 4 | Character.digit(encoded.charAt(i + 2), 16));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    /** The decoded name of the parameter starting at {@code from}; "query" when the name itself is malformed. */
    private static String name(String target, int from) {
        int end = from;
        while (end < target.length() && target.charAt(end) != '=' && target.charAt(end) != '&') {
            end++;
        }
        String raw = target.substring(from, end);
        try {
            String name = URLDecoder.decode(raw, StandardCharsets.UTF_8);
            return name.isEmpty() ? "query" : Params.abbreviate(name);
        } catch (IllegalArgumentException e) {
            return "query";
        }
    }

    private static boolean hex(char c) {
        return Character.digit(c, 16) >= 0 && c < 128;
    }
}
