package vn.gov.portal.articles.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImageVariantsTest {

    private static byte[] png(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(158, 27, 30));
        g.fillRect(0, 0, width / 2, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void writesJpegVariantsNarrowerThanTheOriginalKeepingItsRatio() throws Exception {
        ImageVariants.Result r = ImageVariants.of(png(960, 540)).orElseThrow();
        assertThat(r.width()).isEqualTo(960);
        assertThat(r.height()).isEqualTo(540);
        assertThat(r.variants()).extracting(ImageVariants.Variant::width).containsExactly(320, 640);
        for (ImageVariants.Variant v : r.variants()) {
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(v.jpeg()));
            assertThat(decoded.getWidth()).isEqualTo(v.width());
            assertThat(decoded.getHeight()).isEqualTo(v.width() * 540 / 960);
            assertThat(v.jpeg()[0] & 0xFF).as("JPEG").isEqualTo(0xFF);
        }
    }

    @Test
    void aSmallImageHasNoVariantsAndWhatTheJdkCannotReadHasNothing() throws Exception {
        assertThat(ImageVariants.of(png(300, 200)).orElseThrow().variants()).isEmpty();
        assertThat(ImageVariants.of("RIFF....WEBPVP8 ".getBytes())).isEmpty();
    }
}
