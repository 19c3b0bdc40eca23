package app.unknot.catalog;

import app.unknot.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "muscle_group")
public class MuscleGroup extends BaseEntity {

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

}
