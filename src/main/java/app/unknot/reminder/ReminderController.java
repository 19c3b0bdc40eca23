package app.unknot.reminder;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.unknot.catalog.Routine;
import app.unknot.catalog.RoutineCatalog;
import app.unknot.system.SiteAddress;
import app.unknot.system.RequestRefusedException;
import app.unknot.system.SignedIn;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Reminders under {@code /my/reminders}, the calendar feed at its secret address and the
 * one-off calendar file of a routine.
 */
@Controller
class ReminderController {

	static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private static final String FORM = "reminders/edit";

	private final Reminders reminders;

	private final ReminderCalendars calendars;

	private final TimeZones zones;

	private final RoutineCatalog catalog;

	private final SiteAddress siteAddress;

	private final Clock clock;

	/** The configured public address of the site, or empty. */

	ReminderController(Reminders reminders, ReminderCalendars calendars, TimeZones zones, RoutineCatalog catalog,
			SiteAddress siteAddress, Clock clock) {
		this.reminders = reminders;
		this.calendars = calendars;
		this.zones = zones;
		this.catalog = catalog;
		this.siteAddress = siteAddress;
		this.clock = clock;
	}

	@GetMapping("/my/reminders")
	String list(@AuthenticationPrincipal SignedIn user, HttpServletRequest request, Model model) {
		model.addAttribute("reminders", reminders.list(user.accountId()));
		model.addAttribute("max", Reminders.MAX_PER_PERSON);
		reminders.feed(user.accountId()).ifPresent(feed -> {
			String url = baseUrl(request) + "/calendar/" + feed.token() + ".ics";
			model.addAttribute("feedUrl", url);
			model.addAttribute("webcalUrl", url.replaceFirst("^https?:", "webcal:"));
			model.addAttribute("feedSince", feed.getCreatedAt());
		});
		return "reminders/list";
	}

	@GetMapping("/my/reminders/new")
	String newReminder(@RequestParam String routine, @AuthenticationPrincipal SignedIn user, Model model) {
		ReminderForm form = new ReminderForm();
		form.setTime("07:30");
		return form(reminders.routine(user.accountId(), routine), null, form, model);
	}

	@PostMapping("/my/reminders")
	String add(@RequestParam String routine, @ModelAttribute("reminder") ReminderForm form, BindingResult result,
			@AuthenticationPrincipal SignedIn user, HttpServletResponse response, Model model) {
		Routine chosen = reminders.routine(user.accountId(), routine);
		ReminderTime when = form.parse(zones, result);
		if (when != null && !reminders.add(user.accountId(), routine, when)) {
			result.reject("reminder.error.full", new Object[] { Reminders.MAX_PER_PERSON }, null);
		}
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(chosen, null, form, model);
		}
		return "redirect:/my/reminders?added";
	}

	@GetMapping("/my/reminders/{id:\\d{1,18}}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal SignedIn user, Model model) {
		Reminder reminder = reminders.get(user.accountId(), id);
		return form(reminder.getRoutine(), id, ReminderForm.of(reminder.when()), model);
	}

	@PostMapping("/my/reminders/{id:\\d{1,18}}")
	String change(@PathVariable long id, @ModelAttribute("reminder") ReminderForm form, BindingResult result,
			@AuthenticationPrincipal SignedIn user, HttpServletResponse response, Model model) {
		Reminder reminder = reminders.get(user.accountId(), id);
		ReminderTime when = form.parse(zones, result);
		if (when == null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(reminder.getRoutine(), id, form, model);
		}
		reminders.change(user.accountId(), id, when);
		return "redirect:/my/reminders?saved";
	}

	@PostMapping("/my/reminders/{id:\\d{1,18}}/delete")
	String delete(@PathVariable long id, @AuthenticationPrincipal SignedIn user) {
		reminders.delete(user.accountId(), id);
		return "redirect:/my/reminders?deleted";
	}

	@PostMapping("/my/reminders/feed")
	String newFeedAddress(@AuthenticationPrincipal SignedIn user) {
		try {
			reminders.newFeedAddress(user.accountId());
		}
		catch (DataIntegrityViolationException firstAddressAtTheSameTime) {
			// Another request made the first address between our look-up and our
			// insert: made again, this one replaces that address, as a second press
			// would.
			reminders.newFeedAddress(user.accountId());
		}
		return "redirect:/my/reminders?newAddress#feed";
	}

	/**
	 * The feed, for calendar apps, which send no cookie: the secret address is the only
	 * key. Never kept by caches, so a revoked address is not served from one.
	 */
	@GetMapping("/calendar/{token}.ics")
	ResponseEntity<String> feed(@PathVariable String token, HttpServletRequest request, Locale locale) {
		String calendar = reminders.byFeedToken(token)
			.map(list -> calendars.feed(list, baseUrl(request), locale))
			.orElseThrow(() -> RequestRefusedException.notFound("notFound.calendar", null));
		return ResponseEntity.ok().contentType(CALENDAR).cacheControl(CacheControl.noStore()).body(calendar);
	}

	/**
	 * One event for a routine on a date at a time, for anyone. Without a zone (no script
	 * to tell it) the time is floating: that time wherever the calendar is.
	 */
	@GetMapping("/routines/{slug}/reminder.ics")
	ResponseEntity<String> once(@PathVariable String slug, @RequestParam(required = false) String date,
			@RequestParam(required = false) String time, @RequestParam(required = false) String zone,
			@AuthenticationPrincipal SignedIn user, HttpServletRequest request, Locale locale) {
		Routine routine = catalog.findRoutineSummary(slug, SignedIn.idOf(user))
			.orElseThrow(() -> RequestRefusedException.notFound("notFound.routine", slug));
		LocalDate day = parseDate(date);
		LocalTime at = ReminderForm.parseTime(time);
		if (at == null) {
			throw RequestRefusedException.badRequest("reminder.once.badTime", time);
		}
		ZoneId zoneOfTime = null;
		if (zone != null && !zone.isBlank()) {
			zoneOfTime = zones.find(zone)
				.orElseThrow(() -> RequestRefusedException.badRequest("reminder.once.badZone", zone));
		}
		String calendar = calendars.once(routine, day.atTime(at), zoneOfTime, clock.instant(), baseUrl(request),
				locale);
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(routine.getSlug() + ".ics").build().toString())
			.body(calendar);
	}

	private String form(Routine routine, Long id, ReminderForm form, Model model) {
		model.addAttribute("routine", routine);
		model.addAttribute("reminderId", id);
		model.addAttribute("reminder", form);
		return FORM;
	}

	/**
	 * A date as a date input sends it, within a year either side of today: a calendar
	 * file for the year 9999 helps nobody.
	 */
	private LocalDate parseDate(String date) {
		LocalDate today = LocalDate.now(clock);
		try {
			LocalDate day = date == null || date.length() != 10 ? null : LocalDate.parse(date);
			if (day != null && !day.isBefore(today.minusYears(1)) && !day.isAfter(today.plusYears(1))) {
				return day;
			}
		}
		catch (DateTimeParseException notADate) {
			// Refused below, as any other date that cannot be used.
		}
		throw RequestRefusedException.badRequest("reminder.once.badDate", date);
	}

	private String baseUrl(HttpServletRequest request) {
		return siteAddress.baseUrl(request);
	}

}
