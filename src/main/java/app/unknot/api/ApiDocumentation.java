package app.unknot.api;

import java.util.List;
import java.util.Map;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

/**
 * The OpenAPI description at {@code /v3/api-docs} (and the Swagger UI page at
 * {@code /swagger-ui.html}): what the code says, plus what no annotation says well in one
 * place, how to sign in, page, cache, and what every error looks like.
 */
@Configuration
class ApiDocumentation {

	static final String SESSION_COOKIE = "sessionCookie";

	static final String CSRF_HEADER = "csrfHeader";

	private static final String PROBLEM = "Problem";

	private static final String DESCRIPTION = """
			Unknot's routines for guided self-massage, and a signed-in person's own routines, favourites and \
			session history. General wellness information, not medical advice: read each routine's cautions.

			**Signing in.** The API uses the site's own sign-in. Get the sign-in form at `/login`, post its \
			`_csrf` field with `username` (the email) and `password` to `/login` (form-encoded) with the \
			cookie the form came with (`__Host-XSRF-TOKEN`, the CSRF token's), and keep the `JSESSIONID` cookie \
			the sign-in sets; send it with every call to `/api/v1/me/**`. Sign-in attempts are limited as they \
			are for the site. Writes (POST) also need the CSRF token in the `X-CSRF-TOKEN` header and the cookie \
			it belongs to: `GET /api/v1/me/csrf-token` gives both (the sign-in drops the token from before it). A call to `/api/v1/me/**` without a sign-in is \
			answered 401, and a write without the token 403. No other origin may call the API from a browser \
			(no CORS).

			**Paging.** Lists that can be long take `page` (from 1) and `size` (1 to 100, 24 by default) and \
			answer with `items`, `page`, `size`, `totalItems`, `totalPages` and `links` (`self`, `first`, \
			`prev`, `next`, `last`); the `Link` header carries the same with those `rel` names. A page past \
			the last is empty.

			**Times.** Durations are whole numbers of seconds in fields whose names end in `Seconds`; \
			instants are ISO-8601 in UTC; enumerated values are lower-case slugs as the site's addresses use \
			them (`foam-roller`), except a session's `outcome`.

			**Caching.** Every GET answer has an `ETag`; send it back in `If-None-Match` and an unchanged \
			answer is 304 without a body. Public answers may be kept for 60 seconds.

			**Errors** are problem details (RFC 9457, `application/problem+json`): `status`, `title`, \
			`detail` (a sentence saying what was wrong) and, for a value that could not be used, `field`. \
			An unknown slug is 404; a malformed or oversized value 400.""";

	@Bean
	OpenAPI unknotApi() {
		return new OpenAPI().info(new Info().title("Unknot API").version("1").description(DESCRIPTION))
			// Relative, so the document is the same on every host and port.
			.servers(List.of(new Server().url("/").description("This server")))
			.components(new Components()
				.addSecuritySchemes(SESSION_COOKIE,
						new SecurityScheme().type(SecurityScheme.Type.APIKEY)
							.in(SecurityScheme.In.COOKIE)
							.name("JSESSIONID")
							.description("The session cookie of a sign-in through the /login form."))
				.addSecuritySchemes(CSRF_HEADER,
						new SecurityScheme().type(SecurityScheme.Type.APIKEY)
							.in(SecurityScheme.In.HEADER)
							.name("X-CSRF-TOKEN")
							.description("For writes: the token from GET /api/v1/me/csrf-token."))
				.addSchemas(PROBLEM, problemSchema()));
	}

