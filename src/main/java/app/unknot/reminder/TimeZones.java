package app.unknot.reminder;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * The time zones a reminder may be in: java.time's region ids, such as
 * {@code Europe/Madrid}, and {@code UTC}. Old aliases and fixed offsets ({@code EST5EDT},
 * {@code Etc/GMT+5}, {@code SystemV/...}) are left out: calendars know the region ids
 * best. Templates list them as {@code @timeZones.ids}.
 */
@Component("timeZones")
public class TimeZones {

	private static final Pattern REGION = Pattern.compile(
			"(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z0-9_+-]+(/[A-Za-z0-9_+-]+)?|UTC");

	private final List<String> ids = ZoneId.getAvailableZoneIds()
		.stream()
		.filter(id -> REGION.matcher(id).matches())
		.sorted()
		.toList();

	public List<String> getIds() {
		return ids;
	}

	/** The zone of that id, if it is one of the list. */
	Optional<ZoneId> find(String id) {
		if (id == null || !REGION.matcher(id).matches() || !ids.contains(id)) {
			return Optional.empty();
		}
		return Optional.of(ZoneId.of(id));
	}

}
