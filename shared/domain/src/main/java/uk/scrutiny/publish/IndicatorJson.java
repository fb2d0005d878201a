package uk.scrutiny.publish;

import uk.scrutiny.catalogue.Target;
import uk.scrutiny.rating.AreaSeries;
import uk.scrutiny.rating.ConfidenceInterval;
import uk.scrutiny.rating.IndicatorRating;
import uk.scrutiny.rating.SeriesPoint;
import uk.scrutiny.rating.Summary;
import uk.scrutiny.returns.ReportedValue;

/** data/indicators/&lt;code&gt;.json: one indicator's full history, for charts. Its shape is schema/indicator.schema.json. */
final class IndicatorJson {
    private IndicatorJson() {}

    static byte[] write(Summary summary, IndicatorRating r) {
        return write(summary, r, java.util.List.of());
    }

    /** @param withdrawals the figures of this indicator whose latest submission withdrew them */
    static byte[] write(Summary summary, IndicatorRating r, java.util.List<ReportedValue> withdrawals) {
        try (JsonOut out = new JsonOut(8192)) {
            out.startObject();
            SummaryJson.header(out, summary);
            SummaryJson.describe(out, r.indicator());
            out.field("rag", r.rag().name());
            out.field("reason", r.reason());
            CommentaryJson.headline(out, summary.headlines().indicator(r));
            out.field("overdue", r.overdue());
            out.startArray("series");
            for (AreaSeries s : r.series()) {
                out.startObject();
                out.field("area", s.area());
                out.field("areaName", summary.context().areaName(s.area()));
                out.field("role", role(summary, s.area()));
                out.startArray("points");
                for (SeriesPoint p : s.points()) {
                    point(out, p);
                }
                out.endArray();
                out.endObject();
            }
            out.endArray();
            ForwardLookJson.trajectory(out, r.trajectory());
            AreaJson.indicatorFile(out, r.areas());
            out.startArray("withdrawals");
            for (ReportedValue w : withdrawals) {
                out.startObject();
                out.field("area", w.areaCode());
                out.field("areaName", summary.context().areaName(w.areaCode()));
                out.field("period", PeriodText.of(w.period()));
                out.field("periodStart", w.period().start().toString());
                out.field("withdrawnAt", w.receivedAt().toString());
                out.field("provider", w.provider());
                out.field("note", w.note());
                out.field("revisions", w.revisions());
                out.field(
                        "reason",
                        "Withdrawn on " + w.receivedAt().toString().substring(0, 10) + " by " + w.provider()
                                + (w.note() == null ? "." : ": " + w.note()));
                out.endObject();
            }
            out.endArray();
            out.endObject();
            return out.toBytes();
        }
    }

    private static String role(Summary summary, String area) {
        if (area.equals(summary.context().homeArea())) {
            return "home";
        }
        return area.equals(summary.context().benchmarkArea()) ? "benchmark" : "comparator";
    }

    private static void point(JsonOut out, SeriesPoint p) {
        ReportedValue v = p.reported();
        ConfidenceInterval ci = p.interval();
        Target target = p.target();
        out.startObject();
        out.field("period", PeriodText.of(v.period()));
        out.field("periodStart", v.period().start().toString());
        out.field("value", v.value());
        out.field("numerator", v.numerator());
        out.field("denominator", v.denominator());
        out.rounded("ciLower", ci == null ? null : ci.lower());
        out.rounded("ciUpper", ci == null ? null : ci.upper());
        out.field("target", target == null ? null : target.target());
        out.field("tolerance", target == null ? null : target.tolerance());
        out.field("targetPeriod", target == null ? null : PeriodText.of(target.period()));
        out.field("rag", p.rag() == null ? null : p.rag().name());
        out.field("revisions", v.revisions());
        out.field("note", v.note());
        out.endObject();
    }
}
