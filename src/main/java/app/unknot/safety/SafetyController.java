package app.unknot.safety;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import app.unknot.catalog.CautionRepository;

@Controller
class SafetyController {

	private final CautionRepository cautions;

	SafetyController(CautionRepository cautions) {
		this.cautions = cautions;
	}

	@GetMapping("/safety")
	String safety(Model model) {
		model.addAttribute("cautions", cautions.findAllByOrderBySortOrder());
		return "safety";
	}

}
