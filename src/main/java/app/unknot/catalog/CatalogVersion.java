package app.unknot.catalog;

import org.hibernate.annotations.Immutable;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The catalog's version stamp, which every administrator's edit moves on (written by
 * {@code system.RenderedPages}). The catalog search reads it in the same statement as a
 * page, so a kept total is known to be current without a statement of its own. Read-only.
 */
@Entity
@Immutable
@Table(name = "catalog_version")
class CatalogVersion {

	@Id
	private Integer id;

	private long version;

	protected CatalogVersion() {
	}

}
