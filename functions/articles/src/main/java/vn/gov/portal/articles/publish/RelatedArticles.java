package vn.gov.portal.articles.publish;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.gov.portal.articles.store.Listed;
import vn.gov.portal.common.text.VietnameseText;

/**
 * Chooses an article's related articles from a bounded set of candidates: the newest
 * {@link #CANDIDATES} of its section published before it (one Query, whatever the archive holds).
 * Those sharing the most title words (folded, without the commonest words) come first, ties
 * to the newer; the chosen are shown newest first. Never the article itself.
 */
final class RelatedArticles {

    static final int CANDIDATES = 30;
    static final int SHOWN = 5;
    /** Words too common in a ministry's titles to relate two articles. */
    private static final Set<String> COMMON = Set.of(
            "va", "cua", "ve", "cho", "voi", "tai", "trong", "cac", "nhung", "mot", "nam", "thang", "ngay", "bo", "the",
            "nay", "tu", "den", "la", "co", "duoc", "nguoi");

    private RelatedArticles() {}

    static List<Listed> choose(String id, String title, List<Listed> candidates) {
        Set<String> words = words(title);
        Comparator<Listed> newest =
                Comparator.comparing((Listed l) -> l.publishedAt().toInstant()).reversed();
        return candidates.stream()
                .filter(c -> !c.id().equals(id))
                .sorted(Comparator.comparingInt((Listed c) -> -shared(words, c.title()))
                        .thenComparing(newest))
                .limit(SHOWN)
                .sorted(newest)
                .toList();
    }

    private static int shared(Set<String> words, String title) {
        Set<String> theirs = words(title);
        theirs.retainAll(words);
        return theirs.size();
    }

    static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : VietnameseText.stripDiacritics(text == null ? "" : text)
                .toLowerCase(Locale.ROOT)
                .split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 1 && !COMMON.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }
}
