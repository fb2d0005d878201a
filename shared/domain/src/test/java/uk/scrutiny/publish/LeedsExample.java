package uk.scrutiny.publish;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.scrutiny.catalogue.Catalogue;
import uk.scrutiny.catalogue.Indicator;
import uk.scrutiny.catalogue.Polarity;
import uk.scrutiny.catalogue.Target;
import uk.scrutiny.catalogue.Targets;
import uk.scrutiny.catalogue.Unit;
import uk.scrutiny.period.Frequency;
import uk.scrutiny.period.Period;
import uk.scrutiny.rating.RatingContext;
import uk.scrutiny.returns.ReportedValue;

/**
 * A small, realistic set of Leeds returns (figures in the style of the children's services
 * scrutiny board papers): NEET and not known, children looked after per 10,000, school
 * attendance with England and other comparators, and one indicator nobody has reported yet.
 */
final class LeedsExample {
    static final String LEEDS = "E08000035";
    static final String ENGLAND = "E92000001";
    static final String YORKSHIRE = "E12000003";
    static final LocalDate AS_OF = LocalDate.of(2024, 1, 10);

    static final Indicator NEET = new Indicator(
            "NEET-NK",
            "16-17 year olds not in education, employment or training, or not known",
            "OB3",
            "Young people in education, employment or training",
            "Young people are ready for work",
            Polarity.LOWER,
            Unit.PERCENT,
            Frequency.QUARTERLY,
            45,
            List.of("leeds-pathways"));
    static final Indicator CLA = new Indicator(
            "CLA-RATE",
            "Children looked after per 10,000 children",
            "OB1",
            "Safely and appropriately reduce the number of children looked after",
            "Children are safe from harm",
            Polarity.LOWER,
            Unit.ratePer(10000),
            Frequency.FINANCIAL_YEAR,
            90,
            List.of("leeds-csc"));
    static final Indicator ATTENDANCE = new Indicator(
            "ATT-PRI",
            "Primary school attendance",
            "OB2",
            "Improve school attendance",
            "Children do well at all levels of learning",
            Polarity.HIGHER,
            Unit.PERCENT,
            Frequency.ACADEMIC_YEAR,
            120,
            List.of("leeds-learning"));
    static final Indicator CONTACTS = new Indicator(
            "CSC-CONTACTS",
            "Contacts to children's social care",
            "OB1",
            "Safely and appropriately reduce the number of children looked after",
            "Children are safe from harm",
            Polarity.NONE,
            Unit.COUNT,
            Frequency.MONTHLY,
            20,
            List.of("leeds-csc"));

    private LeedsExample() {}

    static Catalogue catalogue() {
        return Catalogue.of(List.of(NEET, CLA, ATTENDANCE, CONTACTS));
    }

    static Targets targets() {
        return Targets.of(List.of(
                target(NEET, "2023/24 Q1", "8.9", "1.0"),
                target(NEET, "2023/24 Q2", "8.9", "1.0"),
                target(CLA, "2022/23", "80.0", null),
                target(ATTENDANCE, "2022/23", "93.0", "0.5")));
    }

    static RatingContext context(Instant generatedAt) {
        return new RatingContext(AS_OF, LEEDS, ENGLAND, generatedAt);
    }

    static List<ReportedValue> values() {
        List<ReportedValue> v = new ArrayList<>();
        v.add(value(NEET, LEEDS, "2022/23 Q2", "10.4", "1768", "17000", 1));
        v.add(value(NEET, LEEDS, "2023/24 Q1", "9.9", "1693", "17100", 1));
        v.add(value(NEET, LEEDS, "2023/24 Q2", "9.5", "1634", "17200", 2));
        v.add(value(NEET, ENGLAND, "2023/24 Q2", "5.2", null, null, 1));
        v.add(value(NEET, "STAT-NEIGHBOURS", "2023/24 Q2", "6.1", null, null, 1));
        v.add(value(NEET, "CORE-CITIES", "2023/24 Q1", "6.9", null, null, 1));

        v.add(value(CLA, LEEDS, "2021/22", "79.8", "1340", "168000", 1));
        v.add(value(CLA, LEEDS, "2022/23", "81.1", "1370", "169000", 1));
        v.add(value(CLA, ENGLAND, "2022/23", "71.0", null, null, 1));
        v.add(value(CLA, YORKSHIRE, "2021/22", "84.0", null, null, 1));
        v.add(value(CLA, "STAT-NEIGHBOURS", "2022/23", "97.0", null, null, 1));
        v.add(value(CLA, "CORE-CITIES", "2022/23", "98.0", null, null, 1));

        v.add(value(ATTENDANCE, LEEDS, "2021/22", "92.1", "25010000", "27155000", 1));
        v.add(value(ATTENDANCE, LEEDS, "2022/23", "92.4", "25432100", "27524000", 1));
        v.add(value(ATTENDANCE, ENGLAND, "2021/22", "92.4", null, null, 1));
        v.add(value(ATTENDANCE, ENGLAND, "2022/23", "92.5", null, null, 1));
        v.add(value(ATTENDANCE, YORKSHIRE, "2022/23", "92.2", null, null, 1));
        return v;
    }

    private static Target target(Indicator indicator, String period, String target, String tolerance) {
        return new Target(
                indicator.code(),
                Period.parse(indicator.frequency(), period),
                new BigDecimal(target),
                tolerance == null ? null : new BigDecimal(tolerance));
    }

    private static ReportedValue value(
            Indicator indicator,
            String area,
            String period,
            String value,
            String numerator,
            String denominator,
            int revisions) {
        return new ReportedValue(
                indicator.code(),
                area,
                Period.parse(indicator.frequency(), period),
                new BigDecimal(value),
                numerator == null ? null : new BigDecimal(numerator),
                denominator == null ? null : new BigDecimal(denominator),
                null,
                indicator.providers().get(0),
                "returns/" + indicator.code() + "/" + period.replace('/', '-') + ".csv",
                Instant.parse("2023-12-01T10:00:00Z"),
                revisions);
    }
}
