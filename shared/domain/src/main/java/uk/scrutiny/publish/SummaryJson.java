package uk.scrutiny.publish;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import uk.scrutiny.catalogue.About;
import uk.scrutiny.catalogue.Indicator;
import uk.scrutiny.catalogue.Target;
import uk.scrutiny.rating.AtRisk;
import uk.scrutiny.rating.BenchmarkComparison;
import uk.scrutiny.rating.ComparatorValue;
import uk.scrutiny.rating.ConfidenceInterval;
import uk.scrutiny.rating.Exceptions;
import uk.scrutiny.rating.Headline;
import uk.scrutiny.rating.IndicatorRating;
import uk.scrutiny.rating.Latest;
import uk.scrutiny.rating.Rag;
import uk.scrutiny.rating.RagCounts;
import uk.scrutiny.rating.RatingContext;
import uk.scrutiny.rating.RatingProblem;
import uk.scrutiny.rating.ReturnDue;
import uk.scrutiny.rating.Summary;
import uk.scrutiny.rating.Travel;
import uk.scrutiny.returns.ReportedValue;

/** data/summary.json: the dashboard's front page. Its shape is schema/summary.schema.json. */
final class SummaryJson {
    static final int SCHEMA_VERSION = 2;

    private SummaryJson() {}

    /** The summary of a rating of every indicator. */
    static byte[] write(Summary summary) {
        List<byte[]> parts = new ArrayList<>(summary.indicators().size());
        for (IndicatorRating r : summary.indicators()) {
            parts.add(part(summary, r));
        }
        return assemble(summary.context(), parts, summary.problems(), summary.headlines()::priority);
    }

    /**
     * One indicator's whole contribution to the summary, as bytes that can be stored and read back:
     * its entry in {@code indicators} and what the roll-ups and exception lists take from it. The
     * summary is assembled from these alone ({@link #assemble}), so one rebuilt from stored parts
     * is the same bytes as one from a full rating run. The indicator's headline (the judged rating
     * when there is one) is part of it; a priority's is made when the summary is assembled.
     */
    static byte[] part(Summary rated, IndicatorRating r) {
        RatingContext context = rated.context();
        Headline headline = rated.headlines().indicator(r);
        try (JsonOut out = new JsonOut(3072)) {
            out.startObject();
            out.field("priorityTitle", r.indicator().priorityTitle());
            out.field("headlineRag", headline.rag());
            if (r.overdue()) {
                out.field("daysOverdue", r.due().daysOverdue());
                out.startObject("overdue");
                overdue(out, r);
                out.endObject();
            }
            out.field("worsening", Exceptions.worseningReason(r));
            AtRisk a = AtRisk.of(r);
            if (a != null) {
                out.startObject("atRisk");
                ForwardLookJson.atRiskEntry(out, r, a);
                out.endObject();
            }
            out.name("entry");
            indicator(out, context, r, headline);
            out.endObject();
            return out.toBytes();
        }
    }

