package org.opennrm.shared.web;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
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
import jakarta.servlet.http.HttpServletRequest;
import org.apache.catalina.Globals;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The description of the API at {@code /api/v1/openapi}, browsable at {@code /api/v1/docs}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	/**
	 * The server is {@code /}, this OpenNRM, which OpenAPI resolves against the address the description was read from:
	 * springdoc's default named the host of each request ("Generated server url"), which a client generated from it
	 * kept, whatever host the API is at. Its path is the one it is reached under ({@link ThisOpenNrm}).
	 */
	@Bean
	OpenAPI openNrmApi() {
		return new OpenAPI().servers(List.of(new ThisOpenNrm()))
			.info(new Info().title("OpenNRM API").version("v1")
				.description("""
						The API of OpenNRM, the National Referral Mechanism platform. Browser sessions and \
						system-to-system clients alike: clients send their token as `Authorization: Bearer onrm_…`. \
						Every call is checked against the caller's role and scope; errors are RFC 9457 problem \
						details in Turkish or English, as `Accept-Language` asks (else the configured default). A value \
						of a list (a role, a scope, a type) is read in any case, in a query parameter and a JSON body \
						alike (`focal_point` is `FOCAL_POINT`). A JSON body is sent in UTF-8, each value of its field's \
						JSON type: text, dates and values of a list in quotes, numbers and `true`/`false` without \
						(`"1990"` for a number, `"true"` or `1` for true or false, are refused). A body refused names \
						every field at fault in `errors`, with the body's other errors; one that is not well-formed \
						JSON says where, as `line` and `column`; one that is no JSON object where an object is read \
						(empty, `null`, an array) says so in `detail`."""))
			.components(new Components().addSecuritySchemes("token",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("onrm_…")))
			.addSecurityItem(new SecurityRequirement().addList("token"));
	}

	/**
	 * Every operation may answer 401 (no credentials, or a token that is wrong, expired or revoked), with the
	 * {@code WWW-Authenticate} that says which (identity's {@code SecurityConfiguration.ProblemResponses}); 403 (the role
	 * lacks the permission, or a session's call lacks its CSRF token); and 503 when the service cannot answer just now,
	 * with the {@code Retry-After} of {@link org.opennrm.shared.TemporarilyUnavailable}; all in problem details: said
	 * once for all, so that Swagger UI does not show them as "Undocumented". An operation's own 401 gets the header too.
	 * One that answers a body may answer 406, with none ({@link JsonOperations}).
	 */
	@Bean
	OpenApiCustomizer refusalsOfEveryOperation() {
		return api -> {
			api.getComponents().addSchemas(PROBLEM, new ObjectSchema()
				.description("RFC 9457 problem details, in the language of Accept-Language")
				.addProperty("type", new StringSchema()).addProperty("title", new StringSchema())
				.addProperty("status", new IntegerSchema()).addProperty("detail", new StringSchema())
				.addProperty("instance", new StringSchema())
				.addProperty("line", new IntegerSchema().description("Where a body that is not well-formed JSON goes "
						+ "wrong: its line, from 1"))
				.addProperty("column", new IntegerSchema().description("The character in that line where it goes wrong, "
						+ "from 1"))
				.addProperty("errors", new ObjectSchema().description("A message for each field or parameter at fault")
					.additionalProperties(new StringSchema())));
			if (api.getPaths() == null) {
				return;
			}
			api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
				ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
				responses.computeIfAbsent("401", code -> problem("Not signed in: no credentials, or a token that is "
						+ "wrong, expired or revoked, or a session that has ended"))
					.addHeaderObject(HttpHeaders.WWW_AUTHENTICATE, WWW_AUTHENTICATE);
				responses.computeIfAbsent("403", code -> problem("The caller's role lacks the permission, or a "
						+ "signed-in session's call lacks its CSRF token (X-CSRF-TOKEN)"));
				responses.computeIfAbsent("503", code -> problem("The service cannot answer just now (too busy, its "
						+ "database out of reach or too slow, or this server out of service until restarted): try again "
						+ "after the seconds `Retry-After` gives").addHeaderObject(HttpHeaders.RETRY_AFTER, RETRY_AFTER));
				if (answersABody(responses)) {
					responses.computeIfAbsent("406", code -> new ApiResponse().description("A call that accepts none of "
							+ "the answer's forms (`Accept: text/csv`): answered with no body, before the operation runs"));
				}
				operation.setResponses(responses);
			}));
		};
	}

	private static boolean answersABody(ApiResponses responses) {
		return responses.entrySet().stream().anyMatch(response -> response.getKey().startsWith("2")
				&& response.getValue().getContent() != null && !response.getValue().getContent().isEmpty());
	}

	/**
	 * The server as the request for the description reached it: springdoc keeps one description for every request (the
	 * bean's, copied, its servers then plain), so this one is set on that copy.
	 */
	@Bean
	OpenApiCustomizer serverAsReached() {
		return api -> api.setServers(List.of(new ThisOpenNrm()));
	}

	/**
	 * This OpenNRM, at the path it is reached under: {@code /}, or the application's context path, or the path a
	 * reverse proxy serves it under ({@code X-Forwarded-Prefix: /nrm}, which replaces the context path, as Spring's
	 * {@code ForwardedHeaderFilter} reads it) when the request came from a proxy the deployment trusts
	 * ({@code server.forward-headers-strategy=native}, and the connection from an address
	 * {@code server.tomcat.remoteip.internal-proxies} names: Tomcat marks such a request forwarded). Any other request's
	 * header is ignored, so that a client cannot choose the server its description names. Read when the description is
	 * written, from the request it answers: springdoc writes one description for all requests, and sets a server it
	 * computes on it for each, where two requests at once could each get the other's.
	 */
	static final class ThisOpenNrm extends Server {

		private static final String FORWARDED_PREFIX = "X-Forwarded-Prefix";

		/** A path of segments, as a proxy names one: no scheme, host or query, no segment . or .. */
		private static final Pattern PATH = Pattern.compile("(/(?!\\.\\.?(/|$))[A-Za-z0-9._~%!$&'()*+;=:@-]+)*");

		ThisOpenNrm() {
			url("/");
			description("This OpenNRM: the host this description is read from, at the path it is reached under");
		}

		@Override
		public String getUrl() {
			if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
				return super.getUrl();
			}
			HttpServletRequest request = attributes.getRequest();
			String path = request.getContextPath();
			if (Boolean.TRUE.equals(request.getAttribute(Globals.REQUEST_FORWARDED_ATTRIBUTE))) {
				path = prefix(request).orElse(path);
			}
			return path.isEmpty() ? "/" : path;
		}

		/** The proxies' prefixes, each without its last slash, in order ("/nrm/" is "/nrm", "/" none); a path or none. */
		private static Optional<String> prefix(HttpServletRequest request) {
			if (request.getHeader(FORWARDED_PREFIX) == null) {
				return Optional.empty();
			}
			StringBuilder prefix = new StringBuilder();
			for (String value : Collections.list(request.getHeaders(FORWARDED_PREFIX))) {
				for (String part : value.split(",")) {
					prefix.append(part.strip().replaceAll("/+$", ""));
				}
			}
			return PATH.matcher(prefix).matches() ? Optional.of(prefix.toString()) : Optional.empty();
		}

	}

	/** As identity's {@code SecurityConfiguration.ProblemResponses} sends it. */
	private static final Header WWW_AUTHENTICATE = new Header().schema(new StringSchema()).description("""
			`Bearer` when the call carries no token (nor a signed-in session's cookie); `Bearer error="invalid_token", \
			error_description="The access token is unknown, expired or revoked"` when a token was sent and refused \
			(RFC 6750), whichever of the three""");

	private static final Header RETRY_AFTER = new Header().schema(new IntegerSchema().minimum(BigDecimal.ONE))
		.description("In how many seconds to try again");

	private static final String PROBLEM = "Problem";

	private static ApiResponse problem(String description) {
		return new ApiResponse().description(description).content(new Content().addMediaType("application/problem+json",
				new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
	}

}
