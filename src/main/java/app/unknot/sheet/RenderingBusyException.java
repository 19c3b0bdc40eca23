package app.unknot.sheet;

/** Every PDF renderer stayed busy while the request waited. Shown as a 503 page with Retry-After. */
class RenderingBusyException extends RuntimeException {

	RenderingBusyException() {
		super("Every sheet PDF renderer is busy");
	}

}
