package org.opennrm.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The description of the API at {@code /api/v1/openapi}, browsable at {@code /api/v1/docs}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI openNrmApi() {
		return new OpenAPI()
			.info(new Info().title("OpenNRM API").version("v1")
				.description("""
						The API of OpenNRM, the National Referral Mechanism platform. Browser sessions and \
						system-to-system clients alike: clients send their token as `Authorization: Bearer onrm_…`. \
						Every call is checked against the caller's role and scope; errors are RFC 9457 problem \
						details in the language of `Accept-Language`."""))
			.components(new Components().addSecuritySchemes("token",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("onrm_…")))
			.addSecurityItem(new SecurityRequirement().addList("token"));
	}

}
