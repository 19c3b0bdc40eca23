package app.unknot.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * An enumeration value that appears in URLs as a lower-case slug ({@code FOAM_ROLLER} is
 * {@code foam-roller}), so filter links stay readable and shareable.
 */
public interface UrlValue {

	String name();

	default String getSlug() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The message key of the value's label, such as {@code equipment.FOAM_ROLLER}. */
	default String getLabelKey() {
		return getClass().getSimpleName().toLowerCase(Locale.ROOT) + "." + name();
	}

	static <E extends Enum<E> & UrlValue> Optional<E> fromSlug(Class<E> type, String slug) {
		return Arrays.stream(type.getEnumConstants()).filter(value -> value.getSlug().equals(slug)).findFirst();
	}

}
