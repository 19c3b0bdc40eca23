package app.unknot.catalog;

public enum Position implements UrlValue {

	LYING_ON_BACK, SIDE_LYING, FACE_DOWN_ON_ELBOWS, SEATED, KNEELING, STANDING

}
