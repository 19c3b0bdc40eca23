package app.unknot.editor;

/**
 * Whose routines an editor works on: one account's private routines, or (for admins) the
 * public catalog. The same form and rules serve both.
 *
 * @param ownerId the account whose routines these are; null for the catalog
 * @param basePath where this editor's pages live
 */
public record EditorScope(Long ownerId, String basePath) {

	static final String OWN_PATH = "/my/routines";

	static final String CATALOG_PATH = "/admin/routines";

	static EditorScope own(Long accountId) {
		return new EditorScope(accountId, OWN_PATH);
	}

	static EditorScope catalog() {
		return new EditorScope(null, CATALOG_PATH);
	}

	public boolean isCatalog() {
		return ownerId == null;
	}

}
