package vn.gov.portal.common.aws;

import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** S3 clients: path-style addressing when an emulator endpoint is set (no wildcard DNS there). */
public final class S3Clients {

    private S3Clients() {}

    public static S3Client client(AwsClients aws) {
        return aws.build(S3Client.builder().forcePathStyle(aws.endpoint().isPresent()));
    }

    public static S3Presigner presigner(AwsClients aws) {
        var builder = S3Presigner.builder()
                .region(aws.region())
                .credentialsProvider(aws.credentials())
                .serviceConfiguration(S3Configuration.builder()
                        .pathStyleAccessEnabled(aws.endpoint().isPresent())
                        .build());
        aws.endpoint().ifPresent(builder::endpointOverride);
        AwsClients.built("S3Presigner");
        return builder.build();
    }
}
