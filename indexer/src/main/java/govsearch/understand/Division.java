package govsearch.understand;

/**
 * One administrative division of the gazetteer: its statistical code, full name, the code of the
 * division it belongs to (null for a province) and its level.
 */
public record Division(String code, String name, String parentCode, Level level) {

    public enum Level { PROVINCE, CITY, COUNTY }
}
