package vn.gov.portal.articles.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.gov.portal.common.DomainException;
import vn.gov.portal.common.FieldError;

class ArticleSourceParserTest {

    private static final Instant UPLOADED = Instant.parse("2018-12-14T03:00:00.123Z");
    private static final String MD = "text/markdown";

    private final ArticleSourceParser parser = new ArticleSourceParser();

    private static final String FULL = """
            ---
            title: Hội thảo về đổi mới công tác truyền thông
            publishedAt: 2018-12-14T09:30:00+07:00
            summary: Một câu tóm tắt.
            slug: hoi-thao-truyen-thong
            category: thong-bao
            author: Văn phòng Bộ
            images:
              - key: up_123-abc
                caption: Toàn cảnh hội thảo
              - key: up456
                caption: Ảnh thứ hai
            ---
            Nội dung **bài viết**.

            ![Ảnh](upload:up_123-abc)
            """;

    private ArticleSource parse(String text) {
        return parser.parse(text, MD, UPLOADED);
    }

    private List<FieldError> errorsOf(String text) {
        return errorsOf(text, MD);
    }

    private List<FieldError> errorsOf(String text, String contentType) {
        DomainException.Invalid e =
                catchThrowableOfType(DomainException.Invalid.class, () -> parser.parse(text, contentType, UPLOADED));
        assertThat(e).as("expected the source to be refused").isNotNull();
        return e.errors();
    }

