package app.unknot.catalog;

import java.util.List;
import java.util.Locale;

/** The cautions whose usual tier is the given action, as the safety guide lists them. */
public record CautionTier(CautionAction action, List<Caution> cautions) {

	/** The id of the tier's part of the page, e.g. "tier-do-not-start". */
	public String id() {
		return "tier-" + action.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
