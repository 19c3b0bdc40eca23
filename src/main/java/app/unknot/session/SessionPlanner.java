package app.unknot.session;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import app.unknot.catalog.Routine;
import app.unknot.catalog.RoutineCatalog;
import app.unknot.catalog.Step;

/** Loads a routine and turns it into the plan a session runs. */
@Service
public class SessionPlanner {

	private final RoutineCatalog catalog;

	public SessionPlanner(RoutineCatalog catalog) {
		this.catalog = catalog;
	}

	/**
	 * The routine's session, scaled to {@code minutes} when given, with its steps' muscle
	 * groups loaded for the caution rules. Unknown slugs, and other people's private
	 * routines, are a 404.
	 * @param viewer the signed-in account's id, or null for an anonymous visitor
	 */
	public SessionPlan plan(String slug, Integer minutes, Long viewer) {
		Routine routine = catalog.getRoutineWithStepMuscles(slug, viewer);
		List<SessionStep> steps = new ArrayList<>();
		for (Step step : routine.getSteps()) {
			steps.add(SessionStep.of(steps.size() + 1, step));
		}
		List<SessionStep> planned = minutes == null ? steps : SessionScaling.scale(steps, minutes * 60);
		return new SessionPlan(routine, List.copyOf(planned), minutes);
	}

}
