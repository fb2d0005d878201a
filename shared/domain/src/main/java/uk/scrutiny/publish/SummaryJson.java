package uk.scrutiny.publish;

import java.util.List;
import uk.scrutiny.catalogue.About;
import uk.scrutiny.catalogue.Indicator;
import uk.scrutiny.catalogue.Target;
import uk.scrutiny.rating.BenchmarkComparison;
import uk.scrutiny.rating.ComparatorValue;
import uk.scrutiny.rating.ConfidenceInterval;
import uk.scrutiny.rating.IndicatorRating;
import uk.scrutiny.rating.Latest;
import uk.scrutiny.rating.OutcomeRating;
import uk.scrutiny.rating.PriorityRating;
import uk.scrutiny.rating.Rag;
import uk.scrutiny.rating.RagCounts;
import uk.scrutiny.rating.RatingContext;
import uk.scrutiny.rating.RatingProblem;
import uk.scrutiny.rating.ReturnDue;
import uk.scrutiny.rating.Summary;
import uk.scrutiny.rating.Travel;
import uk.scrutiny.rating.Worsening;
import uk.scrutiny.returns.ReportedValue;

/** data/summary.json: the dashboard's front page. Its shape is schema/summary.schema.json. */
final class SummaryJson {
    static final int SCHEMA_VERSION = 2;

    private SummaryJson() {}

    static byte[] write(Summary summary) {
        try (JsonOut out = new JsonOut(4096 + summary.indicators().size() * 3072)) {
            out.startObject();
            header(out, summary);
            counts(out, "counts", summary.counts());
            out.startArray("outcomes");
            for (OutcomeRating o : summary.outcomes()) {
                out.startObject();
                out.field("name", o.name());
                out.field("rag", o.rag().name());
                counts(out, "counts", o.counts());
                strings(out, "priorities", o.priorityCodes());
                out.endObject();
            }
            out.endArray();
            out.startArray("priorities");
            for (PriorityRating p : summary.priorities()) {
                out.startObject();
                out.field("code", p.code());
                out.field("title", p.title());
                out.field("outcome", p.outcome());
                out.field("rag", p.rag().name());
                counts(out, "counts", p.counts());
                strings(out, "indicators", p.indicatorCodes());
                CommentaryJson.headline(out, summary.headlines().priority(p));
                out.endObject();
            }
            out.endArray();
            out.startArray("indicators");
            for (IndicatorRating r : summary.indicators()) {
                indicator(out, summary, r);
            }
            out.endArray();
            exceptions(out, summary);
            out.endObject();
            return out.toBytes();
        }
    }

    /** The fields every published file starts with, so any file says when and for whom it was made. */
    static void header(JsonOut out, Summary summary) {
        out.field("schemaVersion", SCHEMA_VERSION);
        out.field("generatedAt", summary.generatedAt().toString());
        out.field("asOf", summary.asOf().toString());
        out.field("homeArea", summary.context().homeArea());
        out.field("homeAreaName", summary.context().areaName(summary.context().homeArea()));
        out.field("benchmarkArea", summary.context().benchmarkArea());
        out.field(
                "benchmarkAreaName",
                summary.context().areaName(summary.context().benchmarkArea()));
    }

    static void counts(JsonOut out, String name, RagCounts counts) {
        out.startObject(name);
        for (Rag rag : Rag.values()) {
            out.field(rag.name(), counts.count(rag));
        }
        out.endObject();
    }

    static void describe(JsonOut out, Indicator indicator) {
        out.field("code", indicator.code());
        out.field("title", indicator.title());
        out.field("priorityCode", indicator.priorityCode());
        out.field("outcome", indicator.outcome());
        out.field("polarity", indicator.polarity().text());
        out.field("unit", indicator.unit().text());
        out.field("frequency", indicator.frequency().text());
        About about = indicator.about();
        out.startObject("about");
        out.field("definition", about.definition());
        out.field("source", about.source());
        out.field("methodology", about.methodology());
        out.field("owner", about.owner());
        out.endObject();
    }

    private static void indicator(JsonOut out, Summary summary, IndicatorRating r) {
        RatingContext context = summary.context();
        out.startObject();
        describe(out, r.indicator());
        out.field("rag", r.rag().name());
        out.field("reason", r.reason());
        CommentaryJson.headline(out, summary.headlines().indicator(r));
        out.field("overdue", r.overdue());
        out.startObject("nextDue");
        out.field("period", PeriodText.of(r.due().awaited()));
        out.field("dueDate", r.due().dueDate().toString());
        out.endObject();
        if (r.latest() == null) {
            out.nullField("latest");
        } else {
            latest(out, context, r, r.latest());
        }
        out.endObject();
    }

