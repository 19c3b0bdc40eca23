package app.unknot.catalog;

public enum Pressure implements UrlValue {

	LIGHT, MODERATE, FIRM

}