	/**
	 * The session report is the player's, in {@code history}, which carries no
	 * documentation annotations; its fields are described here.
	 */
	private static final Map<String, String> REPORT_FIELDS = Map.ofEntries(
			Map.entry("runId",
					"The client's id for this run of the routine, 8 to 36 letters, digits or dashes; "
							+ "the same run reported again adds nothing."),
			Map.entry("routine", "Slug of the routine: a catalog routine or one of the person's own."),
			Map.entry("minutes",
					"The session length chosen, 1 to 120 minutes; absent or null for the routine " + "as written."),
			Map.entry("startedAt", "When Start was pressed, ISO-8601; within the last seven days."),
			Map.entry("timeZone",
					"The IANA time zone of the person, such as Europe/London; the day a session "
							+ "counts for is its local date there."),
			Map.entry("secondsDone", "Time spent in the session, pauses excluded. " + CatalogViews.SECONDS),
			Map.entry("outcome", "COMPLETED, ENDED_EARLY (ended before the end) or PAIN_STOP (stopped for pain)."),
			Map.entry("stepsCompleted", "Steps done; with stepsSkipped, the steps of the session."),
			Map.entry("stepsSkipped", "Steps skipped."),
			Map.entry("tensionBefore", "Tension felt before, 0 to 10; absent when not asked."),
			Map.entry("tensionAfter", "Tension felt after, 0 to 10; may come in a repeat of the same run."));

	/** The answers every operation may give besides its own, in one place. */
	@Bean
	OpenApiCustomizer problemResponses() {
		return api -> {
			api.getPaths().forEach((path, item) -> {
				for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.readOperationsMap().entrySet()) {
					describe(path, entry.getKey(), entry.getValue());
				}
			});
			Schema<?> report = api.getComponents().getSchemas().get("SessionReport");
			report.description("What a session player reports when a session finishes or ends.");
			REPORT_FIELDS.forEach((name, text) -> report.getProperties().get(name).description(text));
		};
	}

	private static void describe(String path, PathItem.HttpMethod method, Operation operation) {
		ApiResponses responses = operation.getResponses();
		boolean takesValues = operation.getParameters() != null && !operation.getParameters().isEmpty()
				|| operation.getRequestBody() != null;
		if (method == PathItem.HttpMethod.GET) {
			responses.values()
				.stream()
				.filter(response -> response.getContent() != null)
				.forEach(response -> response.addHeaderObject(HttpHeaders.ETAG,
						new Header().description("A weak entity tag of the answer.").schema(new StringSchema())));
			if (operation.getParameters() != null
					&& operation.getParameters().stream().anyMatch(parameter -> "page".equals(parameter.getName()))) {
				responses.get("200")
					.addHeaderObject(HttpHeaders.LINK,
							new Header().description("RFC 8288 links to the first, prev, next and last pages.")
								.schema(new StringSchema()));
			}
			responses.addApiResponse("304",
					new ApiResponse().description("Not modified: the If-None-Match tag is still the answer's."));
		}
		if (takesValues) {
			responses.addApiResponse("400", problem("A value is malformed, out of range or too long."));
		}
		if (operation.getRequestBody() != null) {
			responses.addApiResponse("415", problem("The body is not sent as application/json."));
		}
		if (path.startsWith(ApiPaths.ME)) {
			responses.addApiResponse("401", problem("Not signed in."));
			if (method != PathItem.HttpMethod.GET) {
				operation.setSecurity(List.of(new SecurityRequirement().addList(SESSION_COOKIE).addList(CSRF_HEADER)));
				responses.addApiResponse("403", problem("The X-CSRF-TOKEN header is missing or wrong."));
			}
		}
		if (path.contains("{slug}")) {
			responses.addApiResponse("404", problem("There is no routine with that slug to see."));
		}
	}

	private static ApiResponse problem(String description) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
	}

	private static Schema<?> problemSchema() {
		return new ObjectSchema().description("Problem details, RFC 9457.")
			.addProperty("type", new StringSchema().description("about:blank: the status says it all."))
			.addProperty("title", new StringSchema().description("The status's name, such as Not Found."))
			.addProperty("status", new IntegerSchema().description("The HTTP status."))
			.addProperty("detail", new StringSchema().description("A sentence saying what was wrong."))
			.addProperty("field", new StringSchema().description("The parameter or report field that was wrong."))
			.addProperty("error", new StringSchema().description("The detail again, for older clients."))
			.required(List.of("type", "title", "status", "detail"));
	}

}
