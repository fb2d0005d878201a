package uk.scrutiny.local;

import org.junit.jupiter.api.BeforeAll;
import org.testcontainers.containers.localstack.LocalStackContainer;
import org.testcontainers.containers.localstack.LocalStackContainer.Service;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;

/** The same scenarios on LocalStack: skipped where there is no Docker engine (here), real where there is. */
@Testcontainers(disabledWithoutDocker = true)
class ReturnsPipelineLocalStackIT extends ReturnsPipelineScenarios {
    @Container
    static final LocalStackContainer LOCALSTACK = new LocalStackContainer(
                    DockerImageName.parse("localstack/localstack:4.4"))
            .withServices(Service.S3, Service.DYNAMODB);

    private static Aws shared;

    @BeforeAll
    static void clients() {
        shared = Aws.at(LOCALSTACK.getEndpointOverride(Service.S3), LOCALSTACK.getEndpointOverride(Service.DYNAMODB));
    }

    @Override
    Aws aws() {
        return shared;
    }
}
