package uk.scrutiny.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.scrutiny.functions.recalculate.PublishMetrics;

/** template.yaml and the Maven build agree: every function's handler and jar are where SAM will look. */
class TemplateTest {
    static final Path ROOT = LocalRunner.projectRoot();
    private static final Pattern OUTPUT_FILE =
            Pattern.compile("<outputFile>\\$\\{project.build.directory}/([^<]+)</outputFile>");

    private static Template template() throws IOException {
        return Template.read(ROOT.resolve("template.yaml"), "test-stack");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        assertTrue(o instanceof Map, () -> "expected a mapping, got " + o);
        return (Map<String, Object>) o;
    }

    static List<?> list(Object o) {
        assertTrue(o instanceof List, () -> "expected a list, got " + o);
        return (List<?>) o;
    }

    private static Map<String, Object> properties(Template t, String logicalId) {
        return map(t.resource(logicalId).get("Properties"));
    }

    @Test
    void everyFunctionsHandlerClassExistsInItsModule() throws IOException {
        List<Template.Function> functions = template().functions();
        assertFalse(functions.isEmpty());
        for (Template.Function f : functions) {
            // GIVEN CodeUri functions/<module>/target/<jar>
            Path module = ROOT.resolve(f.codeUri()).getParent().getParent();
            String[] handler = f.handler().split("::");
            Path source = module.resolve("src/main/java").resolve(handler[0].replace('.', '/') + ".java");
            // THEN the handler class is that module's source, and has the named method
            assertTrue(Files.isRegularFile(source), f.logicalId() + ": no " + source);
            assertTrue(
                    Files.readString(source).contains(" " + handler[1] + "("),
                    f.logicalId() + ": no method " + handler[1]);
        }
    }

    @Test
    void everyFunctionsCodeUriIsItsModulesShadedJar() throws IOException {
        for (Template.Function f : template().functions()) {
            Path jar = ROOT.resolve(f.codeUri());
            Path module = jar.getParent().getParent();
            String pom = Files.readString(module.resolve("pom.xml"));
            Matcher m = OUTPUT_FILE.matcher(pom);
            assertTrue(m.find(), module + "/pom.xml has no shade outputFile");
            assertEquals(
                    "target/" + m.group(1),
                    module.relativize(jar).toString().replace('\\', '/'),
                    f.logicalId() + ": CodeUri does not match the module's build output");
            assertTrue(
                    Files.readString(ROOT.resolve("pom.xml"))
                            .contains("<module>"
                                    + ROOT.relativize(module).toString().replace('\\', '/') + "</module>"),
                    module + " is not a module of the parent pom");
        }
    }

    @Test
    void uploadsTriggerTheValidateFunctionOnlyUnderReturnsConfigAndCommentary() throws IOException {
        Template t = template();
        String returns = t.buckets().get(LocalCloud.RETURNS_BUCKET);
        Template.Function validate = t.functions().stream()
                .filter(f -> f.logicalId().equals("ValidateReturnFunction"))
                .findFirst()
                .orElseThrow();
        assertTrue(validate.s3Triggers().stream().anyMatch(tr -> tr.matches(returns, "returns/schools/x.csv")));
        assertTrue(validate.s3Triggers().stream().anyMatch(tr -> tr.matches(returns, "config/indicators.csv")));
        assertTrue(validate.s3Triggers().stream()
                .anyMatch(tr -> tr.matches(returns, "commentary/2026-11-20-q2-board-commentary.csv")));
        // Reports are written into the same bucket: they must never trigger anything, or it would loop.
        assertFalse(validate.s3Triggers().stream().anyMatch(tr -> tr.matches(returns, "reports/schools/x.csv.json")));
        assertFalse(validate.s3Triggers().stream().anyMatch(tr -> tr.matches(returns, "returns/schools/x.xlsx")));
    }

    @Test
    void intrinsicFunctionsResolveForALocalStack() throws IOException {
        Template t = template();
        assertEquals("test-stack-returns-000000000000", t.buckets().get("ReturnsBucket"));
        assertEquals("test-stack-site-000000000000", t.buckets().get("SiteBucket"));
        assertEquals("test-stack-performance", t.tables().get("PerformanceTable"));
        Map<String, String> env = t.functions().get(0).environment();
        assertEquals("test-stack-performance", env.get("TABLE_NAME"));
        assertEquals("E08000035", env.get("HOME_AREA"));
        assertEquals("E92000001", env.get("BENCHMARK_AREA"));
    }

