package uk.scrutiny.areas;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The areas file in force: every area's name and kind, the comparator groups and their members.
 * {@link #none()} stands for "no areas file has been uploaded", when the template's HomeArea and
 * BenchmarkArea are used and any well-formed area code is accepted.
 */
public final class AreaList {
    private static final AreaList NONE = new AreaList(List.of(), false);

    private final List<Area> areas;
    private final Map<String, Area> byCode;
    private final boolean present;

    private AreaList(List<Area> areas, boolean present) {
        this.areas = List.copyOf(areas);
        Map<String, Area> map = new LinkedHashMap<>();
        for (Area a : this.areas) {
            map.putIfAbsent(a.code(), a);
        }
        this.byCode = Collections.unmodifiableMap(map);
        this.present = present;
    }

    public static AreaList none() {
        return NONE;
    }

    public static AreaList of(List<Area> areas) {
        return new AreaList(areas, true);
    }

    /** Whether an areas file is in force. */
    public boolean present() {
        return present;
    }

    /** Every area, in file order. */
    public List<Area> all() {
        return areas;
    }

    public int size() {
        return areas.size();
    }

    public Optional<Area> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The code of the file's home area, if there is a file. */
    public Optional<String> home() {
        return first(AreaKind.HOME);
    }

    /** The code of the file's national area, if there is a file. */
    public Optional<String> national() {
        return first(AreaKind.NATIONAL);
    }

    private Optional<String> first(AreaKind kind) {
        return areas.stream().filter(a -> a.kind() == kind).map(Area::code).findFirst();
    }

    /** The areas of the given kind, in file order. */
    public List<Area> ofKind(AreaKind kind) {
        return areas.stream().filter(a -> a.kind() == kind).toList();
    }

    /** The authorities that name this group in their groups, in file order. */
    public List<Area> members(String groupCode) {
        List<Area> members = new ArrayList<>();
        for (Area a : areas) {
            if (a.kind() == AreaKind.AUTHORITY && a.groups().contains(groupCode)) {
                members.add(a);
            }
        }
        return members;
    }

    /**
     * What is wrong with a return row's area code, if anything: once an areas file is in force,
     * a code it does not list is a row error. Without a file every well-formed code is accepted.
     */
    public Optional<String> problemWith(String areaCode) {
        if (!present || byCode.containsKey(areaCode)) {
            return Optional.empty();
        }
        return Optional.of("'" + areaCode + "' is not in the areas file (" + AreasReader.KEY
                + "): use a code it lists, or ask the performance team to add the area first.");
    }
}
