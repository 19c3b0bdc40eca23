package app.unknot.system;

/**
 * Published when something every visitor sees has changed (an administrator's edit of the
 * catalog), so that pages rendered before it are not served again.
 */
public record PublicPagesChanged() {
}
