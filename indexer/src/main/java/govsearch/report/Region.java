package govsearch.report;

/**
 * Where a report comes from, at the most specific level known. A national document has
 * province {@value #NATIONAL} and no city or county; an unknown region has all three null.
 */
public record Region(String province, String city, String county) {

    public static final String NATIONAL = "全国";
    public static final Region UNKNOWN = new Region(null, null, null);
    public static final Region NATIONWIDE = new Region(NATIONAL, null, null);

    public static Region province(String province) {
        return new Region(province, null, null);
    }

    public boolean known() {
        return province != null;
    }

    /** The most specific name: county, else city, else province; null when unknown. */
    public String mostSpecific() {
        return county != null ? county : city != null ? city : province;
    }
}
