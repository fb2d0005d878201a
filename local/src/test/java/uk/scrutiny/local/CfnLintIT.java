package uk.scrutiny.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * GIVEN the template as it would be deployed, WHEN cfn-lint (with the SAM transform) checks it,
 * THEN it reports nothing: no error, no warning (a deprecated runtime, say, which Lambda refuses to
 * create). Runs where cfn-lint is installed ({@code pip install cfn-lint}).
 */
@EnabledIf("cfnLintInstalled")
class CfnLintIT {
    static boolean cfnLintInstalled() {
        try {
            Process p = new ProcessBuilder("cfn-lint", "--version")
                    .redirectErrorStream(true)
                    .start();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void theTemplatePassesCfnLint() throws Exception {
        Process lint = new ProcessBuilder(
                        "cfn-lint",
                        LocalRunner.projectRoot().resolve("template.yaml").toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        lint.waitFor(5, TimeUnit.MINUTES);
        assertEquals(0, lint.exitValue(), "cfn-lint found problems in template.yaml:\n" + output);
    }
}
