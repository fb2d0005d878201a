package uk.scrutiny.local;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Runs in a JVM of its own per function, like a warm Lambda container: the function's built jar
 * and {@link HostJar} on the class path, the environment from template.yaml, the handler made with
 * its no-argument constructor once. Reads one event JSON per line on stdin, deserializes it as the
 * Lambda Java runtime would (its serializer for Lambda's event types, its Jackson for others),
 * invokes the handler and answers OK or ERROR on stdout.
 */
public final class FunctionHost {
    private FunctionHost() {}

    public static void main(String[] args) throws Exception {
        PrintStream protocol = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        String[] handler = args[0].split("::");
        String functionName = args.length > 1 ? args[1] : handler[0];
        long timeoutMillis = args.length > 2 ? Long.parseLong(args[2]) * 1000 : 300_000;
        Class<?> type = Class.forName(handler[0]);
        Object instance = type.getDeclaredConstructor().newInstance();
        Method method = find(type, handler.length > 1 ? handler[1] : "handleRequest");
        Class<?> eventType = method.getParameterTypes()[0];
        ClassLoader loader = type.getClassLoader();
        protocol.println("READY");

        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            try {
                Object event = LambdaEventSerializers.isLambdaSupportedEvent(eventType.getName())
                        ? LambdaEventSerializers.serializerFor(eventType, loader)
                                .fromJson(line)
                        : JacksonFactory.getInstance().getSerializer(eventType).fromJson(line);
                Object response = method.invoke(instance, event, new LocalContext(functionName, timeoutMillis));
                String failures = batchItemFailures(response);
                protocol.println(failures == null ? "OK" : "ERROR " + failures);
            } catch (InvocationTargetException e) {
                e.getCause().printStackTrace();
                protocol.println("ERROR " + oneLine(e.getCause()));
            } catch (Exception e) {
                e.printStackTrace();
                protocol.println("ERROR " + oneLine(e));
            }
        }
    }

    private static Method find(Class<?> type, String name) {
        for (Method m : type.getMethods()) {
            if (m.getName().equals(name)
                    && m.getParameterCount() == 2
                    && m.getParameterTypes()[1] == Context.class
                    && !m.isBridge()) {
                return m;
            }
        }
        throw new IllegalArgumentException("No method " + name + "(event, Context) on " + type.getName());
    }

    /**
     * A stream handler's partial-batch response (ReportBatchItemFailures): Lambda retries from the
     * first failed record, so the runner treats any reported failure as a failed invocation.
     */
    static String batchItemFailures(Object response) {
        if (response == null) {
            return null;
        }
        try {
            Method getter = response.getClass().getMethod("getBatchItemFailures");
            List<?> failures = (List<?>) getter.invoke(response);
            return failures == null || failures.isEmpty()
                    ? null
                    : "the function reported " + failures.size() + " batch item failure(s)";
        } catch (NoSuchMethodException e) {
            return null;
        } catch (ReflectiveOperationException e) {
            return "unreadable response: " + e;
        }
    }

    private static String oneLine(Throwable t) {
        return (t.getClass().getSimpleName() + ": " + t.getMessage()).replaceAll("\\s+", " ");
    }
}
