package app.unknot.system;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.HttpSessionIdResolver;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.util.WebUtils;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Lets MockMvc tests keep passing a {@code MockHttpSession} from request to request while
 * the app's sessions live in the database. MockMvc keeps no cookies, so for a mock
 * request the Spring Session id rides in the mock session instead of the cookie; what the
 * session holds is still stored, serialized, in the database. Requests over real HTTP use
 * the cookie as in production. Registered for tests only, in
 * src/test/resources/META-INF/spring/...AutoConfiguration.imports.
 */
@AutoConfiguration
class MockMvcSessionIds {

	private static final String ID = MockMvcSessionIds.class.getName();

	@Bean
	static BeanPostProcessor mockMvcSessionIdResolver(ObjectProvider<CookieSerializer> cookies) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof SessionRepositoryFilter<?> filter) {
					CookieHttpSessionIdResolver byCookie = new CookieHttpSessionIdResolver();
					byCookie.setCookieSerializer(cookies.getObject());
					filter.setHttpSessionIdResolver(new CarriedByMockSession(byCookie));
				}
				return bean;
			}

		};
	}

	private record CarriedByMockSession(HttpSessionIdResolver byCookie) implements HttpSessionIdResolver {

		@Override
		public List<String> resolveSessionIds(HttpServletRequest request) {
			MockHttpServletRequest mock = WebUtils.getNativeRequest(request, MockHttpServletRequest.class);
			if (mock == null) {
				return byCookie.resolveSessionIds(request);
			}
			HttpSession carrier = mock.getSession(false);
			return carrier != null && carrier.getAttribute(ID) instanceof String id ? List.of(id) : List.of();
		}

		@Override
		public void setSessionId(HttpServletRequest request, HttpServletResponse response, String sessionId) {
			byCookie.setSessionId(request, response, sessionId);
			MockHttpServletRequest mock = WebUtils.getNativeRequest(request, MockHttpServletRequest.class);
			if (mock != null) {
				mock.getSession().setAttribute(ID, sessionId);
			}
		}

		@Override
		public void expireSession(HttpServletRequest request, HttpServletResponse response) {
			byCookie.expireSession(request, response);
			MockHttpServletRequest mock = WebUtils.getNativeRequest(request, MockHttpServletRequest.class);
			HttpSession carrier = mock == null ? null : mock.getSession(false);
			if (carrier != null) {
				carrier.removeAttribute(ID);
			}
		}

	}

}
