package app.unknot.system;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.ISpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Requests that Tomcat refuses before the application sees them (an undecodable path such
 * as {@code /routines/%zz}, a malformed request line or header) never reach Spring's
 * error handling: Tomcat's own error report valve answered them with a bare page of its
 * own and none of the site's security headers. This valve takes its place and answers
 * with the site's error page, as an anonymous visitor sees it, and the security headers
 * of every other page.
 */
@Component
class RefusedRequestPages implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

	private static final Logger log = LoggerFactory.getLogger(RefusedRequestPages.class);

	/**
	 * Looked up when the first refused request comes, long after the server was
	 * configured.
	 */
	private final WebApplicationContext applicationContext;

	RefusedRequestPages(WebApplicationContext applicationContext) {
		this.applicationContext = applicationContext;
	}

	@Override
	public void customize(ConfigurableTomcatWebServerFactory factory) {
		factory.addContextCustomizers(context -> {
			StandardHost host = (StandardHost) context.getParent();
			// Spring Boot has added an ErrorReportValve that hides the server's details;
			// this one replaces it.
			for (Valve valve : host.getPipeline().getValves()) {
				if (valve instanceof ErrorReportValve) {
					host.getPipeline().removeValve(valve);
				}
			}
			host.getPipeline().addValve(new SitePageValve(this));
			// Otherwise the host adds a default ErrorReportValve of its own when it
			// starts.
			host.setErrorReportValveClass(SitePageValve.class.getName());
		});
	}

	/** The site's error page for the status; anything a visitor sent stays out of it. */
	String render(int status, HttpServletRequest request, HttpServletResponse response) {
		ServletContext servletContext = applicationContext.getServletContext();
		// The request was refused before it was given to the application, so it names
		// none.
		HttpServletRequest inApplication = new HttpServletRequestWrapper(request) {
			@Override
			public ServletContext getServletContext() {
				return servletContext;
			}
		};
		// In the language chosen or asked for, as every other page.
		Locale locale = applicationContext.getBean(LocaleResolver.class).resolveLocale(request);
		WebContext context = new WebContext(
				JakartaServletWebApplication.buildApplication(servletContext).buildExchange(inApplication, response),
				locale, Map.of("status", status));
		// The layout asks the currentUser bean whether someone is signed in.
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(applicationContext, null));
		LocaleContextHolder.setLocale(locale);
		try {
			return applicationContext.getBean(ISpringTemplateEngine.class).process("error", context);
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}

	/**
	 * Sets the headers every page of the site gets (CSP, frame options, HSTS over https,
	 * ...).
	 */
	void writeSecurityHeaders(HttpServletRequest request, HttpServletResponse response) {
		applicationContext.getBean(SecurityHeaders.class).write(request, response);
	}

	/** Tomcat's error report valve with the site's page in place of Tomcat's own. */
	static final class SitePageValve extends ErrorReportValve {

		private final RefusedRequestPages pages;

		SitePageValve(RefusedRequestPages pages) {
			this.pages = pages;
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			// As Tomcat's own valve: only errors that nothing has answered yet.
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.isError()) {
				return;
			}
			String page;
			try {
				page = pages.render(status, request.getRequest(), response.getResponse());
			}
			catch (RuntimeException failed) {
				log.error("Cannot render the error page for a refused request; Tomcat's own is sent instead", failed);
				super.report(request, response, throwable);
				return;
			}
			if (!response.setErrorReported()) {
				return;
			}
			AtomicBoolean ioAllowed = new AtomicBoolean(false);
			response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
			if (!ioAllowed.get()) {
				return;
			}
			try {
				response.setContentType("text/html;charset=UTF-8");
				pages.writeSecurityHeaders(request.getRequest(), response.getResponse());
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write(page);
					response.finishResponse();
				}
			}
			catch (IOException | RuntimeException failed) {
				// The client has most likely gone; there is nobody left to answer.
				log.debug("Could not send the error page for a refused request", failed);
			}
		}

	}

}
