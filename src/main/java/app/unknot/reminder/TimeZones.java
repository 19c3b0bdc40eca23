package app.unknot.reminder;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The time zones a reminder may be in. The list people pick from holds java.time's region
 * ids, such as {@code Europe/Madrid}, and {@code UTC}; templates show it as
 * {@code @timeZones.ids}. Browsers may also report an older alias ({@code Asia/Calcutta})
 * or {@code Etc/UTC}: any zone id java.time knows is taken, with the names of UTC made
 * {@code UTC}. Ids of fixed offsets written as {@code +02:00} are not zone names and are
 * refused.
 */
@Component("timeZones")
public class TimeZones {

	private static final Pattern REGION = Pattern.compile(
			"(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z0-9_+-]+(/[A-Za-z0-9_+-]+)?|UTC");

	private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+){0,2}");

	private static final Pattern UTC_NAMES = Pattern
		.compile("(Etc/)?(UTC|UCT|Universal|Zulu|GMT|GMT0|GMT[+-]0|Greenwich)");

	private final List<String> ids = ZoneId.getAvailableZoneIds()
		.stream()
		.filter(id -> REGION.matcher(id).matches())
		.sorted()
		.toList();

	private final String unselectedOptions = ids.stream()
		.map(HtmlUtils::htmlEscape)
		.map(id -> "<option value=\"" + id + "\">" + id + "</option>")
		.collect(Collectors.joining("\n"));

	/**
	 * Whether it names a zone. By the pattern as well: ical4j adds zones of its own to
	 * java.time's ids while it reads calendars ({@code ical4j~...}).
	 */
	public boolean knows(String id) {
		return id != null && NAME.matcher(id).matches() && ZoneId.getAvailableZoneIds().contains(id);
	}

	public List<String> getIds() {
		return ids;
	}

	/**
	 * The list as {@code <option>} elements with none selected, for the fresh form every
	 * signed-in routine page carries: made once here, because some 490 options rendered
	 * by Thymeleaf took most of that page's processor time.
	 */
	public String getUnselectedOptions() {
		return unselectedOptions;
	}

	/** The zone of that id, if java.time knows it by that name. */
	Optional<ZoneId> find(String id) {
		if (!knows(id)) {
			return Optional.empty();
		}
		return Optional.of(UTC_NAMES.matcher(id).matches() ? ZoneId.of("UTC") : ZoneId.of(id));
	}

}
