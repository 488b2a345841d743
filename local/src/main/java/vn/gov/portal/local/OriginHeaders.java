package vn.gov.portal.local;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * The custom headers template.yaml's distribution adds to requests for its API origin
 * (OriginCustomHeaders), resolved as CloudFormation would: a
 * {@code {{resolve:secretsmanager:NAME:SecretString}}} reference becomes the secret's value.
 */
final class OriginHeaders {

    private static final Pattern SECRET = Pattern.compile("\\{\\{resolve:secretsmanager:([^:}]+)(?::SecretString)?}}");

    private OriginHeaders() {}

    static Map<String, String> of(LocalDeployment deployment, SecretsManagerClient secrets) {
        Map<String, String> headers = new LinkedHashMap<>();
        deployment.template().resourcesOfType("AWS::CloudFront::Distribution").forEach((id, resource) -> {
            Map<String, Object> config =
                    Template.map(Template.map(resource.get("Properties")).get("DistributionConfig"));
            for (Object origin : list(config.get("Origins"))) {
                Map<String, Object> o = Template.map(origin);
                if (!o.containsKey("CustomOriginConfig")) {
                    continue; // the site bucket: the local gateway reads it itself
                }
                for (Object header : list(o.get("OriginCustomHeaders"))) {
                    Map<String, Object> h = Template.map(header);
                    headers.put(
                            String.valueOf(h.get("HeaderName")),
                            value(deployment.resolve(h.get("HeaderValue")), secrets));
                }
            }
        });
        return headers;
    }

    private static String value(String resolved, SecretsManagerClient secrets) {
        Matcher m = SECRET.matcher(resolved);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            m.appendReplacement(
                    out,
                    Matcher.quoteReplacement(
                            secrets.getSecretValue(r -> r.secretId(name)).secretString()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> l ? l : List.of();
    }
}
