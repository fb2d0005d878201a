package uk.scrutiny.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.scrutiny.local.TemplateTest.list;
import static uk.scrutiny.local.TemplateTest.map;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Provider isolation: the returns bucket's policy from template.yaml, evaluated against the writes
 * that providers, the performance team and the functions make.
 *
 * <p>What this can show: no emulator here enforces IAM (S3Proxy ignores bucket policies, and the
 * local runner has no IAM at all), so this evaluates the policy document itself, the way IAM
 * evaluates a resource policy's Deny statements. It implements only the parts of IAM the document
 * uses, as spelt out here, and fails on anything else, so an unfamiliar construct cannot pass
 * silently. It cannot show that IAM agrees with this reading; docs/operating.md says how to check
 * that in an account. "Not denied" means only that the bucket policy does not stand in the way: the
 * caller still needs an Allow in its own IAM policy, and an explicit Deny anywhere wins over any Allow.
 *
 * <ul>
 *   <li>A statement applies to a request when its Principal matches ({@code "*"} is everyone), one of
 *       its Actions matches the request's action (case-insensitive), its Resource matches the object's
 *       ARN (for NotResource: none of the listed ARNs matches it), and every condition holds.
 *   <li>In ARNs and actions {@code *} matches any run of characters, {@code /} included, and {@code ?}
 *       one character. Policy variables ({@code ${aws:PrincipalTag/provider}}) are replaced with the
 *       request's value first, as literal text. IAM's documentation warns that a variable it cannot
 *       resolve "might cause the entire statement to be invalid"; this test takes the reading least
 *       favourable to a Deny: such a statement does not apply.
 *   <li>Conditions: all operators must hold, all keys of an operator must hold, and one key holds when
 *       any of its values matches. A negated operator ({@code ArnNotEquals}, {@code StringNotEquals})
 *       holds when the request lacks the key; {@code Null: "true"} holds exactly when it lacks it.
 *   <li>Any Deny statement that applies denies the request.
 * </ul>
 */
