package vn.gov.portal.ratings.captcha;

import java.awt.geom.Path2D;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The captcha's own "font": every symbol of {@link CaptchaAlphabet#SYMBOLS} as centre-line strokes
 * (lines and Bézier curves) in a unit box, to be drawn with a {@link java.awt.BasicStroke}. No font
 * file and no {@code java.awt.Font} is involved, so the images render on a JVM without any fonts
 * installed (AWS Lambda's runtimes have none).
 *
 * <p>Glyphs are written in a 100 × 100 box (x to the right, y downwards, cap height 100) with a
 * tiny path language: {@code M x y} starts a stroke, {@code L x y} draws a line, {@code C c1x c1y
 * c2x c2y x y} a cubic curve. Each glyph also has an aspect (its width relative to its height).
 * The table is built once and never changes; {@link Glyph#path()} hands out a fresh copy, so
 * concurrent renderers share nothing mutable.
 */
final class GlyphShapes {

    /** One symbol's strokes. Arrays are private to this class and never modified after parsing. */
    static final class Glyph {
        private final char symbol;
        private final double aspect;
        private final byte[] ops;
        private final double[] coords;

        private Glyph(char symbol, double aspect, byte[] ops, double[] coords) {
            this.symbol = symbol;
            this.aspect = aspect;
            this.ops = ops;
            this.coords = coords;
        }

        char symbol() {
            return symbol;
        }

        /** Width divided by height, about 0.85 (narrow: 7, J) to 1.3 (W). */
        double aspect() {
            return aspect;
        }

        /** The strokes as a new path in the unit box (0..1 on both axes, y downwards). */
        Path2D.Double path() {
            Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO, ops.length + 1);
            int c = 0;
            for (byte op : ops) {
                switch (op) {
                    case MOVE -> path.moveTo(coords[c++], coords[c++]);
                    case LINE -> path.lineTo(coords[c++], coords[c++]);
                    case CUBIC ->
                        path.curveTo(coords[c++], coords[c++], coords[c++], coords[c++], coords[c++], coords[c++]);
                    default -> throw new IllegalStateException("op " + op);
                }
            }
            return path;
        }
    }

    private static final byte MOVE = 0;
    private static final byte LINE = 1;
    private static final byte CUBIC = 2;

    private static final Map<Character, Glyph> GLYPHS;

    static {
        Map<Character, Glyph> glyphs = new HashMap<>();
        // Letters.
        define(glyphs, 'A', 1.05, "M 0 100 L 50 0 L 100 100 M 22 62 L 78 62");
        define(glyphs, 'C', 0.95, "M 90 18 C 72 -6 8 -6 8 50 C 8 106 72 106 90 82");
        define(glyphs, 'E', 0.90, "M 88 0 L 12 0 L 12 100 L 88 100 M 12 50 L 72 50");
        define(glyphs, 'H', 1.00, "M 12 0 L 12 100 M 88 0 L 88 100 M 12 50 L 88 50");
        define(glyphs, 'J', 0.85, "M 78 0 L 78 70 C 78 106 18 106 10 74");
        define(glyphs, 'K', 0.95, "M 14 0 L 14 100 M 86 0 L 14 64 M 40 42 L 90 100");
        define(glyphs, 'M', 1.20, "M 6 100 L 10 0 L 50 70 L 90 0 L 94 100");
        define(glyphs, 'N', 1.00, "M 12 100 L 12 0 L 88 100 L 88 0");
        define(glyphs, 'P', 0.90, "M 14 100 L 14 0 L 58 0 C 96 0 96 54 58 54 L 14 54");
        define(glyphs, 'R', 0.95, "M 14 100 L 14 0 L 58 0 C 96 0 96 52 58 52 L 14 52 M 52 52 L 90 100");
        define(glyphs, 'W', 1.30, "M 0 0 L 24 100 L 50 30 L 76 100 L 100 0");
        define(glyphs, 'X', 0.95, "M 8 0 L 92 100 M 92 0 L 8 100");
        define(glyphs, 'Y', 0.95, "M 4 0 L 50 52 L 96 0 M 50 52 L 50 100");
        // Digits.
        define(
                glyphs,
                '3',
                0.85,
                "M 12 14 C 30 -6 86 -4 84 25 C 82 46 62 48 42 48 " + "C 66 48 92 56 90 78 C 88 106 26 108 8 84");
        // An open 4 (the diagonal does not meet the stem), so that it is no A.
        define(glyphs, '4', 0.95, "M 50 0 L 6 66 L 96 66 M 72 30 L 72 100");
        define(glyphs, '6', 0.90, "M 84 10 C 62 -6 12 2 12 56 C 12 106 88 106 88 70 C 88 36 32 32 13 58");
        define(glyphs, '7', 0.85, "M 6 0 L 94 0 L 36 100");
        define(glyphs, '9', 0.90, "M 16 90 C 38 106 88 98 88 44 C 88 -6 12 -6 12 30 C 12 64 68 68 87 42");
        GLYPHS = Map.copyOf(glyphs);
    }

    private GlyphShapes() {}

    /** The glyph of {@code symbol}; {@link IllegalArgumentException} if it has none. */
    static Glyph of(char symbol) {
        Glyph glyph = GLYPHS.get(symbol);
        if (glyph == null) {
            throw new IllegalArgumentException("no captcha glyph for '" + symbol + "'");
        }
        return glyph;
    }

    /** The symbols that have a glyph (exactly the alphabet's). */
    static Set<Character> symbols() {
        return GLYPHS.keySet();
    }

    private static void define(Map<Character, Glyph> glyphs, char symbol, double aspect, String spec) {
        String[] tokens = spec.trim().split("\\s+");
        byte[] ops = new byte[tokens.length];
        double[] coords = new double[tokens.length];
        int nOps = 0;
        int nCoords = 0;
        int i = 0;
        while (i < tokens.length) {
            String command = tokens[i++];
            int arity;
            switch (command) {
                case "M" -> {
                    ops[nOps++] = MOVE;
                    arity = 2;
                }
                case "L" -> {
                    ops[nOps++] = LINE;
                    arity = 2;
                }
                case "C" -> {
                    ops[nOps++] = CUBIC;
                    arity = 6;
                }
                default -> throw new IllegalArgumentException("glyph " + symbol + ": bad command " + command);
            }
            if (nOps == 1 && ops[0] != MOVE) {
                throw new IllegalArgumentException("glyph " + symbol + " must start with M");
            }
            for (int k = 0; k < arity; k++) {
                coords[nCoords++] = Double.parseDouble(tokens[i++]) / 100.0;
            }
        }
        if (glyphs.put(symbol, new Glyph(symbol, aspect, Arrays.copyOf(ops, nOps), Arrays.copyOf(coords, nCoords)))
                != null) {
            throw new IllegalArgumentException("glyph " + symbol + " defined twice");
        }
    }
}