    @Test
    void bothRecalculationsGetTheSuppressionThreshold() throws IOException {
        // GIVEN the template's SuppressionThreshold parameter (default 5)
        Template t = template();
        // THEN both recalculation functions have it as SUPPRESSION_THRESHOLD, beside the globals
        for (String id : List.of("RecalculateFunction", "NightlyRecalculateFunction")) {
            Template.Function f = t.functions().stream()
                    .filter(fn -> fn.logicalId().equals(id))
                    .findFirst()
                    .orElseThrow();
            assertEquals("5", f.environment().get("SUPPRESSION_THRESHOLD"), id);
            assertEquals("E08000035", f.environment().get("HOME_AREA"), id);
        }
    }

    @Test
    void noPolicyIsBroaderThanItNeeds() throws IOException {
        String yaml = Files.readString(ROOT.resolve("template.yaml"));
        assertFalse(yaml.contains("FullAccess"), "no *FullAccess managed policies");
        assertFalse(yaml.contains("CrudPolicy"), "no *CrudPolicy templates: functions never delete uploads or items");
        // Every statement anywhere in the template, whatever order its keys are written in.
        List<Map<String, Object>> allows = new ArrayList<>();
        statements(template().section("Resources"), allows);
        assertFalse(allows.isEmpty());
        for (Map<String, Object> statement : allows) {
            assertFalse(
                    statement.containsKey("NotAction"),
                    "an Allow with NotAction allows nearly everything: " + statement);
            for (String action : actions(statement)) {
                assertFalse(action.contains("*"), "Allow of a wildcard action " + action + " in " + statement);
            }
        }
    }

    /** Collects every Allow statement (a mapping with Effect: Allow) found anywhere below {@code node}. */
    private static void statements(Object node, List<Map<String, Object>> allows) {
        if (node instanceof Map<?, ?> m) {
            if ("Allow".equals(m.get("Effect"))) {
                allows.add(map(m));
            }
            m.values().forEach(v -> statements(v, allows));
        } else if (node instanceof List<?> l) {
            l.forEach(v -> statements(v, allows));
        }
    }

    static List<String> actions(Map<String, Object> statement) {
        Object action = statement.get("Action");
        if (action instanceof List<?> l) {
            return l.stream().map(String::valueOf).toList();
        }
        return action == null ? List.of() : List.of(String.valueOf(action));
    }

    /** The actions a function's inline statements allow, and the names of the policy templates it uses. */
    private static Set<String> allowedActions(Template t, String function) {
        Set<String> actions = new TreeSet<>();
        for (Object policy : list(properties(t, function).get("Policies"))) {
            if (policy instanceof Map<?, ?> m && m.containsKey("Statement")) {
                for (Object st : list(m.get("Statement"))) {
                    if ("Allow".equals(map(st).get("Effect"))) {
                        actions.addAll(actions(map(st)));
                    }
                }
            }
        }
        return actions;
    }

    private static Set<String> policyTemplates(Template t, String function) {
        Set<String> names = new TreeSet<>();
        for (Object policy : list(properties(t, function).get("Policies"))) {
            if (policy instanceof Map<?, ?> m && !m.containsKey("Statement")) {
                m.keySet().forEach(k -> names.add(String.valueOf(k)));
            } else if (!(policy instanceof Map<?, ?>)) {
                names.add(String.valueOf(policy));
            }
        }
        return names;
    }

