package uk.scrutiny.areas;

import java.util.Arrays;
import java.util.Optional;

/** What an area in {@code config/areas.csv} is, and so how its figures are used. */
public enum AreaKind {
    /** The council whose performance is rated (exactly one). */
    HOME("home"),
    /** The national benchmark, England (exactly one). */
    NATIONAL("national"),
    REGION("region"),
    /** Another council, ranked with the home area and averaged into its groups. */
    AUTHORITY("authority"),
    /** A comparator group such as STAT-NEIGHBOURS: its members are the authorities that name it. */
    GROUP("group"),
    /** A cluster or ward inside the home area; published with disclosure control. */
    SUB_AREA("sub-area");

    private final String text;

    AreaKind(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    public static Optional<AreaKind> fromText(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase();
        return Arrays.stream(values()).filter(k -> k.text.equals(wanted)).findFirst();
    }

    /** The kinds a council is: the ones ranked nationally. */
    public boolean isCouncil() {
        return this == HOME || this == AUTHORITY;
    }

    @Override
    public String toString() {
        return text;
    }
}
