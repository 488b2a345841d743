package vn.gov.portal.search;

/**
 * The parts of a document that are indexed, with the weight a word found there adds to the
 * document's score for that word. Title and symbol weigh most: a reader searching for a phrase
 * or a symbol most often wants the document that is about it, not one that mentions it.
 */
public enum Field {
    TITLE(10),
    SYMBOL(10),
    SUBJECT(5),
    SUMMARY(4),
    ISSUER(4),
    CAPTION(2),
    BODY(1);

    private final int weight;

    Field(int weight) {
        this.weight = weight;
    }

    public int weight() {
        return weight;
    }
}
