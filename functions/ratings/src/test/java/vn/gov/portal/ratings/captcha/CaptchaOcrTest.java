package vn.gov.portal.ratings.captcha;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proof that off-the-shelf OCR does not read the captchas: {@link #N} (400) captchas from a fixed
 * seed, each given to Tesseract (Debian's tesseract-ocr) the ways an attacker would try — line and
 * word page segmentation, with and without a whitelist of the alphabet, raw and after the usual
 * clean-up — and the exact reads (after {@link CaptchaAlphabet#normalize}) counted. Every
 * configuration must read fewer than 1 in 20, and not only as observed: the one-sided 95 %
 * Clopper-Pearson upper bound of the read rate must be under 5 % too, for each configuration and
 * for "read by at least one of them".
 *
 * <p>A positive control keeps the proof honest: the same answers drawn with the same glyphs but
 * without any distortion must be read at least half of the time (they are, about 96 %), or the
 * harness, not the captcha, is what fails to read.
 *
 * <p>Tesseract is required; the project's CI installs it ({@code apt-get install tesseract-ocr}).
 * Without it this test fails, it never skips. Set the system property {@code tesseract} or the
 * environment variable {@code TESSERACT} to use a binary that is not on the PATH.
 *
 * <p>Images are passed to Tesseract as list files of {@link #CHUNK} images, so the model loads
 * once per chunk (about 10-30 ms per image instead of 150 ms), chunks running in parallel on up
 * to 4 cores; results are read from Tesseract's TSV output, one page per image. About 50 s of CPU
 * time in all. If Tesseract crashes (5.3.0 occasionally dies with SIGFPE on an image), the chunk is
 * re-read image by image and an image it crashes on counts as not read; more than 1 % such images
 * fail the test. The rates are printed and written to {@code target/captcha-ocr-report.txt}.
 */
class CaptchaOcrTest {

    /** Captchas per configuration; {@code -Dcaptcha.ocr.n=2000} for a tighter (slower) estimate. */
    static final int N = Integer.getInteger("captcha.ocr.n", 400);

    static final long SEED = Long.getLong("captcha.ocr.seed", 20_250_601L);
    static final int CHUNK = 100;
    static final double LIMIT = 0.05;
    static final String WHITELIST = "tessedit_char_whitelist=" + CaptchaAlphabet.SYMBOLS;

    /** How an image set is prepared and which Tesseract options read it. */
    record Config(String name, String images, List<String> options) {}

    static final List<Config> CONFIGS = List.of(
            new Config("psm 7 (single line)", "raw", List.of("--psm", "7")),
            new Config("psm 8 (single word)", "raw", List.of("--psm", "8")),
            new Config("psm 7 + whitelist", "raw", List.of("--psm", "7", "-c", WHITELIST)),
            new Config("psm 8 + whitelist", "raw", List.of("--psm", "8", "-c", WHITELIST)),
            new Config(
                    "cleaned (median, 3x, Otsu) psm 7 + whitelist", "cleaned", List.of("--psm", "7", "-c", WHITELIST)),
            new Config(
                    "cleaned (median, 3x, Otsu) psm 8 + whitelist", "cleaned", List.of("--psm", "8", "-c", WHITELIST)));

    static final Config CONTROL = new Config(
            "control: undistorted glyphs, psm 7 + whitelist", "control", List.of("--psm", "7", "-c", WHITELIST));

    @Test
    void tesseractReadsFewerThanOneCaptchaInTwenty(@TempDir Path dir) throws Exception {
        String tesseract = requireTesseract();

        SplittableRandom rnd = new SplittableRandom(SEED);
        List<String> answers = new ArrayList<>();
        Map<String, List<Path>> images = new LinkedHashMap<>();
        for (String set : List.of("raw", "cleaned", "control")) {
            Files.createDirectories(dir.resolve(set));
            images.put(set, new ArrayList<>());
        }
        long generationNanos = 0;
        for (int i = 0; i < N; i++) {
            String answer = CaptchaAlphabet.randomAnswer(rnd);
            long start = System.nanoTime();
            byte[] png = CaptchaImage.png(answer, rnd);
            generationNanos += System.nanoTime() - start;
            answers.add(answer);
            String file = "%04d.png".formatted(i);
            Path rawPng = dir.resolve("raw").resolve(file);
            Files.write(rawPng, png);
            images.get("raw").add(rawPng);
            Path cleanedPng = dir.resolve("cleaned").resolve(file);
            ImageIO.write(clean(ImageIO.read(new ByteArrayInputStream(png))), "png", cleanedPng.toFile());
            images.get("cleaned").add(cleanedPng);
            Path controlPng = dir.resolve("control").resolve(file);
            ImageIO.write(undistorted(answer), "png", controlPng.toFile());
            images.get("control").add(controlPng);
        }

        // Each configuration in chunks, so that all cores stay busy to the end.
        long ocrStart = System.nanoTime();
        List<Config> all = new ArrayList<>(CONFIGS);
        all.add(CONTROL);
        Map<Config, List<String>> reads = new LinkedHashMap<>();
        Map<Config, List<String>> crashes = new LinkedHashMap<>();
        try (ExecutorService pool =
                Executors.newFixedThreadPool(Math.clamp(Runtime.getRuntime().availableProcessors(), 1, 4))) {
            Map<Config, List<Future<Reads>>> futures = new LinkedHashMap<>();
            for (Config config : all) {
                List<Future<Reads>> chunks = new ArrayList<>();
                for (int from = 0; from < N; from += CHUNK) {
                    List<Path> chunk = images.get(config.images()).subList(from, Math.min(N, from + CHUNK));
                    chunks.add(pool.submit(() -> tesseract(tesseract, chunk, config.options(), dir)));
                }
                futures.put(config, chunks);
            }
            for (var e : futures.entrySet()) {
                List<String> texts = new ArrayList<>();
                List<String> errors = new ArrayList<>();
                for (Future<Reads> chunk : e.getValue()) {
                    Reads r = chunk.get(10, TimeUnit.MINUTES);
                    texts.addAll(r.texts());
                    errors.addAll(r.crashes());
                }
                reads.put(e.getKey(), texts);
                crashes.put(e.getKey(), errors);
            }
        }

        double ocrSeconds = (System.nanoTime() - ocrStart) / 1e9;
        StringBuilder report = new StringBuilder();
        report.append("Tesseract OCR against %d captchas (seed %d), %s%n".formatted(N, SEED, version(tesseract)));
        report.append("generation: %.2f ms per captcha (mean, cold JVM included); OCR: %.1f s for %d configurations%n"
                .formatted(generationNanos / 1e6 / N, ocrSeconds, all.size()));
        boolean[] readByAny = new boolean[N];
        Map<Config, Integer> hits = new LinkedHashMap<>();
        for (Config config : all) {
            List<String> got = reads.get(config);
            int exact = 0;
            int symbolsRight = 0;
            int symbols = 0;
            for (int i = 0; i < N; i++) {
                String answer = answers.get(i);
                String read = CaptchaAlphabet.normalize(got.get(i));
                if (read.equals(answer)) {
                    exact++;
                    if (config != CONTROL) {
                        readByAny[i] = true;
                    }
                }
                for (int k = 0; k < answer.length(); k++) {
                    if (k < read.length() && read.charAt(k) == answer.charAt(k)) {
                        symbolsRight++;
                    }
                }
                symbols += answer.length();
            }
            hits.put(config, exact);
            int crashed = crashes.get(config).size();
            report.append("%-50s exact %3d/%d = %5.1f %% (95 %% upper bound %4.1f %%), symbols in place %5.1f %%%s%n"
                    .formatted(
                            config.name(),
                            exact,
                            N,
                            100.0 * exact / N,
                            100 * upperBound(exact, N),
                            100.0 * symbolsRight / symbols,
                            crashed == 0 ? "" : ", Tesseract crashed on %d (counted as not read)".formatted(crashed)));
        }
        int any = 0;
        for (boolean b : readByAny) {
            any += b ? 1 : 0;
        }
        report.append("%-50s exact %3d/%d = %5.1f %% (95 %% upper bound %4.1f %%)%n"
                .formatted("read by at least one configuration", any, N, 100.0 * any / N, 100 * upperBound(any, N)));
        report.append("examples (answer -> psm 7, psm 7 + whitelist):");
        for (int i = 0; i < 8; i++) {
            report.append(" %s->%s,%s"
                    .formatted(
                            answers.get(i),
                            CaptchaAlphabet.normalize(reads.get(CONFIGS.get(0)).get(i)),
                            CaptchaAlphabet.normalize(reads.get(CONFIGS.get(2)).get(i))));
        }
        report.append("%n".formatted());
        crashes.forEach((config, errors) -> errors.forEach(
                error -> report.append("Tesseract crashed (%s) on %s%n".formatted(config.name(), error))));
        System.out.println(report);
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            Files.writeString(target.resolve("captcha-ocr-report.txt"), report);
        }

        assertThat(hits.get(CONTROL))
                .as("positive control: Tesseract must read undistorted glyphs, else the harness is broken%n%s", report)
                .isGreaterThanOrEqualTo(N / 2);
        for (Config config : CONFIGS) {
            int exact = hits.get(config);
            assertThat((double) exact / N)
                    .as("read rate of %s%n%s", config.name(), report)
                    .isLessThan(LIMIT);
            assertThat(upperBound(exact, N))
                    .as("95 %% upper bound of the read rate of %s%n%s", config.name(), report)
                    .isLessThan(LIMIT);
        }
        assertThat(upperBound(any, N))
                .as("95 %% upper bound of reads by any configuration%n%s", report)
                .isLessThan(LIMIT);
        // An image Tesseract crashes on counts as not read; that must stay rare, or the rates above
        // would measure Tesseract's bugs rather than the captcha.
        for (Config config : all) {
            assertThat(crashes.get(config))
                    .as("images Tesseract crashed on, %s%n%s", config.name(), report)
                    .hasSizeLessThanOrEqualTo(Math.max(1, N / 100));
        }
    }

    // ---------------------------------------------------------------- tesseract

    private static String requireTesseract() {
        String binary = System.getProperty("tesseract", System.getenv().getOrDefault("TESSERACT", "tesseract"));
        try {
            Process process = new ProcessBuilder(binary, "--version")
                    .redirectErrorStream(true)
                    .start();
            process.getInputStream().readAllBytes();
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                fail("'" + binary + " --version' failed; the captcha OCR proof needs a working Tesseract");
            }
        } catch (IOException e) {
            fail("Tesseract OCR is required by this test but '" + binary + "' cannot be run (" + e.getMessage()
                    + "). Install it (Debian/Ubuntu: apt-get install -y tesseract-ocr) or point the system property"
                    + " 'tesseract' or the environment variable TESSERACT at the binary.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted");
        }
        return binary;
    }

    private static String version(String binary) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(binary, "--version")
                .redirectErrorStream(true)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out.lines().findFirst().orElse("tesseract (unknown version)").trim();
    }

    /**
     * What Tesseract read in each image ("" where it crashed) and, for each image it crashed on,
     * the image and Tesseract's error output.
     */
    record Reads(List<String> texts, List<String> crashes) {}

    /** The text Tesseract reads in each of {@code images}, in order. */
    private static Reads tesseract(String binary, List<Path> images, List<String> options, Path dir)
            throws IOException, InterruptedException {
        Run batch = run(binary, images, options, dir);
        if (batch.texts() != null) {
            return new Reads(batch.texts(), List.of());
        }
        // Tesseract 5.3 dies (SIGFPE) on the odd image, taking the whole batch down with it:
        // then read the images one by one. An image it crashes on is not read.
        List<String> texts = new ArrayList<>();
        List<String> crashes = new ArrayList<>();
        for (Path image : images) {
            Run one = run(binary, List.of(image), options, dir);
            if (one.texts() != null) {
                texts.add(one.texts().getFirst());
            } else {
                texts.add("");
                crashes.add(image.getFileName() + ": "
                        + one.error().strip().lines().reduce((a, b) -> b).orElse(""));
            }
        }
        return new Reads(texts, crashes);
    }

    /** One Tesseract process: the texts, or null and the error output if it did not exit with 0. */
    private record Run(List<String> texts, String error) {}

    private static Run run(String binary, List<Path> images, List<String> options, Path dir)
            throws IOException, InterruptedException {
        Path list = Files.createTempFile(dir, "images", ".txt");
        Files.write(list, images.stream().map(Path::toString).toList());
        List<String> command = new ArrayList<>(List.of(binary, list.toString(), "stdout"));
        command.addAll(options);
        command.add("tsv");
        Path stderr = Files.createTempFile(dir, "tesseract", ".err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(stderr.toFile());
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        Process process = builder.start();
        String tsv = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("tesseract " + command + " did not finish in 10 minutes");
        }
        if (process.exitValue() != 0) {
            return new Run(null, "exit " + process.exitValue() + ": " + Files.readString(stderr));
        }
        // TSV columns: level page_num block_num par_num line_num word_num left top width height conf text.
        // Level 1 is a page (one per image, even an empty one), level 5 a word.
        int pages = 0;
        String[] text = new String[images.size()];
        Arrays.fill(text, "");
        for (String line : tsv.split("\n")) {
            String[] cols = line.split("\t", -1);
            if (cols.length < 12 || cols[0].equals("level")) {
                continue;
            }
            int page = Integer.parseInt(cols[1]) - 1;
            if (cols[0].equals("1")) {
                pages++;
            } else if (cols[0].equals("5")) {
                text[page] += cols[11];
            }
        }
        assertThat(pages).as("pages in tesseract's TSV for %s", list).isEqualTo(images.size());
        return new Run(List.of(text), null);
    }

    // ---------------------------------------------------------------- images

    /**
     * What an attacker would do first: grey, 3x3 median (removes speckle), 3x upscale, Otsu
     * threshold to black on white.
     */
    static BufferedImage clean(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] grey = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = image.getRGB(x, y);
                grey[y * w + x] =
                        (int) Math.round(0.299 * (rgb >> 16 & 255) + 0.587 * (rgb >> 8 & 255) + 0.114 * (rgb & 255));
            }
        }
        int[] median = new int[w * h];
        int[] window = new int[9];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int k = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        window[k++] = grey[Math.clamp(y + dy, 0, h - 1) * w + Math.clamp(x + dx, 0, w - 1)];
                    }
                }
                Arrays.sort(window);
                median[y * w + x] = window[4];
            }
        }
        BufferedImage smooth = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        for (int i = 0; i < median.length; i++) {
            smooth.getRaster().setSample(i % w, i / w, 0, median[i]);
        }
        BufferedImage big = new BufferedImage(3 * w, 3 * h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = big.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(smooth, 0, 0, 3 * w, 3 * h, null);
        g.dispose();
        int[] histogram = new int[256];
        int[] samples = big.getRaster().getSamples(0, 0, 3 * w, 3 * h, 0, (int[]) null);
        for (int s : samples) {
            histogram[s]++;
        }
        int threshold = otsu(histogram, samples.length);
        BufferedImage binary = new BufferedImage(3 * w, 3 * h, BufferedImage.TYPE_BYTE_GRAY);
        for (int i = 0; i < samples.length; i++) {
            binary.getRaster().setSample(i % (3 * w), i / (3 * w), 0, samples[i] <= threshold ? 0 : 255);
        }
        return binary;
    }

    private static int otsu(int[] histogram, int total) {
        double sum = 0;
        for (int i = 0; i < 256; i++) {
            sum += i * (double) histogram[i];
        }
        double sumBackground = 0;
        int weightBackground = 0;
        double best = -1;
        int threshold = 127;
        for (int t = 0; t < 256; t++) {
            weightBackground += histogram[t];
            if (weightBackground == 0) {
                continue;
            }
            int weightForeground = total - weightBackground;
            if (weightForeground == 0) {
                break;
            }
            sumBackground += t * (double) histogram[t];
            double meanBackground = sumBackground / weightBackground;
            double meanForeground = (sum - sumBackground) / weightForeground;
            double between = (double) weightBackground
                    * weightForeground
                    * (meanBackground - meanForeground)
                    * (meanBackground - meanForeground);
            if (between > best) {
                best = between;
                threshold = t;
            }
        }
        return threshold;
    }

    /** The positive control: the answer in the captcha's own glyphs, upright, spaced, no noise. */
    static BufferedImage undistorted(String answer) {
        BufferedImage image = new BufferedImage(CaptchaImage.WIDTH, CaptchaImage.HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(3.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            double height = 30;
            double advance = (CaptchaImage.WIDTH - 24.0) / answer.length();
            for (int i = 0; i < answer.length(); i++) {
                GlyphShapes.Glyph glyph = GlyphShapes.of(answer.charAt(i));
                double width = height * glyph.aspect() * 0.7;
                AffineTransform at = new AffineTransform();
                at.translate(12 + advance * i + (advance - width) / 2, (CaptchaImage.HEIGHT - height) / 2);
                at.scale(width, height);
                g.draw(at.createTransformedShape(glyph.path()));
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    // ---------------------------------------------------------------- statistics

    /** One-sided 95 % Clopper-Pearson upper bound of a binomial proportion with k successes in n. */
    static double upperBound(int k, int n) {
        if (k >= n) {
            return 1.0;
        }
        double lo = (double) k / n;
        double hi = 1.0;
        for (int i = 0; i < 100; i++) {
            double p = (lo + hi) / 2;
            if (binomialCdf(k, n, p) > 0.05) {
                lo = p;
            } else {
                hi = p;
            }
        }
        return hi;
    }

    private static double binomialCdf(int k, int n, double p) {
        double sum = 0;
        for (int i = 0; i <= k; i++) {
            sum += Math.exp(logChoose(n, i) + i * Math.log(p) + (n - i) * Math.log1p(-p));
        }
        return sum;
    }

    private static double logChoose(int n, int k) {
        double s = 0;
        for (int i = 1; i <= k; i++) {
            s += Math.log(n - k + i) - Math.log(i);
        }
        return s;
    }

    @Test
    void upperBoundMatchesKnownValues() {
        // Rule of three: no success in n gives about 3/n.
        assertThat(upperBound(0, 500)).isCloseTo(0.00597, Offset.offset(0.0002));
        assertThat(upperBound(4, 200)).isLessThan(LIMIT);
        assertThat(upperBound(6, 200)).isGreaterThan(LIMIT);
        assertThat(String.format(Locale.ROOT, "%.3f", upperBound(10, 100))).isEqualTo("0.164");
    }
}
