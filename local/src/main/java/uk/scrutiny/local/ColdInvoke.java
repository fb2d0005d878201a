package uk.scrutiny.local;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One cold start of a function, for {@link ColdStartBenchmark}: a fresh JVM with the function's
 * shaded jar on its class path (and the Lambda runtime's serializer, which the runtime brings)
 * builds the handler with its no-argument constructor as Lambda does, deserializes one event as
 * the Lambda Java runtime does, invokes the handler once and exits: 0 when it succeeded, 1 when
 * it threw or reported batch item failures. Nothing else of the runner is on its class path.
 *
 * <p>Arguments: {@code Class::method}, the function's name, a file holding the event JSON, and
 * optionally {@code checkpoint}: then, once the handler is built, the CRaC checkpoint is simulated
 * ({@link uk.scrutiny.local.crac}), so its beforeCheckpoint hooks (SnapStart priming) run first.
 */
public final class ColdInvoke {
    private ColdInvoke() {}

    public static void main(String[] args) {
        int status;
        try {
            status = invoke(args[0], args[1], Path.of(args[2]), args.length > 3 && args[3].equals("checkpoint"));
        } catch (InvocationTargetException e) {
            e.getCause().printStackTrace();
            status = 1;
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        }
        // As Lambda freezes the container: nothing the handler left running keeps this JVM alive.
        System.exit(status);
    }

    private static int invoke(String handler, String functionName, Path eventFile, boolean checkpoint)
            throws Exception {
        long started = System.nanoTime();
        String[] name = handler.split("::");
        // Init, as Lambda does it: load the class and build the handler with its no-argument constructor.
        Class<?> type = Class.forName(name[0]);
        Method method = find(type, name.length > 1 ? name[1] : "handleRequest");
        Object instance = type.getDeclaredConstructor().newInstance();
        long built = System.nanoTime();
        long primed = built;
        if (checkpoint) {
            // SnapStart's moment: the function is initialized; its beforeCheckpoint hooks run, then the invoke
            // as after a restore. Needs -Dorg.crac.Core.Compat=uk.scrutiny.local.crac; no snapshot is taken.
            Class.forName("org.crac.Core").getMethod("checkpointRestore").invoke(null);
            primed = System.nanoTime();
        }
        // Invoke: the runtime deserializes the event, then calls the handler.
        String json = Files.readString(eventFile, StandardCharsets.UTF_8);
        Class<?> eventType = method.getParameterTypes()[0];
        Object event = LambdaEventSerializers.isLambdaSupportedEvent(eventType.getName())
                ? LambdaEventSerializers.serializerFor(eventType, type.getClassLoader())
                        .fromJson(json)
                : JacksonFactory.getInstance().getSerializer(eventType).fromJson(json);
        long deserialized = System.nanoTime();
        Object response = method.invoke(instance, event, new LocalContext(functionName, 300_000));
        long invoked = System.nanoTime();
        // Where the time went inside main (the rest of the process's time is the JVM starting and stopping).
        System.err.println("PHASES init=" + (built - started) / 1000
                + (checkpoint ? " checkpoint=" + (primed - built) / 1000 : "")
                + " event=" + (deserialized - primed) / 1000 + " handler=" + (invoked - deserialized) / 1000);
        System.err.println("CPU " + cpuMicros());
        return failed(response) ? 1 : 0;
    }

    /**
     * This process's CPU time so far, every thread's (ours, the JIT compiler's, the collector's), from
     * /proc in clock ticks of 10 ms; -1 where there is no /proc.
     */
    static long cpuMicros() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000;
        } catch (IOException | RuntimeException e) {
            return -1;
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

    /** A stream handler's partial-batch response naming failed records counts as a failure. */
    private static boolean failed(Object response) throws ReflectiveOperationException {
        if (response == null) {
            return false;
        }
        try {
            List<?> failures = (List<?>)
                    response.getClass().getMethod("getBatchItemFailures").invoke(response);
            if (failures != null && !failures.isEmpty()) {
                System.err.println("The handler reported " + failures.size() + " batch item failure(s)");
                return true;
            }
            return false;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
