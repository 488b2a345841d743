import com.android.tools.r8.D8;
import com.android.tools.r8.D8Command;
import com.android.tools.r8.R8;
import com.android.tools.r8.R8Command;
import com.android.tools.r8.origin.Origin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.classfile.Attributes;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.attribute.SourceFileAttribute;
import java.lang.classfile.constantpool.MethodHandleEntry;
import java.lang.classfile.instruction.InvokeDynamicInstruction;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Runs R8 once per argument file (one R8 command line a line, as scripts/shrink writes them) in
 * one JVM, so the shrinker is loaded and compiled once for all functions rather than once each;
 * then D8 turns the shrunk jar's lambdas and method references into classes (see {@link #desugarAndStore}).
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
            List<InputJar> inputs = inputJars(rules);
            Path pins = Path.of(file.replaceFirst("\\.args$", "") + "-handles.pro");
            Files.write(pins, handleTargetRules(inputs));
            arguments.add("--pg-conf");
            arguments.add(pins.toString());
            R8.run(R8Command.parse(arguments.toArray(String[]::new), Origin.root()).build());
            Path jar = Path.of(arguments.get(arguments.indexOf("--output") + 1));
            var sourceFiles = new HashMap<String, String>();
            inputs.forEach(input -> sourceFiles.putAll(input.sourceFiles()));
            desugarAndStore(jar, Path.of(arguments.get(arguments.indexOf("--lib") + 1)), sourceFiles);
            dropLicencesOfRemovedLibraries(jar, inputs);
            System.out.printf(
                    "shrink %s: %d ms%n", Path.of(file).getFileName(), (System.nanoTime() - started) / 1_000_000);
        }
    }

    /**
     * Keep rules for the methods method handles in the program jars name: in the class named and in
     * its subtypes (dispatch reaches the implementations), one pair of rules per class.
     */
    private static List<String> handleTargetRules(List<InputJar> inputs) {
        var targets = new TreeMap<String, TreeSet<String>>();
        for (InputJar input : inputs) {
            input.handleTargets()
                    .forEach((owner, methods) -> targets.computeIfAbsent(owner, o -> new TreeSet<>())
                            .addAll(methods));
        }
        var keep = new ArrayList<String>();
        targets.forEach((owner, methods) -> {
            String members = " { " + String.join(" ", methods) + " }";
            keep.add("-keepclassmembers,allowshrinking,allowobfuscation class " + owner + members);
            keep.add("-keepclassmembers,allowshrinking,allowobfuscation class * extends " + owner + members);
        });
        return keep;
    }

    /** The Android API level whose D8 desugaring keeps records, and rewrites no other class kind. */
    private static final String MIN_API = "36";

    /**
     * Rewrites the shrunk jar for a fast cold start. D8 compiles every lambda and method reference
     * (and string concatenation) into a plain class, so the JVM loads ~600 small classes from the
     * jar instead of spinning each at its first call (LambdaMetafactory), which was a third of a
     * read route's init. D8 writes a class compiled for a later Java as version 52, where the
     * JVM ignores the Record attribute: such a class gets its version back (the classes D8 made
     * stay at 52). Entries are stored uncompressed: the deployment zip compresses the jar whole
     * (smaller than deflating each class), and the JVM reads classes without inflating them. The
     * page templates are dropped from a package without their one reader,
     * {@code vn.gov.portal.common.Templates} (every JSON route). R8 names every class's source
     * file "SourceFile"; each gets its own back from {@code sourceFiles} (a class D8 made, its outer
     * class's), so a stack trace reads {@code (Publisher.java:120)}.
     */
    private static void desugarAndStore(Path jar, Path javaHome, Map<String, String> sourceFiles)
            throws Exception {
        Path desugared = Files.createTempDirectory("d8");
        try {
            D8.run(D8Command.parse(
                            new String[] {
                                "--classfile", "--release", "--min-api", MIN_API, "--lib", javaHome.toString(),
                                "--output", desugared.resolve("classes.zip").toString(), jar.toString()
                            },
                            Origin.root())
                    .build());
            var classes = new TreeMap<String, byte[]>();
            try (var output = new ZipFile(desugared.resolve("classes.zip").toFile())) {
                for (var entry : output.stream().toList()) {
                    if (entry.getName().startsWith("com/android/")) {
                        throw new IllegalStateException("D8 added its own runtime class " + entry.getName()
                                + " (a desugared record?): raise MIN_API");
                    }
                    classes.put(entry.getName(), output.getInputStream(entry).readAllBytes());
                }
            }
            var entries = new TreeMap<String, byte[]>();
            try (var input = new ZipFile(jar.toFile())) {
                boolean templatesRead = input.getEntry("vn/gov/portal/common/Templates.class") != null;
                for (var entry : input.stream().toList()) {
                    String name = entry.getName();
                    byte[] bytes = input.getInputStream(entry).readAllBytes();
                    if (entry.isDirectory() || (!templatesRead && name.startsWith("templates/"))) {
                        continue;
                    }
                    if (name.endsWith(".class")) {
                        byte[] rewritten = classes.remove(name);
                        if (rewritten == null) {
                            throw new IllegalStateException("D8 wrote no " + name);
                        }
                        if (majorVersion(bytes) > majorVersion(rewritten)) {
                            rewritten[6] = bytes[6]; // the major version: a big-endian u2 at offset 6
                            rewritten[7] = bytes[7];
                        }
                        bytes = rewritten;
                    }
                    entries.put(name, bytes);
                }
            }
            entries.putAll(classes); // the classes D8 made: lambdas and method references
            entries.replaceAll((name, bytes) -> name.endsWith(".class") ? finish(bytes, sourceFiles) : bytes);
            writeStored(jar, entries);
        } finally {
            deleteTree(desugared);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (var files = Files.walk(root)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }

    /**
     * Checks a desugared class and gives it its source-file name back (R8 names every class's
     * "SourceFile"; a class D8 made gets its outer class's name), parsing it once.
     */
    private static byte[] finish(byte[] classFile, Map<String, String> sourceFiles) {
        var model = ClassFile.of().parse(classFile);
        String name = model.thisClass().asInternalName();
        requireNoInvokeDynamic(name, model);
        String outer = name.contains("$") ? name.substring(0, name.indexOf('$')) : name;
        String original = sourceFiles.getOrDefault(name, sourceFiles.get(outer));
        var current = model.findAttribute(Attributes.sourceFile());
        if (original == null
                || current.isPresent() && current.get().sourceFile().equalsString(original)) {
            return classFile;
        }
        return ClassFile.of()
                .transformClass(
                        model,
                        ClassTransform.dropping(SourceFileAttribute.class::isInstance)
                                .andThen(ClassTransform.endHandler(b -> b.with(SourceFileAttribute.of(original)))));
    }

    /** What D8 cannot compile would be spun at run time again: the build says where, rather than slow down. */
    private static void requireNoInvokeDynamic(String name, ClassModel model) {
        for (var method : model.methods()) {
            method.code().ifPresent(code -> code.forEach(element -> {
                if (element instanceof InvokeDynamicInstruction indy) {
                    throw new IllegalStateException("D8 left an invokedynamic in " + name + "." + method.methodName()
                            + " (" + indy.bootstrapMethod().methodName() + ")");
                }
            }));
        }
    }

    private static int majorVersion(byte[] classFile) {
        return ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff);
    }

    private static final LocalDateTime REPRODUCIBLE = LocalDateTime.of(1980, 1, 1, 0, 0);

    private static void writeStored(Path jar, Map<String, byte[]> entries) throws IOException {
        try (var zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            zip.setMethod(ZipOutputStream.STORED);
            for (var e : entries.entrySet()) {
                var entry = new ZipEntry(e.getKey());
                var crc = new CRC32();
                crc.update(e.getValue());
                entry.setSize(e.getValue().length);
                entry.setCompressedSize(e.getValue().length);
                entry.setCrc(crc.getValue());
                entry.setTimeLocal(REPRODUCIBLE); // same classes, same bytes: sam deploy skips an unchanged zip
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
    }

    /**
     * scripts/shrink copies each input jar's licence files to {@code licenses/<jar>/} beside the
     * output; a library none of whose classes and resources is left ships no licence either.
     */
    private static void dropLicencesOfRemovedLibraries(Path jar, List<InputJar> inputs) throws IOException {
        Set<String> shipped;
        try (var output = new ZipFile(jar.toFile())) {
            shipped = output.stream().map(ZipEntry::getName).collect(Collectors.toSet());
        }
        for (InputJar input : inputs) {
            Path licences = jar.resolveSibling("licenses")
                    .resolve(input.path().getFileName().toString().replaceFirst("\\.jar$", ""));
            if (Files.isDirectory(licences) && input.contents().stream().noneMatch(shipped::contains)) {
                deleteTree(licences);
            }
        }
    }

    /**
     * What the shrink needs of one input jar, read in one pass: the methods its method handles
     * name (by owner class, as keep-rule members), each class's source-file name, and its classes
     * and resources (not its META-INF).
     */
    private record InputJar(
            Path path, Map<String, Set<String>> handleTargets, Map<String, String> sourceFiles, Set<String> contents) {}

    /** The rules' -injars, each read once for all the functions of a module. */
    private static List<InputJar> inputJars(Path rules) throws IOException {
        var inputs = new ArrayList<InputJar>();
        for (String line : Files.readAllLines(rules)) {
            if (line.startsWith("-injars ")) {
                Path jar = Path.of(line.substring("-injars ".length()).replaceFirst("\\(.*$", ""));
                inputs.add(INPUTS.computeIfAbsent(jar, ShrinkAll::read));
            }
        }
        return inputs;
    }

    private static final Map<Path, InputJar> INPUTS = new HashMap<>();

    private static InputJar read(Path jar) {
        var targets = new HashMap<String, Set<String>>();
        var sourceFiles = new HashMap<String, String>();
        var contents = new HashSet<String>();
        try (var zip = new ZipFile(jar.toFile())) {
            for (var entry : zip.stream().toList()) {
                String entryName = entry.getName();
                if (!entry.isDirectory() && !entryName.startsWith("META-INF/")) {
                    contents.add(entryName);
                }
                if (!entryName.endsWith(".class") || entryName.endsWith("module-info.class")) {
                    continue;
                }
                var model = ClassFile.of().parse(zip.getInputStream(entry).readAllBytes());
                model.findAttribute(Attributes.sourceFile())
                        .ifPresent(a -> sourceFiles.put(
                                model.thisClass().asInternalName(), a.sourceFile().stringValue()));
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
        return new InputJar(jar, targets, sourceFiles, contents);
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
