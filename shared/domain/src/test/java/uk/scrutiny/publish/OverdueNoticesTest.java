package uk.scrutiny.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.scrutiny.rating.RatingEngine;
import uk.scrutiny.rating.Summary;
import uk.scrutiny.returns.Notice;

/** Issue 10, point 6: each night, each provider with an overdue return gets one reminder. */
class OverdueNoticesTest {
    private static Summary leedsAsOf() {
        // The Leeds example on 10 January 2024: contacts to social care (monthly, due 20 days after each month)
        // last reported for October 2023, so November's return was due on 20 December.
        return new RatingEngine()
                .rate(
                        LeedsExample.catalogue(),
                        LeedsExample.targets(),
                        LeedsExample.values(),
                        LeedsExample.context(Instant.parse("2024-01-10T03:00:00Z")));
    }

    @Test
    void eachProviderWithAnOverdueReturnIsToldWhatIsDueAndSinceWhen() {
        // GIVEN the Leeds example's overdue returns
        Summary summary = leedsAsOf();
        // WHEN the nightly run makes its notices
        List<Notice> notices = OverdueNotices.of(summary);
        // THEN every overdue indicator appears in its providers' notice, with its due date and days late
        List<String> expected = new ArrayList<>();
        summary.exceptions().overdue().forEach(r -> r.indicator().providers().forEach(expected::add));
        assertEquals(
                expected.stream().distinct().sorted().toList(),
                notices.stream().map(Notice::provider).toList());
        Notice first = notices.get(0);
        summary.exceptions().overdue().stream()
                .filter(r -> r.indicator().providers().contains(first.provider()))
                .forEach(r -> assertEquals(
                        true,
                        first.message()
                                .contains("- " + r.indicator().code() + " ("
                                        + r.indicator().title() + ") for "
                                        + PeriodText.of(r.due().awaited()) + ": due on "
                                        + r.due().dueDate() + ", "
                                        + r.due().daysOverdue()),
                        first.message()));
        assertEquals("Overdue returns as of 2024-01-10", first.subject());
        assertEquals(
                true,
                first.message().contains("upload each to returns/" + first.provider() + "/ in the returns bucket"));
    }

    @Test
    void aNoticeThatCannotBeSentDoesNotStopTheOthers() {
        Summary summary = leedsAsOf();
        List<String> sent = new ArrayList<>();
        boolean[] failedOnce = {false};
        OverdueNotices.send(summary, notice -> {
            if (!failedOnce[0]) {
                failedOnce[0] = true;
                throw new IllegalStateException("SNS unavailable");
            }
            sent.add(notice.provider());
        });
        assertEquals(OverdueNotices.of(summary).size() - 1, sent.size());
    }
}
