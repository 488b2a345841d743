package vn.gov.portal.articles.source;

import java.text.Normalizer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;
import vn.gov.portal.common.DomainException;
import vn.gov.portal.common.FieldError;
import vn.gov.portal.common.Ids;
import vn.gov.portal.common.Sections;
import vn.gov.portal.common.text.VietnameseText;

/**
 * Reads an uploaded article source: a YAML front matter block between {@code ---} lines, then the
 * body. Every problem found is reported at once, so an editor can fix the file in one go.
 * Stateless and thread-safe.
 */
public final class ArticleSourceParser {

    /** Lower-case ASCII words joined by single hyphens; slugs and categories. */
    public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    public static final Pattern UPLOAD_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    /** How a body refers to an image listed in the front matter: {@code upload:<uploadId>}. */
    public static final String UPLOAD_SCHEME = "upload:";

    public static final ZoneOffset VIETNAM_OFFSET = ZoneOffset.ofHours(7);
    public static final int MAX_SOURCE_BYTES = 1024 * 1024;

    static final int MAX_FRONT_MATTER_CODE_POINTS = 64 * 1024;
    static final int MAX_TITLE = 300;
    static final int MAX_SUMMARY = 500;
    static final int MAX_SLUG = 120;
    static final int MAX_CATEGORY = 40;
    static final int MAX_AUTHOR = 120;
    static final int MAX_IMAGES = 20;
    static final int MAX_CAPTION = 300;
    static final int MIN_YEAR = 1990;
    static final int MAX_YEAR = 2100;

    private static final List<String> KEYS = List.of(
            "title",
            "publishedAt",
            "summary",
            "slug",
            "section",
            "category",
            "author",
            "images",
            "id",
            "draft",
            "expiresAt");
    private static final List<String> IMAGE_KEYS = List.of("key", "caption");
    private static final Pattern UPLOAD_REFERENCE = Pattern.compile(Pattern.quote(UPLOAD_SCHEME) + "([A-Za-z0-9_-]+)");
    private static final String SLUG_RULE =
            "must be lower-case letters a-z and digits joined by single hyphens, e.g. hoi-thao-2018";

    public ArticleSource parse(String text, String contentType, Instant uploadedAt) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(uploadedAt, "uploadedAt");
        if (exceedsUtf8Bytes(text, MAX_SOURCE_BYTES)) {
            throw new DomainException.Invalid(
                    "body", "the source file must be at most 1 MiB (" + MAX_SOURCE_BYTES + " bytes) of UTF-8 text");
        }
        List<FieldError> errors = new ArrayList<>();
        BodyFormat format = BodyFormat.fromContentType(contentType).orElse(null);
        if (format == null) {
            errors.add(new FieldError(
                    "contentType",
                    "must be text/markdown or text/html, was "
                            + (contentType == null
                                    ? "missing"
                                    : "'" + VietnameseText.shorten(contentType, 100) + "'")));
        }

        String normalized = (text.startsWith("\uFEFF") ? text.substring(1) : text)
                .replace("\r\n", "\n")
                .replace('\r', '\n');
        String[] parts = split(normalized, errors);
        if (parts == null) {
            throw new DomainException.Invalid(errors);
        }
        Map<String, Object> fields = loadYaml(parts[0], errors);
        String body = Normalizer.normalize(parts[1], Normalizer.Form.NFC);
        if (body.isBlank()) {
            errors.add(new FieldError("body", "is required: write the article after the closing '---' line"));
        }
        if (fields == null) {
            throw new DomainException.Invalid(errors);
        }

        List<String> unknown =
                fields.keySet().stream().filter(k -> !KEYS.contains(k)).toList();
        if (!unknown.isEmpty()) {
            errors.add(new FieldError(
                    "frontMatter",
                    "has unknown keys: " + String.join(", ", unknown) + " (allowed: " + String.join(", ", KEYS) + ")"));
        }

        String title = requiredText(fields, "title", "title", "is required", errors);
        maxLength(title, MAX_TITLE, "title", errors);
        OffsetDateTime publishedAt =
                publishedAt(text(fields, "publishedAt", "publishedAt", errors), uploadedAt, errors);
        String summary = text(fields, "summary", "summary", errors);
        maxLength(summary, MAX_SUMMARY, "summary", errors);
        String slug = slugLike(text(fields, "slug", "slug", errors), MAX_SLUG, "slug", errors);
        if (slug == null && title != null) {
            slug = VietnameseText.slug(title);
            if (slug.isEmpty()) {
                errors.add(
                        new FieldError("title", "must contain letters or digits (the page address is made from them)"));
            }
        }
        String category = section(fields, errors);
        String author = text(fields, "author", "author", errors);
        maxLength(author, MAX_AUTHOR, "author", errors);
        List<ImageRef> images = images(fields.get("images"), errors);
        checkUploadReferences(body, images, errors);
        String id = text(fields, "id", "id", errors);
        if (id != null && !Ids.isWellFormed(id)) {
            errors.add(new FieldError("id", "must be the id of a published article (26 letters a-z and digits 2-7)"));
        }

