package uk.scrutiny.local;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * template.yaml as the local runner sees it: buckets, the table and functions with their
 * environment and triggers, with CloudFormation's intrinsic functions resolved for a local stack.
 * Reading the real template is what keeps local and deployed wiring from drifting apart.
 */
public final class Template {
    private static final Pattern SUB = Pattern.compile("\\$\\{([^}]+)}");

    private final Map<String, Object> root;
    private final Map<String, String> pseudo;
    private final Map<String, String> parameters;

    private Template(Map<String, Object> root, String stackName, Map<String, String> parameters) {
        this.root = root;
        this.parameters = Map.copyOf(parameters);
        this.pseudo = Map.of(
                "AWS::StackName",
                stackName,
                "AWS::AccountId",
                "000000000000",
                "AWS::Region",
                "eu-west-2",
                "AWS::Partition",
                "aws",
                "AWS::URLSuffix",
                "amazonaws.com");
    }

    public static Template read(Path file, String stackName) throws IOException {
        return read(file, stackName, Map.of());
    }

    /** With values for parameters, as {@code sam deploy --parameter-overrides} gives them; others take their default. */
    public static Template read(Path file, String stackName, Map<String, String> parameters) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            Map<String, Object> root = new Yaml(new IntrinsicConstructor()).load(reader);
            return new Template(root, stackName, parameters);
        }
    }

    /** A function and what triggers it. */
    public record Function(
            String logicalId,
            String handler,
            String codeUri,
            Map<String, String> environment,
            List<S3Trigger> s3Triggers,
            List<ScheduleTrigger> schedules,
            List<StreamTrigger> streams) {}

    /** A DynamoDB stream event source: batch size, batching window and filter patterns. */
    public record StreamTrigger(String name, int batchSize, int windowSeconds, List<String> filterPatterns) {}

    /** An S3 notification: this bucket, these events, keys with this prefix and suffix. */
    public record S3Trigger(String name, String bucket, String prefix, String suffix) {
        public boolean matches(String bucketName, String key) {
            return bucket.equals(bucketName) && key.startsWith(prefix) && key.endsWith(suffix);
        }
    }

    /** A schedule (ScheduleV2): its expression, time zone and the input it sends. */
    public record ScheduleTrigger(String name, String expression, String timeZone, String input) {}

    @SuppressWarnings("unchecked")
    private Map<String, Object> resources() {
        return (Map<String, Object>) root.getOrDefault("Resources", Map.of());
    }

    /** A resource as written (type, attributes such as DeletionPolicy, properties), intrinsics unresolved. */
    public Map<String, Object> resource(String logicalId) {
        return map(resources().get(logicalId));
    }

    /** Every resource of a type, by logical id, as written. Types the runner does not emulate are only read. */
    public Map<String, Map<String, Object>> resourcesOfType(String type) {
        Map<String, Map<String, Object>> found = new LinkedHashMap<>();
        resources().forEach((id, r) -> {
            if (type.equals(map(r).get("Type"))) {
                found.put(id, map(r));
            }
        });
        return found;
    }

    /** A top-level section (Globals, Conditions, Parameters, Outputs) as written. */
    public Map<String, Object> section(String name) {
        return map(root.get(name));
    }

    /**
     * A copy of a part of the template with Ref, Fn::Sub and Fn::GetAtt resolved for a local stack;
     * other intrinsic functions (Fn::If, ...) are left as written.
     */
    @SuppressWarnings("unchecked")
    public Object resolve(Object value) {
        if (value instanceof Map<?, ?> m) {
            if (m.size() == 1) {
                Object key = m.keySet().iterator().next();
                if ("Ref".equals(key) || "Fn::Sub".equals(key) || "Fn::GetAtt".equals(key)) {
                    return text(value);
                }
            }
            Map<String, Object> copy = new LinkedHashMap<>();
            ((Map<String, Object>) m).forEach((k, v) -> copy.put(k, resolve(v)));
            return copy;
        }
        if (value instanceof List<?> l) {
            List<Object> copy = new ArrayList<>();
            l.forEach(v -> copy.add(resolve(v)));
            return copy;
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o instanceof Map ? (Map<String, Object>) o : Map.of();
    }

    /** Physical names of every S3 bucket, by logical id. */
    public Map<String, String> buckets() {
        Map<String, String> buckets = new LinkedHashMap<>();
        resources().forEach((id, r) -> {
            if ("AWS::S3::Bucket".equals(map(r).get("Type"))) {
                buckets.put(id, physicalName(id));
            }
        });
        return buckets;
    }

    public boolean isVersioned(String bucketLogicalId) {
        Object status = map(map(map(resources().get(bucketLogicalId)).get("Properties"))
                        .get("VersioningConfiguration"))
                .get("Status");
        return "Enabled".equals(status);
    }

    /** Physical names of every DynamoDB table, by logical id. */
    public Map<String, String> tables() {
        Map<String, String> tables = new LinkedHashMap<>();
        resources().forEach((id, r) -> {
            if ("AWS::DynamoDB::Table".equals(map(r).get("Type"))) {
                tables.put(id, physicalName(id));
            }
        });
        return tables;
    }

    public List<Function> functions() {
        Map<String, Object> globals =
                map(map(map(root.get("Globals")).get("Function")).get("Environment"));
        Map<String, Object> globalVariables = map(globals.get("Variables"));
        List<Function> functions = new ArrayList<>();
        resources().forEach((id, r) -> {
            Map<String, Object> resource = map(r);
            if (!"AWS::Serverless::Function".equals(resource.get("Type"))) {
                return;
            }
            Map<String, Object> props = map(resource.get("Properties"));
            Map<String, String> env = new LinkedHashMap<>();
            globalVariables.forEach((k, v) -> env.put(k, text(v)));
            map(map(props.get("Environment")).get("Variables")).forEach((k, v) -> env.put(k, text(v)));
            List<S3Trigger> s3 = new ArrayList<>();
            List<ScheduleTrigger> schedules = new ArrayList<>();
            List<StreamTrigger> streams = new ArrayList<>();
            map(props.get("Events")).forEach((name, e) -> {
                Map<String, Object> event = map(e);
                Map<String, Object> p = map(event.get("Properties"));
                if ("S3".equals(event.get("Type"))) {
                    String prefix = "";
                    String suffix = "";
                    Object rules = map(map(p.get("Filter")).get("S3Key")).get("Rules");
                    if (rules instanceof List<?> list) {
                        for (Object rule : list) {
                            String ruleName =
                                    String.valueOf(map(rule).get("Name")).toLowerCase();
                            if (ruleName.equals("prefix")) {
                                prefix = text(map(rule).get("Value"));
                            } else if (ruleName.equals("suffix")) {
                                suffix = text(map(rule).get("Value"));
                            }
                        }
                    }
                    s3.add(new S3Trigger(name, text(p.get("Bucket")), prefix, suffix));
                } else if ("DynamoDB".equals(event.get("Type"))) {
                    List<String> patterns = new ArrayList<>();
                    Object filters = map(p.get("FilterCriteria")).get("Filters");
                    if (filters instanceof List<?> list) {
                        for (Object f : list) {
                            patterns.add(text(map(f).get("Pattern")));
                        }
                    }
                    streams.add(new StreamTrigger(
                            name,
                            Integer.parseInt(text(p.getOrDefault("BatchSize", 100))),
                            Integer.parseInt(text(p.getOrDefault("MaximumBatchingWindowInSeconds", 0))),
                            patterns));
                } else if ("ScheduleV2".equals(event.get("Type")) || "Schedule".equals(event.get("Type"))) {
                    schedules.add(new ScheduleTrigger(
                            name,
                            text(p.get("ScheduleExpression")),
                            p.containsKey("ScheduleExpressionTimezone")
                                    ? text(p.get("ScheduleExpressionTimezone"))
                                    : "UTC",
                            p.containsKey("Input") ? text(p.get("Input")) : "{}"));
                }
            });
            functions.add(new Function(
                    id, text(props.get("Handler")), text(props.get("CodeUri")), env, s3, schedules, streams));
        });
        return functions;
    }

    /**
     * The security headers CloudFront adds to every dashboard response (the template's
     * ResponseHeadersPolicy), by header name, so that a local server can send the same ones.
     */
    public Map<String, String> responseHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Map<String, Object> policy :
                resourcesOfType("AWS::CloudFront::ResponseHeadersPolicy").values()) {
            Map<String, Object> config = map(map(policy.get("Properties")).get("ResponseHeadersPolicyConfig"));
            Map<String, Object> security = map(config.get("SecurityHeadersConfig"));
            Map<String, Object> hsts = map(security.get("StrictTransportSecurity"));
            if (!hsts.isEmpty()) {
                headers.put(
                        "Strict-Transport-Security",
                        "max-age=" + text(hsts.get("AccessControlMaxAgeSec"))
                                + (Boolean.TRUE.equals(hsts.get("IncludeSubdomains")) ? "; includeSubDomains" : "")
                                + (Boolean.TRUE.equals(hsts.get("Preload")) ? "; preload" : ""));
            }
            if (security.containsKey("ContentTypeOptions")) {
                headers.put("X-Content-Type-Options", "nosniff");
            }
            if (security.containsKey("ReferrerPolicy")) {
                headers.put(
                        "Referrer-Policy",
                        text(map(security.get("ReferrerPolicy")).get("ReferrerPolicy")));
            }
            if (security.containsKey("FrameOptions")) {
                headers.put(
                        "X-Frame-Options",
                        text(map(security.get("FrameOptions")).get("FrameOption")));
            }
            if (security.containsKey("ContentSecurityPolicy")) {
                headers.put(
                        "Content-Security-Policy",
                        text(map(security.get("ContentSecurityPolicy")).get("ContentSecurityPolicy")));
            }
            Object custom = map(config.get("CustomHeadersConfig")).get("Items");
            if (custom instanceof List<?> items) {
                for (Object item : items) {
                    headers.put(text(map(item).get("Header")), text(map(item).get("Value")));
                }
            }
        }
        return headers;
    }

    public Optional<String> parameterDefault(String name) {
        Object p = map(map(root.get("Parameters")).get(name)).get("Default");
        return Optional.ofNullable(p).map(String::valueOf);
    }

    private Optional<String> parameter(String name) {
        return parameters.containsKey(name) ? Optional.of(parameters.get(name)) : parameterDefault(name);
    }

    private String physicalName(String logicalId) {
        Map<String, Object> props = map(map(resources().get(logicalId)).get("Properties"));
        for (String key : List.of("BucketName", "TableName", "QueueName")) {
            if (props.containsKey(key)) {
                return text(props.get(key));
            }
        }
        return (pseudo.get("AWS::StackName") + "-" + logicalId).toLowerCase();
    }

    /** Resolves Ref, Fn::Sub and Fn::GetAtt as far as a local stack needs; anything else as text. */
    @SuppressWarnings("unchecked")
    String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Map<?, ?> m && m.size() == 1) {
            Map.Entry<String, Object> e =
                    ((Map<String, Object>) m).entrySet().iterator().next();
            switch (e.getKey()) {
                case "Ref":
                    return ref(String.valueOf(e.getValue()));
                case "Fn::Sub":
                    return sub(
                            e.getValue() instanceof List<?> l
                                    ? String.valueOf(l.get(0))
                                    : String.valueOf(e.getValue()));
                case "Fn::GetAtt":
                    String target = e.getValue() instanceof List<?> l
                            ? l.get(0) + "." + l.get(1)
                            : String.valueOf(e.getValue());
                    return getAtt(target);
                default:
                    return String.valueOf(e.getValue());
            }
        }
        return String.valueOf(value);
    }

    private String ref(String name) {
        if (pseudo.containsKey(name)) {
            return pseudo.get(name);
        }
        Optional<String> parameter = parameter(name);
        if (parameter.isPresent()) {
            return parameter.get();
        }
        if (resources().containsKey(name)) {
            return physicalName(name);
        }
        return name;
    }

    private String getAtt(String target) {
        String[] parts = target.split("\\.", 2);
        String name = physicalName(parts[0]);
        return parts.length > 1 && parts[1].equals("Arn") ? "arn:aws:local:::" + name : name;
    }

    private String sub(String template) {
        Matcher m = SUB.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String replacement;
            if (name.startsWith("!")) {
                // ${!literal} is how Fn::Sub writes a literal ${literal}, such as an IAM policy variable.
                replacement = "${" + name.substring(1) + "}";
            } else if (name.contains(".") && !name.startsWith("AWS::")) {
                replacement = getAtt(name);
            } else {
                replacement = ref(name);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Reads !Ref x as {Ref: x}, !Sub s as {Fn::Sub: s}, and any other !Tag v as {Fn::Tag: v}. */
    private static final class IntrinsicConstructor extends SafeConstructor {
        IntrinsicConstructor() {
            super(new LoaderOptions());
            for (String tag : List.of(
                    "Ref",
                    "Sub",
                    "GetAtt",
                    "Join",
                    "Select",
                    "Split",
                    "If",
                    "Equals",
                    "Not",
                    "And",
                    "Or",
                    "FindInMap",
                    "ImportValue",
                    "Base64",
                    "Cidr",
                    "GetAZs",
                    "Condition")) {
                String function = tag.equals("Ref") || tag.equals("Condition") ? tag : "Fn::" + tag;
                this.yamlConstructors.put(new Tag("!" + tag), new AbstractConstruct() {
                    @Override
                    public Object construct(Node node) {
                        Object value;
                        if (node instanceof ScalarNode scalar) {
                            value = constructScalar(scalar);
                            if (tag.equals("GetAtt")) {
                                value = List.of(((String) value).split("\\.", 2));
                            }
                        } else if (node instanceof SequenceNode seq) {
                            value = constructSequence(seq);
                        } else {
                            value = constructMapping((MappingNode) node);
                        }
                        return Map.of(function, value);
                    }
                });
            }
        }
    }
}
