package app.unknot.system;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Every view is an HTML template, so every page is sent as text/html. Thymeleaf would
 * otherwise take the type from the address's extension, and the 404 page for
 * {@code /routines/x.js} or {@code /routines/x.json} went out as JavaScript or JSON.
 */
@Configuration(proxyBeanMethods = false)
class HtmlViews {

	@Bean
	static BeanPostProcessor htmlContentTypeForEveryView() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof ThymeleafViewResolver views) {
					views.setForceContentType(true);
				}
				return bean;
			}

		};
	}

}
