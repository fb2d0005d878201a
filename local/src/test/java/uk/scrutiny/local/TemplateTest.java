package uk.scrutiny.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

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
    void uploadsTriggerTheValidateFunctionOnlyUnderReturnsAndConfig() throws IOException {
        Template t = template();
        String returns = t.buckets().get(LocalCloud.RETURNS_BUCKET);
        Template.Function validate = t.functions().stream()
                .filter(f -> f.logicalId().equals("ValidateReturnFunction"))
                .findFirst()
                .orElseThrow();
        assertTrue(validate.s3Triggers().stream().anyMatch(tr -> tr.matches(returns, "returns/schools/x.csv")));
        assertTrue(validate.s3Triggers().stream().anyMatch(tr -> tr.matches(returns, "config/indicators.csv")));
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
    void noPolicyIsBroaderThanItNeeds() throws IOException {
        String yaml = Files.readString(ROOT.resolve("template.yaml"));
        assertFalse(yaml.contains("FullAccess"), "no *FullAccess managed policies");
        assertFalse(yaml.matches("(?s).*Action:\\s*\"?\\*\"?\\s*\\n.*Effect: Allow.*"), "no Allow on every action");
        assertFalse(yaml.contains("S3CrudPolicy"), "functions never need to delete uploads");
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
}
