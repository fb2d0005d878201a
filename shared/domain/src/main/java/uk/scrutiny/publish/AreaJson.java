package uk.scrutiny.publish;

import uk.scrutiny.rating.AreaFigures;
import uk.scrutiny.rating.AuthorityFigures;
import uk.scrutiny.rating.ConfidenceInterval;
import uk.scrutiny.rating.GroupFigure;
import uk.scrutiny.rating.NationalPosition;
import uk.scrutiny.rating.SubAreaFigure;
import uk.scrutiny.rating.SubAreaFigures;

/**
 * The fields the areas file adds to the published files: {@code national} and {@code groups} in
 * summary.json's {@code indicators[].latest}, {@code subAreas} and {@code authorities} in each
 * indicator's file. Shapes: the schemas' {@code nationalPosition}, {@code groupFigure},
 * {@code subAreas} and {@code authorities}.
 */
final class AreaJson {
    private AreaJson() {}

    static void latest(JsonOut out, AreaFigures figures) {
        NationalPosition national = figures.national();
        if (national == null) {
            out.nullField("national");
        } else {
            out.startObject("national");
            integer(out, "rank", national.rank());
            out.field("of", national.of());
            out.field("quartile", national.quartile());
            out.field("bestQuartile", national.bestQuartile());
            if (national.cuts() == null) {
                out.nullField("cuts");
            } else {
                out.startArray("cuts");
                national.cuts().forEach(out::number);
                out.endArray();
            }
            out.field("reason", national.reason());
            out.endObject();
        }
        out.startArray("groups");
        for (GroupFigure g : figures.groups()) {
            out.startObject();
            out.field("code", g.code());
            out.field("name", g.name());
            out.field("value", g.value());
            out.field("computed", g.computed());
            out.field("members", g.members());
            out.field("withFigure", g.withFigure());
            integer(out, "rank", g.rank());
            integer(out, "of", g.of());
            out.endObject();
        }
        out.endArray();
    }

    static void indicatorFile(JsonOut out, AreaFigures figures) {
        SubAreaFigures subAreas = figures.subAreas();
        if (subAreas == null) {
            out.nullField("subAreas");
        } else {
            out.startObject("subAreas");
            out.field("period", PeriodText.of(subAreas.period()));
            out.startArray("areas");
            for (SubAreaFigure a : subAreas.areas()) {
                subArea(out, a);
            }
            out.endArray();
            out.endObject();
        }
        AuthorityFigures authorities = figures.authorities();
        if (authorities == null) {
            out.nullField("authorities");
        } else {
            out.startObject("authorities");
            out.field("period", PeriodText.of(authorities.period()));
            out.startArray("values");
            for (AuthorityFigures.Value v : authorities.values()) {
                out.startObject();
                out.field("area", v.area());
                out.field("areaName", v.name());
                out.field("value", v.value());
                integer(out, "rank", v.rank());
                out.startArray("groups");
                v.groups().forEach(out::string);
                out.endArray();
                out.endObject();
            }
            out.endArray();
            out.endObject();
        }
    }

    /** A suppressed sub-area's record holds no figure, so none can be written here. */
    private static void subArea(JsonOut out, SubAreaFigure a) {
        ConfidenceInterval ci = a.interval();
        out.startObject();
        out.field("area", a.area());
        out.field("areaName", a.name());
        out.field("value", a.value());
        out.field("numerator", a.numerator());
        out.field("denominator", a.denominator());
        out.rounded("ciLower", ci == null ? null : ci.lower());
        out.rounded("ciUpper", ci == null ? null : ci.upper());
        out.field("ciMethod", ci == null ? null : ci.method().name());
        out.field("comparison", a.comparison() == null ? null : a.comparison().name());
        integer(out, "rank", a.rank());
        integer(out, "of", a.of());
        out.field("suppressed", a.suppressed() == null ? null : a.suppressed().text());
        out.endObject();
    }

    private static void integer(JsonOut out, String name, Integer value) {
        if (value == null) {
            out.nullField(name);
        } else {
            out.field(name, value.longValue());
        }
    }
}
