package govsearch.api;

import govsearch.index.BadQuery;

/** Request parameters parsed by hand, so a bad value gets a message that names it. */
final class Params {

    private Params() {
    }

    static Integer integer(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new BadQuery(name, name + " must be a whole number, got '" + abbreviate(value) + "'",
                    ChineseMessages.param(name) + "应是整数，收到的是“" + abbreviate(value) + "”。");
        }
    }

    static String abbreviate(String s) {
        return govsearch.index.BadQuery.echo(s);
    }
}
