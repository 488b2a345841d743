package vn.gov.portal.articles.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;
import vn.gov.portal.common.Json;
import vn.gov.portal.common.Sections;

class PageRendererTest {

    private static final String MINISTRY = "Bộ Lao động - Thương binh và Xã hội";
    private static final String CSP =
            "default-src 'self'; img-src 'self' https: data:; script-src 'self'; style-src 'self'; "
                    + "object-src 'none'; base-uri 'none'; form-action 'self'";
    private static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2018-12-14T09:30:00+07:00");

    private final PageRenderer renderer = new PageRenderer(MINISTRY);

    private static ArticleView article(
            String title, String summary, String author, OffsetDateTime publishedAt, List<Figure> figures) {
        return ArticleView.builder()
                .id("01HABCDEF")
                .title(title)
                .summary(summary)
                .author(author)
                .publishedAt(publishedAt)
                .url("/tin-tuc/2018/12/14/hoi-thao.html")
                .bodyHtml("<p>Nội dung <strong>đã lọc</strong>.</p>")
                .figures(figures)
                .category("tin-tuc")
                .build();
    }

    private static ArticleLink link(String title, String time, String summary) {
        OffsetDateTime t = OffsetDateTime.parse(time);
        return new ArticleLink(
                title,
                SitePaths.articlePath(
                        "tin-tuc",
                        t,
                        title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "")),
                summary,
                t);
    }

    /** What every HTML page shares. */
    private static void assertLayout(String html) {
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"vi\">");
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("head > meta[charset]").attr("charset")).isEqualTo("utf-8");
        assertThat(doc.select("head > meta[name=viewport]").attr("content")).contains("width=device-width");
        assertThat(doc.select("head > meta[http-equiv=Content-Security-Policy]").attr("content"))
                .isEqualTo(CSP);
        assertThat(doc.select("head > link[rel=stylesheet]").attr("href")).isEqualTo("/assets/site.css");
        // every script is a same-origin file, deferred; the only inline one is JSON-LD data, which never runs
        Elements scripts = doc.select("script:not([type=application/ld+json])");
        assertThat(scripts.first().attr("src")).isEqualTo("/assets/site.js");
        assertThat(scripts).allSatisfy(s -> {
            assertThat(s.attr("src")).startsWith("/assets/");
            assertThat(s.hasAttr("defer")).isTrue();
            assertThat(s.data()).isEmpty();
        });
        assertThat(doc.select("style, [style]")).isEmpty();
        assertThat(doc.select("[^on]")).isEmpty();
        assertThat(doc.select("title").text())
                .contains("Cổng thông tin điện tử")
                .contains(MINISTRY);

        Element header = doc.selectFirst("body > header.site-header");
        assertThat(header.text()).contains("Cổng thông tin điện tử", MINISTRY);
        assertThat(header.select("nav a").eachText())
                .containsExactly(
                        "Trang chủ",
                        "Tin tức - Sự kiện",
                        "Chỉ đạo điều hành",
                        "Thông báo",
                        "Hướng dẫn nghiệp vụ",
                        "Hoạt động địa phương",
                        "Văn bản",
                        "Tìm theo ngày");
        assertThat(header.select("nav a").eachAttr("href"))
                .containsExactly(
                        "/",
                        "/tin-tuc/",
                        "/chi-dao-dieu-hanh/",
                        "/thong-bao/",
                        "/huong-dan/",
                        "/hoat-dong-dia-phuong/",
                        "/van-ban/",
                        "/tim-theo-ngay.html");
        assertThat(doc.select("main#noi-dung")).hasSize(1);
        assertThat(doc.select("a.skip-link").attr("href")).isEqualTo("#noi-dung");
        assertThat(doc.select("body > footer.site-footer").text()).contains(MINISTRY);
        assertThat(doc.select("head > link[rel=icon]").attr("href")).isEqualTo("/assets/emblem.svg");
        assertThat(header.select("img.site-brand-emblem").attr("alt"))
                .as("decorative")
                .isEmpty();

        Element dateSearch = doc.selectFirst("aside section#tim-theo-ngay[data-widget=date-search]");
        Element form = dateSearch.selectFirst("form");
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.attr("action")).isEqualTo("/tim-theo-ngay.html");
        assertThat(form.select("input[type=date][name=date]")).hasSize(1);
        assertThat(form.select("button[type=submit]").text()).isEqualTo("Xem");
        assertThat(form.select("label").attr("for"))
                .isEqualTo(form.selectFirst("input").id());

        Element directives = doc.selectFirst("aside section#van-ban-chi-dao[data-widget=directives]");
        assertThat(directives.select("h2").text()).isEqualTo("Văn bản chỉ đạo điều hành");
        assertThat(directives.select("a").attr("href")).isEqualTo("/van-ban/");
    }

    @Nested
    class ArticlePage {

        @Test
        void showsTheArticle() {
            String html = renderer.articlePage(article(
                    "Hội thảo về đổi mới công tác truyền thông",
                    "Một câu tóm tắt.",
                    "Văn phòng Bộ",
                    PUBLISHED,
                    List.of()));
            assertLayout(html);
            Document doc = Jsoup.parse(html);

            assertThat(doc.title()).startsWith("Hội thảo về đổi mới công tác truyền thông");
            assertThat(doc.select("meta[name=description]").attr("content")).isEqualTo("Một câu tóm tắt.");
            Element article = doc.selectFirst("main > article.article");
            assertThat(article.attr("data-article-id")).isEqualTo("01HABCDEF");
            assertThat(article.select("h1")).hasSize(1);
            assertThat(doc.select("h1")).hasSize(1);
            assertThat(article.select("h1.article-title").text())
                    .isEqualTo("Hội thảo về đổi mới công tác truyền thông");
            assertThat(html).contains("Ngày cập nhật: 14-12-2018");
            assertThat(article.select("time").attr("datetime")).isEqualTo("2018-12-14T09:30:00+07:00");
            assertThat(article.select(".article-author").text()).isEqualTo("Văn phòng Bộ");
            assertThat(article.select("p.article-summary").text()).isEqualTo("Một câu tóm tắt.");
            assertThat(article.select(".article-body").html()).isEqualTo("<p>Nội dung <strong>đã lọc</strong>.</p>");
            assertThat(article.select(".article-figures")).isEmpty();
        }

        @Test
        void leadsBackToItsDayAndShowsTheTime() {
            Document doc = Jsoup.parse(renderer.articlePage(article("T", null, null, PUBLISHED, List.of())));
            Elements crumbs = doc.select("main > nav.breadcrumb[aria-label] a");
            assertThat(crumbs.eachAttr("href")).containsExactly("/", "/tin-tuc/", "/tin-tuc/2018/12/14/");
            assertThat(crumbs.eachText()).containsExactly("Trang chủ", "Tin tức - Sự kiện", "Tin ngày 14-12-2018");
            assertThat(doc.select(".article-date time").text()).isEqualTo("Ngày cập nhật: 14-12-2018 09:30");
        }

        @Test
        void hasTheThreeMountPoints() {
            Document doc = Jsoup.parse(renderer.articlePage(article("T", null, null, PUBLISHED, List.of())));
            assertThat(doc.select("aside section[data-widget]").eachAttr("id"))
                    .containsExactly("tim-theo-ngay", "danh-gia", "van-ban-chi-dao");
            Element rating = doc.selectFirst("section#danh-gia[data-widget=rating]");
            assertThat(rating.attr("data-article-id")).isEqualTo("01HABCDEF");
            assertThat(rating.select("h2").text()).isEqualTo("Đánh giá");
            assertThat(rating.select(".widget-placeholder").text()).isNotBlank();
        }

        @Test
        void escapesTheTitleEverywhere() {
            String html = renderer.articlePage(article(
                    "<script>alert(1)</script> Tôm & \"Cua\"", "<b>tóm</b> & tắt", "<i>A</i>", PUBLISHED, List.of()));
            assertThat(html)
                    .doesNotContain("<script>alert")
                    .doesNotContain("<b>tóm")
                    .doesNotContain("<i>A");
            assertThat(html)
                    .contains(
                            "<h1 class=\"article-title\">&lt;script&gt;alert(1)&lt;/script&gt; Tôm &amp; &quot;Cua&quot;</h1>");
            assertThat(html).contains("<title>&lt;script&gt;alert(1)&lt;/script&gt; Tôm &amp; &quot;Cua&quot; |");
            Document doc = Jsoup.parse(html);
            assertThat(doc.select("h1").text()).isEqualTo("<script>alert(1)</script> Tôm & \"Cua\"");
            assertThat(doc.select("meta[name=description]").attr("content")).isEqualTo("<b>tóm</b> & tắt");
            assertThat(doc.select("script:not([type])")).hasSize(2);
            assertThat(doc.select("script[type=application/ld+json]").html())
                    .doesNotContain("<")
                    .contains("\\u003cscript\\u003e");
        }

        @Test
        void datesAreShownInVietnamTime() {
            String html = renderer.articlePage(
                    article("T", null, null, OffsetDateTime.parse("2018-12-14T17:30:00Z"), List.of()));
            assertThat(html).contains("Ngày cập nhật: 15-12-2018").contains("datetime=\"2018-12-15T00:30:00+07:00\"");
        }

        @Test
        void leavesOutAbsentAuthorAndSummary() {
            Document doc = Jsoup.parse(renderer.articlePage(article("T", null, null, PUBLISHED, null)));
            assertThat(doc.select(".article-author, .article-summary, meta[name=description], .article-figures"))
                    .isEmpty();
        }

        @Test
        void showsTrailingFiguresEscaped() {
            List<Figure> figures = List.of(
                    new Figure("https://cdn.example/a.jpg?w=1&h=2", "Toàn cảnh <hội thảo>"),
                    new Figure("/media/b.jpg", null, "Ảnh \"b\""));
            Document doc = Jsoup.parse(renderer.articlePage(article("T", null, null, PUBLISHED, figures)));
            Elements shown = doc.select(".article-figures > figure.article-figure");
            assertThat(shown).hasSize(2);
            assertThat(shown.get(0).select("img").attr("src")).isEqualTo("https://cdn.example/a.jpg?w=1&h=2");
            assertThat(shown.get(0).select("img").attr("alt")).isEqualTo("Toàn cảnh <hội thảo>");
            assertThat(shown.get(0).select("figcaption").text()).isEqualTo("Toàn cảnh <hội thảo>");
            assertThat(shown.get(1).select("img").attr("alt")).isEqualTo("Ảnh \"b\"");
            assertThat(shown.get(1).select("figcaption")).isEmpty();
        }
    }

    @Nested
    class DayArchivePage {

        @Test
        void listsTheDayNewestFirst() {
            String html = renderer.dayArchivePage(new DayArchiveView(
                    LocalDate.of(2018, 12, 14),
                    "tin-tuc",
                    List.of(
                            link("Sang", "2018-12-14T08:05:00+07:00", "Buổi sáng & trưa"),
                            link("Toi", "2018-12-14T16:30:00Z", null),
                            link("Chieu", "2018-12-14T15:00:00+07:00", null))));
            assertLayout(html);
            Document doc = Jsoup.parse(html);

            assertThat(doc.select("h1").text()).isEqualTo("Tin ngày 14-12-2018");
            assertThat(doc.title()).startsWith("Tin ngày 14-12-2018");
            Elements items = doc.select("ol.article-list > li.article-list-item");
            assertThat(items.eachText()).hasSize(3);
            assertThat(items.select("h2 a").eachText()).containsExactly("Toi", "Chieu", "Sang");
            assertThat(items.select("h2 a").first().attr("href")).isEqualTo("/tin-tuc/2018/12/14/toi.html");
            assertThat(items.select("time").eachText()).containsExactly("23:30", "15:00", "08:05");
            assertThat(items.get(2).select(".article-list-summary").text()).isEqualTo("Buổi sáng & trưa");
            assertThat(items.get(0).select(".article-list-summary")).isEmpty();
        }

        @Test
        void omitsTheRatingBoxAndPrefillsTheDate() {
            Document doc = Jsoup.parse(
                    renderer.dayArchivePage(new DayArchiveView(LocalDate.of(2018, 12, 14), "tin-tuc", List.of())));
            assertThat(doc.select("section[data-widget]").eachAttr("id"))
                    .containsExactly("tim-theo-ngay", "van-ban-chi-dao");
            assertThat(doc.select("input[name=date]").val()).isEqualTo("2018-12-14");
            assertThat(doc.select(".empty-state").text()).isNotBlank();
            assertThat(doc.select("ol.article-list")).isEmpty();
        }
    }

    @Nested
    class HomePage {

        @Test
        void leadsWithTheNewestArticleWithAnImageThenListsTheLatestAndABlockPerSection() {
            Picture photo = new Picture("/media/anh.png", "Toàn cảnh", 960, 540, List.of(320, 640));
            ArticleLink withImage = new ArticleLink(
                    "Co anh",
                    "/tin-tuc/2018/12/12/co-anh.html",
                    "Tóm tắt có ảnh",
                    OffsetDateTime.parse("2018-12-12T09:00:00+07:00"),
                    photo,
                    "tin-tuc");
            ArticleLink old = link("Cu", "2018-12-13T09:00:00+07:00", "Tóm tắt cũ");
            ArticleLink newest = link("Moi", "2018-12-14T17:30:00Z", null);
            String html = renderer.homePage(new HomeView(
                    List.of(old, withImage, newest),
                    List.of(
                            new HomeView.SectionBlock(
                                    Sections.site().find("tin-tuc").orElseThrow(), List.of(newest, withImage)),
                            new HomeView.SectionBlock(
                                    Sections.site().find("thong-bao").orElseThrow(), List.of()))));
            assertLayout(html);
            Document doc = Jsoup.parse(html);
            Element lead = doc.selectFirst("article.home-lead");
            assertThat(lead.select("h3 a").text()).isEqualTo("Co anh");
            Element img = lead.selectFirst("img");
            assertThat(img.attr("src")).isEqualTo("/media/anh.png");
            assertThat(img.attr("srcset"))
                    .isEqualTo("/media/anh-320.jpg 320w, /media/anh-640.jpg 640w, /media/anh.png 960w");
            assertThat(img.attr("sizes")).isNotEmpty();
            assertThat(img.attr("width") + "x" + img.attr("height")).isEqualTo("960x540");
            assertThat(img.hasAttr("loading"))
                    .as("the lead is above the fold: not lazy")
                    .isFalse();
            assertThat(doc.select(".home-latest img"))
                    .as("titles only beside the lead")
                    .isEmpty();
            Elements items = doc.select(".home-latest ol.article-list > li");
            assertThat(items.select("h2 a").eachText()).containsExactly("Moi", "Cu");
            assertThat(items.select("time").eachText()).containsExactly("15-12-2018", "13-12-2018");
            assertThat(doc.select("section.home-block").eachAttr("data-section"))
                    .as("empty sections have no block")
                    .containsExactly("tin-tuc");
            Element block = doc.selectFirst("section.home-block");
            assertThat(block.select("h2 a").attr("href")).isEqualTo("/tin-tuc/");
            assertThat(block.select("a").eachText()).contains("Moi", "Co anh", "Xem thêm Tin tức - Sự kiện");
            assertThat(doc.select("section#danh-gia")).isEmpty();
            assertThat(doc.select("link[rel=canonical]").attr("href")).isEqualTo("http://127.0.0.1:3000/");
        }

        @Test
        void saysSoWhenEmpty() {
            Document doc = Jsoup.parse(renderer.homePage(new HomeView(List.of())));
            assertThat(doc.select(".empty-state").text()).isEqualTo("Chưa có bài viết nào.");
        }
    }

    @Nested
    class SectionPages {

        private final Sections.Section tinTuc = Sections.site().find("tin-tuc").orElseThrow();
        private final List<YearMonth> months =
                List.of(YearMonth.of(2019, 2), YearMonth.of(2018, 12), YearMonth.of(2018, 11));

        @Test
        void theLandingPageListsTheNewestAndLeadsToTheMonthOfTheOldestShown() {
            ArticleLink pictured = new ArticleLink(
                    "Moi",
                    "/tin-tuc/2019/02/01/moi.html",
                    null,
                    OffsetDateTime.parse("2019-02-01T09:00:00+07:00"),
                    new Picture("/media/anh.png", "Ảnh", 960, 540, List.of(320, 640)),
                    "tin-tuc");
            String html = renderer.sectionPage(new SectionView(
                    tinTuc, null, List.of(link("Cu", "2018-12-13T09:00:00+07:00", null), pictured), months, true));
            assertLayout(html);
            Document doc = Jsoup.parse(html);
            assertThat(doc.select("h1").text()).isEqualTo("Tin tức - Sự kiện");
            assertThat(doc.select("ol.article-list h2 a").eachText()).containsExactly("Moi", "Cu");
            Element thumb = doc.selectFirst("ol.article-list img.article-list-thumb");
            assertThat(thumb.attr("src")).as("the smallest variant").isEqualTo("/media/anh-320.jpg");
            assertThat(thumb.attr("width") + "x" + thumb.attr("height")).isEqualTo("160x90");
            assertThat(thumb.attr("loading")).isEqualTo("lazy");
            assertThat(doc.select("nav.pager a").eachAttr("href")).containsExactly("/tin-tuc/2018/12/");
            assertThat(doc.select("nav.pager a").text()).isEqualTo("Tin cũ hơn: tháng 12/2018");
            assertThat(doc.select("#luu-tru a").eachAttr("href"))
                    .containsExactly("/tin-tuc/2019/02/", "/tin-tuc/2018/11/", "/tin-tuc/2018/12/");
            assertThat(doc.select("#luu-tru a").eachAttr("aria-label")).contains("Tháng 02/2019");
            assertThat(doc.select("link[rel=canonical]").attr("href")).isEqualTo("http://127.0.0.1:3000/tin-tuc/");
        }

        @Test
        void aMonthPageLinksToTheSectionsMonthsBeforeAndAfter() {
            Document doc = Jsoup.parse(renderer.sectionPage(new SectionView(
                    tinTuc,
                    YearMonth.of(2018, 12),
                    List.of(link("Cu", "2018-12-13T09:00:00+07:00", null)),
                    months,
                    false)));
            assertThat(doc.select("h1").text()).isEqualTo("Tin tức - Sự kiện tháng 12/2018");
            assertThat(doc.select("nav.pager a[rel=prev]").attr("href")).isEqualTo("/tin-tuc/2019/02/");
            assertThat(doc.select("nav.pager a[rel=next]").attr("href")).isEqualTo("/tin-tuc/2018/11/");
            assertThat(doc.select("#luu-tru a[aria-current=page]").attr("href")).isEqualTo("/tin-tuc/2018/12/");
            assertThat(doc.select("main nav.breadcrumb a").eachAttr("href")).containsExactly("/", "/tin-tuc/");
        }

        @Test
        void theOldestMonthHasNoOlderLinkAndAnEmptiedMonthSaysSo() {
            Document doc = Jsoup.parse(
                    renderer.sectionPage(new SectionView(tinTuc, YearMonth.of(2018, 11), List.of(), months, false)));
            assertThat(doc.select("nav.pager a").eachAttr("rel")).containsExactly("prev");
            assertThat(doc.select(".empty-state").text())
                    .isEqualTo("Chuyên mục không có bài viết nào trong tháng 11/2018.");
        }
    }

    @Nested
    class LinkPreviews {

        @Test
        void anArticleCarriesOpenGraphTwitterJsonLdInVietnamTimeAndShareLinks() throws Exception {
            Picture lead = new Picture("/media/anh.png", "Toàn cảnh", 960, 540, List.of(320));
            ArticleView view = ArticleView.builder()
                    .id("01HABCDEF")
                    .title("Hội thảo")
                    .summary("Tóm tắt.")
                    .publishedAt(OffsetDateTime.parse("2018-12-14T02:30:00Z"))
                    .url("/tin-tuc/2018/12/14/hoi-thao.html")
                    .bodyHtml("<p>x</p>")
                    .figures(List.of())
                    .category("tin-tuc")
                    .updatedAt(Instant.parse("2018-12-15T01:00:00Z"))
                    .lead(lead)
                    .related(List.of(link("Lien quan", "2018-12-10T09:00:00+07:00", null)))
                    .build();
            Document doc = Jsoup.parse(renderer.articlePage(view));
            String canonical = "http://127.0.0.1:3000/tin-tuc/2018/12/14/hoi-thao.html";
            assertThat(doc.select("link[rel=canonical]").attr("href")).isEqualTo(canonical);
            assertThat(doc.select("meta[property=og:url]").attr("content")).isEqualTo(canonical);
            assertThat(doc.select("meta[property=og:title]").attr("content")).isEqualTo("Hội thảo");
            assertThat(doc.select("meta[property=og:description]").attr("content"))
                    .isEqualTo("Tóm tắt.");
            assertThat(doc.select("meta[property=og:image]").attr("content"))
                    .isEqualTo("http://127.0.0.1:3000/media/anh.png");
            assertThat(doc.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
            Map<String, Object> ld = Json.readObject(
                    doc.selectFirst("script[type=application/ld+json]").data());
            assertThat(ld)
                    .containsEntry("@type", "NewsArticle")
                    .containsEntry("headline", "Hội thảo")
                    .containsEntry("datePublished", "2018-12-14T09:30:00+07:00")
                    .containsEntry("dateModified", "2018-12-15T08:00:00+07:00")
                    .containsEntry("mainEntityOfPage", canonical)
                    .containsEntry("image", List.of("http://127.0.0.1:3000/media/anh.png"));
            assertThat(doc.select(".share a.share-zalo").attr("href"))
                    .startsWith("https://")
                    .endsWith(URLEncoder.encode(canonical, StandardCharsets.UTF_8));
            assertThat(doc.select(".share a.share-facebook").attr("href"))
                    .isEqualTo("https://www.facebook.com/sharer/sharer.php?u="
                            + URLEncoder.encode(canonical, StandardCharsets.UTF_8));
            assertThat(doc.select(".share a[data-copy-link]").attr("href")).isEqualTo(canonical);
            assertThat(doc.select("section.related a").eachText()).containsExactly("Lien quan");
        }
    }

    @Nested
    class FixedPages {

        @Test
        void theDateSearchPageHasItsFormPagerAndLiveStatus() {
            String html = renderer.dateSearchPage();
            assertLayout(html);
            Document doc = Jsoup.parse(html);
            Element page = doc.selectFirst("main section[data-widget=date-search-results]");
            assertThat(page.select("h1").text()).isEqualTo("Tìm theo ngày");
            Element form = page.selectFirst("form");
            assertThat(form.attr("action")).isEqualTo("/tim-theo-ngay.html");
            assertThat(form.select("input#ngay[type=date][name=date]")).hasSize(1);
            assertThat(form.select("label[for=ngay]")).hasSize(1);
            assertThat(page.select("nav.day-pager[hidden] a[rel=prev], nav.day-pager[hidden] a[rel=next]"))
                    .hasSize(2);
            assertThat(page.select(".date-search-status[role=status][aria-live=polite]"))
                    .hasSize(1);
            assertThat(page.select(".date-search-results")).hasSize(1);
            assertThat(page.select("noscript").html()).contains("cần JavaScript");
            assertThat(doc.select("section#danh-gia")).isEmpty();
        }

        @Test
        void theNotFoundPageSharesTheLayout() {
            String html = renderer.notFoundPage();
            assertLayout(html);
            assertThat(Jsoup.parse(html).select("main h1").text()).isEqualTo("Không tìm thấy trang");
        }
    }

    @Nested
    class Feeds {

        private static org.w3c.dom.Document parseXml(String xml) throws Exception {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        }

        private static List<String> texts(org.w3c.dom.Document doc, String tag) {
            NodeList nodes = doc.getElementsByTagName(tag);
            return IntStream.range(0, nodes.getLength())
                    .mapToObj(i -> nodes.item(i).getTextContent())
                    .toList();
        }

        @Test
        void rssIsWellFormedAndComplete() throws Exception {
            String xml = renderer.rss(new FeedView(
                    "https://portal.example.gov.vn/",
                    List.of(
                            link("Cu", "2018-12-13T09:00:00+07:00", "Tóm tắt <b>cũ</b> & \"trích\" 'dẫn'"),
                            new ArticleLink(
                                    "<script>x</script> & \"Mới\" 'nhất'\u0001",
                                    "/tin-tuc/2018/12/15/moi.html",
                                    null,
                                    OffsetDateTime.parse("2018-12-14T17:30:00Z")))));

            assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
            org.w3c.dom.Document doc = parseXml(xml);
            assertThat(doc.getDocumentElement().getTagName()).isEqualTo("rss");
            assertThat(doc.getDocumentElement().getAttribute("version")).isEqualTo("2.0");
            assertThat(texts(doc, "language")).containsExactly("vi");
            assertThat(texts(doc, "title"))
                    .containsExactly("Cổng thông tin điện tử " + MINISTRY, "<script>x</script> & \"Mới\" 'nhất'", "Cu");
            assertThat(texts(doc, "link"))
                    .containsExactly(
                            "https://portal.example.gov.vn/",
                            "https://portal.example.gov.vn/tin-tuc/2018/12/15/moi.html",
                            "https://portal.example.gov.vn/tin-tuc/2018/12/13/cu.html");
            assertThat(texts(doc, "guid"))
                    .containsExactly(
                            "https://portal.example.gov.vn/tin-tuc/2018/12/15/moi.html",
                            "https://portal.example.gov.vn/tin-tuc/2018/12/13/cu.html");
            assertThat(((org.w3c.dom.Element) doc.getElementsByTagName("guid").item(0)).getAttribute("isPermaLink"))
                    .isEqualTo("true");
            assertThat(texts(doc, "pubDate"))
                    .containsExactly("Sat, 15 Dec 2018 00:30:00 +0700", "Thu, 13 Dec 2018 09:00:00 +0700");
            assertThat(ZonedDateTime.parse(texts(doc, "pubDate").getFirst(), DateTimeFormatter.RFC_1123_DATE_TIME)
                            .toInstant())
                    .isEqualTo(OffsetDateTime.parse("2018-12-14T17:30:00Z").toInstant());
            assertThat(texts(doc, "description"))
                    .containsExactly("Tin tức, sự kiện của " + MINISTRY, "Tóm tắt <b>cũ</b> & \"trích\" 'dẫn'");
            assertThat(texts(doc, "lastBuildDate")).containsExactly("Sat, 15 Dec 2018 00:30:00 +0700");
            assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link")
                            .item(0)
                            .getAttributes()
                            .getNamedItem("href")
                            .getNodeValue())
                    .isEqualTo("https://portal.example.gov.vn/rss.xml");
        }

        @Test
        void emptyRssIsWellFormed() throws Exception {
            org.w3c.dom.Document doc = parseXml(renderer.rss(new FeedView("https://portal.example.gov.vn", List.of())));
            assertThat(doc.getElementsByTagName("item").getLength()).isZero();
            assertThat(doc.getElementsByTagName("lastBuildDate").getLength()).isZero();
        }

        @Test
        void aMonthSitemapIsAValidUrlsetWithEachPagesLastChange() throws Exception {
            String xml = renderer.sitemap(new SitemapView(
                    "https://portal.example.gov.vn",
                    List.of(
                            new SitemapView.Url(
                                    "/tin-tuc/2018/12/15/mot.html", OffsetDateTime.parse("2018-12-20T01:02:03.456Z")),
                            new SitemapView.Url(
                                    "/tin-tuc/2018/12/13/a.html?x=1&y=2",
                                    OffsetDateTime.parse("2018-12-13T09:00:00+07:00")),
                            new SitemapView.Url("/", null))));

            assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
            SitemapSchemas.URLSET.validate(xml);
            org.w3c.dom.Document doc = parseXml(xml);
            assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("urlset");
            assertThat(doc.getDocumentElement().getNamespaceURI())
                    .isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
            assertThat(texts(doc, "loc"))
                    .containsExactly(
                            "https://portal.example.gov.vn/tin-tuc/2018/12/15/mot.html",
                            "https://portal.example.gov.vn/tin-tuc/2018/12/13/a.html?x=1&y=2",
                            "https://portal.example.gov.vn/");
            assertThat(texts(doc, "lastmod"))
                    .as("W3C date-times in Vietnam time, to the second")
                    .containsExactly("2018-12-20T08:02:03+07:00", "2018-12-13T09:00:00+07:00");
        }

        @Test
        void theSitemapIndexIsAValidSitemapindex() throws Exception {
            String xml = renderer.sitemapIndex(new SitemapIndexView(
                    "https://portal.example.gov.vn",
                    List.of(
                            new SitemapView.Url(SitePaths.PAGES_SITEMAP, null),
                            new SitemapView.Url(
                                    SitePaths.monthSitemapPath(YearMonth.of(2018, 12)),
                                    OffsetDateTime.parse("2018-12-20T01:02:03Z")))));

            SitemapSchemas.INDEX.validate(xml);
            org.w3c.dom.Document doc = parseXml(xml);
            assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
            assertThat(texts(doc, "loc"))
                    .containsExactly(
                            "https://portal.example.gov.vn/sitemaps/trang.xml",
                            "https://portal.example.gov.vn/sitemaps/2018-12.xml");
            assertThat(texts(doc, "lastmod")).containsExactly("2018-12-20T08:02:03+07:00");
            assertThatThrownBy(() -> SitemapSchemas.URLSET.validate(xml))
                    .as("an index is not a urlset")
                    .isInstanceOf(AssertionError.class);
        }

        @Test
        void siteUrlMustBeAbsoluteHttp() {
            assertThatThrownBy(() -> new FeedView("portal.example.gov.vn", List.of()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new SitemapView("javascript:alert(1)//", List.of()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(new FeedView("https://portal.example.gov.vn//", List.of()).siteUrl())
                    .isEqualTo("https://portal.example.gov.vn");
        }

        @Test
        void xmlEscapingCoversMarkupQuotesAndControls() {
            assertThat(PageRenderer.escapeXml("a & b < c > d \" e ' f\u0000\u0008\t\n g 😀 \uFFFE"))
                    .isEqualTo("a &amp; b &lt; c &gt; d &quot; e &apos; f\t\n g 😀 ");
        }
    }

    @Test
    void linksMustBeSitePathsOrHttp() {
        assertThatThrownBy(() -> new ArticleLink("x", "javascript:alert(1)", null, PUBLISHED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ArticleLink("x", "//evil.example/", null, PUBLISHED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ArticleLink("x", "/a b.html", null, PUBLISHED))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