        String draft = text(fields, "draft", "draft", errors);
        if (draft != null && !draft.equals("true") && !draft.equals("false")) {
            errors.add(new FieldError("draft", "must be true or false"));
        }

        OffsetDateTime expiresAt = null;
        String expires = text(fields, "expiresAt", "expiresAt", errors);
        if (expires != null) {
            try {
                expiresAt = OffsetDateTime.parse(expires);
                if (expiresAt.getYear() > MAX_YEAR) {
                    errors.add(new FieldError("expiresAt", "must be before the year " + (MAX_YEAR + 1)));
                } else if (publishedAt != null && !expiresAt.isAfter(publishedAt)) {
                    errors.add(new FieldError("expiresAt", "must be after publishedAt"));
                }
            } catch (DateTimeParseException e) {
                errors.add(
                        new FieldError("expiresAt", "must be ISO-8601 with an offset, e.g. 2019-01-31T17:00:00+07:00"));
            }
        }

        if (!errors.isEmpty()) {
            throw new DomainException.Invalid(errors);
        }
        return ArticleSource.builder()
                .title(title)
                .publishedAt(publishedAt)
                .summary(summary)
                .slug(slug)
                .category(category == null ? Sections.site().defaultSection().slug() : category)
                .author(author)
                .images(images)
                .body(body)
                .format(format)
                .id(id)
                .draft("true".equals(draft))
                .expiresAt(expiresAt)
                .build();
    }

    /**
     * The section (chuyên mục) the source names: {@code section:}, or {@code category:} as older
     * sources and archive exports call it; one of the configured sections (config/sections.json).
     */
    private static String section(Map<String, Object> fields, List<FieldError> errors) {
        String section = text(fields, "section", "section", errors);
        String category = text(fields, "category", "category", errors);
        if (section != null && category != null && !section.equals(category)) {
            errors.add(new FieldError("section", "and category name the same thing; give only section"));
            return null;
        }
        String field = section != null ? "section" : "category";
        int reported = errors.size();
        String value = slugLike(section != null ? section : category, MAX_CATEGORY, field, errors);
        if (value != null
                && errors.size() == reported
                && Sections.site().find(value).isEmpty()) {
            errors.add(new FieldError(
                    field,
                    "'" + value + "' is not a section of the portal; use one of: "
                            + Sections.site().describe()));
            return null;
        }
        return value;
    }

    /** [frontMatter, body], or null with a frontMatter error. */
    private static String[] split(String text, List<FieldError> errors) {
        int firstEnd = text.indexOf('\n');
        if (!isDelimiter(firstEnd < 0 ? text : text.substring(0, firstEnd))) {
            errors.add(
                    new FieldError(
                            "frontMatter",
                            "is missing: the file must start with a '---' line, the YAML front matter, then another '---' line"));
            return null;
        }
        int lineStart = firstEnd + 1;
        while (firstEnd >= 0 && lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            int end = lineEnd < 0 ? text.length() : lineEnd;
            if (isDelimiter(text.substring(lineStart, end))) {
                return new String[] {
                    text.substring(firstEnd + 1, lineStart), lineEnd < 0 ? "" : text.substring(lineEnd + 1)
                };
            }
            lineStart = end + 1;
        }
        errors.add(new FieldError("frontMatter", "is not closed: add a '---' line after the front matter"));
        return null;
    }

    private static boolean isDelimiter(String line) {
        return line.stripTrailing().equals("---");
    }

    /** The front matter as a map with string keys, or null with a frontMatter error. */
    private static Map<String, Object> loadYaml(String yamlText, List<FieldError> errors) {
        Object loaded;
        try {
            loaded = safeYaml().load(yamlText);
        } catch (MarkedYAMLException e) {
            errors.add(new FieldError("frontMatter", "is not valid YAML: " + describe(e)));
            return null;
        } catch (YAMLException e) {
            errors.add(new FieldError("frontMatter", "is not valid YAML: " + firstLine(e.getMessage())));
            return null;
        }
        if (loaded == null) {
            return Map.of();
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            errors.add(new FieldError("frontMatter", "must be a set of 'key: value' lines"));
            return null;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        map.forEach((k, v) -> fields.put(String.valueOf(k), v));
        return fields;
    }

    /**
     * A new Yaml per call (Yaml is not thread-safe). Safe by construction: SafeConstructor, no global
     * tags, few aliases (no "billion laughs"), shallow nesting, a size cap, duplicate keys refused.
     */
    private static Yaml safeYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(5);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(10);
        options.setCodePointLimit(MAX_FRONT_MATTER_CODE_POINTS);
        options.setTagInspector(tag -> false);
        return new Yaml(
                new SafeConstructor(options),
                new Representer(new DumperOptions()),
                new DumperOptions(),
                options,
                new StringsResolver());
    }

    /**
     * Plain scalars stay strings (only empty, ~ and null mean null), so a date-time is not turned into
     * a java.util.Date in the JVM's zone, and titles like "yes" or "2018" are not booleans or numbers.
     */
    private static final class StringsResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.NULL, NULL, "~nN\0", 10);
            addImplicitResolver(Tag.NULL, EMPTY, null, 10);
        }
    }

    private static String describe(MarkedYAMLException e) {
        Mark mark = e.getProblemMark();
        String where = mark == null
                ? ""
                : " (line " + (mark.getLine() + 2) + " of the file, column " + (mark.getColumn() + 1) + ")";
        String problem = e.getProblem() == null ? firstLine(e.getMessage()) : e.getProblem();
        return firstLine(problem) + where;
    }

    private static String firstLine(String message) {
        String line = message == null
                ? "unreadable"
                : message.strip().lines().findFirst().orElse("unreadable");
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }

    /** The cleaned text of an optional key: null when absent or blank. */
    private static String text(Map<String, ?> map, String key, String field, List<FieldError> errors) {
        Object value = map.get(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String s)) {
            errors.add(new FieldError(field, "must be plain text"));
            return null;
        }
        String cleaned = VietnameseText.clean(s);
        return cleaned.isEmpty() ? null : cleaned;
    }

    private static String requiredText(
            Map<String, ?> map, String key, String field, String missing, List<FieldError> errors) {
        int reported = errors.size();
        String value = text(map, key, field, errors);
        if (value == null && errors.size() == reported) {
            errors.add(new FieldError(field, missing));
        }
        return value;
    }

    private static void maxLength(String value, int max, String field, List<FieldError> errors) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        }
    }

    private static String slugLike(String value, int max, String field, List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        if (value.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        } else if (!SLUG.matcher(value).matches()) {
            errors.add(new FieldError(field, SLUG_RULE));
        }
        return value;
    }

    /** A future time is accepted: the upload is then scheduled for it (docs/editorial-workflow.md). */
    private static OffsetDateTime publishedAt(String value, Instant uploadedAt, List<FieldError> errors) {
        if (value == null) {
            return uploadedAt.truncatedTo(ChronoUnit.SECONDS).atOffset(VIETNAM_OFFSET);
        }
        try {
            OffsetDateTime parsed = OffsetDateTime.parse(value);
            if (parsed.getYear() < MIN_YEAR || parsed.getYear() > MAX_YEAR) {
                errors.add(new FieldError("publishedAt", "must be between the years " + MIN_YEAR + " and " + MAX_YEAR));
            }
            return parsed;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(
                    "publishedAt", "must be an ISO-8601 date-time with an offset, e.g. 2018-12-14T09:30:00+07:00"));
            return null;
        }
    }

    private static List<ImageRef> images(Object value, List<FieldError> errors) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            errors.add(new FieldError("images", "must be a list of entries with a key and a caption"));
            return List.of();
        }
        if (list.size() > MAX_IMAGES) {
            errors.add(new FieldError("images", "must have at most " + MAX_IMAGES + " entries"));
        }
        List<ImageRef> images = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String field = "images[" + i + "]";
            if (!(list.get(i) instanceof Map<?, ?> entry)) {
                errors.add(new FieldError(field, "must be an entry with a key and a caption"));
                continue;
            }
            Map<String, Object> item = new LinkedHashMap<>();
            entry.forEach((k, v) -> item.put(String.valueOf(k), v));
            List<String> unknown =
                    item.keySet().stream().filter(k -> !IMAGE_KEYS.contains(k)).toList();
            if (!unknown.isEmpty()) {
                errors.add(new FieldError(
                        field, "has unknown keys: " + String.join(", ", unknown) + " (allowed: key, caption)"));
            }
            String key = requiredText(item, "key", field + ".key", "is required: the id of an image upload", errors);
            if (key != null && !UPLOAD_ID.matcher(key).matches()) {
                errors.add(new FieldError(field + ".key", "must be an upload id: 1 to 64 letters, digits, '_' or '-'"));
            } else if (key != null && !seen.add(key)) {
                errors.add(new FieldError(field + ".key", "lists the same image twice"));
            }
            // the caption is shown under the image and is its alt text where the body gives none
            String caption = requiredText(
                    item,
                    "caption",
                    field + ".caption",
                    "is required: the text shown under the image (and read out to readers who cannot see it)",
                    errors);
            maxLength(caption, MAX_CAPTION, field + ".caption", errors);
            images.add(new ImageRef(key, caption));
        }
        return images;
    }

    /** An {@code upload:<id>} in the body can only be shown if the front matter lists that image. */
    private static void checkUploadReferences(String body, List<ImageRef> images, List<FieldError> errors) {
        Set<String> listed = new LinkedHashSet<>();
        images.forEach(image -> listed.add(image.uploadId()));
        Set<String> missing = new LinkedHashSet<>();
        Matcher m = UPLOAD_REFERENCE.matcher(body);
        while (m.find()) {
            if (!listed.contains(m.group(1))) {
                missing.add(UPLOAD_SCHEME + m.group(1));
            }
        }
        if (!missing.isEmpty()) {
            errors.add(new FieldError(
                    "body",
                    "refers to " + String.join(", ", missing) + ", not listed under images in the front matter"));
        }
    }

    private static boolean exceedsUtf8Bytes(String text, int max) {
        if (text.length() > max) {
            return true; // every char is at least one byte
        }
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3; // a pair is 4 bytes
        }
        return bytes > max;
    }
}
