package app.unknot.catalog;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SafetyController {

	private final CautionRepository cautions;

	SafetyController(CautionRepository cautions) {
		this.cautions = cautions;
	}

	@GetMapping("/safety")
	String safety(Model model) {
		model.addAttribute("tiers", tiers(cautions.findAllByOrderBySortOrder()));
		return "safety";
	}

	/**
	 * The cautions under their usual tier, strictest first, in the same words as the
	 * screening; tiers without a caution are left out.
	 */
	static List<CautionTier> tiers(List<Caution> all) {
		List<CautionTier> tiers = new ArrayList<>();
		for (CautionAction action : CautionAction.values()) {
			List<Caution> inTier = all.stream().filter(caution -> caution.getAction() == action).toList();
			if (!inTier.isEmpty()) {
				tiers.add(new CautionTier(action, inTier));
			}
		}
		return tiers;
	}

}
