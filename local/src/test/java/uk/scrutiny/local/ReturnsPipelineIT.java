package uk.scrutiny.local;

/** The pipeline scenarios on the emulators the local runner uses (S3Proxy in-process, dynalite). */
class ReturnsPipelineIT extends ReturnsPipelineScenarios {
    @Override
    Aws aws() {
        return LocalEmulators.aws();
    }
}
