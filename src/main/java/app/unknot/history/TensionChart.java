package app.unknot.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Geometry of the tension chart, worked out here so the template only draws: the last
 * sessions that have a rating, left to right, on a 0–10 scale. Coordinates are in the
 * SVG's own units ({@link #WIDTH} × {@link #HEIGHT}); the browser scales it to the page.
 */
public final class TensionChart {

	public static final int WIDTH = 640;

	public static final int HEIGHT = 260;

	static final int MAX_POINTS = 20;

	private static final int LEFT = 52;

	private static final int RIGHT = 44;

	private static final int TOP = 16;

	private static final int BOTTOM = 48;

	/** At most this many dates under the x axis, so they never overlap. */
	private static final int MAX_LABELS = 6;

	/**
	 * A session's ratings and where they sit; null values and coordinates where it was
	 * not rated.
	 */
	public record Point(LocalDate date, String routineTitle, Integer before, Integer after, double x, Double beforeY,
			Double afterY, boolean labelled) {
	}

	/** A horizontal grid line with its value. */
	public record Tick(int value, double y) {
	}

	private final List<Point> points;

	private TensionChart(List<Point> points) {
		this.points = points;
	}

	/** The chart of the last rated sessions among {@code records}, oldest first. */
	static TensionChart of(List<SessionRecord> records) {
		List<SessionRecord> rated = records.stream()
			.filter(record -> record.getTensionBefore() != null || record.getTensionAfter() != null)
			.toList();
		rated = rated.subList(Math.max(0, rated.size() - MAX_POINTS), rated.size());
		int count = rated.size();
		int every = Math.max(1, (count + MAX_LABELS - 1) / MAX_LABELS);
		List<Point> points = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			SessionRecord record = rated.get(i);
			points.add(new Point(record.getLocalDate(), record.getRoutineTitle(), record.getTensionBefore(),
					record.getTensionAfter(), x(i, count), y(record.getTensionBefore()), y(record.getTensionAfter()),
					i % every == 0));
		}
		return new TensionChart(List.copyOf(points));
	}

	private static double x(int index, int count) {
		double width = WIDTH - LEFT - RIGHT;
		return round(count == 1 ? LEFT + width / 2 : LEFT + index * width / (count - 1));
	}

	private static Double y(Integer value) {
		return value == null ? null : round(TOP + (10 - value) * (HEIGHT - TOP - BOTTOM) / 10.0);
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	public boolean isEmpty() {
		return points.isEmpty();
	}

	public List<Point> getPoints() {
		return points;
	}

	public List<Tick> getTicks() {
		return List.of(0, 2, 4, 6, 8, 10).stream().map(value -> new Tick(value, y(value))).toList();
	}

	/** SVG polyline points for the ratings before, skipping sessions without one. */
	public String getBeforeLine() {
		return line(Point::beforeY);
	}

	public String getAfterLine() {
		return line(Point::afterY);
	}

	public double getLeft() {
		return LEFT;
	}

	public double getRight() {
		return WIDTH - RIGHT;
	}

	public double getBottom() {
		return HEIGHT - BOTTOM;
	}

	public double getLabelY() {
		return HEIGHT - BOTTOM + 32;
	}

	public Double getAverageBefore() {
		return average(Point::before);
	}

	public Double getAverageAfter() {
		return average(Point::after);
	}

	private Double average(Function<Point, Integer> value) {
		List<Integer> values = points.stream().map(value).filter(Objects::nonNull).toList();
		return values.isEmpty() ? null
				: Math.round(values.stream().mapToInt(Integer::intValue).average().orElseThrow() * 10) / 10.0;
	}

	private String line(Function<Point, Double> y) {
		return points.stream()
			.filter(point -> y.apply(point) != null)
			.map(point -> point.x() + "," + y.apply(point))
			.collect(Collectors.joining(" "));
	}

}
