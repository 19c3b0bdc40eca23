/**
 * Reminders: days and a time of day for a routine, a personal calendar feed at a secret
 * address, and a one-off calendar file from a routine's page. Uses {@code catalog} and
 * {@code system}.
 */
package app.unknot.reminder;
