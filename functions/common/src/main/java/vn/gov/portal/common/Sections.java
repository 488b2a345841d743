package vn.gov.portal.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The portal's sections (chuyên mục), read once from {@code config/sections.json} on the
 * classpath: the one place they are defined (docs/sections.md). The publish function validates a
 * source's {@code section} against them; every page's menu lists them in this order.
 */
public final class Sections {

    /** One section: its address segment and its Vietnamese name. */
    public record Section(String slug, String name) {
        public String path() {
            return "/" + slug + "/";
        }
    }

    static final String RESOURCE = "config/sections.json";
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    /** First path segments the site already uses: a section there would shadow them. */
    static final Set<String> RESERVED = Set.of(
            "api",
            "assets",
            "media",
            "data",
            "van-ban",
            "sitemaps",
            "bien-tap",
            "oauth2",
            "logout",
            "tim-kiem",
            "tim-theo-ngay");

    private static final Sections SITE = load();

    private final List<Section> all;
    private final Map<String, Section> bySlug = new LinkedHashMap<>();

    Sections(List<Section> all) {
        if (all.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " lists no section");
        }
        for (Section s : all) {
            if (s.slug() == null || !SLUG.matcher(s.slug()).matches() || RESERVED.contains(s.slug())) {
                throw new IllegalStateException(RESOURCE + ": '" + s.slug() + "' cannot be a section's slug");
            }
            if (s.name() == null || s.name().isBlank() || bySlug.put(s.slug(), s) != null) {
                throw new IllegalStateException(
                        RESOURCE + ": section '" + s.slug() + "' needs one unique entry with a name");
            }
        }
        this.all = List.copyOf(all);
    }

    /** The site's sections, from the configuration file. */
    public static Sections site() {
        return SITE;
    }

    public List<Section> all() {
        return all;
    }

    public Optional<Section> find(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }

    /** The section of a source that names none. */
    public Section defaultSection() {
        return all.getFirst();
    }

    /** The name to show for a slug (the slug itself for one no longer configured). */
    public String name(String slug) {
        return find(slug).map(Section::name).orElse(slug);
    }

    /** "tin-tuc (Tin tức - Sự kiện), thong-bao (Thông báo), …": for error messages. */
    public String describe() {
        return String.join(
                ", ", all.stream().map(s -> s.slug() + " (" + s.name() + ")").toList());
    }

    /** The menu the page layouts print: slug, name and path of each section, in order. */
    public List<Map<String, String>> menu() {
        return all.stream()
                .map(s -> Map.of("slug", s.slug(), "name", s.name(), "path", s.path()))
                .toList();
    }

    private static Sections load() {
        try (InputStream in = Sections.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            Map<String, Object> root = Json.readObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            List<Section> out = new ArrayList<>();
            if (root.get("sections") instanceof List<?> list) {
                for (Object o : list) {
                    if (o instanceof Map<?, ?> m) {
                        out.add(new Section((String) m.get("slug"), (String) m.get("name")));
                    }
                }
            }
            return new Sections(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
