import com.android.tools.r8.R8;
import com.android.tools.r8.R8Command;
import com.android.tools.r8.origin.Origin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.constantpool.MethodHandleEntry;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * Runs R8 once per argument file (one R8 command line a line, as scripts/shrink writes them) in
 * one JVM, so the shrinker is loaded and compiled once for all functions rather than once each.
 *
 * <p>Before each run it pins every method a method handle may reach (lambdas and method
 * references, which stay invokedynamic in class-file output): R8's optimizer otherwise changes
 * the signature of a method reached only through a handle to an interface method (it removed
 * {@code endpointOverride}'s parameter and made it static while the call site still passed
 * one). Pinned by name and parameters in the class the handle names and in its subtypes, since
 * dispatch reaches the implementations; pinned methods may still be removed when unused.
 */
public final class ShrinkAll {
    public static void main(String[] argumentFiles) throws Exception {
        for (String file : argumentFiles) {
            long started = System.nanoTime();
            List<String> arguments = new ArrayList<>(Files.readAllLines(Path.of(file)));
            Path rules = Path.of(arguments.get(arguments.indexOf("--pg-conf") + 1));
            Path pins = Path.of(file.replaceFirst("\\.args$", "") + "-handles.pro");
            Files.write(pins, handleTargetRules(rules));
            arguments.add("--pg-conf");
            arguments.add(pins.toString());
            R8.run(R8Command.parse(arguments.toArray(String[]::new), Origin.root()).build());
            dropTemplatesIfUnread(Path.of(arguments.get(arguments.indexOf("--output") + 1)));
            System.out.printf(
                    "shrink %s: %d ms%n", Path.of(file).getFileName(), (System.nanoTime() - started) / 1_000_000);
        }
    }

    /**
     * Keep rules for the methods method handles in the program jars name: in the class named and in
     * its subtypes (dispatch reaches the implementations), one pair of rules per class.
     */
    private static List<String> handleTargetRules(Path rules) throws IOException {
        var targets = new TreeMap<String, TreeSet<String>>();
        for (String line : Files.readAllLines(rules)) {
            if (line.startsWith("-injars ")) {
                String jar = line.substring("-injars ".length()).replaceFirst("\\(.*$", "");
                HANDLES.computeIfAbsent(jar, ShrinkAll::handleTargets)
                        .forEach((owner, methods) -> targets.computeIfAbsent(owner, o -> new TreeSet<>())
                                .addAll(methods));
            }
        }
        var keep = new ArrayList<String>();
        targets.forEach((owner, methods) -> {
            String members = " { " + String.join(" ", methods) + " }";
            keep.add("-keepclassmembers,allowshrinking,allowobfuscation class " + owner + members);
            keep.add("-keepclassmembers,allowshrinking,allowobfuscation class * extends " + owner + members);
        });
        return keep;
    }

    /**
     * R8 keeps every resource of its inputs; the page templates are read by one class only
     * ({@code vn.gov.portal.common.Templates}), so a package without it (every JSON route) drops them.
     */
    private static void dropTemplatesIfUnread(Path jar) throws IOException {
        try (FileSystem zip = FileSystems.newFileSystem(jar)) {
            Path templates = zip.getPath("/templates");
            if (Files.exists(zip.getPath("/vn/gov/portal/common/Templates.class")) || !Files.exists(templates)) {
                return;
            }
            try (Stream<Path> files = Files.walk(templates)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    /** Each jar's handle targets, read once for all the functions of a module. */
    private static final Map<String, Map<String, Set<String>>> HANDLES = new HashMap<>();

    private static Map<String, Set<String>> handleTargets(String jar) {
        var targets = new HashMap<String, Set<String>>();
        try (var zip = new ZipFile(jar)) {
            for (var entry : zip.stream().toList()) {
                if (!entry.getName().endsWith(".class") || entry.getName().endsWith("module-info.class")) {
                    continue;
                }
                var model = ClassFile.of().parse(zip.getInputStream(entry).readAllBytes());
                for (var constant : model.constantPool()) {
                    if (constant instanceof MethodHandleEntry handle) {
                        var member = handle.reference();
                        String name = member.name().stringValue();
                        String owner = member.owner().asInternalName().replace('/', '.');
                        if (member.type().stringValue().startsWith("(") && !owner.startsWith("java.")) {
                            var type = MethodTypeDesc.ofDescriptor(member.type().stringValue());
                            String parameters = type.parameterList().stream()
                                    .map(ShrinkAll::javaName)
                                    .collect(Collectors.joining(","));
                            targets.computeIfAbsent(owner, o -> new TreeSet<>())
                                    .add(name.equals("<init>") ? "<init>(" + parameters + ");"
                                            : "*** " + name + "(" + parameters + ");");
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return targets;
    }

    private static String javaName(ClassDesc type) {
        if (type.isArray()) {
            return javaName(type.componentType()) + "[]";
        }
        if (type.isPrimitive()) {
            return type.displayName();
        }
        return type.descriptorString().substring(1, type.descriptorString().length() - 1).replace('/', '.');
    }
}
