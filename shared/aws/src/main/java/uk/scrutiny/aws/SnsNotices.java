package uk.scrutiny.aws;

import java.util.Map;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import uk.scrutiny.returns.Notice;
import uk.scrutiny.returns.Notices;

/**
 * Publishes notices to one SNS topic with a {@code provider} message attribute, so that each
 * provider's e-mail subscription can carry a filter policy and receive only its own notices.
 */
public final class SnsNotices implements Notices {
    private final SnsClient sns;
    private final String topicArn;

    public SnsNotices(SnsClient sns, String topicArn) {
        this.sns = sns;
        this.topicArn = topicArn;
    }

    @Override
    public void send(Notice notice) {
        sns.publish(b -> b.topicArn(topicArn)
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
