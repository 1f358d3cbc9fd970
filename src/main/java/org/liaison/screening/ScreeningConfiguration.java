package org.liaison.screening;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The screening index, one per node, closed with the context. */
@Configuration(proxyBeanMethods = false)
class ScreeningConfiguration {

	@Bean(destroyMethod = "close")
	ScreeningIndex screeningIndex(ScreeningProperties properties) {
		return new ScreeningIndex(properties);
	}

	@Bean
	ScreeningMatcher screeningMatcher(ScreeningIndex index) {
		return new ScreeningMatcher(index);
	}
}
