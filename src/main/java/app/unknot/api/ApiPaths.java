package app.unknot.api;

import app.unknot.system.RequestRefusedException;

/** The API's addresses, in one place for the controllers, security and documentation. */
final class ApiPaths {

	static final String BASE = "/api/v1";

	static final String ROUTINES = BASE + "/routines";

	static final String MUSCLE_GROUPS = BASE + "/muscle-groups";

	static final String CAUTIONS = BASE + "/cautions";

	/** Everything under it needs a signed-in person and is about them. */
	static final String ME = BASE + "/me";

	static final String MY_ROUTINES = ME + "/routines";

	static final String MY_FAVOURITES = ME + "/favourites";

	static final String MY_HISTORY = ME + "/history";

	static final String MY_CSRF_TOKEN = ME + "/csrf-token";

	private ApiPaths() {
	}

	/** A slug no routine can have (too long, or other characters) is a 400, not a 404. */
	static void checkSlug(String slug) {
		if (!slug.matches("[a-z0-9-]{1,80}")) {
			throw RequestRefusedException.badRequest("api.invalid.slug", slug).withProperty("field", "slug");
		}
	}

}
