package app.unknot.sheet;

import java.util.ArrayList;
import java.util.List;

import app.unknot.catalog.Caution;
import app.unknot.catalog.CautionAction;
import app.unknot.catalog.Routine;
import app.unknot.catalog.Step;

/**
 * Everything the printable sheet of one routine shows, for the HTML page and the PDF
 * alike.
 *
 * @param routine the routine with its steps and cautions loaded
 * @param paper the paper the sheet is laid out for
 * @param routineUrl absolute URL of the routine's page
 * @param sessionUrl absolute URL of the routine's guided session, which the QR code opens
 * @param safetyUrl absolute URL of the safety guide
 * @param qrCode the QR code for {@code sessionUrl} as a PNG {@code data:} URI
 * @param printedOn the date of printing, formatted for the reader's locale
 * @param pageStyle the paper size and running footer, for the {@code @page} rule
 * @param trackerDays numbers of the tracker's rows, 1 to {@link #TRACKER_DAYS}
 */
public record Sheet(Routine routine, Paper paper, String routineUrl, String sessionUrl, String safetyUrl, String qrCode,
		String printedOn, PageStyle pageStyle, List<Integer> trackerDays) {

	/** Days in the tracker table. */
	public static final int TRACKER_DAYS = 14;

	/** Steps printed side by side. */
	static final int STEPS_PER_ROW = 2;

	/**
	 * A kind of caution with the routine's cautions of that kind, in their usual order.
	 */
	public record CautionGroup(CautionAction action, List<Caution> cautions) {

		public String getLabelKey() {
			return "sheet.cautions." + action.name();
		}

	}

	/** The steps in rows of two, the way the sheet lays them out. */
	public List<List<Step>> getStepRows() {
		List<Step> steps = routine.getSteps();
		List<List<Step>> rows = new ArrayList<>();
		for (int first = 0; first < steps.size(); first += STEPS_PER_ROW) {
			rows.add(steps.subList(first, Math.min(first + STEPS_PER_ROW, steps.size())));
		}
		return rows;
	}

	/** The routine's cautions grouped by what to do: do not start, ask first, adapt. */
	public List<CautionGroup> getCautionGroups() {
		List<CautionGroup> groups = new ArrayList<>();
		routine.getCautionsByTier().forEach((tier, cautions) -> groups.add(new CautionGroup(tier, cautions)));
		return groups;
	}

}