    private static void latest(JsonOut out, RatingContext context, IndicatorRating r, Latest latest) {
        ReportedValue v = latest.reported();
        Target target = latest.target();
        out.startObject("latest");
        out.field("period", PeriodText.of(v.period()));
        out.field("value", v.value());
        out.field("numerator", v.numerator());
        out.field("denominator", v.denominator());
        out.field("target", target == null ? null : target.target());
        out.field("tolerance", target == null ? null : target.tolerance());
        out.field("targetPeriod", target == null ? null : PeriodText.of(target.period()));
        out.field("rag", latest.rating().rag().name());
        out.field("reason", latest.rating().reason());
        Travel previous = latest.sincePrevious();
        out.field("directionOfTravel", previous.direction().name());
        out.field("directionReason", previous.reason());
        out.field("directionSignificant", previous.significant());
        if (previous.earlierValue() == null) {
            out.nullField("previous");
        } else {
            out.startObject("previous");
            out.field("period", PeriodText.of(previous.earlierPeriod()));
            out.field("value", previous.earlierValue());
            out.endObject();
        }
        Travel yearEarlier = latest.sinceYearEarlier();
        if (yearEarlier == null || yearEarlier.earlierValue() == null) {
            out.nullField("yearEarlier");
        } else {
            out.startObject("yearEarlier");
            out.field("period", PeriodText.of(yearEarlier.earlierPeriod()));
            out.field("value", yearEarlier.earlierValue());
            out.field("direction", yearEarlier.direction().name());
            out.field("significant", yearEarlier.significant());
            out.field("reason", yearEarlier.reason());
            out.endObject();
        }
        out.field("overdue", r.overdue());
        benchmark(out, context, latest.benchmark());
        out.startArray("comparators");
        for (ComparatorValue c : latest.comparators()) {
            out.startObject();
            out.field("area", c.area());
            out.field("areaName", context.areaName(c.area()));
            out.field("period", PeriodText.of(c.period()));
            out.field("value", c.value());
            out.field("samePeriod", c.samePeriod());
            out.endObject();
        }
        out.endArray();
        out.field("revisions", v.revisions());
        out.field("note", v.note());
        ForwardLookJson.latest(out, latest.outlook());
        AreaJson.latest(out, r.areas());
        out.endObject();
    }

    private static void benchmark(JsonOut out, RatingContext context, BenchmarkComparison b) {
        ConfidenceInterval ci = b.interval();
        out.startObject("benchmark");
        out.field("area", b.area());
        out.field("areaName", context.areaName(b.area()));
        out.field("value", b.value());
        out.field("comparison", b.comparison().name());
        out.rounded("ciLower", ci == null ? null : ci.lower());
        out.rounded("ciUpper", ci == null ? null : ci.upper());
        out.field("ciMethod", ci == null ? null : ci.method().name());
        out.field("reason", b.reason());
        out.endObject();
    }

    private static void exceptions(JsonOut out, Summary summary) {
        out.startArray("exceptions");
        for (IndicatorRating r : summary.exceptions().offTarget()) {
            out.startObject();
            out.field("code", r.indicator().code());
            out.field("title", r.indicator().title());
            out.field("rag", r.rag().name());
            out.field("reason", r.reason());
            out.field("headlineRag", summary.headlines().indicatorRag(r).name());
            out.endObject();
        }
        out.endArray();
        out.startArray("overdue");
        for (IndicatorRating r : summary.exceptions().overdue()) {
            ReturnDue due = r.due();
            out.startObject();
            out.field("code", r.indicator().code());
            out.field("title", r.indicator().title());
            out.field("lastPeriod", due.lastPeriod() == null ? null : PeriodText.of(due.lastPeriod()));
            out.field("missingPeriod", PeriodText.of(due.awaited()));
            out.field("dueDate", due.dueDate().toString());
            out.field("daysOverdue", due.daysOverdue());
            out.endObject();
        }
        out.endArray();
        out.startArray("worsening");
        for (Worsening w : summary.exceptions().worsening()) {
            out.startObject();
            out.field("code", w.indicator().indicator().code());
            out.field("title", w.indicator().indicator().title());
            out.field("reason", w.reason());
            out.endObject();
        }
        out.endArray();
        ForwardLookJson.atRisk(out, summary.indicators());
        out.startArray("problems");
        for (RatingProblem p : summary.problems()) {
            out.startObject();
            out.field("code", p.code());
            out.field("title", p.title());
            out.field("message", p.message());
            out.endObject();
        }
        out.endArray();
    }

    private static void strings(JsonOut out, String name, List<String> values) {
        out.startArray(name);
        values.forEach(out::string);
        out.endArray();
    }
}
