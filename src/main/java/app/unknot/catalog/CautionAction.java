package app.unknot.catalog;

/** What a person to whom a caution applies should do. */
public enum CautionAction {

	DO_NOT_START, ASK_PROFESSIONAL, ADAPT

}
