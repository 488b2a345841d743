package vn.gov.portal.local;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * template.yaml as plain maps, CloudFormation short tags ({@code !Ref}, {@code !Sub}, ...) turned
 * into their long form ({@code {"Ref": ...}}, {@code {"Fn::Sub": ...}}). The local stack reads
 * resources, routes, queues and environment from here rather than restating them.
 */
public final class Template {

    private final Map<String, Object> root;

    private Template(Map<String, Object> root) {
        this.root = root;
    }

    public static Template load(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Map<String, Object> root = new Yaml(new CloudFormationConstructor()).load(reader);
            return new Template(root);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public Map<String, Map<String, Object>> resources() {
        return mapOfMaps(root.get("Resources"));
    }

    public Map<String, Map<String, Object>> resourcesOfType(String type) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        resources().forEach((id, resource) -> {
            if (type.equals(resource.get("Type"))) {
                out.put(id, resource);
            }
        });
        return out;
    }

    public Map<String, Object> properties(String logicalId) {
        return map(resources().get(logicalId).get("Properties"));
    }

    public Map<String, Map<String, Object>> parameters() {
        return mapOfMaps(root.get("Parameters"));
    }

    /** The Conditions section: name → condition expression. */
    public Map<String, Object> conditions() {
        return map(root.get("Conditions"));
    }

    /** Globals → Function, the defaults every function inherits. */
    public Map<String, Object> functionGlobals() {
        return map(map(root.get("Globals")).get("Function"));
    }

    /** Every HttpApi event of every function, in template order. */
    public List<ApiRoute> apiRoutes() {
        List<ApiRoute> routes = new ArrayList<>();
        resourcesOfType("AWS::Serverless::Function").forEach((id, resource) -> {
            Map<String, Object> props = map(resource.get("Properties"));
            map(props.get("Events")).forEach((eventName, event) -> {
                Map<String, Object> e = map(event);
                if ("HttpApi".equals(e.get("Type"))) {
                    Map<String, Object> p = map(e.get("Properties"));
                    Object authorizer = map(p.get("Auth")).get("Authorizer");
                    routes.add(new ApiRoute(
                            id,
                            (String) props.get("Handler"),
                            ((String) p.get("Method")).toUpperCase(),
                            (String) p.get("Path"),
                            authorizer == null || "NONE".equals(authorizer) ? null : authorizer.toString()));
                }
            });
        });
        return routes;
    }

    /** Every SQS event source of every function. */
    public List<QueueSource> queueSources() {
        List<QueueSource> sources = new ArrayList<>();
        resourcesOfType("AWS::Serverless::Function").forEach((id, resource) -> {
            Map<String, Object> props = map(resource.get("Properties"));
            map(props.get("Events")).forEach((eventName, event) -> {
                Map<String, Object> e = map(event);
                if ("SQS".equals(e.get("Type"))) {
                    Map<String, Object> p = map(e.get("Properties"));
                    Object queue = p.get("Queue");
                    String queueId = queue instanceof Map<?, ?> m && m.get("Fn::GetAtt") instanceof List<?> l
                            ? l.getFirst().toString()
                            : String.valueOf(queue);
                    Object batchSize = p.getOrDefault("BatchSize", 10);
                    List<?> responseTypes = p.get("FunctionResponseTypes") instanceof List<?> l ? l : List.of();
                    Object concurrency = map(p.get("ScalingConfig"))
                            .getOrDefault("MaximumConcurrency", QueueSource.DEFAULT_CONCURRENCY);
                    sources.add(new QueueSource(
                            id,
                            (String) props.get("Handler"),
                            queueId,
                            Integer.parseInt(batchSize.toString()),
                            responseTypes.contains("ReportBatchItemFailures"),
                            Integer.parseInt(concurrency.toString())));
                }
            });
        });
        return sources;
    }

    /** An API route: the function serving it, its method and path, and its authorizer (or null). */
    public record ApiRoute(String functionId, String handler, String method, String path, String authorizer) {
        public String routeKey() {
            return method + " " + path;
        }
    }

    /**
     * An SQS event source mapping; {@code maximumConcurrency} is its ScalingConfig's
     * MaximumConcurrency: how many batches Lambda hands to the function at once.
     */
    public record QueueSource(
            String functionId,
            String handler,
            String queueId,
            int batchSize,
            boolean reportsBatchItemFailures,
            int maximumConcurrency) {
        /** Without a ScalingConfig Lambda starts with five concurrent batches (and scales up); locally, five. */
        static final int DEFAULT_CONCURRENCY = 5;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> mapOfMaps(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Map<String, Object>>) m : Map.of();
    }

    /** SafeConstructor plus the CloudFormation short-form tags. */
    private static final class CloudFormationConstructor extends SafeConstructor {
        CloudFormationConstructor() {
            super(new LoaderOptions());
            for (String fn : List.of(
                    "Base64",
                    "Cidr",
                    "Equals",
                    "FindInMap",
                    "GetAZs",
                    "If",
                    "ImportValue",
                    "Join",
                    "Not",
                    "And",
                    "Or",
                    "Select",
                    "Split",
                    "Sub",
                    "Transform",
                    "GetAtt")) {
                yamlConstructors.put(new Tag("!" + fn), new Intrinsic("Fn::" + fn));
            }
            yamlConstructors.put(new Tag("!Ref"), new Intrinsic("Ref"));
            yamlConstructors.put(new Tag("!Condition"), new Intrinsic("Condition"));
        }

        private final class Intrinsic extends AbstractConstruct {
            private final String key;

            Intrinsic(String key) {
                this.key = key;
            }

            @Override
            public Object construct(Node node) {
                Object value = switch (node) {
                    case ScalarNode scalar -> {
                        String text = constructScalar(scalar);
                        yield key.equals("Fn::GetAtt") ? List.of(text.split("\\.", 2)) : text;
                    }
                    case SequenceNode sequence -> constructSequence(sequence);
                    case MappingNode mapping -> constructMapping(mapping);
                    default -> throw new IllegalArgumentException("Unsupported node for " + key);
                };
                return Map.of(key, value);
            }
        }
    }
}
