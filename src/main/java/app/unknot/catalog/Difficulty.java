package app.unknot.catalog;

public enum Difficulty implements UrlValue {

	GENTLE, MODERATE, FIRM

}
