package vn.gov.portal.ratings.captcha;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.CubicCurve2D;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Objects;
import java.util.random.RandomGenerator;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Draws a captcha: the answer's symbols as distorted strokes on a light background, as a PNG of
 * {@value #WIDTH} × {@value #HEIGHT} pixels.
 *
 * <p>No text API is used: every symbol is a {@link GlyphShapes} stroke path, so nothing needs a
 * font (AWS Lambda has none installed; {@code Graphics2D.drawString} would fail there). Only
 * {@link BufferedImage}, {@link Graphics2D} shape drawing and {@link ImageIO}'s PNG writer are
 * used, all of which work in a headless JVM.
 *
 * <p>The distortions, each drawn from the caller's {@link RandomGenerator}:
 * <ul>
 *   <li>per image: background gradient between two pale colours, one dark text colour (WCAG
 *       contrast at least 4.5), a base stroke width, a slant, a bouncing baseline, and a wave
 *       (sine displacement of x by y and of y by x) applied to every point of every stroke,
 *       glyphs and clutter alike;</li>
 *   <li>per symbol: stroke width, height, width, rotation, extra shear, vertical and horizontal
 *       jitter, with neighbours touching or slightly overlapping;</li>
 *   <li>clutter: two long curves and a few short arcs in the text colour crossing the symbols,
 *       thin cuts in the background paint breaking strokes, and speckle.</li>
 * </ul>
 * Everything is a function of the answer and the random generator's output, so a seeded
 * generator gives the same bytes (design, limits and the measured OCR read rate:
 * {@code docs/captcha.md}). Nothing mutable is shared between calls: concurrent calls are
 * safe (the generator itself must not be shared between threads unless it is thread-safe, as
 * {@link java.security.SecureRandom} is).
 */
public final class CaptchaImage {

    static {
        // Defensive: this class never needs a display. Only set when nobody decided otherwise.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** Image width in pixels. */
    public static final int WIDTH = 200;

    /** Image height in pixels. */
    public static final int HEIGHT = 70;

    /** Longest answer that fits the image. */
    public static final int MAX_SYMBOLS = 7;

    private static final double TAU = 2 * Math.PI;

    private CaptchaImage() {}

    /**
     * The captcha for {@code answer} as PNG bytes.
     *
     * @param answer 1 to {@value #MAX_SYMBOLS} symbols of {@link CaptchaAlphabet#SYMBOLS}
     *               (typically {@link CaptchaAlphabet#randomAnswer})
     * @param rnd    the randomness of the distortion; a {@link java.security.SecureRandom} in
     *               production, a seeded generator for reproducible images
     * @throws IllegalArgumentException if the answer is empty, too long or has a symbol outside
     *                                  the alphabet
     */
    public static byte[] png(String answer, RandomGenerator rnd) {
        return encodePng(render(answer, rnd));
    }

    /** The captcha for {@code answer} as an image ({@link #png} without the encoding). */
    public static BufferedImage render(String answer, RandomGenerator rnd) {
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(rnd, "rnd");
        if (answer.isEmpty() || answer.length() > MAX_SYMBOLS) {
            throw new IllegalArgumentException("a captcha answer has 1 to " + MAX_SYMBOLS + " symbols");
        }
        GlyphShapes.Glyph[] glyphs = new GlyphShapes.Glyph[answer.length()];
        for (int i = 0; i < glyphs.length; i++) {
            if (!CaptchaAlphabet.contains(answer.charAt(i))) {
                throw new IllegalArgumentException("'" + answer.charAt(i) + "' is not a captcha symbol");
            }
            glyphs[i] = GlyphShapes.of(answer.charAt(i));
        }

        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);

            Palette palette = Palette.random(rnd);
            Paint background = palette.background();
            g.setPaint(background);
            g.fill(new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));

            Color ink = palette.ink();
            Wave wave = Wave.random(rnd);
            double baseStroke = uniform(rnd, 3.0, 4.0);

            drawGlyphs(g, glyphs, ink, wave, baseStroke, rnd);
            drawClutter(g, ink, background, wave, baseStroke, rnd);
        } finally {
            g.dispose();
        }
        speckle(image, rnd);
        return image;
    }

    // ---------------------------------------------------------------- colours

    /**
     * The image's colours: a gradient between two pale colours and a dark ink. The ranges keep the
     * ink's WCAG contrast ratio against either background end at 4.5 or more (tested).
     */
    record Palette(Color from, Color to, Color ink, double angle) {

        static Palette random(RandomGenerator rnd) {
            float hue = rnd.nextFloat();
            Color from = Color.getHSBColor(hue, (float) uniform(rnd, 0.05, 0.20), (float) uniform(rnd, 0.95, 1.0));
            Color to = Color.getHSBColor(hue + (float) uniform(rnd, 0.1, 0.4), (float) uniform(rnd, 0.08, 0.22), (float)
                    uniform(rnd, 0.90, 0.97));
            Color ink = Color.getHSBColor(
                    rnd.nextFloat(), (float) uniform(rnd, 0.35, 0.85), (float) uniform(rnd, 0.08, 0.25));
            return new Palette(from, to, ink, rnd.nextDouble() * TAU);
        }

        Paint background() {
            double cx = WIDTH / 2.0;
            double cy = HEIGHT / 2.0;
            double r = WIDTH / 2.0;
            return new GradientPaint(
                    (float) (cx - r * Math.cos(angle)),
                    (float) (cy - r * Math.sin(angle)),
                    from,
                    (float) (cx + r * Math.cos(angle)),
                    (float) (cy + r * Math.sin(angle)),
                    to);
        }
    }

    // ---------------------------------------------------------------- glyphs

    private static void drawGlyphs(
            Graphics2D g, GlyphShapes.Glyph[] glyphs, Color ink, Wave wave, double baseStroke, RandomGenerator rnd) {
        int n = glyphs.length;
        // Six symbols get smaller glyphs than five, so that they are not squeezed into each other.
        double height = n <= 5 ? uniform(rnd, 38, 44) : uniform(rnd, 34, 40);
        // Each glyph as wide as its aspect asks, neighbours touching or overlapping by a few
        // pixels; the row is squeezed horizontally if it does not fit.
        double[] heights = new double[n];
        double[] widths = new double[n];
        double[] gaps = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            heights[i] = height * uniform(rnd, 0.88, 1.08);
            widths[i] = heights[i] * glyphs[i].aspect() * uniform(rnd, 0.66, 0.80);
            gaps[i] = i == 0 ? 0 : uniform(rnd, -2, 2);
            total += widths[i] + gaps[i];
        }
        double fit = Math.min(1.0, (WIDTH - 24.0) / total);
        double x = (WIDTH - total * fit) / 2 + uniform(rnd, -3, 3);
        double centreY = HEIGHT / 2.0 + uniform(rnd, -3, 3);
        // The baseline rises and falls along the row.
        double bounce = uniform(rnd, 3, 6);
        double bouncePhase = rnd.nextDouble() * TAU;
        double bounceStep = uniform(rnd, 0.9, 1.6);
        // A slant for the whole row (like italics), varied a little per symbol: neighbours tilted
        // in opposite directions would collide.
        double slant = uniform(rnd, -0.25, 0.25);
        g.setColor(ink);
        for (int i = 0; i < n; i++) {
            double w = widths[i] * fit;
            x += gaps[i] * fit;
            double cx = x + w / 2 + uniform(rnd, -1.5, 1.5);
            double cy = centreY + bounce * Math.sin(bouncePhase + i * bounceStep) + uniform(rnd, -2.5, 2.5);
            AffineTransform at = new AffineTransform();
            at.translate(cx, cy);
            at.rotate(uniform(rnd, -0.18, 0.18));
            at.shear(slant + uniform(rnd, -0.12, 0.12), uniform(rnd, -0.08, 0.08));
            at.scale(w, heights[i]);
            at.translate(-0.5, -0.5);
            float stroke = (float) (baseStroke * uniform(rnd, 0.8, 1.25));
            g.setStroke(new BasicStroke(stroke, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(wave.warp(glyphs[i].path(), at));
            x += w;
        }
    }

    // ---------------------------------------------------------------- clutter

    private static void drawClutter(
            Graphics2D g, Color ink, Paint background, Wave wave, double baseStroke, RandomGenerator rnd) {
        AffineTransform identity = new AffineTransform();
        // Long curves across the whole text, in the text colour, less than half as thick as strokes.
        // Two of them, one starting in the upper half and one in the lower, so both cross the text.
        for (int i = 0; i < 2; i++) {
            double y0 = i == 0 ? uniform(rnd, 18, HEIGHT / 2.0) : uniform(rnd, HEIGHT / 2.0, HEIGHT - 18);
            double y3 = uniform(rnd, 18, HEIGHT - 18);
            Shape curve = new CubicCurve2D.Double(
                    -5,
                    y0,
                    uniform(rnd, 40, 90),
                    uniform(rnd, -10, HEIGHT + 10),
                    uniform(rnd, 110, 160),
                    uniform(rnd, -10, HEIGHT + 10),
                    WIDTH + 5,
                    y3);
            g.setColor(ink);
            g.setStroke(new BasicStroke(
                    (float) (baseStroke * uniform(rnd, 0.38, 0.55)), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(wave.warp(curve, identity));
        }
        // Short arcs over single symbols.
        int arcs = 2 + rnd.nextInt(2);
        for (int i = 0; i < arcs; i++) {
            double r = uniform(rnd, 8, 20);
            Shape arc = new Arc2D.Double(
                    uniform(rnd, 10, WIDTH - 10) - r,
                    uniform(rnd, 15, HEIGHT - 15) - r,
                    2 * r,
                    2 * r,
                    rnd.nextDouble() * 360,
                    uniform(rnd, 70, 160),
                    Arc2D.OPEN);
            g.setColor(ink);
            g.setStroke(new BasicStroke(
                    (float) (baseStroke * uniform(rnd, 0.35, 0.50)), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(wave.warp(arc, identity));
        }
        // Thin cuts in the background paint, breaking strokes apart.
        int cuts = 1 + rnd.nextInt(2);
        g.setPaint(background);
        for (int i = 0; i < cuts; i++) {
            Shape curve = new CubicCurve2D.Double(
                    -5,
                    uniform(rnd, 10, HEIGHT - 10),
                    uniform(rnd, 30, 100),
                    uniform(rnd, -20, HEIGHT + 20),
                    uniform(rnd, 100, 170),
                    uniform(rnd, -20, HEIGHT + 20),
                    WIDTH + 5,
                    uniform(rnd, 10, HEIGHT - 10));
            g.setStroke(new BasicStroke((float) uniform(rnd, 0.9, 1.3), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
            g.draw(wave.warp(curve, identity));
        }
    }

    private static void speckle(BufferedImage image, RandomGenerator rnd) {
        int dots = 140 + rnd.nextInt(80);
        for (int i = 0; i < dots; i++) {
            int x = rnd.nextInt(WIDTH);
            int y = rnd.nextInt(HEIGHT);
            int grey = rnd.nextBoolean() ? rnd.nextInt(40, 110) : rnd.nextInt(200, 256);
            image.setRGB(x, y, 0xFF000000 | grey << 16 | grey << 8 | grey);
        }
    }

    // ---------------------------------------------------------------- wave

    /** x moves by two sines of y, y by a sine of x; applied to the points of every stroke. */
    private record Wave(
            double ax, double kx, double px, double ay, double ky, double py, double ax2, double kx2, double px2) {

        /** Points are at most this far apart after flattening, so the wave bends straight lines. */
        private static final double STEP = 2.0;

        static Wave random(RandomGenerator rnd) {
            return new Wave(
                    uniform(rnd, 1.5, 2.5),
                    TAU / uniform(rnd, 35, 60),
                    rnd.nextDouble() * TAU,
                    uniform(rnd, 2.5, 4.0),
                    TAU / uniform(rnd, 80, 140),
                    rnd.nextDouble() * TAU,
                    uniform(rnd, 0.4, 0.8),
                    TAU / uniform(rnd, 16, 24),
                    rnd.nextDouble() * TAU);
        }

        double x(double x, double y) {
            return x + ax * Math.sin(kx * y + px) + ax2 * Math.sin(kx2 * y + px2);
        }

        double y(double x, double y) {
            return y + ay * Math.sin(ky * x + py);
        }

        /** {@code shape} transformed by {@code at}, flattened, subdivided and displaced. */
        Path2D.Double warp(Shape shape, AffineTransform at) {
            Path2D.Double out = new Path2D.Double();
            double[] p = new double[6];
            double lastX = 0;
            double lastY = 0;
            double startX = 0;
            double startY = 0;
            for (PathIterator it = shape.getPathIterator(at, 0.2); !it.isDone(); it.next()) {
                switch (it.currentSegment(p)) {
                    case PathIterator.SEG_MOVETO -> {
                        out.moveTo(x(p[0], p[1]), y(p[0], p[1]));
                        lastX = startX = p[0];
                        lastY = startY = p[1];
                    }
                    case PathIterator.SEG_LINETO -> {
                        lineTo(out, lastX, lastY, p[0], p[1]);
                        lastX = p[0];
                        lastY = p[1];
                    }
                    case PathIterator.SEG_CLOSE -> {
                        lineTo(out, lastX, lastY, startX, startY);
                        out.closePath();
                        lastX = startX;
                        lastY = startY;
                    }
                    default -> throw new IllegalStateException("flattened paths have no curves");
                }
            }
            return out;
        }

        private void lineTo(Path2D.Double out, double x0, double y0, double x1, double y1) {
            int steps = Math.max(1, (int) Math.ceil(Math.hypot(x1 - x0, y1 - y0) / STEP));
            for (int k = 1; k <= steps; k++) {
                double t = (double) k / steps;
                double x = x0 + (x1 - x0) * t;
                double y = y0 + (y1 - y0) * t;
                out.lineTo(x(x, y), y(x, y));
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    private static double uniform(RandomGenerator rnd, double from, double to) {
        return from + (to - from) * rnd.nextDouble();
    }

    private static byte[] encodePng(BufferedImage image) {
        // A writer of our own (not ImageIO.write): no shared state, and an in-memory stream
        // instead of ImageIO's default file cache.
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IllegalStateException("no PNG writer in this JVM");
        }
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(image);
        } catch (IOException e) {
            throw new UncheckedIOException("PNG encoding failed", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
