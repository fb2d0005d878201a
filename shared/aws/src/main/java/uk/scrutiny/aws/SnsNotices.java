package uk.scrutiny.aws;

import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import uk.scrutiny.returns.Notice;
import uk.scrutiny.returns.Notices;

/**
 * Publishes notices to one SNS topic with a {@code provider} message attribute, so that each
 * provider's e-mail subscription can carry a filter policy and receive only its own notices.
 */
public final class SnsNotices implements Notices {
    private final Supplier<SnsClient> sns;
    private final String topicArn;

    public SnsNotices(SnsClient sns, String topicArn) {
        this(() -> sns, topicArn);
    }

    /**
     * The client is asked for at the first notice: a function that seldom sends one (only rejected
     * uploads do) does not build an SNS client in its cold start. Give a supplier that builds it once.
     */
    public SnsNotices(Supplier<SnsClient> sns, String topicArn) {
        this.sns = sns;
        this.topicArn = topicArn;
    }

    @Override
    public void send(Notice notice) {
        sns.get()
                .publish(b -> b.topicArn(topicArn)
                        .subject(notice.subject())
                        .message(notice.message())
                        .messageAttributes(Map.of(
                                "provider",
                                MessageAttributeValue.builder()
                                        .dataType("String")
                                        .stringValue(notice.provider())
                                        .build())));
    }
}
