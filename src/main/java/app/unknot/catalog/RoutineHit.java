package app.unknot.catalog;

/**
 * A routine a search found: its id, and its version when found, which tells whether a
 * part of its card rendered before still shows it.
 */
public record RoutineHit(long id, int version) {
}
