package app.unknot.catalog;

import java.util.Set;

/** What a routine's card in a list shows, without loading its steps. */
public record RoutineCard(Routine routine, Set<Equipment> equipment, Set<Position> positions) {
}
