package vn.gov.portal.ratings.captcha;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class CaptchaImageTest {

    private static BufferedImage decode(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).as("a PNG ImageIO can read").isNotNull();
        return image;
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    @Test
    void isAPngOfTheAdvertisedSize() throws IOException {
        byte[] png = CaptchaImage.png("HK7PW", new SplittableRandom(1));
        assertThat(Arrays.copyOf(png, 8)).isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        BufferedImage image = decode(png);
        assertThat(image.getWidth()).isEqualTo(CaptchaImage.WIDTH).isEqualTo(200);
        assertThat(image.getHeight()).isEqualTo(CaptchaImage.HEIGHT).isEqualTo(70);
        assertThat(png.length).as("small enough to send inline").isLessThan(30_000);
    }

    @Test
    void hasDarkInkOnALightBackground() throws IOException {
        SplittableRandom rnd = new SplittableRandom(2);
        for (int i = 0; i < 50; i++) {
            int[] pixels = pixels(decode(CaptchaImage.png(CaptchaAlphabet.randomAnswer(rnd), rnd)));
            long dark = Arrays.stream(pixels).filter(p -> luminance(p) < 0.25).count();
            long light = Arrays.stream(pixels).filter(p -> luminance(p) > 0.5).count();
            assertThat(dark).as("ink pixels").isBetween(pixels.length / 20L, pixels.length / 2L);
            assertThat(light).as("background pixels").isGreaterThan(pixels.length / 2L);
        }
    }

    @Test
    void paletteKeepsWcagContrastBetweenInkAndBackground() {
        SplittableRandom rnd = new SplittableRandom(3);
        double worst = Double.MAX_VALUE;
        for (int i = 0; i < 100_000; i++) {
            CaptchaImage.Palette palette = CaptchaImage.Palette.random(rnd);
            worst = Math.min(worst, contrast(palette.ink(), palette.from()));
            worst = Math.min(worst, contrast(palette.ink(), palette.to()));
        }
        assertThat(worst).as("worst WCAG contrast ratio").isGreaterThanOrEqualTo(4.5);
    }

    @Test
    void differentAnswersGiveDifferentImages() throws IOException {
        int[] a = pixels(decode(CaptchaImage.png("HK7PW", new SplittableRandom(4))));
        int[] b = pixels(decode(CaptchaImage.png("HK7PX", new SplittableRandom(4))));
        assertThat(a).isNotEqualTo(b);
        int[] c = pixels(decode(CaptchaImage.png("HK7PW", new SplittableRandom(5))));
        assertThat(a).as("same answer, other randomness").isNotEqualTo(c);
    }

    @Test
    void sameSeedGivesSameBytes() {
        for (long seed = 0; seed < 20; seed++) {
            SplittableRandom r1 = new SplittableRandom(seed);
            SplittableRandom r2 = new SplittableRandom(seed);
            byte[] first = CaptchaImage.png(CaptchaAlphabet.randomAnswer(r1), r1);
            byte[] second = CaptchaImage.png(CaptchaAlphabet.randomAnswer(r2), r2);
            assertThat(first).isEqualTo(second);
        }
    }

    @Test
    void concurrentCallsGiveTheSameImagesAsSequentialOnes() throws Exception {
        int n = 64;
        List<byte[]> sequential = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            sequential.add(CaptchaImage.png(
                    "M4X9E" + CaptchaAlphabet.SYMBOLS.charAt(i % CaptchaAlphabet.SYMBOLS.length()),
                    new SplittableRandom(i)));
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<byte[]>> futures = IntStream.range(0, n)
                    .mapToObj(i -> pool.submit(() -> CaptchaImage.png(
                            "M4X9E" + CaptchaAlphabet.SYMBOLS.charAt(i % CaptchaAlphabet.SYMBOLS.length()),
                            new SplittableRandom(i))))
                    .toList();
            for (int i = 0; i < n; i++) {
                assertThat(futures.get(i).get()).as("image %d", i).isEqualTo(sequential.get(i));
            }
        }
    }

    @Test
    void everySymbolAndBothLengthsRender() throws IOException {
        SplittableRandom rnd = new SplittableRandom(6);
        for (String answer : List.of("ACEHJK", "MNPRW", "XY3467", "79ACE")) {
            assertThat(decode(CaptchaImage.png(answer, rnd)).getWidth()).isEqualTo(200);
        }
    }

    @Test
    void rejectsAnswersItCannotDraw() {
        SplittableRandom rnd = new SplittableRandom(7);
        assertThatThrownBy(() -> CaptchaImage.png("HK0PW", rnd))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'0'");
        assertThatThrownBy(() -> CaptchaImage.png("hk7pw", rnd))
                .as("lower case")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CaptchaImage.png("", rnd)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CaptchaImage.png("HK7PWHK7", rnd)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CaptchaImage.png(null, rnd)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> CaptchaImage.png("HK7PW", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void runsHeadless() {
        CaptchaImage.png("HK7PW", new SplittableRandom(8));
        assertThat(System.getProperty("java.awt.headless")).isEqualTo("true");
        assertThat(GraphicsEnvironment.isHeadless()).isTrue();
    }

    /**
     * No font is ever touched: none of the package's classes refers to java.awt.Font, the
     * java.awt.font package or a text-drawing method. (Class files name every class and method
     * they use in their constant pool, as plain ASCII for these names.) That a JVM without any
     * font renders the captcha was also checked by hand, see docs/captcha.md.
     */
    @Test
    void neverUsesFonts() throws IOException, URISyntaxException {
        Path classes = Path.of(CaptchaImage.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Path pkg = classes.resolve(CaptchaImage.class.getPackageName().replace('.', '/'));
        List<Path> classFiles;
        try (Stream<Path> files = Files.list(pkg)) {
            classFiles = files.filter(f -> f.toString().endsWith(".class")).toList();
        }
        assertThat(classFiles)
                .extracting(f -> f.getFileName().toString())
                .contains("CaptchaImage.class", "CaptchaAlphabet.class", "GlyphShapes.class");
        for (Path classFile : classFiles) {
            String constantPool = new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
            for (String forbidden : List.of(
                    "java/awt/Font",
                    "java/awt/font/",
                    "drawString",
                    "drawChars",
                    "drawGlyphVector",
                    "getFontMetrics",
                    "setFont",
                    "getAllFonts",
                    "getAvailableFontFamilyNames")) {
                assertThat(constantPool)
                        .as("%s refers to %s", classFile.getFileName(), forbidden)
                        .doesNotContain(forbidden);
            }
        }
    }

    @Test
    void isFast() {
        SplittableRandom rnd = new SplittableRandom(9);
        for (int i = 0; i < 200; i++) { // warm up
            CaptchaImage.png(CaptchaAlphabet.randomAnswer(rnd), rnd);
        }
        int n = 500;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            CaptchaImage.png(CaptchaAlphabet.randomAnswer(rnd), rnd);
        }
        double msPerImage = (System.nanoTime() - start) / 1e6 / n;
        System.out.printf("captcha generation: %.2f ms per PNG (mean of %d, warm JVM)%n", msPerImage, n);
        // About 2 ms on an idle core, 3-12 ms on a machine shared with other builds. The bound only
        // catches an order-of-magnitude regression without making busy CI runners flaky.
        assertThat(msPerImage).isLessThan(50.0);
    }

    private static double luminance(int rgb) {
        return relativeLuminance(new Color(rgb));
    }

    private static double contrast(Color a, Color b) {
        double la = relativeLuminance(a);
        double lb = relativeLuminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** WCAG 2 relative luminance. */
    private static double relativeLuminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(int channel) {
        double s = channel / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
