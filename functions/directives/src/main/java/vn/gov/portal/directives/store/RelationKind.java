package vn.gov.portal.directives.store;

import java.util.Optional;
import java.util.stream.Stream;

/** What a document can do to an earlier one; replacing and repealing end the earlier one's effect. */
public enum RelationKind {
    REPLACES("replaces", "replacedBy", "Thay thế", "Bị thay thế bởi", true),
    AMENDS("amends", "amendedBy", "Sửa đổi, bổ sung", "Được sửa đổi, bổ sung bởi", false),
    REPEALS("repeals", "repealedBy", "Bãi bỏ", "Bị bãi bỏ bởi", true);

    private final String key;
    private final String reverse;
    private final String label;
    private final String reverseLabel;
    private final boolean endsEffect;

    RelationKind(String key, String reverse, String label, String reverseLabel, boolean endsEffect) {
        this.key = key;
        this.reverse = reverse;
        this.label = label;
        this.reverseLabel = reverseLabel;
        this.endsEffect = endsEffect;
    }

    public String key() {
        return key;
    }

    public String reverse() {
        return reverse;
    }

    public String label(boolean incoming) {
        return incoming ? reverseLabel : label;
    }

    /** Whether the target is out of effect once the document doing this is in effect. */
    public boolean endsEffect() {
        return endsEffect;
    }

    public static Optional<RelationKind> of(String key) {
        return Stream.of(values()).filter(k -> k.key.equals(key)).findFirst();
    }
}
