package uk.scrutiny.local;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The pipeline scenarios on the emulators the local runner uses (S3Proxy in-process, dynalite). */
class ReturnsPipelineIT extends ReturnsPipelineScenarios {
    private static S3Emulator s3;
    private static DynamoEmulator dynamo;
    private static Aws shared;

    @BeforeAll
    static void startEmulators() {
        s3 = S3Emulator.start(0);
        dynamo = DynamoEmulator.start();
        shared = Aws.at(s3.endpoint(), dynamo.endpoint());
    }

    @AfterAll
    static void stopEmulators() {
        dynamo.close();
        s3.close();
    }

    @Override
    Aws aws() {
        return shared;
    }
}
