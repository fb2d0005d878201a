package uk.scrutiny.publish;

import java.util.List;
import uk.scrutiny.catalogue.Target;
import uk.scrutiny.period.Period;
import uk.scrutiny.rating.AtRisk;
import uk.scrutiny.rating.Curve;
import uk.scrutiny.rating.Forecast;
import uk.scrutiny.rating.IndicatorRating;
import uk.scrutiny.rating.Outlook;
import uk.scrutiny.rating.RecentTrend;

/**
 * The forward-looking fields (issue 12): a latest figure's forecast, at-risk, turning-the-curve and
 * recent-trend judgements, the summary's at-risk list, and an indicator's target trajectory.
 */
final class ForwardLookJson {
    private ForwardLookJson() {}

    /** latest.forecast, latest.atRisk, latest.curve, latest.recentTrend: each an object or null. */
    static void latest(JsonOut out, Outlook outlook) {
        forecast(out, outlook.forecast());
        atRisk(out, outlook.atRisk());
        curve(out, outlook.curve());
        recentTrend(out, outlook.recentTrend());
    }

    private static void forecast(JsonOut out, Forecast f) {
        if (f == null) {
            out.nullField("forecast");
            return;
        }
        out.startObject("forecast");
        out.field("period", PeriodText.of(f.period()));
        out.field("value", f.value());
        periods(out, "basis", f.basis());
        out.field("reason", f.reason());
        out.endObject();
    }

    private static void atRisk(JsonOut out, AtRisk a) {
        if (a == null) {
            out.nullField("atRisk");
            return;
        }
        out.startObject("atRisk");
        out.field("from", a.from().name());
        out.field("to", a.to().name());
        out.field("period", PeriodText.of(a.period()));
        out.field("targetPeriod", PeriodText.of(a.targetPeriod()));
        out.field("reason", a.reason());
        out.endObject();
    }

    private static void curve(JsonOut out, Curve c) {
        if (c == null) {
            out.nullField("curve");
            return;
        }
        out.startObject("curve");
        out.field("status", c.status().name());
        out.field("forecast", c.forecast());
        periods(out, "basis", c.basis());
        out.field("reason", c.reason());
        out.endObject();
    }

    private static void recentTrend(JsonOut out, RecentTrend t) {
        if (t == null) {
            out.nullField("recentTrend");
            return;
        }
        out.startObject("recentTrend");
        out.field("direction", t.direction().name());
        out.field("assessment", t.assessment() == null ? null : t.assessment().name());
        out.rounded("chiSquared", t.chiSquared());
        out.field("points", t.periods().size());
        periods(out, "periods", t.periods());
        out.field("reason", t.reason());
        out.endObject();
    }

    /**
     * One entry of the summary's atRisk list (at risk of red first, then of amber, each in catalogue
     * order, as {@link SummaryJson#assemble} lists them): the indicator and its risk.
     */
    static void atRiskEntry(JsonOut out, IndicatorRating r, AtRisk a) {
        out.field("code", r.indicator().code());
        out.field("title", r.indicator().title());
        out.field("from", a.from().name());
        out.field("to", a.to().name());
        out.field("reason", a.reason());
    }

    /** An indicator file's trajectory: its year-by-year targets, oldest first, future years included. */
    static void trajectory(JsonOut out, List<Target> targets) {
        out.startArray("trajectory");
        for (Target t : targets) {
            out.startObject();
            out.field("period", PeriodText.of(t.period()));
            out.field("periodStart", t.period().start().toString());
            out.field("periodEnd", t.period().end().toString());
            out.field("target", t.target());
            out.field("tolerance", t.tolerance());
            out.endObject();
        }
        out.endArray();
    }

    private static void periods(JsonOut out, String name, List<Period> periods) {
        out.startArray(name);
        periods.forEach(p -> out.string(PeriodText.of(p)));
        out.endArray();
    }
}
