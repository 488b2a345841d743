package vn.gov.portal.articles.render;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A published image with what responsive markup needs: its original's URL and size (0 when the
 * JDK could not read it, e.g. WebP) and the widths of the JPEG variants written beside it at
 * publish ({@code /media/<id>-<width>.jpg}, see ImageVariants). {@code alt} is never null.
 */
public record Picture(String url, String alt, int width, int height, List<Integer> variantWidths) {

    public Picture {
        SitePaths.requireLink(url, "url");
        alt = alt == null ? "" : alt;
        variantWidths = variantWidths == null
                ? List.of()
                : List.copyOf(variantWidths.stream().sorted().toList());
    }

    /** "/media/abc-640.jpg" for "/media/abc.png". */
    public String variantUrl(int w) {
        int dot = url.lastIndexOf('.');
        return (dot > url.lastIndexOf('/') ? url.substring(0, dot) : url) + "-" + w + ".jpg";
    }

    /** Every variant and the original, by width: the srcset attribute ("" when there are no variants). */
    public String srcset() {
        if (variantWidths.isEmpty() || width <= 0) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (int w : variantWidths) {
            out.append(variantUrl(w)).append(' ').append(w).append("w, ");
        }
        return out.append(url).append(' ').append(width).append('w').toString();
    }

    /** The smallest variant (the listings' thumbnail), else the original. */
    public String thumbnailUrl() {
        return variantWidths.isEmpty() ? url : variantUrl(variantWidths.getFirst());
    }

    /** Height of a rendering {@code w} wide, keeping the ratio (0 when the size is unknown). */
    public int heightAt(int w) {
        return width <= 0 ? 0 : Math.round((float) height * w / width);
    }

    /** Widths as stored: "320,640,1024". */
    public String variantsText() {
        return String.join(
                ",",
                variantWidths.stream()
                        .map(w -> String.format(Locale.ROOT, "%d", w))
                        .toList());
    }

    public static List<Integer> parseVariants(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(","))
                .map(String::strip)
                .map(Integer::parseInt)
                .toList();
    }
}
