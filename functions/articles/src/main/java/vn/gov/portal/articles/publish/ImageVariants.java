package vn.gov.portal.articles.publish;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * The smaller JPEG copies of an uploaded image that pages offer through {@code srcset}, made with
 * the JDK's ImageIO (no dependency; WebP would need a native or a large library, and the JDK reads
 * PNG and JPEG only, so a WebP upload keeps just its original). Widths below the original's only,
 * and only variants smaller in bytes than the original; the original is kept as the largest candidate.
 */
final class ImageVariants {

    /** Phone, phone at 2x / tablet, desktop main column at 1x-2x. */
    static final int[] WIDTHS = {320, 640, 1024};

    static final float QUALITY = 0.8f;
    /** Larger images are published as they are (decoding 40 megapixels takes ~160 MB of heap). */
    static final long MAX_PIXELS = 40_000_000L;

    record Variant(int width, int height, byte[] jpeg) {}

    record Result(int width, int height, List<Variant> variants) {}

    private ImageVariants() {}

    /** The original's size and its variants; empty when the JDK cannot read it (WebP) or it is too large to decode. */
    static Optional<Result> of(byte[] original) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(original))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if ((long) width * height > MAX_PIXELS) {
                    return Optional.of(new Result(width, height, List.of()));
                }
                BufferedImage image = reader.read(0);
                List<Variant> variants = new ArrayList<>();
                for (int w : WIDTHS) {
                    if (w < width) {
                        int h = Math.max(1, Math.round((float) height * w / width));
                        byte[] jpeg = jpeg(scale(image, w, h));
                        if (jpeg.length
                                < original.length) { // a flat drawing's PNG can be smaller than its JPEG: keep that
                            variants.add(new Variant(w, h, jpeg));
                        }
                    }
                }
                return Optional.of(new Result(width, height, variants));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // not decodable by the JDK: published as uploaded, without variants
        }
    }

    /** Bicubic, in halving steps (one big step blurs and aliases), on white (PNG transparency has no JPEG equivalent). */
    private static BufferedImage scale(BufferedImage source, int width, int height) {
        BufferedImage current = source;
        int w = source.getWidth();
        int h = source.getHeight();
        do {
            w = Math.max(width, w / 2);
            h = Math.max(height, h / 2);
            BufferedImage next = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = next.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(current, 0, 0, w, h, Color.WHITE, null);
            g.dispose();
            current = next;
        } while (w != width || h != height);
        return current;
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
