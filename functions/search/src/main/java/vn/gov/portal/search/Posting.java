package vn.gov.portal.search;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One term of one document, as the index stores it: the folded term (a syllable, or two adjacent
 * syllables "bao hiem"), the document's impact for it, the toned spellings the document uses
 * ("dấu", "dâu"), and for a pair the positions of its first syllable (for quoted phrases).
 *
 * <p>Postings of a term are sorted by {@link #sortKey}: highest impact first, then newest, then
 * id, so the first N postings of a term are its best N documents and reading them costs the same
 * whatever the archive holds.
 */
public record Posting(String term, int impact, Set<String> forms, List<Integer> positions, String docId, Instant time) {

    public static final int MAX_IMPACT = 99;
    private static final long TIME_COMPLEMENT = 99_999_999_999L;

    public Posting {
        forms = Set.copyOf(forms);
        positions = List.copyOf(positions);
    }

    public String sortKey() {
        return sortKey(impact, time, docId);
    }

    public static String sortKey(int impact, Instant time, String docId) {
        long seconds = Math.clamp(time.getEpochSecond(), 0, TIME_COMPLEMENT);
        return String.format(
                "%02d#%011d#%s", MAX_IMPACT - Math.clamp(impact, 0, MAX_IMPACT), TIME_COMPLEMENT - seconds, docId);
    }

    /** The parts of a sort key, or null for one this code did not write. */
    public static Parsed parse(String sortKey) {
        if (sortKey.length() < 16 || sortKey.charAt(2) != '#' || sortKey.charAt(14) != '#') {
            return null;
        }
        try {
            int impact = MAX_IMPACT - Integer.parseInt(sortKey.substring(0, 2));
            long seconds = TIME_COMPLEMENT - Long.parseLong(sortKey.substring(3, 14));
            return new Parsed(impact, Instant.ofEpochSecond(seconds), sortKey.substring(15));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public record Parsed(int impact, Instant time, String docId) {}

    /** The key a document's term list remembers a posting by: the term and the sort key. */
    public String listEntry() {
        return term + "\t" + sortKey();
    }
}
