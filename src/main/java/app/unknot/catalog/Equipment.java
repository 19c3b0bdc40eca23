package app.unknot.catalog;

import java.util.EnumSet;
import java.util.Set;

public enum Equipment implements UrlValue {

	HANDS, BALL, FOAM_ROLLER, BOLSTER, NONE;

	/**
	 * What a person needs to have at hand for steps using the given equipment: "no
	 * equipment" only when nothing else is used.
	 */
	public static Set<Equipment> needed(Set<Equipment> used) {
		Set<Equipment> needed = used.isEmpty() ? EnumSet.noneOf(Equipment.class) : EnumSet.copyOf(used);
		if (needed.size() > 1) {
			needed.remove(NONE);
		}
		return needed;
	}

}