    private static String withFrontMatter(String yaml) {
        return "---\n" + yaml + "\n---\nNội dung.\n";
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Nested
    class HappyPath {

        @Test
        void readsEveryField() {
            ArticleSource s = parse(FULL);

            assertThat(s.title()).isEqualTo("Hội thảo về đổi mới công tác truyền thông");
            assertThat(s.publishedAt()).isEqualTo(OffsetDateTime.parse("2018-12-14T09:30:00+07:00"));
            assertThat(s.summary()).isEqualTo("Một câu tóm tắt.");
            assertThat(s.slug()).isEqualTo("hoi-thao-truyen-thong");
            assertThat(s.category()).isEqualTo("thong-bao");
            assertThat(s.author()).isEqualTo("Văn phòng Bộ");
            assertThat(s.images())
                    .containsExactly(
                            new ImageRef("up_123-abc", "Toàn cảnh hội thảo"), new ImageRef("up456", "Ảnh thứ hai"));
            assertThat(s.body()).isEqualTo("Nội dung **bài viết**.\n\n![Ảnh](upload:up_123-abc)\n");
            assertThat(s.format()).isEqualTo(BodyFormat.MARKDOWN);
        }

        @Test
        void appliesDefaults() {
            ArticleSource s = parse("---\ntitle: Hội thảo “Đổi mới” công tác\n---\nNội dung.");

            assertThat(s.slug()).isEqualTo("hoi-thao-doi-moi-cong-tac");
            assertThat(s.category()).isEqualTo("tin-tuc");
            assertThat(s.publishedAt()).isEqualTo(OffsetDateTime.parse("2018-12-14T10:00:00+07:00"));
            assertThat(s.publishedAt().getOffset().getTotalSeconds()).isEqualTo(7 * 3600);
            assertThat(s.summary()).isNull();
            assertThat(s.author()).isNull();
            assertThat(s.images()).isEmpty();
            assertThat(s.body()).isEqualTo("Nội dung.");
        }

        @Test
        void keepsTheOffsetOfPublishedAt() {
            ArticleSource s = parse(withFrontMatter("title: T\npublishedAt: 2018-12-14T02:30:00Z"));
            assertThat(s.publishedAt()).isEqualTo(OffsetDateTime.parse("2018-12-14T02:30:00Z"));
        }

        @Test
        void acceptsQuotedPublishedAtAndFutureDates() {
            assertThat(parse(withFrontMatter("title: T\npublishedAt: '2099-01-01T00:00:00+07:00'"))
                            .publishedAt()
                            .getYear())
                    .isEqualTo(2099);
        }

        @Test
        void keepsScalarsThatLookLikeOtherTypesAsText() {
            ArticleSource s = parse(withFrontMatter("title: yes\nsummary: 2018\nauthor: null value"));
            assertThat(s.title()).isEqualTo("yes");
            assertThat(s.summary()).isEqualTo("2018");
            assertThat(s.author()).isEqualTo("null value");
        }

        @Test
        void toleratesBomAndCrlf() {
            String text = "\uFEFF" + FULL.replace("\n", "\r\n");
            ArticleSource s = parse(text);
            assertThat(s.title()).isEqualTo("Hội thảo về đổi mới công tác truyền thông");
            assertThat(s.body())
                    .isEqualTo("Nội dung **bài viết**.\n\n![Ảnh](upload:up_123-abc)\n")
                    .doesNotContain("\r");
        }

        @Test
        void composesDecomposedInput() {
            String nfd = Normalizer.normalize(FULL, Normalizer.Form.NFD);
            ArticleSource s = parse(nfd);
            assertThat(s.title()).isEqualTo("Hội thảo về đổi mới công tác truyền thông");
            assertThat(s.author()).isEqualTo("Văn phòng Bộ");
            assertThat(s.images().getFirst().caption()).isEqualTo("Toàn cảnh hội thảo");
            assertThat(Normalizer.isNormalized(s.body(), Normalizer.Form.NFC)).isTrue();
            assertThat(s.body()).startsWith("Nội dung");
        }

        @Test
        void cleansSpacesInTextButKeepsBodyLines() {
            ArticleSource s = parse("---\ntitle: '  Hội   thảo  '\n---\ndòng 1\n\n  dòng 2\n");
            assertThat(s.title()).isEqualTo("Hội thảo");
            assertThat(s.body()).isEqualTo("dòng 1\n\n  dòng 2\n");
        }

        @ParameterizedTest
        @ValueSource(strings = {"text/html", "text/html; charset=utf-8", "TEXT/HTML;charset=UTF-8"})
        void readsHtmlContentTypes(String contentType) {
            assertThat(parser.parse(withFrontMatter("title: T"), contentType, UPLOADED)
                            .format())
                    .isEqualTo(BodyFormat.HTML);
        }

        @Test
        void readsMarkdownWithParameters() {
            assertThat(parser.parse(withFrontMatter("title: T"), "text/markdown; charset=utf-8", UPLOADED)
                            .format())
                    .isEqualTo(BodyFormat.MARKDOWN);
        }

        @Test
        void aThematicBreakInTheBodyIsNotADelimiter() {
            assertThat(parse("---\ntitle: T\n---\nMột\n\n---\n\nHai\n").body()).isEqualTo("Một\n\n---\n\nHai\n");
        }

        @Test
        void acceptsLimitsExactly() {
            String title = "a".repeat(300);
            ArticleSource s = parse(withFrontMatter("title: " + title + "\nslug: " + "b".repeat(120)
                    + "\nsection: hoat-dong-dia-phuong\nsummary: " + "d".repeat(500) + "\nauthor: " + "e".repeat(120)));
            assertThat(s.title()).hasSize(300);
        }

        @Test
        void limitsCountCharactersNotBytes() {
            assertThat(parse(withFrontMatter("title: " + "ệ".repeat(300))).title())
                    .hasSize(300);
        }
    }

    @Nested
    class FrontMatterErrors {

        @Test
        void missingFrontMatter() {
            assertThat(errorsOf("# Tiêu đề\nNội dung"))
                    .singleElement()
                    .satisfies(e -> assertThat(e.field()).isEqualTo("frontMatter"))
                    .satisfies(e -> assertThat(e.message()).contains("missing"));
        }

        @Test
        void emptyFile() {
            assertThat(fields(errorsOf(""))).containsExactly("frontMatter");
        }

        @Test
        void unclosedFrontMatter() {
            assertThat(errorsOf("---\ntitle: T\nNội dung"))
                    .singleElement()
                    .satisfies(e -> assertThat(e.field()).isEqualTo("frontMatter"))
                    .satisfies(e -> assertThat(e.message()).contains("not closed"));
        }

        @Test
        void yamlSyntaxErrorGivesShortReasonWithLine() {
            FieldError e =
                    errorsOf("---\ntitle: T\nsummary: [unclosed\n---\nNội dung").getFirst();
            assertThat(e.field()).isEqualTo("frontMatter");
            assertThat(e.message())
                    .startsWith("is not valid YAML: ")
                    .contains("line ")
                    .doesNotContain("\n")
                    .doesNotContain("at org.");
        }

        @ParameterizedTest
        @ValueSource(strings = {"- a\n- b", "just a sentence"})
        void yamlThatIsNotAMapping(String yaml) {
            assertThat(errorsOf(withFrontMatter(yaml)))
                    .singleElement()
                    .satisfies(e -> assertThat(e.field()).isEqualTo("frontMatter"))
                    .satisfies(e -> assertThat(e.message()).contains("key: value"));
        }

        @Test
        void unknownKeysAreListed() {
            FieldError e =
                    errorsOf(withFrontMatter("title: T\ntags: [a]\nlayout: x")).getFirst();
            assertThat(e.field()).isEqualTo("frontMatter");
            assertThat(e.message()).contains("tags, layout").contains("allowed: title");
        }

        @Test
        void duplicateKeysAreRefused() {
            FieldError e = errorsOf(withFrontMatter("title: A\ntitle: B")).getFirst();
            assertThat(e.field()).isEqualTo("frontMatter");
            assertThat(e.message()).contains("duplicate key");
        }

        @Test
        void customTagsAreRefused() {
            List<FieldError> errors = errorsOf(
                    withFrontMatter(
                            "title: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x/\"]]]]"));
            assertThat(fields(errors)).containsExactly("frontMatter");
        }

        @Test
        void billionLaughsIsRefused() {
            String yaml = """
                    a: &a ["x","x","x","x","x","x","x","x","x"]
                    b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
                    c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
                    d: [*c,*c,*c,*c,*c,*c,*c,*c,*c]
                    title: T""";
            assertThat(fields(errorsOf(withFrontMatter(yaml)))).containsExactly("frontMatter");
        }

        @Test
        void oversizedFrontMatterIsRefused() {
            String yaml = "title: T\nsummary: " + "x".repeat(70_000);
            FieldError e = errorsOf(withFrontMatter(yaml)).getFirst();
            assertThat(e.field()).isEqualTo("frontMatter");
            assertThat(e.message()).contains("limit");
        }

        @Test
        void sourceOverOneMebibyteIsRefused() {
            String text = withFrontMatter("title: T") + "ệ".repeat(400_000); // 1.2 MB of UTF-8, fewer chars
            assertThat(errorsOf(text)).singleElement().satisfies(e -> {
                assertThat(e.field()).isEqualTo("body");
                assertThat(e.message()).contains("1 MiB");
            });
        }

        @Test
        void sourceOfExactlyOneMebibyteIsAccepted() {
            String head = withFrontMatter("title: T");
            String text = head
                    + "x".repeat(ArticleSourceParser.MAX_SOURCE_BYTES - head.getBytes(StandardCharsets.UTF_8).length);
            assertThat(parse(text).title()).isEqualTo("T");
        }
    }

    @Nested
    class FieldErrors {

        @ParameterizedTest
        @ValueSource(strings = {"", "title:", "title: ''", "title: '   '", "author: X"})
        void titleIsRequired(String yaml) {
            assertThat(errorsOf(withFrontMatter(yaml))).contains(new FieldError("title", "is required"));
        }

        @Test
        void titleTooLong() {
            assertThat(errorsOf(withFrontMatter("title: " + "a".repeat(301))))
                    .containsExactly(new FieldError("title", "must be at most 300 characters"));
        }

        @Test
        void titleWithoutLettersOrDigits() {
            assertThat(fields(errorsOf(withFrontMatter("title: '“…” — !'")))).containsExactly("title");
        }

        @Test
        void titleGivenWithSlugNeedsNoLetters() {
            assertThat(parse(withFrontMatter("title: '“…”'\nslug: dau-ngoac")).slug())
                    .isEqualTo("dau-ngoac");
        }

        @Test
        void titleMustBeText() {
            assertThat(errorsOf(withFrontMatter("title: [a, b]")))
                    .containsExactly(new FieldError("title", "must be plain text"));
        }

        @ParameterizedTest
        @ValueSource(
                strings = {"2018-12-14", "2018-12-14T09:30:00", "2018-12-14 09:30:00 +07:00", "14/12/2018", "tomorrow"})
        void publishedAtNeedsIsoDateTimeWithOffset(String value) {
            assertThat(errorsOf(withFrontMatter("title: T\npublishedAt: " + value)))
                    .singleElement()
                    .satisfies(e -> assertThat(e.field()).isEqualTo("publishedAt"))
                    .satisfies(e -> assertThat(e.message()).contains("2018-12-14T09:30:00+07:00"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"1989-12-31T23:59:59+07:00", "2101-01-01T00:00:00+07:00"})
        void publishedAtYearRange(String value) {
            assertThat(errorsOf(withFrontMatter("title: T\npublishedAt: " + value)))
                    .containsExactly(new FieldError("publishedAt", "must be between the years 1990 and 2100"));
        }

        @Test
        void summaryTooLong() {
            assertThat(fields(errorsOf(withFrontMatter("title: T\nsummary: " + "a".repeat(501)))))
                    .containsExactly("summary");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Hoi-Thao", "hoi_thao", "hoi--thao", "-hoi", "hoi-", "hội-thảo", "hoi thao", "a/b"})
        void slugPattern(String slug) {
            assertThat(fields(errorsOf(withFrontMatter("title: T\nslug: '" + slug + "'"))))
                    .containsExactly("slug");
        }

        @Test
        void slugTooLong() {
            assertThat(errorsOf(withFrontMatter("title: T\nslug: " + "a".repeat(121))))
                    .containsExactly(new FieldError("slug", "must be at most 120 characters"));
        }

        @Test
        void anUnknownSectionIsRejectedWithTheSectionsThereAre() {
            assertThat(errorsOf(withFrontMatter("title: T\nsection: the-thao")))
                    .singleElement()
                    .satisfies(e -> {
                        assertThat(e.field()).isEqualTo("section");
                        assertThat(e.message())
                                .contains("'the-thao' is not a section of the portal")
                                .contains("tin-tuc (Tin tức - Sự kiện)")
                                .contains("thong-bao (Thông báo)");
                    });
            assertThat(fields(errorsOf(withFrontMatter("title: T\ncategory: su-kien"))))
                    .containsExactly("category");
            assertThat(fields(errorsOf(withFrontMatter("title: T\nsection: tin-tuc\ncategory: thong-bao"))))
                    .containsExactly("section");
        }

        @Test
        void sectionOrItsOlderNameCategoryOrTheDefault() {
            assertThat(parse(withFrontMatter("title: T\nsection: huong-dan")).category())
                    .isEqualTo("huong-dan");
            assertThat(parse(withFrontMatter("title: T\ncategory: thong-bao")).category())
                    .isEqualTo("thong-bao");
            assertThat(parse(withFrontMatter("title: T\nsection: thong-bao\ncategory: thong-bao"))
                            .category())
                    .isEqualTo("thong-bao");
            assertThat(parse(withFrontMatter("title: T")).category()).isEqualTo("tin-tuc");
        }

        @Test
        void categoryPatternAndLength() {
            assertThat(fields(errorsOf(withFrontMatter("title: T\ncategory: Tin Tức"))))
                    .containsExactly("category");
            assertThat(fields(errorsOf(withFrontMatter("title: T\ncategory: " + "a".repeat(41)))))
                    .containsExactly("category");
        }

        @Test
        void authorTooLong() {
            assertThat(fields(errorsOf(withFrontMatter("title: T\nauthor: " + "a".repeat(121)))))
                    .containsExactly("author");
        }

        @Test
        void imagesMustBeAList() {
            assertThat(fields(errorsOf(withFrontMatter("title: T\nimages: abc"))))
                    .containsExactly("images");
        }

        @Test
        void atMostTwentyImages() {
            StringBuilder yaml = new StringBuilder("title: T\nimages:\n");
            for (int i = 0; i < 21; i++) {
                yaml.append("  - key: img").append(i).append("\n    caption: Ảnh\n");
            }
            assertThat(fields(errorsOf(withFrontMatter(yaml.toString())))).containsExactly("images");
        }

        @Test
        void imageEntryErrorsNameTheIndex() {
            String yaml = """
                    title: T
                    images:
                      - key: ok
                        caption: c
                      - caption: no key
                      - key: 'bad key!'
                        caption: c
                      - key: ok
                        caption: c
                      - just-a-string
                      - key: k5
                        caption: %s
                        alt: x""".formatted("c".repeat(301));
            List<FieldError> errors = errorsOf(withFrontMatter(yaml));
            assertThat(fields(errors))
                    .containsExactly(
                            "images[1].key",
                            "images[2].key",
                            "images[3].key",
                            "images[4]",
                            "images[5]",
                            "images[5].caption");
            assertThat(errors.get(2).message()).contains("twice");
        }

        @Test
        void everyImageNeedsACaption() {
            assertThat(errorsOf(withFrontMatter("title: T\nimages:\n  - key: a1")))
                    .singleElement()
                    .satisfies(e -> {
                        assertThat(e.field()).isEqualTo("images[0].caption");
                        assertThat(e.message()).startsWith("is required");
                    });
        }

        @Test
        void keyOfSixtyFiveCharactersIsRefused() {
            assertThat(fields(errorsOf(
                            withFrontMatter("title: T\nimages:\n  - key: " + "k".repeat(65) + "\n    caption: c"))))
                    .containsExactly("images[0].key");
        }

        @ParameterizedTest
        @ValueSource(strings = {"---\ntitle: T\n---\n", "---\ntitle: T\n---\n \n\t\n", "---\ntitle: T\n---"})
        void bodyIsRequired(String text) {
            assertThat(fields(errorsOf(text))).containsExactly("body");
        }

        @Test
        void bodyMayOnlyReferToListedUploads() {
            String text =
                    "---\ntitle: T\nimages:\n  - key: a1\n    caption: c\n---\n![x](upload:a1) ![y](upload:b2) <img src=\"upload:c3\">";
            assertThat(errorsOf(text)).singleElement().satisfies(e -> {
                assertThat(e.field()).isEqualTo("body");
                assertThat(e.message()).contains("upload:b2, upload:c3").doesNotContain("upload:a1");
            });
        }

        @ParameterizedTest
        @ValueSource(strings = {"text/plain", "application/octet-stream", "text/markdownx"})
        void contentTypeMustBeMarkdownOrHtml(String contentType) {
            assertThat(fields(errorsOf(withFrontMatter("title: T"), contentType)))
                    .containsExactly("contentType");
        }

        @Test
        void missingContentType() {
            assertThat(fields(errorsOf(withFrontMatter("title: T"), null))).containsExactly("contentType");
        }

        @Test
        void contentTypeIsReportedWithFrontMatterProblems() {
            assertThat(fields(errorsOf("no front matter", "image/png"))).containsExactly("contentType", "frontMatter");
        }
    }

    @Test
    void reportsAllProblemsTogether() {
        String text = """
                ---
                title: ''
                publishedAt: 2018-12-14
                summary: %s
                slug: Bad Slug
                category: x_y
                author: %s
                images:
                  - caption: thiếu key
                extra: 1
                ---
                """.formatted("s".repeat(501), "a".repeat(121));
        List<FieldError> errors = errorsOf(text, "text/plain");
        assertThat(fields(errors))
                .containsExactlyInAnyOrder(
                        "contentType",
                        "body",
                        "frontMatter",
                        "title",
                        "publishedAt",
                        "summary",
                        "slug",
                        "category",
                        "author",
                        "images[0].key");
    }

    @Nested
    class EditorialWorkflow {
        @Test
        void draftAndExpiryAreRead() {
            ArticleSource source = parse(withFrontMatter("title: Dự thảo\npublishedAt: 2030-01-01T08:00:00+07:00\n"
                    + "draft: true\nexpiresAt: 2030-02-01T17:00:00+07:00"));
            assertThat(source.draft()).isTrue();
            assertThat(source.expiresAt()).isEqualTo(OffsetDateTime.parse("2030-02-01T17:00:00+07:00"));
            ArticleSource plain = parse(withFrontMatter("title: Bài thường"));
            assertThat(plain.draft()).isFalse();
            assertThat(plain.expiresAt()).isNull();
            assertThat(parse(withFrontMatter("title: Không nháp\ndraft: false")).draft())
                    .isFalse();
        }

        @Test
        void aBadDraftFlagOrExpiryIsRefusedWithItsField() {
            assertThat(fields(errorsOf(withFrontMatter("title: A\ndraft: yes"))))
                    .containsExactly("draft");
            assertThat(fields(errorsOf(withFrontMatter("title: A\ndraft: [true]"))))
                    .containsExactly("draft");
            assertThat(fields(errorsOf(withFrontMatter("title: A\nexpiresAt: mai"))))
                    .containsExactly("expiresAt");
            assertThat(fields(errorsOf(withFrontMatter("title: A\nexpiresAt: 2030-02-01T17:00:00"))))
                    .containsExactly("expiresAt");
            assertThat(fields(errorsOf(withFrontMatter("title: A\npublishedAt: 2030-02-01T08:00:00+07:00\n"
                            + "expiresAt: 2030-02-01T08:00:00+07:00"))))
                    .as("not after publishedAt")
                    .containsExactly("expiresAt");
            assertThat(fields(errorsOf(withFrontMatter("title: A\nexpiresAt: 9999-01-01T00:00:00+07:00"))))
                    .containsExactly("expiresAt");
        }
    }
}
