package app.unknot.catalog;

public enum Technique implements UrlValue {

	CIRCLES, KNEADING, STRIPPING, ROLLING, SUSTAINED_PRESSURE, STRETCH, BREATHING, ACTIVATION, SELF_CHECK

}
