package vn.gov.portal.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Deployment zips, made as scripts/template-gates makes them (deflate, paths relative to the function's dir). */
final class Packages {

    private Packages() {}

    static Map<String, Long> functionZips(Path samBuild, Path out) {
        Map<String, Long> sizes = new LinkedHashMap<>();
        try (Stream<Path> dirs = Files.list(samBuild)) {
            for (Path dir : dirs.filter(d -> Files.isDirectory(d.resolve("lib")))
                    .sorted()
                    .toList()) {
                sizes.put(dir.getFileName().toString(), zip(dir, out.resolve(dir.getFileName() + ".zip")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sizes;
    }

    /** A zip of jars laid out as lib/*.jar (the conventional baseline's package). */
    static long zipJars(List<Path> jars, Path zip) {
        try (OutputStream file = Files.newOutputStream(zip);
                ZipOutputStream z = new ZipOutputStream(file)) {
            for (Path jar : jars) {
                z.putNextEntry(new ZipEntry("lib/" + jar.getFileName()));
                Files.copy(jar, z);
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return size(zip);
    }

    private static long zip(Path dir, Path zip) {
        try (OutputStream file = Files.newOutputStream(zip);
                ZipOutputStream z = new ZipOutputStream(file);
                Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                z.putNextEntry(new ZipEntry(dir.relativize(f).toString()));
                Files.copy(f, z);
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return size(zip);
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
