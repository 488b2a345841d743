package vn.gov.portal.local;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.cloudfront.CloudFrontClient;
import software.amazon.awssdk.services.cloudfront.model.DistributionSummary;
import software.amazon.awssdk.services.cloudfront.model.Origin;
import software.amazon.awssdk.services.cloudfront.model.ViewerProtocolPolicy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.FilterRule;
import software.amazon.awssdk.services.s3.model.NotificationConfigurationFilter;
import software.amazon.awssdk.services.s3.model.QueueConfiguration;
import software.amazon.awssdk.services.s3.model.S3KeyFilter;
import software.amazon.awssdk.services.scheduler.SchedulerClient;
import software.amazon.awssdk.services.scheduler.model.ConflictException;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.ResourceExistsException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import vn.gov.portal.common.Json;

/**
 * Deploys template.yaml's storage to an emulator the way CloudFormation would: DynamoDB tables
 * (keys, indexes, TTL), S3 buckets, SQS queues with their redrive policies and the bucket
 * notifications, under a stack name of our choosing. It resolves the intrinsics the local stack
 * needs ({@code Ref}, {@code Fn::GetAtt}, {@code Fn::Sub}) to the physical names it created, and
 * gives each function the environment the template sets for it.
 */
public final class LocalDeployment {

    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}!][^}]*)}");

    private final Template template;
    private final String stackName;
    private final String region;
    private final String account;
    private String origin;
    private final Map<String, String> physicalNames = new LinkedHashMap<>();

    /**
     * A deployment to one endpoint, in its region and account: the account is the endpoint's own
     * (STS GetCallerIdentity: moto's 123456789012, MiniStack's and LocalStack's 000000000000, a real
     * account's), since emulators that check ARNs refuse another's.
     */
    public LocalDeployment(Template template, String stackName, String region, String account) {
        this.template = template;
        this.stackName = stackName.toLowerCase(Locale.ROOT);
        this.region = region;
        this.account = account;
        template.resources().forEach((id, resource) -> physicalNames.put(id, physicalName(id, resource)));
    }

    public Template template() {
        return template;
    }

    public String stackName() {
        return stackName;
    }

    public String region() {
        return region;
    }

    public String account() {
        return account;
    }

    /**
     * Where the local stack serves the site, standing in for the CloudFront distribution: the
     * distribution's domain resolves to this origin, so feeds, sitemaps and canonical URLs made
     * locally point at the local site ("http://127.0.0.1:3000").
     */
    public LocalDeployment servedAt(String origin) {
        this.origin = origin.replaceAll("/+$", "");
        return this;
    }

    /** The ARN CloudFormation would give a stack's function: what its context's invoked ARN is. */
    public String functionArn(String functionId) {
        return "arn:aws:lambda:" + region + ":" + account + ":function:" + stackName + "-" + functionId;
    }

    /** The stack id CloudFormation sends custom resources. */
    public String stackId() {
        return "arn:aws:cloudformation:" + region + ":" + account + ":stack/" + stackName + "/local";
    }

    /** The ARN of a template queue (what S3 notifications and SQS records name). */
    public String queueArn(String queueId) {
        return getAtt(queueId, "Arn");
    }

    /** Creates every table, bucket, queue and bucket notification; existing ones are kept. */
    public void deploy(DynamoDbClient dynamo, S3Client s3, SqsClient sqs) {
        template.resourcesOfType("AWS::DynamoDB::Table").keySet().forEach(id -> createTable(dynamo, id));
        template.resourcesOfType("AWS::SQS::Queue").keySet().forEach(id -> createQueue(sqs, id));
        template.resourcesOfType("AWS::SQS::Queue").keySet().forEach(id -> applyRedrive(sqs, id));
        template.resourcesOfType("AWS::S3::Bucket").keySet().forEach(id -> createBucket(s3, id));
        template.resourcesOfType("AWS::S3::Bucket").keySet().forEach(id -> applyNotifications(s3, sqs, id));
    }

    /** Creates the template's schedule groups (EventBridge Scheduler); existing ones are kept. */
    public void deploySchedules(SchedulerClient scheduler) {
        for (String id :
                template.resourcesOfType("AWS::Scheduler::ScheduleGroup").keySet()) {
            try {
                scheduler.createScheduleGroup(r -> r.name(physicalName(id)));
            } catch (ConflictException kept) {
                // created by an earlier run against the same endpoint
            }
        }
    }

    /** Creates the template's generated secrets (a random string, as GenerateSecretString would). */
    public void deploySecrets(SecretsManagerClient secrets) {
        for (String id : template.resourcesOfType("AWS::SecretsManager::Secret").keySet()) {
            byte[] random = new byte[48];
            new SecureRandom().nextBytes(random);
            String value = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            try {
                secrets.createSecret(r -> r.name(physicalName(id)).secretString(value));
            } catch (ResourceExistsException kept) {
                // generated by an earlier run against the same endpoint
            }
        }
    }

    /**
     * Creates the template's CloudFront distributions in the emulator (both MiniStack and moto
     * keep the invalidations they receive, so tests list them as they would on AWS): a
     * {@code Ref} to one then resolves to its id, as InvalidateEdgeFunction's DISTRIBUTION_ID does
     * on AWS. The local distribution serves nothing (the local gateway does); it has one S3
     * origin, the least CloudFront accepts. One found by its resolved comment (an earlier run) is kept.
     */
    public void deployEdge(CloudFrontClient cloudFront) {
        for (String id :
                template.resourcesOfType("AWS::CloudFront::Distribution").keySet()) {
            physicalNames.put(id, distribution(cloudFront, id));
        }
    }

    private String distribution(CloudFrontClient cloudFront, String id) {
        String comment = resolve(
                Template.map(template.properties(id).get("DistributionConfig")).get("Comment"));
        for (var page : cloudFront.listDistributionsPaginator(r -> {})) {
            for (DistributionSummary existing : page.distributionList().items()) {
                if (comment.equals(existing.comment())) {
                    return existing.id();
                }
            }
        }
        String siteOrigin = template.resourcesOfType("AWS::S3::Bucket").keySet().stream()
                .filter(b -> b.startsWith("Site"))
                .findFirst()
                .map(b -> physicalName(b) + ".s3." + region + ".amazonaws.com")
                .orElse("site.example");
        return cloudFront
                .createDistribution(r -> r.distributionConfig(c -> c.callerReference(stackName + "-" + id)
                        .comment(comment)
                        .enabled(true)
                        .origins(o -> o.quantity(1)
                                .items(Origin.builder()
                                        .id("site")
                                        .domainName(siteOrigin)
                                        .s3OriginConfig(s3 -> s3.originAccessIdentity(""))
                                        .build()))
                        .defaultCacheBehavior(b -> b.targetOriginId("site")
                                .viewerProtocolPolicy(ViewerProtocolPolicy.REDIRECT_TO_HTTPS)
                                .cachePolicyId("658327ea-f89d-4fab-a63d-7e88639e58f6"))))
                .distribution()
                .id();
    }

    /** The environment variables the template gives one function (Globals, then its own). */
    public Map<String, String> functionEnvironment(String functionId) {
        Map<String, String> env = new LinkedHashMap<>();
        Map<String, Object> globals = Template.map(
                Template.map(template.functionGlobals().get("Environment")).get("Variables"));
        Map<String, Object> own = Template.map(
                Template.map(template.properties(functionId).get("Environment")).get("Variables"));
        globals.forEach((k, v) -> putUnlessNoValue(env, k, resolve(v)));
        own.forEach((k, v) -> putUnlessNoValue(env, k, resolve(v)));
        env.put("AWS_LAMBDA_FUNCTION_NAME", stackName + "-" + functionId);
        return env;
    }

    private static void putUnlessNoValue(Map<String, String> env, String name, String value) {
        if (value == null) {
            env.remove(name); // AWS::NoValue: as if the variable were not set
        } else {
            env.put(name, value);
        }
    }

    /** Whether a template condition holds with the parameters' defaults (Fn::Equals, Not, And, Or, Condition). */
    public boolean condition(String name) {
        Object expression = template.conditions().get(name);
        if (expression == null) {
            throw new IllegalArgumentException("No condition " + name + " in template.yaml");
        }
        return holds(expression);
    }

    private boolean holds(Object expression) {
        Map<String, Object> fn = Template.map(expression);
        if (fn.containsKey("Condition")) {
            return condition(fn.get("Condition").toString());
        }
        if (fn.get("Fn::Equals") instanceof List<?> pair) {
            return String.valueOf(resolve(pair.get(0))).equals(String.valueOf(resolve(pair.get(1))));
        }
        if (fn.get("Fn::Not") instanceof List<?> one) {
            return !holds(one.getFirst());
        }
        if (fn.get("Fn::And") instanceof List<?> all) {
            return all.stream().allMatch(this::holds);
        }
        if (fn.get("Fn::Or") instanceof List<?> any) {
            return any.stream().anyMatch(this::holds);
        }
        throw new IllegalArgumentException("The local stack cannot evaluate the condition " + expression);
    }

    /** The physical name a {@code Ref} to this resource gives (a queue's Ref is its URL's name here). */
    public String physicalName(String logicalId) {
        String name = physicalNames.get(logicalId);
        if (name == null) {
            throw new IllegalArgumentException("No resource " + logicalId + " in template.yaml");
        }
        return name;
    }

    /**
     * Resolves Ref, Fn::GetAtt, Fn::Sub, Fn::If and parameter defaults to strings; a
     * {@code Ref: AWS::NoValue} (a property left out) resolves to null.
     */
    public String resolve(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        Map<String, Object> fn = Template.map(value);
        if (fn.get("Fn::If") instanceof List<?> branches) {
            return resolve(condition(branches.get(0).toString()) ? branches.get(1) : branches.get(2));
        }
        if ("AWS::NoValue".equals(fn.get("Ref"))) {
            return null;
        }
        if (fn.containsKey("Ref")) {
            return ref(fn.get("Ref").toString());
        }
        if (fn.get("Fn::GetAtt") instanceof List<?> att) {
            return getAtt(att.get(0).toString(), att.get(1).toString());
        }
        if (fn.containsKey("Fn::Sub")) {
            Object sub = fn.get("Fn::Sub");
            String text = sub instanceof List<?> l ? l.get(0).toString() : sub.toString();
            Map<String, Object> vars = sub instanceof List<?> l && l.size() > 1 ? Template.map(l.get(1)) : Map.of();
            Matcher m = SUB_VARIABLE.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String name = m.group(1);
                String replacement = vars.containsKey(name)
                        ? resolve(vars.get(name))
                        : name.contains(".") && !name.startsWith("AWS::")
                                ? getAtt(name.substring(0, name.indexOf('.')), name.substring(name.indexOf('.') + 1))
                                : ref(name);
                m.appendReplacement(out, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(out);
            return origin == null ? out.toString() : out.toString().replace("https://" + hostOf(origin), origin);
        }
        throw new IllegalArgumentException("The local stack cannot resolve " + value);
    }

    private String ref(String name) {
        return switch (name) {
            case "AWS::StackName" -> stackName;
            case "AWS::AccountId" -> account;
            case "AWS::Region" -> region;
            case "AWS::Partition" -> "aws";
            case "AWS::URLSuffix" -> "amazonaws.com";
            default -> {
                Map<String, Object> parameter = template.parameters().get(name);
                if (parameter != null) {
                    yield String.valueOf(parameter.getOrDefault("Default", ""));
                }
                yield physicalName(name);
            }
        };
    }

    private String getAtt(String id, String attribute) {
        String type = (String) template.resources().get(id).get("Type");
        String name = physicalName(id);
        return switch (type + "." + attribute) {
            case "AWS::SQS::Queue.Arn" -> "arn:aws:sqs:" + region + ":" + account + ":" + name;
            case "AWS::SQS::Queue.QueueName" -> name;
            case "AWS::S3::Bucket.Arn" -> "arn:aws:s3:::" + name;
            case "AWS::DynamoDB::Table.Arn" -> "arn:aws:dynamodb:" + region + ":" + account + ":table/" + name;
            case "AWS::IAM::Role.Arn" -> "arn:aws:iam::" + account + ":role/" + name;
            case "AWS::CloudFront::Distribution.DomainName" ->
                origin == null ? "local-" + id + "-DomainName" : hostOf(origin);
            default -> "local-" + id + "-" + attribute;
        };
    }

    private String physicalName(String id, Map<String, Object> resource) {
        Map<String, Object> props = Template.map(resource.get("Properties"));
        String type = String.valueOf(resource.get("Type"));
        Object explicit = switch (type) {
            case "AWS::DynamoDB::Table" -> props.get("TableName");
            case "AWS::S3::Bucket" -> props.get("BucketName");
            case "AWS::SQS::Queue" -> props.get("QueueName");
            default -> null;
        };
        if (explicit != null) {
            return resolve(explicit).toLowerCase(Locale.ROOT);
        }
        String name = stackName + "-" + id;
        return type.equals("AWS::S3::Bucket") ? name.toLowerCase(Locale.ROOT) : name;
    }

    private void createTable(DynamoDbClient dynamo, String id) {
        Map<String, Object> p = template.properties(id);
        var request = CreateTableRequest.builder()
                .tableName(physicalName(id))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(list(p.get("AttributeDefinitions")).stream()
                        .map(a -> AttributeDefinition.builder()
                                .attributeName(str(a, "AttributeName"))
                                .attributeType(str(a, "AttributeType"))
                                .build())
                        .toList())
                .keySchema(keySchema(p.get("KeySchema")));
        List<GlobalSecondaryIndex> indexes = list(p.get("GlobalSecondaryIndexes")).stream()
                .map(g -> GlobalSecondaryIndex.builder()
                        .indexName(str(g, "IndexName"))
                        .keySchema(keySchema(g.get("KeySchema")))
                        .projection(Projection.builder()
                                .projectionType(str(Template.map(g.get("Projection")), "ProjectionType"))
                                .build())
                        .build())
                .toList();
        if (!indexes.isEmpty()) {
            request.globalSecondaryIndexes(indexes);
        }
        try {
            dynamo.createTable(request.build());
        } catch (ResourceInUseException alreadyThere) {
            return;
        }
        Map<String, Object> ttl = Template.map(p.get("TimeToLiveSpecification"));
        if (Boolean.TRUE.equals(ttl.get("Enabled"))) {
            dynamo.updateTimeToLive(r -> r.tableName(physicalName(id))
                    .timeToLiveSpecification(
                            t -> t.attributeName(str(ttl, "AttributeName")).enabled(true)));
        }
    }

    private void createQueue(SqsClient sqs, String id) {
        Map<String, Object> p = template.properties(id);
        Map<QueueAttributeName, String> attributes = new LinkedHashMap<>();
        if (p.containsKey("VisibilityTimeout")) {
            attributes.put(QueueAttributeName.VISIBILITY_TIMEOUT, resolve(p.get("VisibilityTimeout")));
        }
        if (p.containsKey("MessageRetentionPeriod")) {
            attributes.put(QueueAttributeName.MESSAGE_RETENTION_PERIOD, resolve(p.get("MessageRetentionPeriod")));
        }
        sqs.createQueue(r -> r.queueName(physicalName(id)).attributes(attributes));
    }

    private void applyRedrive(SqsClient sqs, String id) {
        Map<String, Object> redrive = Template.map(template.properties(id).get("RedrivePolicy"));
        if (redrive.isEmpty()) {
            return;
        }
        String policy = Json.write(Map.of(
                "deadLetterTargetArn", resolve(redrive.get("deadLetterTargetArn")),
                "maxReceiveCount", Integer.parseInt(resolve(redrive.get("maxReceiveCount")))));
        String url = sqs.getQueueUrl(r -> r.queueName(physicalName(id))).queueUrl();
        sqs.setQueueAttributes(r -> r.queueUrl(url).attributes(Map.of(QueueAttributeName.REDRIVE_POLICY, policy)));
    }

    private void createBucket(S3Client s3, String id) {
        try {
            if (region.equals("us-east-1")) {
                s3.createBucket(r -> r.bucket(physicalName(id)));
            } else {
                s3.createBucket(
                        r -> r.bucket(physicalName(id)).createBucketConfiguration(c -> c.locationConstraint(region)));
            }
        } catch (BucketAlreadyOwnedByYouException alreadyThere) {
            // kept from an earlier run
        }
        if ("Enabled"
                .equals(Template.map(template.properties(id).get("VersioningConfiguration"))
                        .get("Status"))) {
            s3.putBucketVersioning(r -> r.bucket(physicalName(id)).versioningConfiguration(v -> v.status("Enabled")));
        }
    }

    private void applyNotifications(S3Client s3, SqsClient sqs, String id) {
        List<Map<String, Object>> queues =
                list(Template.map(template.properties(id).get("NotificationConfiguration"))
                        .get("QueueConfigurations"));
        if (queues.isEmpty()) {
            return;
        }
        List<QueueConfiguration> configurations = new ArrayList<>();
        for (Map<String, Object> q : queues) {
            var builder = QueueConfiguration.builder()
                    .queueArn(resolve(q.get("Queue")))
                    .eventsWithStrings(resolve(q.get("Event")));
            List<Map<String, Object>> rules = list(
                    Template.map(Template.map(q.get("Filter")).get("S3Key")).get("Rules"));
            if (!rules.isEmpty()) {
                builder.filter(NotificationConfigurationFilter.builder()
                        .key(S3KeyFilter.builder()
                                .filterRules(rules.stream()
                                        .map(r -> FilterRule.builder()
                                                .name(str(r, "Name"))
                                                .value(resolve(r.get("Value")))
                                                .build())
                                        .toList())
                                .build())
                        .build());
            }
            configurations.add(builder.build());
        }
        s3.putBucketNotificationConfiguration(
                r -> r.bucket(physicalName(id)).notificationConfiguration(n -> n.queueConfigurations(configurations)));
    }

    private static String hostOf(String origin) {
        return origin.substring(origin.indexOf("://") + 3);
    }

    private static List<KeySchemaElement> keySchema(Object value) {
        return list(value).stream()
                .map(k -> KeySchemaElement.builder()
                        .attributeName(str(k, "AttributeName"))
                        .keyType(str(k, "KeyType"))
                        .build())
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }

    private static String str(Map<String, Object> map, String key) {
        return String.valueOf(map.get(key));
    }
}
