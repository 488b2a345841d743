package vn.gov.portal.common;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What an editor may upload, as the API contract fixes it: types and size limits per kind. The
 * upload function enforces them; the editor console reads the same values from its config.json
 * ({@link ConsoleConfig}) to refuse a file before sending it.
 */
public enum UploadKind {
    ARTICLE(Set.of("text/markdown", "text/html"), 1L << 20),
    ATTACHMENT(
            Set.of(
                    "application/pdf",
                    "application/msword",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            20L << 20),
    IMAGE(Set.of("image/jpeg", "image/png", "image/webp"), 10L << 20);

    private final Set<String> contentTypes;
    private final long maxBytes;

    UploadKind(Set<String> contentTypes, long maxBytes) {
        this.contentTypes = contentTypes;
        this.maxBytes = maxBytes;
    }

    public Set<String> contentTypes() {
        return contentTypes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<UploadKind> fromWire(String value) {
        return Arrays.stream(values()).filter(k -> k.wireName().equals(value)).findFirst();
    }
}