    /**
     * The summary from every rated indicator's {@link #part}, in catalogue order, and the problems.
     *
     * @param priorityHeadline a priority's headline from its code and computed roll-up
     */
    static byte[] assemble(
            RatingContext context,
            List<byte[]> partBytes,
            List<RatingProblem> problems,
            BiFunction<String, String, Headline> priorityHeadline) {
        List<JsonNode> parts = new ArrayList<>(partBytes.size());
        for (byte[] bytes : partBytes) {
            try {
                parts.add(JsonOut.READER.readTree(bytes));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        try (JsonOut out = new JsonOut(4096 + parts.size() * 3072)) {
            out.startObject();
            header(out, context);
            counts(
                    out,
                    "counts",
                    RagCounts.of(parts.stream().map(SummaryJson::rag).toList()));
            out.startArray("outcomes");
            Map<String, List<JsonNode>> byOutcome = new LinkedHashMap<>();
            parts.forEach(p -> byOutcome
                    .computeIfAbsent(text(p.get("entry"), "outcome"), k -> new ArrayList<>())
                    .add(p));
            byOutcome.forEach((name, members) -> {
                RagCounts c =
                        RagCounts.of(members.stream().map(SummaryJson::rag).toList());
                out.startObject();
                out.field("name", name);
                out.field("rag", c.rollup().name());
                counts(out, "counts", c);
                Set<String> priorities = new LinkedHashSet<>();
                members.forEach(m -> priorities.add(text(m.get("entry"), "priorityCode")));
                strings(out, "priorities", List.copyOf(priorities));
                out.endObject();
            });
            out.endArray();
            out.startArray("priorities");
            Map<String, List<JsonNode>> byPriority = new LinkedHashMap<>();
            parts.forEach(p -> byPriority
                    .computeIfAbsent(text(p.get("entry"), "priorityCode"), k -> new ArrayList<>())
                    .add(p));
            byPriority.forEach((code, members) -> {
                RagCounts c =
                        RagCounts.of(members.stream().map(SummaryJson::rag).toList());
                out.startObject();
                out.field("code", code);
                out.field("title", text(members.get(0), "priorityTitle"));
                out.field("outcome", text(members.get(0).get("entry"), "outcome"));
                out.field("rag", c.rollup().name());
                counts(out, "counts", c);
                strings(
                        out,
                        "indicators",
                        members.stream().map(m -> text(m.get("entry"), "code")).toList());
                CommentaryJson.headline(
                        out, priorityHeadline.apply(code, c.rollup().name()));
                out.endObject();
            });
            out.endArray();
            out.startArray("indicators");
            parts.forEach(p -> out.tree(p.get("entry")));
            out.endArray();
            out.startArray("exceptions");
            // Listed by headline rating (judged, when the performance team has judged it), with the computed one beside
            // it.
            for (Rag wanted : List.of(Rag.RED, Rag.AMBER)) {
                for (JsonNode p : parts) {
                    if (wanted.name().equals(text(p, "headlineRag"))) {
                        JsonNode entry = p.get("entry");
                        out.startObject();
                        out.field("code", text(entry, "code"));
                        out.field("title", text(entry, "title"));
                        out.field("rag", text(entry, "rag"));
                        out.field("reason", text(entry, "reason"));
                        out.field("headlineRag", wanted.name());
                        out.endObject();
                    }
                }
            }
            out.endArray();
            out.startArray("overdue");
            parts.stream()
                    .filter(p -> p.has("overdue"))
                    .sorted(Comparator.comparingLong(
                                    (JsonNode p) -> p.get("daysOverdue").asLong())
                            .reversed())
                    .forEach(p -> out.tree(p.get("overdue")));
            out.endArray();
            out.startArray("worsening");
            for (JsonNode p : parts) {
                if (!p.get("worsening").isNull()) {
                    JsonNode entry = p.get("entry");
                    out.startObject();
                    out.field("code", text(entry, "code"));
                    out.field("title", text(entry, "title"));
                    out.field("reason", p.get("worsening").asText());
                    out.endObject();
                }
            }
            out.endArray();
            out.startArray("atRisk");
            for (Rag to : List.of(Rag.RED, Rag.AMBER)) {
                for (JsonNode p : parts) {
                    if (p.has("atRisk") && to.name().equals(text(p.get("atRisk"), "to"))) {
                        out.tree(p.get("atRisk"));
                    }
                }
            }
            out.endArray();
            out.startArray("problems");
            for (RatingProblem p : problems) {
                out.startObject();
                out.field("code", p.code());
                out.field("title", p.title());
                out.field("message", p.message());
                out.endObject();
            }
            out.endArray();
            out.endObject();
            return out.toBytes();
        }
    }

    private static Rag rag(JsonNode part) {
        return Rag.valueOf(part.get("entry").get("rag").asText());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static void overdue(JsonOut out, IndicatorRating r) {
        ReturnDue due = r.due();
        out.field("code", r.indicator().code());
        out.field("title", r.indicator().title());
        out.field("lastPeriod", due.lastPeriod() == null ? null : PeriodText.of(due.lastPeriod()));
        out.field("missingPeriod", PeriodText.of(due.awaited()));
        out.field("dueDate", due.dueDate().toString());
        out.field("daysOverdue", due.daysOverdue());
    }

    /** The fields every published file starts with, so any file says when and for whom it was made. */
    static void header(JsonOut out, Summary summary) {
        header(out, summary.context());
    }

    static void header(JsonOut out, RatingContext context) {
        out.field("schemaVersion", SCHEMA_VERSION);
        out.field("generatedAt", context.generatedAt().toString());
        out.field("asOf", context.asOf().toString());
        out.field("homeArea", context.homeArea());
        out.field("homeAreaName", context.areaName(context.homeArea()));
        out.field("benchmarkArea", context.benchmarkArea());
        out.field("benchmarkAreaName", context.areaName(context.benchmarkArea()));
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

    private static void indicator(JsonOut out, RatingContext context, IndicatorRating r, Headline headline) {
        out.startObject();
        describe(out, r.indicator());
        out.field("rag", r.rag().name());
        out.field("reason", r.reason());
        CommentaryJson.headline(out, headline);
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

    private static void strings(JsonOut out, String name, List<String> values) {
        out.startArray(name);
        values.forEach(out::string);
        out.endArray();
    }
}
