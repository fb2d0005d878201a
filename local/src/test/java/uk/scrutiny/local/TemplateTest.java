package uk.scrutiny.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
        assertFalse(yaml.matches("(?s).*Action:\\s*\"?\\*\"?\\s*\\n.*Effect: Allow.*"), "no Allow on every action");
        assertFalse(yaml.contains("S3CrudPolicy"), "functions never need to delete uploads");
    }
}
