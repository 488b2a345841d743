package vn.gov.portal.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a security review asks of every function in template.yaml, and what the local stack reads of it. */
class TemplateHardeningTest {

    private final Template template = Template.load(TestStack.ROOT.resolve("template.yaml"));
    private final LocalDeployment deployment =
            new LocalDeployment(template, "hardening", "ap-southeast-1", "000000000000");

    @Test
    void everyFunctionHasAnExplicitLogGroupWithRetentionAndReservedConcurrency() {
        template.resourcesOfType("AWS::Serverless::Function").forEach((id, resource) -> {
            Map<String, Object> props = Template.map(resource.get("Properties"));
            Object group = Template.map(Template.map(props.get("LoggingConfig")).get("LogGroup"))
                    .get("Ref");
            assertThat(group).as(id + " logs to its own log group").isNotNull();
            Map<String, Object> logGroup = template.resources().get(group.toString());
            assertThat(logGroup.get("Type")).isEqualTo("AWS::Logs::LogGroup");
            assertThat(Template.map(logGroup.get("Properties")))
                    .as(id + " log retention")
                    .containsKey("RetentionInDays");
            assertThat(props).as(id + " reserved concurrency").containsKey("ReservedConcurrentExecutions");
        });
    }

    @Test
    void defaultReservationsFitTheDefaultAccountQuotaAndPublishingHasItsOwn() {
        int total = 0;
        for (var entry : template.resourcesOfType("AWS::Serverless::Function").entrySet()) {
            List<?> branches = (List<?>) Template.map(
                            Template.map(entry.getValue().get("Properties")).get("ReservedConcurrentExecutions"))
                    .get("Fn::If");
            assertThat(branches.getFirst()).isEqualTo("LimitConcurrency");
            int reserved = Integer.parseInt(deployment.resolve(branches.get(1)));
            total += reserved;
        }
        assertThat(deployment.condition("LimitConcurrency")).isTrue();
        assertThat(total)
                .as("at most 900 of the default 1,000 (Lambda keeps 100 unreserved)")
                .isLessThanOrEqualTo(900);
        assertThat(deployment.resolve(template.properties("PublishFunction").get("ReservedConcurrentExecutions")))
                .as("publishing keeps capacity of its own")
                .isNotNull();
    }

    @Test
    void withoutACustomDomainTheSiteUrlIsTheDistributionsAndWafIsOn() {
        LocalDeployment local = new LocalDeployment(template, "hardening", "ap-southeast-1", "000000000000")
                .servedAt("http://127.0.0.1:3000");
        assertThat(local.condition("HasDomain")).isFalse();
        assertThat(local.condition("WafOn")).isTrue();
        assertThat(local.condition("CreateWebAcl"))
                .as("outside us-east-1 the ACL comes by WebAclArn")
                .isFalse();
        assertThat(local.resolve(template.properties("SiteAssets").get("SiteUrl")))
                .isEqualTo("http://127.0.0.1:3000");
        assertThat(new LocalDeployment(template, "hardening", "us-east-1", "000000000000").condition("CreateWebAcl"))
                .as("in us-east-1 the stack creates it")
                .isTrue();
    }

    /** S3 behind OAC has no index documents: the site behaviour (only) runs DirectoryIndexFunction. */
    @Test
    void theSiteBehaviourRunsTheDirectoryIndexFunctionAndTheApiBehaviourDoesNot() {
        Map<String, Object> config =
                Template.map(template.properties("Distribution").get("DistributionConfig"));
        assertThat(Template.map(config.get("DefaultCacheBehavior")).get("TargetOriginId"))
                .isEqualTo("site");
        assertThat(Template.map(config.get("DefaultCacheBehavior")).get("FunctionAssociations"))
                .isEqualTo(List.of(Map.of(
                        "EventType",
                        "viewer-request",
                        "FunctionARN",
                        Map.of("Fn::GetAtt", List.of("DirectoryIndexFunction", "FunctionARN")))));
        for (Object behaviour : (List<?>) config.get("CacheBehaviors")) {
            assertThat(Template.map(behaviour))
                    .as(String.valueOf(Template.map(behaviour).get("PathPattern")))
                    .doesNotContainKey("FunctionAssociations");
        }
        Map<String, Object> function = template.properties("DirectoryIndexFunction");
        assertThat(template.resources().get("DirectoryIndexFunction").get("Type"))
                .isEqualTo("AWS::CloudFront::Function");
        assertThat(function).containsEntry("AutoPublish", true);
        assertThat(Template.map(function.get("FunctionConfig"))).containsEntry("Runtime", "cloudfront-js-2.0");
        assertThat(function.get("FunctionCode").toString().getBytes(StandardCharsets.UTF_8).length)
                .as("CloudFront Functions' 10 KB code limit")
                .isLessThan(10 * 1024);
    }

    /**
     * The distribution names the HTTP API as its origin and the API's routes name their functions,
     * so a route's function (its environment, its policies) must not name the distribution: a
     * dependency cycle that `sam validate --lint` does not report and a deployment refuses. They
     * write invalidation requests; InvalidateEdgeFunction, behind a queue and not the API, names
     * the distribution and is the only function that may invalidate it, and only it.
     */
    @Test
    void noFunctionBehindTheApiNamesTheDistributionAndInvalidationIsLimitedToIt() {
        for (Template.ApiRoute route : template.apiRoutes()) {
            assertThat(String.valueOf(template.properties(route.functionId())))
                    .as(route.functionId())
                    .doesNotContain("Distribution", "cloudfront:");
        }
        for (String function :
                template.resourcesOfType("AWS::Serverless::Function").keySet()) {
            String properties = String.valueOf(template.properties(function));
            if (function.equals("InvalidateEdgeFunction")) {
                assertThat(properties)
                        .contains("cloudfront:CreateInvalidation", "distribution/${Distribution}")
                        .doesNotContain("distribution/*");
                assertThat(deployment.functionEnvironment(function))
                        .containsEntry("DISTRIBUTION_ID", deployment.physicalName("Distribution"));
            } else {
                assertThat(properties).as(function).doesNotContain("cloudfront:");
            }
        }
        assertThat(template.resourcesOfType("AWS::IAM::Policy"))
                .as("no policy attached beside the functions' own")
                .isEmpty();
    }
}
