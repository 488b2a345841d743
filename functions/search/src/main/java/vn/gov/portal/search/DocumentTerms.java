package vn.gov.portal.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The postings of one document: every distinct syllable and every pair of adjacent syllables
 * (within one field) with its impact, toned forms and, for pairs, positions.
 *
 * <p>Impact of a term = Σ over fields of weight × min(occurrences in that field, 3), at most 99:
 * a word in the title counts ten times a word in the body, and repeating a word more than three
 * times in a field earns nothing more (no keyword stuffing). Fields are read heaviest first and a
 * document keeps at most {@value #MAX_TERMS} terms, so its postings and its term list stay
 * bounded; a very long body loses only its rarest late terms.
 */
final class DocumentTerms {

    static final int MAX_TERMS = 3000;
    static final int MAX_FORMS = 4;
    static final int MAX_POSITIONS = 16;
    static final int MAX_OCCURRENCES_COUNTED = 3;
    /** Positions jump between fields, so a phrase never spans two fields. */
    static final int FIELD_GAP = 1000;
    /** Body text past this is not indexed (its terms have almost always been seen before). */
    static final int MAX_FIELD_CHARS = 40_000;

    private DocumentTerms() {}

    static List<Posting> of(SearchDocument doc) {
        Map<String, Acc> terms = new LinkedHashMap<>();
        int position = 0;
        for (Field field : Field.values()) {
            String text = doc.fields().get(field);
            if (text == null || text.isBlank()) {
                continue;
            }
            String nfc = Tokenizer.nfc(text.length() > MAX_FIELD_CHARS ? text.substring(0, MAX_FIELD_CHARS) : text);
            List<Tokenizer.Token> tokens = Tokenizer.tokens(nfc);
            Map<String, Integer> occurrences = new LinkedHashMap<>();
            for (int i = 0; i < tokens.size(); i++) {
                Tokenizer.Token t = tokens.get(i);
                add(terms, occurrences, field, t.folded(), t.toned(), -1);
                if (i + 1 < tokens.size()) {
                    Tokenizer.Token next = tokens.get(i + 1);
                    add(
                            terms,
                            occurrences,
                            field,
                            t.folded() + " " + next.folded(),
                            t.toned() + " " + next.toned(),
                            position + i);
                }
            }
            position += tokens.size() + FIELD_GAP;
        }
        List<Posting> out = new ArrayList<>(terms.size());
        terms.forEach((term, acc) -> out.add(new Posting(
                term, Math.min(Posting.MAX_IMPACT, acc.impact), acc.forms, acc.positions, doc.id(), doc.time())));
        return out;
    }

    private static void add(
            Map<String, Acc> terms,
            Map<String, Integer> occurrences,
            Field field,
            String term,
            String form,
            int position) {
        Acc acc = terms.get(term);
        if (acc == null) {
            if (terms.size() >= MAX_TERMS) {
                return;
            }
            acc = new Acc();
            terms.put(term, acc);
        }
        int seen = occurrences.merge(term, 1, Integer::sum);
        if (seen <= MAX_OCCURRENCES_COUNTED) {
            acc.impact += field.weight();
        }
        if (acc.forms.size() < MAX_FORMS) {
            acc.forms.add(form);
        }
        if (position >= 0 && acc.positions.size() < MAX_POSITIONS) {
            acc.positions.add(position);
        }
    }

    private static final class Acc {
        int impact;
        final Set<String> forms = new LinkedHashSet<>();
        final List<Integer> positions = new ArrayList<>();
    }
}
