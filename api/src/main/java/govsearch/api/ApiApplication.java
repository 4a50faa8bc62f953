package govsearch.api;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The HTTP service: search API, OpenAPI description and the web UI. Started by {@code govsearch serve}. */
@SpringBootApplication
public class ApiApplication {
}
