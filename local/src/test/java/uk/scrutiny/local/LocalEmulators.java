package uk.scrutiny.local;

/** The runner's emulators (S3Proxy in-process, dynalite), started once per test JVM and stopped with it. */
final class LocalEmulators {
    private static Aws aws;

    private LocalEmulators() {}

    static synchronized Aws aws() {
        if (aws == null) {
            S3Emulator s3 = S3Emulator.start(0);
            DynamoEmulator dynamo = DynamoEmulator.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                dynamo.close();
                s3.close();
            }));
            aws = Aws.at(s3.endpoint(), dynamo.endpoint());
        }
        return aws;
    }
}
