package app.unknot.catalog;

import java.util.List;

import app.unknot.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "muscle_group")
public class MuscleGroup extends BaseEntity {

	/** Characters in one line of a body map label. */
	private static final int MAP_LINE = 12;

	private String slug;

	private String name;

	@Column(name = "body_region")
	private String bodyRegion;

	private String location;

	@Column(name = "function_text")
	private String function;

	@Column(name = "tension_signs")
	private String tensionSigns;

	@Column(name = "sort_order")
	private int sortOrder;

	public String getSlug() {
		return slug;
	}

	public String getName() {
		return name;
	}

	public String getBodyRegion() {
		return bodyRegion;
	}

	public String getLocation() {
		return location;
	}

	public String getFunction() {
		return function;
	}

	public String getTensionSigns() {
		return tensionSigns;
	}

	public int getSortOrder() {
		return sortOrder;
	}

	/**
	 * The name as the body map labels it: at most two short lines (see
	 * {@link #mapLabel}).
	 */
	public List<String> getMapLabel() {
		return mapLabel(name);
	}

	/**
	 * A label that fits a body map column (about {@value #MAP_LINE} characters wide):
	 * without its explanation in brackets (the map's tooltip and the list beside it keep
	 * the whole name), on two lines split between words when it is longer than one line.
	 */
	static List<String> mapLabel(String name) {
		String label = name.replaceFirst("\\s*\\(.*\\)\\s*$", "").strip();
		if (label.length() <= MAP_LINE || label.indexOf(' ') < 0) {
			return List.of(label);
		}
		int split = label.lastIndexOf(' ', MAP_LINE);
		if (split <= 0) {
			split = label.indexOf(' ');
		}
		return List.of(label.substring(0, split), label.substring(split + 1));
	}

}
