package uk.scrutiny.catalogue;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.stream.Collectors;
import uk.scrutiny.validation.Problem;
import uk.scrutiny.validation.Problems;

/** Finding and checking the problems a configuration file was given. */
final class ProblemAssertions {
    private ProblemAssertions() {}

    static Problem at(Problems problems, long line, String column) {
        return problems.listed().stream()
                .filter(p -> p.line() == line && p.column().equals(column))
                .findFirst()
                .orElseGet(() -> fail("no problem at " + line + ":" + column + " in " + problems.listed()));
    }

    static void assertMessage(Problem p, String... fragments) {
        for (String f : fragments) {
            assertTrue(p.message().contains(f), () -> "message should contain '" + f + "': " + p.message());
        }
    }

    /** "line:column" of every problem, for asserting where problems are without their wording. */
    static String summary(Problems problems) {
        return problems.listed().stream().map(p -> p.line() + ":" + p.column()).collect(Collectors.joining(" "));
    }
}
