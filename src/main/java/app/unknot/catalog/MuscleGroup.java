package app.unknot.catalog;

import java.util.List;

import app.unknot.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A muscle group; its texts read in the request's language
 * ({@link LocalizedText#current()}).
 */
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

	// The Spanish beside each text; null where there is none (see LocalizedText).
	@Column(name = "name_es")
	private String nameEs;

	@Column(name = "body_region_es")
	private String bodyRegionEs;

	@Column(name = "location_es")
	private String locationEs;

	@Column(name = "function_text_es")
	private String functionEs;

	@Column(name = "tension_signs_es")
	private String tensionSignsEs;

	public String getSlug() {
		return slug;
	}

	public String getName() {
		return getNameText().current();
	}

	public LocalizedText getNameText() {
		return new LocalizedText(name, nameEs);
	}

	public String getBodyRegion() {
		return getBodyRegionText().current();
	}

	public LocalizedText getBodyRegionText() {
		return new LocalizedText(bodyRegion, bodyRegionEs);
	}

	public String getLocation() {
		return getLocationText().current();
	}

	public LocalizedText getLocationText() {
		return new LocalizedText(location, locationEs);
	}

	public String getFunction() {
		return getFunctionText().current();
	}

	public LocalizedText getFunctionText() {
		return new LocalizedText(function, functionEs);
	}

	public String getTensionSigns() {
		return getTensionSignsText().current();
	}

	public LocalizedText getTensionSignsText() {
		return new LocalizedText(tensionSigns, tensionSignsEs);
	}

	public int getSortOrder() {
		return sortOrder;
	}

	/**
	 * The name as the body map labels it: at most two short lines (see
	 * {@link #mapLabel}).
	 */
	public List<String> getMapLabel() {
		return mapLabel(getName());
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
