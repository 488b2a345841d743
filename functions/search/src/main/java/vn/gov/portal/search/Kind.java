package vn.gov.portal.search;

import java.util.Optional;

/** What a search result is; each kind has its own postings, so one cannot crowd out the other. */
public enum Kind {
    ARTICLE("a", "article"),
    DIRECTIVE("d", "directive");

    private final String code;
    private final String apiName;

    Kind(String code, String apiName) {
        this.code = code;
        this.apiName = apiName;
    }

    /** One letter in the index keys. */
    public String code() {
        return code;
    }

    /** The name the API uses ({@code kind=article}, {@code "kind":"article"}). */
    public String apiName() {
        return apiName;
    }

    public static Optional<Kind> fromCode(String code) {
        for (Kind k : values()) {
            if (k.code.equals(code)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