class ReturnsBucketPolicyTest {
    private static final String TEAM = "arn:aws:iam::111122223333:role/performance-team";
    private static final String SCHOOLS_ROLE = "arn:aws:iam::111122223333:role/provider-schools";
    private static final String ADMIN = "arn:aws:iam::111122223333:role/administrator";
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}]+)}");

    private final Template template;
    private final List<Map<String, Object>> statements = new ArrayList<>();
    private final String bucket;
    private final String validateRole;

    ReturnsBucketPolicyTest() throws IOException {
        template = Template.read(
                TemplateTest.ROOT.resolve("template.yaml"), "test-stack", Map.of("PerformanceTeamRoleArn", TEAM));
        bucket = template.buckets().get("ReturnsBucket");
        validateRole = template.text(Map.of("Fn::GetAtt", List.of("ValidateReturnFunctionRole", "Arn")));
        Map<String, Object> policy = map(template.resolve(
                map(template.resource("ReturnsBucketPolicy").get("Properties")).get("PolicyDocument")));
        assertEquals("2012-10-17", policy.get("Version"), "policy variables need version 2012-10-17");
        for (Object statement : list(policy.get("Statement"))) {
            statements.add(map(statement));
        }
    }

    /** One request to S3, with the request context keys the policy reads. */
    private record Request(String action, String key, String principalArn, Map<String, String> tags, boolean https) {
        Map<String, String> context() {
            Map<String, String> context = new HashMap<>();
            context.put("aws:SecureTransport", Boolean.toString(https));
            if (principalArn != null) {
                context.put("aws:PrincipalArn", principalArn);
            }
            tags.forEach((k, v) -> context.put("aws:PrincipalTag/" + k, v));
            return context;
        }
    }

    private static Request put(String principalArn, Map<String, String> tags, String key) {
        return new Request("s3:PutObject", key, principalArn, tags, true);
    }

    private static Request schools(String key) {
        return put(SCHOOLS_ROLE, Map.of("provider", "schools"), key);
    }

    /** The Sids of the Deny statements that apply to the request; empty when the policy does not deny it. */
    private List<String> denials(Request request) {
        List<String> sids = new ArrayList<>();
        for (Map<String, Object> statement : statements) {
            if ("Deny".equals(statement.get("Effect")) && applies(statement, request)) {
                sids.add(String.valueOf(statement.get("Sid")));
            }
        }
        return sids;
    }

    private boolean denied(Request request) {
        return !denials(request).isEmpty();
    }

    private boolean applies(Map<String, Object> statement, Request request) {
        assertEquals("*", statement.get("Principal"), "this evaluation knows only Principal \"*\"");
        assertFalse(statement.containsKey("NotAction") || statement.containsKey("NotPrincipal"), statement::toString);
        Map<String, String> context = request.context();
        boolean actionMatches = strings(statement.get("Action")).stream()
                .anyMatch(a -> glob(a.toLowerCase(), request.action().toLowerCase()));
        if (!actionMatches) {
            return false;
        }
        String arn = "arn:aws:s3:::" + bucket + "/" + request.key();
        boolean resource = statement.containsKey("Resource");
        assertTrue(resource ^ statement.containsKey("NotResource"), "either Resource or NotResource: " + statement);
        List<String> patterns = new ArrayList<>();
        for (String pattern : strings(statement.get(resource ? "Resource" : "NotResource"))) {
            String substituted = substitute(pattern, context);
            if (substituted == null) {
                return false; // an unresolvable variable: read as the statement not applying (see above)
            }
            patterns.add(substituted);
        }
        boolean listed = patterns.stream().anyMatch(p -> glob(p, arn));
        if (resource != listed) {
            return false;
        }
        return conditionsHold(map(statement.getOrDefault("Condition", Map.of())), context);
    }

    private static boolean conditionsHold(Map<String, Object> condition, Map<String, String> context) {
        for (Map.Entry<String, Object> operator : condition.entrySet()) {
            for (Map.Entry<String, Object> key : map(operator.getValue()).entrySet()) {
                String actual = context.get(key.getKey());
                List<String> expected = strings(key.getValue());
                boolean holds = switch (operator.getKey()) {
                    case "Bool", "StringEquals" -> actual != null && expected.contains(actual);
                    case "StringNotEquals" -> actual == null || !expected.contains(actual);
                    case "ArnEquals", "ArnLike" ->
                        actual != null && expected.stream().anyMatch(e -> glob(e, actual));
                    case "ArnNotEquals", "ArnNotLike" ->
                        actual == null || expected.stream().noneMatch(e -> glob(e, actual));
                    case "Null" -> expected.equals(List.of(Boolean.toString(actual == null)));
                    default ->
                        throw new AssertionError("This evaluation does not know the condition operator "
                                + operator.getKey() + ": add it with IAM's semantics");
                };
                if (!holds) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Replaces policy variables with the request's values; null when one has no value. */
    private static String substitute(String pattern, Map<String, String> context) {
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = context.get(m.group(1));
            if (value == null) {
                return null;
            }
            // The value is literal text: quote it so that glob() does not read its characters as wildcards.
            m.appendReplacement(out, Matcher.quoteReplacement("\u0000" + value + "\u0001"));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** IAM's wildcards: * any run of characters, ? one; text between \0 and \1 is literal. */
    private static boolean glob(String pattern, String text) {
        StringBuilder regex = new StringBuilder();
        boolean literal = false;
        for (char c : pattern.toCharArray()) {
            if (c == '\u0000' || c == '\u0001') {
                literal = c == '\u0000';
            } else if (!literal && c == '*') {
                regex.append(".*");
            } else if (!literal && c == '?') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(text).matches();
    }

    private static List<String> strings(Object value) {
        if (value instanceof List<?> l) {
            return l.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }

    // ---- providers

    @Test
    void aProviderTaggedSchoolsMayWriteUnderReturnsSchools() {
        // GIVEN a role tagged provider=schools
        // WHEN it writes returns/schools/x.csv THEN the bucket policy does not stand in the way
        assertEquals(List.of(), denials(schools("returns/schools/x.csv")));
        assertEquals(List.of(), denials(schools("returns/schools/2026/q2 neet.csv")));
    }

    @Test
    void butNotUnderAnotherProvidersFolder() {
        assertEquals(List.of("ProvidersWriteOnlyTheirOwnReturns"), denials(schools("returns/social-care/x.csv")));
        // A folder that merely starts with its name is another folder.
        assertTrue(denied(schools("returns/schools-archive/x.csv")));
        assertTrue(denied(schools("returns/x.csv")));
        // Nor delete what another provider uploaded.
        assertTrue(denied(new Request(
                "s3:DeleteObject", "returns/social-care/x.csv", SCHOOLS_ROLE, Map.of("provider", "schools"), true)));
        assertTrue(denied(new Request(
                "s3:DeleteObjectVersion",
                "returns/social-care/x.csv",
                SCHOOLS_ROLE,
                Map.of("provider", "schools"),
                true)));
    }

    @Test
    void aProviderCannotWriteTheCatalogueTargetsCommentaryReportsOrOutsideTheLayout() {
        assertEquals(List.of("ConfigAndCommentaryOnlyByThePerformanceTeam"), denials(schools("config/indicators.csv")));
        assertTrue(denied(schools("config/targets.csv")));
        assertTrue(denied(schools("commentary/neet.md")));
        assertEquals(List.of("ReportsOnlyByTheValidateFunction"), denials(schools("reports/social-care/x.csv.json")));
        assertTrue(denied(schools("misc/x.csv")));
    }

    @Test
    void withoutAProviderTagNothingMayBeWrittenUnderReturns() {
        // GIVEN an administrator's role with no provider tag: ${aws:PrincipalTag/provider} has no value
        Request admin = put(ADMIN, Map.of(), "returns/schools/x.csv");
        // THEN the Null condition denies it, even reading the unresolved variable in the most lenient way
        assertEquals(List.of("ReturnsNeedAProviderTag"), denials(admin));
        assertTrue(denied(put(null, Map.of(), "returns/schools/x.csv")), "anonymous");
    }

    // ---- the performance team

    @Test
    void onlyThePerformanceTeamRoleMayWriteConfigAndCommentary() {
        assertEquals(List.of(), denials(put(TEAM, Map.of(), "config/indicators.csv")));
        assertEquals(List.of(), denials(put(TEAM, Map.of(), "config/targets.csv")));
        assertEquals(List.of(), denials(put(TEAM, Map.of(), "commentary/2026-q2/neet.md")));
        assertTrue(denied(put(ADMIN, Map.of(), "config/indicators.csv")));
        // A role whose name only starts the same is another role.
        assertTrue(denied(put(TEAM + "-old", Map.of(), "config/indicators.csv")));
    }

    @Test
    void thePerformanceTeamWritesReturnsOnlyAsAProviderWould() {
        // Returns are a provider's: the team's untagged role cannot put one in any provider's folder.
        assertTrue(denied(put(TEAM, Map.of(), "returns/schools/x.csv")));
    }

    // ---- the functions

    @Test
    void onlyTheValidateFunctionWritesReportsAndItWritesNothingElse() {
        assertTrue(validateRole.contains("validatereturnfunctionrole"), validateRole);
        assertEquals(List.of(), denials(put(validateRole, Map.of(), "reports/schools/x.csv.json")));
        assertTrue(denied(put(validateRole, Map.of(), "returns/schools/x.csv")));
        assertTrue(denied(put(validateRole, Map.of(), "config/indicators.csv")));
    }

    @Test
    void everythingOverPlainHttpIsDenied() {
        assertTrue(denials(new Request(
                        "s3:PutObject", "returns/schools/x.csv", SCHOOLS_ROLE, Map.of("provider", "schools"), false))
                .contains("HttpsOnly"));
        assertTrue(denied(new Request("s3:GetObject", "reports/schools/x.csv.json", TEAM, Map.of(), false)));
    }

    @Test
    void readsAreLeftToEachPrincipalsOwnPolicy() {
        // The bucket policy confines writes; which returns and reports a provider may read is its IAM policy's
        // business (docs/operating.md grants its own folders only).
        assertEquals(
                List.of(),
                denials(new Request(
                        "s3:GetObject",
                        "reports/schools/x.csv.json",
                        SCHOOLS_ROLE,
                        Map.of("provider", "schools"),
                        true)));
    }

    // ---- the evaluation itself

    @Test
    void theEvaluationReadsVariablesAsLiteralTextAndMissingKeysAsIamDoes() {
        assertTrue(glob("arn:aws:s3:::b/returns/*", "arn:aws:s3:::b/returns/a/b.csv"));
        assertFalse(glob("arn:aws:s3:::b/returns/\u0000sch*\u0001/*", "arn:aws:s3:::b/returns/schools/x"));
        assertEquals(
                "a/\u0000schools\u0001/*",
                substitute("a/${aws:PrincipalTag/provider}/*", schools("").context()));
        assertEquals(null, substitute("a/${aws:PrincipalTag/provider}/*", Map.of()));
        assertTrue(conditionsHold(Map.of("ArnNotEquals", Map.of("aws:PrincipalArn", TEAM)), Map.of()));
        assertTrue(conditionsHold(Map.of("Null", Map.of("aws:PrincipalTag/provider", "true")), Map.of()));
        assertFalse(conditionsHold(
                Map.of("Null", Map.of("aws:PrincipalTag/provider", "true")),
                Map.of("aws:PrincipalTag/provider", "schools")));
    }
}
