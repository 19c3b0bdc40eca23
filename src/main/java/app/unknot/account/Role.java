package app.unknot.account;

public enum Role {

	USER, ADMIN;

	/** The authority name Spring Security checks with {@code hasRole}. */
	public String authority() {
		return "ROLE_" + name();
	}

}
