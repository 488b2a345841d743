package vn.gov.portal.ratings.captcha;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The symbols a captcha answer is made of, and how a typed answer is compared with it.
 *
 * <p>The alphabet is upper-case letters and digits with every look-alike removed, so that a
 * distorted glyph can only be read as one symbol: no 0/O/Q/D (round shapes), 1/I/L (bars), 2/Z,
 * 5/S, 6/G (only 6 kept), 8/B, U/V, F (an E whose bottom bar a noise line can hide or fake) and T
 * (slanted, it is a 7). What is left is {@value #SYMBOLS}: 18 symbols, so a 5-symbol answer is
 * one of 18<sup>5</sup> ≈ 1.9 million and a 6-symbol answer one of 18<sup>6</sup> ≈ 34 million.
 * The 4 is drawn open (its diagonal does not meet the stem) so that it is no A.
 *
 * <p>Users type the answer case-insensitively ({@link #normalize(String)} upper-cases it), which
 * is why lower-case shapes are irrelevant: the alphabet is only ever drawn upper-case.
 */
public final class CaptchaAlphabet {

    /** The symbols, in no particular order; none is a look-alike of another. */
    public static final String SYMBOLS = "ACEHJKMNPRWXY34679";

    /** Shortest answer {@link #randomAnswer} produces. */
    public static final int MIN_LENGTH = 5;

    /** Longest answer {@link #randomAnswer} produces. */
    public static final int MAX_LENGTH = 6;

    private CaptchaAlphabet() {}

    /**
     * A random answer of {@value #MIN_LENGTH} or {@value #MAX_LENGTH} symbols from {@link #SYMBOLS}.
     *
     * @param rnd the source of randomness; in production a {@link java.security.SecureRandom}
     *            (it implements {@link RandomGenerator}), in tests a seeded generator
     */
    public static String randomAnswer(RandomGenerator rnd) {
        Objects.requireNonNull(rnd, "rnd");
        int length = MIN_LENGTH + rnd.nextInt(MAX_LENGTH - MIN_LENGTH + 1);
        char[] answer = new char[length];
        for (int i = 0; i < length; i++) {
            answer[i] = SYMBOLS.charAt(rnd.nextInt(SYMBOLS.length()));
        }
        return new String(answer);
    }

    /**
     * What the user typed, made comparable with an answer: compatibility-normalised (NFKC, so the
     * full-width "ＡＢ１" some input methods produce becomes "AB1"), every white space removed
     * (leading, trailing and inside, including no-break spaces) and upper-cased. {@code null}
     * gives the empty string. Nothing else is changed: a symbol outside the alphabet stays and
     * simply makes the answer wrong.
     */
    public static String normalize(String typed) {
        if (typed == null) {
            return "";
        }
        String nfkc = Normalizer.normalize(typed.strip(), Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        nfkc.codePoints()
                .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
                .forEach(out::appendCodePoint);
        return out.toString().toUpperCase(Locale.ROOT);
    }

    /** Whether {@code c} is one of the {@link #SYMBOLS}. */
    public static boolean contains(char c) {
        return SYMBOLS.indexOf(c) >= 0;
    }

    /**
     * Whether the typed text is the answer, after {@link #normalize(String) normalising} both.
     * The comparison takes the same time wherever the first difference is.
     */
    public static boolean matches(String answer, String typed) {
        byte[] expected = normalize(answer).getBytes(StandardCharsets.UTF_8);
        byte[] actual = normalize(typed).getBytes(StandardCharsets.UTF_8);
        return expected.length > 0 && MessageDigest.isEqual(expected, actual);
    }
}
