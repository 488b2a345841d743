package vn.gov.portal.local;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;

/** LocalStack in a container, for TEST_BACKEND=localstack; it needs a Docker engine and says so. */
final class LocalStack {

    static final String IMAGE = "localstack/localstack:4.4";

    private LocalStack() {}

    static Emulator start() {
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            throw new IllegalStateException("TEST_BACKEND=localstack needs a Docker engine; none is reachable");
        }
        LocalStackContainer container = new LocalStackContainer(DockerImageName.parse(IMAGE))
                .withServices(
                        LocalStackContainer.Service.S3,
                        LocalStackContainer.Service.DYNAMODB,
                        LocalStackContainer.Service.SQS,
                        LocalStackContainer.Service.SECRETSMANAGER,
                        LocalStackContainer.Service.SSM);
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
        return Emulator.localStack(container.getEndpoint());
    }
}
