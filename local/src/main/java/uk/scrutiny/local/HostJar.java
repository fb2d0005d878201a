package uk.scrutiny.local;

import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * What a function's JVM has on its class path besides the function's own jar, as in Lambda, where
 * the runtime brings only itself: the host ({@link FunctionHost}, {@link ColdInvoke}), the Lambda
 * context, a stand-in CRaC implementation ({@link uk.scrutiny.local.crac}, used only when named),
 * and the Lambda runtime's event serializer (self-contained: its Jackson, Gson and Joda are
 * relocated). Nothing else of the runner, so a class missing from a function's jar is missing
 * here too. Written once per runner JVM to a temporary jar, from the runner's jar or, in tests, its
 * classes folder.
 */
final class HostJar {
    private static Path jar;

    private HostJar() {}

    static synchronized Path get() {
        if (jar == null) {
            try {
                Path file = Files.createTempFile("function-host-", ".jar");
                file.toFile().deleteOnExit();
                write(
                        file,
                        Map.of(),
                        new Source(
                                FunctionHost.class,
                                classes(FunctionHost.class, ColdInvoke.class, LocalContext.class)
                                        .or(name -> name.startsWith("uk/scrutiny/local/crac/"))),
                        new Source(
                                LambdaEventSerializers.class,
                                name -> name.startsWith("com/amazonaws/services/lambda/runtime/serialization/")
                                        || name.startsWith("com/amazonaws/lambda/thirdparty/")));
                jar = file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return jar;
    }

    /** Entries to copy from wherever a class was loaded from (a jar or a folder). */
    record Source(Class<?> anchor, Predicate<String> names) {}

    /** These classes and their nested classes, by entry name. */
    static Predicate<String> classes(Class<?>... classes) {
        return name -> {
            for (Class<?> c : classes) {
                String base = c.getName().replace('.', '/');
                if (name.equals(base + ".class") || (name.startsWith(base + "$") && name.endsWith(".class"))) {
                    return true;
                }
            }
            return false;
        };
    }

    /** Writes a jar of these resources and of the entries each source names. */
    static void write(Path jar, Map<String, byte[]> resources, Source... sources) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>(resources);
        for (Source source : sources) {
            Path from = codeSource(source.anchor());
            if (Files.isDirectory(from)) {
                try (Stream<Path> files = Files.walk(from)) {
                    for (Path file : files.filter(Files::isRegularFile).toList()) {
                        String name = from.relativize(file).toString().replace('\\', '/');
                        if (source.names().test(name)) {
                            entries.put(name, Files.readAllBytes(file));
                        }
                    }
                }
            } else {
                try (JarFile in = new JarFile(from.toFile())) {
                    for (Enumeration<JarEntry> e = in.entries(); e.hasMoreElements(); ) {
                        JarEntry entry = e.nextElement();
                        if (!entry.isDirectory() && source.names().test(entry.getName())) {
                            try (InputStream bytes = in.getInputStream(entry)) {
                                entries.put(entry.getName(), bytes.readAllBytes());
                            }
                        }
                    }
                }
            }
        }
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new JarEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
    }

    private static Path codeSource(Class<?> type) {
        try {
            return Path.of(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new UncheckedIOException(new IOException("Cannot locate the classes of " + type.getName(), e));
        }
    }
}