    /**
     * The DynamoDB actions the store's code calls ({@code dynamo.putItem(...)} is dynamodb:PutItem,
     * {@code queryPaginator} is dynamodb:Query). TableLayout creates the table for the local runner only.
     */
    private static Set<String> dynamoDbCallsInTheStore() throws IOException {
        Pattern call = Pattern.compile("\\bdynamo\\s*\\.\\s*(\\w+)\\s*\\(");
        Set<String> actions = new TreeSet<>();
        try (var files = Files.walk(ROOT.resolve("shared/aws/src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")
                            && !f.getFileName().toString().equals("TableLayout.java"))
                    .toList()) {
                Matcher m = call.matcher(Files.readString(file));
                while (m.find()) {
                    String method = m.group(1).replace("Paginator", "");
                    actions.add("dynamodb:" + Character.toUpperCase(method.charAt(0)) + method.substring(1));
                }
            }
        }
        return actions;
    }

    @Test
    void eachFunctionMayCallOnlyTheDynamoDbActionsItsCodeCalls() throws IOException {
        Template t = template();
        Set<String> calls = dynamoDbCallsInTheStore();
        assertTrue(
                calls.containsAll(Set.of("dynamodb:GetItem", "dynamodb:Query", "dynamodb:BatchWriteItem")),
                calls::toString);
        for (Template.Function f : t.functions()) {
            assertTrue(
                    policyTemplates(t, f.logicalId()).stream().noneMatch(n -> n.startsWith("DynamoDB")),
                    f.logicalId() + ": DynamoDB access is listed action by action, not by a policy template");
        }
        // The upload function uses the whole store: exactly what the store calls, no more.
        assertEquals(calls, dynamoDb(allowedActions(t, "ValidateReturnFunction")));
        // The recalculations read, and write only their rating results (BatchWriteItem, RESULTS#* keys).
        for (String reader : List.of("RecalculateFunction", "NightlyRecalculateFunction")) {
            assertEquals(
                    Set.of("dynamodb:GetItem", "dynamodb:Query", "dynamodb:BatchWriteItem"),
                    dynamoDb(allowedActions(t, reader)),
                    reader);
        }
    }

    private static Set<String> dynamoDb(Set<String> actions) {
        return actions.stream().filter(a -> a.startsWith("dynamodb:")).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void theRecalculationsMayDeleteIndicatorFilesAndNothingElse() throws IOException {
        Template t = template();
        String site = t.buckets().get("SiteBucket");
        for (String f : List.of("RecalculateFunction", "NightlyRecalculateFunction")) {
            List<String> deletable = new ArrayList<>();
            for (Object policy : list(properties(t, f).get("Policies"))) {
                if (policy instanceof Map<?, ?> m && m.containsKey("Statement")) {
                    for (Object st : list(m.get("Statement"))) {
                        if (actions(map(st)).contains("s3:DeleteObject")) {
                            deletable.add(t.text(map(st).get("Resource")));
                        }
                    }
                }
            }
            assertEquals(List.of("arn:aws:s3:::" + site + "/data/indicators/*"), deletable, f);
        }
        // The upload function deletes nothing.
        assertTrue(allowedActions(t, "ValidateReturnFunction").stream().noneMatch(a -> a.contains("Delete")));
    }

    // ---- protected data

    @Test
    void everyBucketIsVersionedPrivateEncryptedAndKept() throws IOException {
        Template t = template();
        Map<String, Map<String, Object>> buckets = t.resourcesOfType("AWS::S3::Bucket");
        assertEquals(Set.of("ReturnsBucket", "SiteBucket"), buckets.keySet());
        for (String id : buckets.keySet()) {
            Map<String, Object> props = properties(t, id);
            assertTrue(t.isVersioned(id), id + " is not versioned");
            assertEquals(
                    Map.of(
                            "BlockPublicAcls", true,
                            "BlockPublicPolicy", true,
                            "IgnorePublicAcls", true,
                            "RestrictPublicBuckets", true),
                    props.get("PublicAccessBlockConfiguration"),
                    id + ": Block Public Access, all four settings");
            Object rule = list(map(props.get("BucketEncryption")).get("ServerSideEncryptionConfiguration"))
                    .get(0);
            assertTrue(
                    Set.of("AES256", "aws:kms")
                            .contains(map(map(rule).get("ServerSideEncryptionByDefault"))
                                    .get("SSEAlgorithm")),
                    id + ": default encryption");
            assertEquals("Retain", buckets.get(id).get("DeletionPolicy"), id);
            assertEquals("Retain", buckets.get(id).get("UpdateReplacePolicy"), id);
        }
    }

    @Test
    void theTableIsKeptProtectedFromDeletionAndRecoverableToAPointInTime() throws IOException {
        Template t = template();
        Map<String, Object> table = t.resource("PerformanceTable");
        assertEquals("Retain", table.get("DeletionPolicy"));
        assertEquals("Retain", table.get("UpdateReplacePolicy"));
        Map<String, Object> props = properties(t, "PerformanceTable");
        assertEquals(true, props.get("DeletionProtectionEnabled"));
        assertEquals(true, map(props.get("PointInTimeRecoverySpecification")).get("PointInTimeRecoveryEnabled"));
    }

    @Test
    void oldReportVersionsExpireButReturnsConfigAndCommentaryNeverDo() throws IOException {
        Template t = template();
        List<?> rules = list(map(properties(t, "ReturnsBucket").get("LifecycleConfiguration"))
                .get("Rules"));
        boolean reportsExpire = false;
        for (Object r : rules) {
            Map<String, Object> rule = map(r);
            String prefix = String.valueOf(rule.getOrDefault("Prefix", ""));
            boolean expires = rule.containsKey("ExpirationInDays")
                    || rule.containsKey("ExpirationDate")
                    || rule.containsKey("NoncurrentVersionExpiration")
                    || rule.containsKey("NoncurrentVersionExpirationInDays")
                    || rule.containsKey("Transitions")
                    || rule.containsKey("NoncurrentVersionTransitions");
            if (!expires) {
                continue;
            }
            // A rule that removes or moves objects may only ever reach reports/.
            assertTrue(prefix.startsWith("reports/"), rule.get("Id") + " reaches beyond reports/: '" + prefix + "'");
            assertFalse(rule.containsKey("TagFilters"), "tags could widen " + rule.get("Id"));
            reportsExpire |= rule.containsKey("NoncurrentVersionExpiration");
        }
        assertTrue(reportsExpire, "noncurrent versions of reports/ expire");
    }

    // ---- provider isolation (the policy's effect is evaluated in ReturnsBucketPolicyTest)

    @Test
    void theReturnsBucketPolicyConfinesProvidersByTagAndNamesThePerformanceTeamByParameter() throws IOException {
        Template t = template();
        Map<String, Object> parameter = map(t.section("Parameters").get("PerformanceTeamRoleArn"));
        assertFalse(parameter.containsKey("Default"), "the performance team's role is chosen at deploy time");
        assertTrue(parameter.containsKey("AllowedPattern"));
        String yaml = Files.readString(ROOT.resolve("template.yaml"));
        // Fn::Sub would try to resolve ${aws:...} itself; ${!aws:...} hands IAM the variable.
        assertTrue(yaml.contains("/returns/${!aws:PrincipalTag/provider}/*"));
        assertFalse(yaml.matches("(?s).*\\$\\{aws:.*"), "an IAM policy variable not escaped from Fn::Sub");
        // Policy variables work only in version 2012-10-17 documents.
        for (String policy : t.resourcesOfType("AWS::S3::BucketPolicy").keySet()) {
            assertEquals(
                    "2012-10-17",
                    map(properties(t, policy).get("PolicyDocument")).get("Version"),
                    policy);
        }
        String team = "arn:aws:iam::111122223333:role/performance-team";
        Template deployed =
                Template.read(ROOT.resolve("template.yaml"), "test-stack", Map.of("PerformanceTeamRoleArn", team));
        String text = deployed.resolve(
                        properties(deployed, "ReturnsBucketPolicy").get("PolicyDocument"))
                .toString();
        assertTrue(text.contains("{aws:PrincipalArn=" + team + "}"), text);
    }

    // ---- edge

    private static String metaContent(String html, String attribute, String value) {
        Matcher m = Pattern.compile("<meta\\s+" + attribute + "=\"" + value + "\"\\s+content=\"([^\"]*)\"")
                .matcher(html);
        assertTrue(m.find(), "dashboard/index.html has no meta " + value);
        return m.group(1);
    }

    @Test
    void everyResponseCarriesTheSecurityHeadersAndThePagesOwnContentSecurityPolicy() throws IOException {
        Template t = template();
        String html = Files.readString(ROOT.resolve("dashboard/index.html"));
        Map<String, String> headers = t.responseHeaders();
        assertEquals(
                metaContent(html, "http-equiv", "Content-Security-Policy") + "; frame-ancestors 'none'",
                headers.get("Content-Security-Policy"),
                "the header is the page's meta policy plus frame-ancestors, which a meta tag cannot set");
        // What a local server reads to send the same headers (Template.responseHeaders()).
        assertEquals(
                List.of(
                        "Strict-Transport-Security",
                        "X-Content-Type-Options",
                        "Referrer-Policy",
                        "X-Frame-Options",
                        "Content-Security-Policy"),
                List.copyOf(headers.keySet()));
        assertEquals("DENY", headers.get("X-Frame-Options"));
        assertEquals("nosniff", headers.get("X-Content-Type-Options"));
        assertEquals(metaContent(html, "name", "referrer"), headers.get("Referrer-Policy"));
        Matcher maxAge =
                Pattern.compile("max-age=(\\d+)").matcher(headers.getOrDefault("Strict-Transport-Security", ""));
        assertTrue(maxAge.find(), "HSTS");
        assertTrue(Long.parseLong(maxAge.group(1)) >= 31_536_000L, "HSTS for a year at least");
        // Every behaviour of the distribution sends them, data/* included.
        Map<String, Object> config = map(properties(t, "SiteDistribution").get("DistributionConfig"));
        List<Object> behaviours = new ArrayList<>(List.of(config.get("DefaultCacheBehavior")));
        behaviours.addAll(list(config.get("CacheBehaviors")));
        for (Object b : behaviours) {
            assertEquals(
                    Map.of("Ref", "SiteResponseHeadersPolicy"), map(b).get("ResponseHeadersPolicyId"), b::toString);
        }
    }

    @Test
    void aCustomDomainIsServedWithItsCertificateAndTls12AtLeast() throws IOException {
        Template t = template();
        Map<String, Object> parameters = t.section("Parameters");
        assertEquals("", map(parameters.get("DomainName")).get("Default"), "optional");
        assertEquals("", map(parameters.get("CertificateArn")).get("Default"), "optional");
        String condition = String.valueOf(t.section("Conditions").get("HasCustomDomain"));
        assertTrue(condition.contains("DomainName") && condition.contains("CertificateArn"), condition);
        Map<String, Object> config = map(properties(t, "SiteDistribution").get("DistributionConfig"));
        List<?> choice = list(map(config.get("ViewerCertificate")).get("Fn::If"));
        assertEquals("HasCustomDomain", choice.get(0));
        Map<String, Object> custom = map(choice.get(1));
        assertEquals(Map.of("Ref", "CertificateArn"), custom.get("AcmCertificateArn"));
        assertEquals("sni-only", custom.get("SslSupportMethod"));
        assertTrue(String.valueOf(custom.get("MinimumProtocolVersion")).startsWith("TLSv1.2_"), custom::toString);
        assertEquals(Map.of("CloudFrontDefaultCertificate", true), choice.get(2));
        assertEquals(
                "HasCustomDomain",
                list(map(config.get("Aliases")).get("Fn::If")).get(0));
    }

    // ---- logs and metrics

    @Test
    void everyFunctionLogsJsonLines() throws IOException {
        Template t = template();
        assertEquals(
                "JSON",
                map(map(t.section("Globals").get("Function")).get("LoggingConfig"))
                        .get("LogFormat"));
        for (Template.Function f : t.functions()) {
            Path module = ROOT.resolve(f.codeUri()).getParent().getParent();
            String handler = f.handler().split("::")[0];
            String source =
                    Files.readString(module.resolve("src/main/java").resolve(handler.replace('.', '/') + ".java"));
            assertTrue(source.contains("JsonLogging.install();"), handler + " installs the JSON log format");
        }
    }

    @Test
    void metricsGoToTheNamespaceAndServiceTheAlarmsReadWithoutProbingForAHost() throws IOException {
        Map<String, String> env = template().functions().get(0).environment();
        assertEquals("CouncilPerformance", env.get("POWERTOOLS_METRICS_NAMESPACE"));
        assertEquals("council-performance", env.get("POWERTOOLS_SERVICE_NAME"));
        // Without it the EMF library probes the EC2 and ECS metadata endpoints before choosing stdout.
        assertEquals("Lambda", env.get("AWS_EMF_ENVIRONMENT"));
    }

    // ---- alarms

    private static Map<String, Map<String, Object>> alarms(Template t) {
        Map<String, Map<String, Object>> alarms = new LinkedHashMap<>();
        t.resourcesOfType("AWS::CloudWatch::Alarm").forEach((id, r) -> alarms.put(id, map(r.get("Properties"))));
        return alarms;
    }

    private static List<Map<String, Object>> alarmsOn(Template t, String namespace, String metric, Object dimension) {
        return alarms(t).values().stream()
                .filter(a -> namespace.equals(a.get("Namespace")) && metric.equals(a.get("MetricName")))
                .filter(a -> list(a.get("Dimensions")).stream()
                        .anyMatch(d -> map(d).get("Value").equals(dimension)))
                .toList();
    }

    @Test
    void everyAlarmGoesToTheOperationsTopicWhichMailsTheOptionalAddress() throws IOException {
        Template t = template();
        assertEquals("AWS::SNS::Topic", t.resource("OperationsTopic").get("Type"));
        assertEquals("", map(t.section("Parameters").get("OperationsEmail")).get("Default"), "optional");
        Map<String, Object> subscription = t.resource("OperationsEmailSubscription");
        assertEquals("HasOperationsEmail", subscription.get("Condition"), "subscribed only when an address is given");
        assertEquals(
                Map.of("Ref", "OperationsEmail"),
                map(subscription.get("Properties")).get("Endpoint"));
        assertEquals("email", map(subscription.get("Properties")).get("Protocol"));
        assertTrue(alarms(t).size() >= 6);
        alarms(t).forEach((id, alarm) -> {
            assertTrue(list(alarm.get("AlarmActions")).contains(Map.of("Ref", "OperationsTopic")), id);
            assertTrue(String.valueOf(alarm.get("AlarmDescription")).contains("docs/operating.md"), id);
        });
    }

    @Test
    void anyMessageInAnyQueueRaisesAnAlarm() throws IOException {
        Template t = template();
        // The nightly schedule's dead letters go to a queue of our own, so that it can be alarmed on.
        Map<String, Object> nightly =
                map(map(map(properties(t, "NightlyRecalculateFunction").get("Events"))
                                .get("Nightly"))
                        .get("Properties"));
        assertEquals(
                Map.of("Fn::GetAtt", List.of("NightlyScheduleDeadLetterQueue", "Arn")),
                map(nightly.get("DeadLetterConfig")).get("Arn"));
        Set<String> queues = t.resourcesOfType("AWS::SQS::Queue").keySet();
        assertEquals(Set.of("FailedEventsQueue", "NightlyScheduleDeadLetterQueue"), queues);
        for (String queue : queues) {
            List<Map<String, Object>> found = alarmsOn(
                    t,
                    "AWS/SQS",
                    "ApproximateNumberOfMessagesVisible",
                    Map.of("Fn::GetAtt", List.of(queue, "QueueName")));
            assertEquals(1, found.size(), queue);
            Map<String, Object> alarm = found.get(0);
            assertEquals("GreaterThanThreshold", alarm.get("ComparisonOperator"), queue);
            assertEquals(0, alarm.get("Threshold"), queue);
            assertEquals("Maximum", alarm.get("Statistic"), queue);
        }
    }

    @Test
    void everyFunctionsErrorsRaiseAnAlarm() throws IOException {
        Template t = template();
        List<String> functions =
                t.functions().stream().map(Template.Function::logicalId).toList();
        assertEquals(List.of("ValidateReturnFunction", "RecalculateFunction", "NightlyRecalculateFunction"), functions);
        for (String f : functions) {
            List<Map<String, Object>> found = alarmsOn(t, "AWS/Lambda", "Errors", Map.of("Ref", f));
            assertEquals(1, found.size(), f);
            assertEquals("GreaterThanThreshold", found.get(0).get("ComparisonOperator"), f);
            assertEquals(0, found.get(0).get("Threshold"), f);
            assertEquals("Sum", found.get(0).get("Statistic"), f);
        }
    }

    @Test
    void noSuccessfulPublishIn26HoursRaisesAnAlarmAndNoDataCountsAsNone() throws IOException {
        Template t = template();
        Map<String, String> env = t.functions().get(0).environment();
        // The metric the recalculations emit, in the namespace and with the dimension Powertools gives it.
        List<Map<String, Object>> found = alarmsOn(
                t,
                env.get("POWERTOOLS_METRICS_NAMESPACE"),
                PublishMetrics.PUBLISHED,
                env.get("POWERTOOLS_SERVICE_NAME"));
        assertEquals(1, found.size());
        Map<String, Object> alarm = found.get(0);
        assertEquals(
                List.of(Map.of("Name", "Service", "Value", env.get("POWERTOOLS_SERVICE_NAME"))),
                alarm.get("Dimensions"));
        int period = (Integer) alarm.get("Period");
        int periods = (Integer) alarm.get("EvaluationPeriods");
        assertEquals(26 * 3600, period * periods, "26 hours");
        assertEquals(periods, alarm.get("DatapointsToAlarm"), "every period without a publish");
        assertTrue(period >= 3600, "CloudWatch allows 7 days of evaluation only for periods of an hour or more");
        assertEquals("Sum", alarm.get("Statistic"));
        assertEquals("LessThanThreshold", alarm.get("ComparisonOperator"));
        assertEquals(1, alarm.get("Threshold"));
        assertEquals("breaching", alarm.get("TreatMissingData"));
    }
}
