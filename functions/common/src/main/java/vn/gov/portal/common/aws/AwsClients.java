package vn.gov.portal.common.aws;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import vn.gov.portal.common.Env;

/**
 * Builds SDK clients the way a cold start wants them: explicit region and credentials provider
 * (no provider-chain discovery), the light URLConnection HTTP client, bounded timeouts and the
 * SDK's standard retries with backoff (throttling and 5xx). Built once per container.
 *
 * <p>{@code AWS_ENDPOINT_URL} points every client at another endpoint (moto, LocalStack).
 */
public final class AwsClients {

    /** Every client this process built, in order: the wiring test checks each handler's init. */
    private static final List<String> BUILT = new CopyOnWriteArrayList<>();

    private final Region region;
    private final AwsCredentialsProvider credentials;
    private final Optional<URI> endpoint;
    private final SdkHttpClient httpClient;

    private AwsClients(Env env) {
        this.region = Region.of(env.get("AWS_REGION", env.get("AWS_DEFAULT_REGION", "ap-southeast-1")));
        this.credentials = credentialsFrom(env);
        this.endpoint = env.get("AWS_ENDPOINT_URL").map(URI::create);
        this.httpClient = UrlConnectionHttpClient.builder()
                .connectionTimeout(Duration.ofSeconds(2))
                .socketTimeout(Duration.ofSeconds(10))
                .build();
    }

    public static AwsClients from(Env env) {
        return new AwsClients(env);
    }

    /** Applies region, credentials, HTTP client, endpoint and retry policy to any sync client builder. */
    public <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C build(B builder) {
        return build(builder, region);
    }

    /** As {@link #build(AwsClientBuilder)}, in another region: CloudFront's API lives in us-east-1 whatever the stack's. */
    public <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C build(B builder, Region region) {
        builder.region(region)
                .credentialsProvider(credentials)
                .httpClient(httpClient)
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .retryStrategy(RetryMode.STANDARD)
                        .apiCallTimeout(Duration.ofSeconds(20))
                        .build());
        endpoint.ifPresent(builder::endpointOverride);
        C client = builder.build();
        built(client.getClass().getSimpleName().replaceFirst("^Default", ""));
        return client;
    }

    /** The clients built in this process so far ("DynamoDbClient", "S3Presigner", ...). */
    public static List<String> built() {
        return List.copyOf(BUILT);
    }

    static void built(String client) {
        BUILT.add(client);
    }

    public Region region() {
        return region;
    }

    public AwsCredentialsProvider credentials() {
        return credentials;
    }

    public Optional<URI> endpoint() {
        return endpoint;
    }

    /** The one HTTP client of the container (URLConnection, bounded timeouts). */
    public SdkHttpClient httpClient() {
        return httpClient;
    }

    /**
     * SnapStart functions get credentials from the container endpoint, not environment
     * variables; elsewhere (Lambda without SnapStart, the local stack) the variables are set.
     */
    private static AwsCredentialsProvider credentialsFrom(Env env) {
        if (env.get("AWS_CONTAINER_CREDENTIALS_FULL_URI").isPresent()) {
            return ContainerCredentialsProvider.builder().build();
        }
        Optional<String> key = env.get("AWS_ACCESS_KEY_ID");
        Optional<String> secret = env.get("AWS_SECRET_ACCESS_KEY");
        if (key.isPresent() && secret.isPresent()) {
            Optional<String> token = env.get("AWS_SESSION_TOKEN");
            return StaticCredentialsProvider.create(
                    token.isPresent()
                            ? AwsSessionCredentials.create(key.get(), secret.get(), token.get())
                            : AwsBasicCredentials.create(key.get(), secret.get()));
        }
        return EnvironmentVariableCredentialsProvider.create();
    }
}
