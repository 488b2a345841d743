package vn.gov.portal.common.aws;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.regions.Region;

/**
 * One signed AWS API request, for a function that makes a single call to a service whose SDK
 * module would weigh more than the rest of its package: the CloudFront module is 5.6 MB and the
 * SSM module 6 MB (the whole APIs), and each would ship in every articles function for one call
 * (docs/operations.md, "Takedowns at the edge"). It signs with the SDK's own SigV4 signer and
 * sends with the same credentials provider and URLConnection HTTP client as {@link AwsClients};
 * {@code AWS_ENDPOINT_URL} points it at the emulator as it does every client.
 *
 * <p>Failures read as the SDK's do, so {@link Dependencies} classifies them the same way: an
 * unreachable endpoint is an {@link SdkClientException}, an error answer an
 * {@link AwsServiceException} with the service's error code (throttling recognised).
 */
public final class AwsCall {

    private static final Pattern XML_CODE = Pattern.compile("<Code>([^<]+)</Code>");
    private static final Pattern JSON_TYPE = Pattern.compile("\"__type\"\\s*:\\s*\"(?:[^\"#]*#)?([^\"]+)\"");

    private final AwsClients aws;
    private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();

    public AwsCall(AwsClients aws) {
        this.aws = aws;
    }

    /**
     * POSTs {@code body} to {@code path} of the service's endpoint ({@code endpoint} on AWS), signed
     * for {@code service} in {@code region}; returns the 2xx answer's body.
     */
    public String post(String service, Region region, URI endpoint, String path, Map<String, String> headers, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        URI base = aws.endpoint().orElse(endpoint);
        SdkHttpRequest.Builder request = SdkHttpRequest.builder().method(SdkHttpMethod.POST)
                .uri(URI.create(base.toString().replaceAll("/+$", "") + path))
                .putHeader("Content-Length", Integer.toString(bytes.length));
        headers.forEach(request::putHeader);
        ContentStreamProvider payload = ContentStreamProvider.fromByteArray(bytes);
        SignedRequest signed = signer.sign(r -> r.identity(aws.credentials().resolveIdentity().join())
                .request(request.build())
                .payload(payload)
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
                .putProperty(AwsV4HttpSigner.REGION_NAME, region.id()));
        int status;
        String answer;
        try {
            HttpExecuteResponse response = aws.httpClient().prepareRequest(HttpExecuteRequest.builder()
                    .request(signed.request()).contentStreamProvider(signed.payload().orElse(payload)).build()).call();
            status = response.httpResponse().statusCode();
            Optional<? extends InputStream> stream = response.responseBody();
            try (InputStream in = stream.isPresent() ? stream.get() : new ByteArrayInputStream(new byte[0])) {
                answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw SdkClientException.create(service + " is not reachable: " + e.getMessage(), e);
        }
        if (status / 100 != 2) {
            String code = errorCode(answer).orElse("HTTP " + status);
            throw AwsServiceException.builder().statusCode(status).message(service + ": " + code)
                    .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).serviceName(service).errorMessage(answer).build())
                    .build();
        }
        return answer;
    }

    /** The error code of a REST-XML ({@code <Code>}) or JSON ({@code __type}) error answer. */
    static Optional<String> errorCode(String body) {
        Matcher m = XML_CODE.matcher(body);
        if (m.find()) {
            return Optional.of(m.group(1));
        }
        m = JSON_TYPE.matcher(body);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
