package uk.scrutiny.publish;

import java.util.List;
import uk.scrutiny.catalogue.Target;

/** The forward-looking fields (issue 12): an indicator's target trajectory. */
final class ForwardLookJson {
    private ForwardLookJson() {}

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
}
