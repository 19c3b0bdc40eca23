package app.unknot.system;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The one place that answers a refused request ({@link RequestRefusedException}, and
 * Spring's own exceptions for a request body or form it cannot read): for people the
 * site's error page in the layout, with the status and the sentence that says why; for
 * JSON clients problem details (RFC 9457) with the same sentence. JSON goes to the
 * endpoints that only speak JSON and to clients that prefer it to HTML. Neither names the
 * path, an exception or a stack trace. Errors nobody refused on purpose fall through to
 * Spring Boot's error handling, which renders the same {@code error} template.
 */
@ControllerAdvice
class RefusedRequests {

	static final String ERROR_PAGE = "error";

	private static final Logger log = LoggerFactory.getLogger(RefusedRequests.class);

	private final MessageSource messages;

	RefusedRequests(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(RequestRefusedException.class)
	Object refused(RequestRefusedException refused, HttpServletRequest request, HttpServletResponse response,
			Locale locale) {
		log.debug("{} for {}: {}", refused.getStatusCode().value(), request.getMethod(),
				refused.getDetailMessageCode());
		refused.setDetail(
				messages.getMessage(refused.getDetailMessageCode(), refused.getDetailMessageArguments(), locale));
		return answer(refused, refused.getPage(), request, response);
	}

	/**
	 * A request body whose values break its constraints: the first error's sentence (the
	 * constraint's message, from messages.properties), and its field.
	 */
	@ExceptionHandler(MethodArgumentNotValidException.class)
	Object invalid(MethodArgumentNotValidException invalid, HttpServletRequest request, HttpServletResponse response) {
		BindingResult result = invalid.getBindingResult();
		ObjectError first = result.hasFieldErrors() ? result.getFieldError() : result.getAllErrors().get(0);
		invalid.getBody().setDetail(first.getDefaultMessage());
		if (first instanceof FieldError field) {
			invalid.getBody().setProperty("field", field.getField());
		}
		return answer(invalid, ERROR_PAGE, request, response);
	}

	/**
	 * Not JSON, or a value of the wrong kind (text for a number, a number too big for
	 * one).
	 */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	Object unreadable(HttpMessageNotReadableException unreadable, HttpServletRequest request,
			HttpServletResponse response, Locale locale) {
		log.debug("Unreadable request body: {}", unreadable.getMessage());
		return refused(RequestRefusedException.badRequest("error.unreadable", null), request, response, locale);
	}

	/**
	 * A form field no form has, or an index beyond a list's limit, such as a thousandth
	 * step.
	 */
	@ExceptionHandler(InvalidPropertyException.class)
	Object unusableField(InvalidPropertyException invalid, HttpServletRequest request, HttpServletResponse response,
			Locale locale) {
		log.debug("Form with an unusable field: {}", invalid.getPropertyName());
		return refused(RequestRefusedException.badRequest("error.invalidForm", null), request, response, locale);
	}

	/**
	 * An address with nothing at it, a method it does not take, or a body type it cannot
	 * read, asked of an address {@linkplain JsonOnlyRequests marked} JSON-only: problem
	 * details with the site's sentence for the status (and the {@code Allow} header of a
	 * 405). Any other request keeps Spring's own handling, which this hands it back to.
	 */
	@ExceptionHandler({ NoResourceFoundException.class, NoHandlerFoundException.class,
			HttpRequestMethodNotSupportedException.class, HttpMediaTypeNotSupportedException.class })
	Object unsupported(Exception unsupported, HttpServletRequest request, HttpServletResponse response, Locale locale)
			throws Exception {
		if (!JsonOnlyRequests.isMarked(request)) {
			throw unsupported;
		}
		ErrorResponse error = (ErrorResponse) unsupported;
		HttpStatus status = HttpStatus.valueOf(error.getStatusCode().value());
		String messageKey = switch (status) {
			case NOT_FOUND -> "error.404.text";
			case METHOD_NOT_ALLOWED -> "error.405.text";
			default -> "error.unreadable";
		};
		RequestRefusedException refused = new RequestRefusedException(status, messageKey, null);
		refused.getHeaders().addAll(error.getHeaders());
		return refused(refused, request, response, locale);
	}

	/**
	 * The refusal with its sentence as {@code detail}: problem details as JSON, or the
	 * page for people.
	 */
	private static Object answer(ErrorResponse refused, String page, HttpServletRequest request,
			HttpServletResponse response) {
		ProblemDetail problem = refused.getBody();
		MediaType json = jsonType(request);
		if (json != null) {
			Map<String, Object> body = new LinkedHashMap<>();
			// Spring leaves the type out for the default: a problem described by its
			// status alone.
			body.put("type", problem.getType() == null ? "about:blank" : problem.getType().toString());
			body.put("title", problem.getTitle());
			body.put("status", problem.getStatus());
			body.put("detail", problem.getDetail());
			if (problem.getProperties() != null) {
				body.putAll(problem.getProperties());
			}
			// What the history endpoint answered before problem details; its clients read
			// it.
			body.put("error", problem.getDetail());
			return ResponseEntity.status(refused.getStatusCode())
				.headers(refused.getHeaders())
				.contentType(json)
				.body(body);
		}
		refused.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
		ModelAndView view = new ModelAndView(page);
		view.setStatus(refused.getStatusCode());
		// The address's variables first, so that a refusal's own page can link back (its
		// slug).
		if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
			variables.forEach((name, value) -> view.addObject(name.toString(), value));
		}
		view.addObject("status", problem.getStatus());
		view.addObject("detail", problem.getDetail());
		return view;
	}

	/**
	 * The type of a JSON answer, or null for the HTML page: JSON for a handler that
	 * writes its answer as the body, and for a client whose Accept header ranks JSON
	 * above HTML. {@code application/problem+json} only when the client names it, as
	 * others may not read it, or for a request {@linkplain JsonOnlyRequests marked} as
	 * one that only speaks it.
	 */
	private static MediaType jsonType(HttpServletRequest request) {
		if (JsonOnlyRequests.isMarked(request)) {
			return MediaType.APPLICATION_PROBLEM_JSON;
		}
		boolean jsonEndpoint = request
			.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler
				&& (handler.hasMethodAnnotation(ResponseBody.class)
						|| AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class));
		for (MediaType accepted : accepted(request)) {
			if (accepted.getQualityValue() == 0) {
				continue;
			}
			if (accepted.equalsTypeAndSubtype(MediaType.APPLICATION_PROBLEM_JSON)) {
				return MediaType.APPLICATION_PROBLEM_JSON;
			}
			if (accepted.equalsTypeAndSubtype(MediaType.APPLICATION_JSON)) {
				return MediaType.APPLICATION_JSON;
			}
			if (accepted.includes(MediaType.TEXT_HTML)) {
				break;
			}
		}
		return jsonEndpoint ? MediaType.APPLICATION_JSON : null;
	}

	/** The Accept header's types, most wanted first; none when it cannot be read. */
	private static List<MediaType> accepted(HttpServletRequest request) {
		try {
			List<MediaType> types = MediaType.parseMediaTypes(Collections.list(request.getHeaders(HttpHeaders.ACCEPT)));
			// Stable: equal weights keep the client's order.
			types.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
			return types;
		}
		catch (InvalidMediaTypeException unreadable) {
			return List.of();
		}
	}

}
