package vn.gov.portal.articles.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlSanitizerTest {

    private static final Set<String> ALLOWED_TAGS = Set.of(
            "p",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "blockquote",
            "ul",
            "ol",
            "li",
            "pre",
            "code",
            "em",
            "strong",
            "b",
            "i",
            "u",
            "s",
            "sub",
            "sup",
            "br",
            "hr",
            "a",
            "img",
            "figure",
            "figcaption",
            "table",
            "caption",
            "thead",
            "tbody",
            "tfoot",
            "tr",
            "th",
            "td",
            "div",
            "span");
    private static final Set<String> ALLOWED_ATTRIBUTES =
            Set.of("href", "title", "rel", "src", "alt", "width", "height", "start", "colspan", "rowspan", "scope");

    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    /** OWASP XSS filter evasion cheat sheet and friends. */
    static Stream<String> xssVectors() {
        return Stream.of(
                "<script>alert(1)</script>",
                "<SCRIPT SRC=http://xss.rocks/xss.js></SCRIPT>",
                "<ScRiPt>alert(1)</sCrIpT>",
                "<script/xss src=\"http://xss.rocks/xss.js\"></script>",
                "<<script>alert(1);//<</script>",
                "<img src=x onerror=alert(1)>",
                "<IMG SRC=\"javascript:alert('XSS');\">",
                "<IMG SRC=JaVaScRiPt:alert('XSS')>",
                "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
                "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\"\\>",
                "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
                "<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>",
                "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">",
                "<IMG SRC=\"jav&#x0A;ascript:alert('XSS');\">",
                "<IMG SRC=\" &#14;  javascript:alert('XSS');\">",
                "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
                "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
                "<a href=\"javascript&colon;alert(1)\">x</a>",
                "<a href=\"&#106;avascript:alert(1)\">x</a>",
                "<a href=\"  JaVaScRiPt:alert(1)\">x</a>",
                "<a href=\"java\u0000script:alert(1)\">x</a>",
                "<a href=\"vbscript:msgbox(1)\">x</a>",
                "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
                "<a href=\"https://ok.vn\" onclick=\"alert(1)\" onmouseover=alert(1)>x</a>",
                "<svg/onload=alert(1)>",
                "<svg><script>alert(1)</script></svg>",
                "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                "<math href=\"javascript:alert(1)\">x</math>",
                "<iframe src=\"https://evil.example/\"></iframe>",
                "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
                "<frameset><frame src=\"javascript:alert(1)\"></frameset>",
                "<style>@import 'https://evil.example/x.css';</style>",
                "<STYLE>li {list-style-image: url(\"javascript:alert('XSS')\");}</STYLE><UL><LI>XSS</br>",
                "<div style=\"position:fixed;top:0;left:0;width:100%;height:100%;background:white\">Giả mạo</div>",
                "<p style=\"background-image:url(javascript:alert(1))\">x</p>",
                "<link rel=\"stylesheet\" href=\"https://evil.example/x.css\">",
                "<object data=\"https://evil.example/x.swf\"></object>",
                "<embed src=\"https://evil.example/x.swf\">",
                "<applet code=\"x\"></applet>",
                "<base href=\"https://evil.example/\">",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1);\">",
                "<form action=\"https://evil.example/\"><input name=\"mat-khau\" type=\"password\"><button formaction=\"javascript:alert(1)\">Gửi</button></form>",
                "<isindex action=\"javascript:alert(1)\" type=image>",
                "<body onload=alert(1)>",
                "<details open ontoggle=alert(1)>",
                "<video><source onerror=\"alert(1)\"></video>",
                "<audio src=x onerror=alert(1)>",
                "<marquee onstart=alert(1)>x</marquee>",
                "<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>",
                "<div id=\"site-header\" class=\"login-box\">x</div>",
                "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
                "<xss onafterscriptexecute=alert(1)><script>1</script>",
                "<template><script>alert(1)</script></template>",
                "<!--[if gte IE 4]><SCRIPT>alert('XSS');</SCRIPT><![endif]-->",
                "<a href=\"https://ok.vn\" target=\"_blank\">x</a>",
                "\"><script>alert(1)</script>",
                "<img src=\"https://ok.vn/a.png\" srcset=\"javascript:alert(1)\" usemap=\"#m\">");
    }

    @ParameterizedTest
    @MethodSource("xssVectors")
    void neutralizesXssVectors(String vector) {
        String out = sanitizer.sanitize(vector);

        String lower = out.toLowerCase(Locale.ROOT);
        assertThat(lower)
                .doesNotContain(
                        "<script",
                        "<style",
                        "<iframe",
                        "<svg",
                        "<math",
                        "<object",
                        "<embed",
                        "<form",
                        "<input",
                        "<base",
                        "<meta",
                        "<link",
                        "javascript:",
                        "vbscript:",
                        "data:",
                        "style=",
                        "target=",
                        "class=",
                        "id=");
        assertThat(lower).doesNotContainPattern("\\son[a-z]+\\s*=");
        assertAllowListed(out);
    }

    /** Re-parsed, the output has only allow-listed elements and attributes, with harmless URLs. */
    private static void assertAllowListed(String html) {
        for (Element e : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            if (e.normalName().equals("body")) {
                continue;
            }
            assertThat(ALLOWED_TAGS).as("tag in %s", html).contains(e.normalName());
            for (Attribute attribute : e.attributes()) {
                assertThat(ALLOWED_ATTRIBUTES).as("attribute in %s", html).contains(attribute.getKey());
                if (attribute.getKey().equals("href") || attribute.getKey().equals("src")) {
                    assertThat(attribute.getValue().toLowerCase(Locale.ROOT).strip())
                            .doesNotContain("script:", "data:")
                            .doesNotContainPattern("[\\x00-\\x1f]");
                }
            }
        }
    }

    @Test
    void keepsTextOfRefusedElementsButNotScriptContent() {
        assertThat(sanitizer.sanitize("<p>Trước<script>alert(1)</script> sau</p>"))
                .isEqualTo("<p>Trước sau</p>");
        assertThat(sanitizer.sanitize("<div style=\"position:fixed\">Giả mạo</div>"))
                .isEqualTo("<div>Giả mạo</div>");
        assertThat(sanitizer.sanitize("<form><button>Gửi</button></form>")).isEqualTo("Gửi");
    }

    @Test
    void keepsTheTextStructure() {
        String html =
                "<h2>Mục</h2><h3>Tiểu mục</h3><h6>nhỏ</h6><p>Có <em>nghiêng</em>, <strong>đậm</strong>, <b>b</b>, <i>i</i>, "
                        + "<u>u</u>, <s>s</s>, H<sub>2</sub>O, m<sup>2</sup>,<br>dòng mới <span>span</span></p>"
                        + "<blockquote><p>Trích dẫn</p></blockquote><ol start=\"3\"><li>ba</li></ol><ul><li>một</li></ul>"
                        + "<pre><code>mã nguồn &lt;x&gt;</code></pre><hr><div>khối</div>"
                        + "<figure><img src=\"https://ok.vn/a.png\" alt=\"Ảnh\" title=\"T\" width=\"640\" height=\"480\"><figcaption>Chú thích</figcaption></figure>";
        assertThat(sanitizer.sanitize(html)).isEqualTo(html);
    }

    @Test
    void keepsTables() {
        String html = "<table><caption>Bảng 1</caption><thead><tr><th scope=\"col\" colspan=\"2\">Cột</th></tr></thead>"
                + "<tbody><tr><td rowspan=\"2\">a</td><td colspan=\"1\">b</td></tr></tbody><tfoot><tr><td>c</td></tr></tfoot></table>";
        assertThat(sanitizer.sanitize(html)).isEqualTo(html);
    }

    @Test
    void mapsH1ToH2() {
        assertThat(sanitizer.sanitize("<h1 id=\"x\">Tiêu đề</h1><p>x</p>")).isEqualTo("<h2>Tiêu đề</h2><p>x</p>");
    }

    @Test
    void dropsStyleClassAndIdAttributes() {
        assertThat(sanitizer.sanitize(
                        "<p style=\"color:red\" class=\"alert\" id=\"main\" lang=\"en\" dir=\"rtl\">x</p>"))
                .isEqualTo("<p>x</p>");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/tin-tuc/2018/12/14/a.html",
                "../a.html",
                "a.html",
                "#muc-1",
                "?trang=2",
                "mailto:vanphong@bo.gov.vn"
            })
    void keepsRelativeAndMailtoLinksAsWritten(String href) {
        assertThat(sanitizer.sanitize("<a href=\"" + href + "\">x</a>")).isEqualTo("<a href=\"" + href + "\">x</a>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://chinhphu.vn/", "http://example.com/a?b=1", "//example.com/x"})
    void marksAbsoluteLinksExternal(String href) {
        assertThat(sanitizer.sanitize("<a href=\"" + href + "\" title=\"Nguồn\">x</a>"))
                .isEqualTo("<a href=\"" + href.replace("&", "&amp;")
                        + "\" title=\"Nguồn\" rel=\"nofollow noopener noreferrer\">x</a>");
    }

    @Test
    void ownHostsAreNotExternal() {
        HtmlSanitizer own = new HtmlSanitizer(Set.of("Portal.Example.gov.vn"));
        assertThat(own.sanitize("<a href=\"https://portal.example.gov.vn/a.html\">x</a>"))
                .isEqualTo("<a href=\"https://portal.example.gov.vn/a.html\">x</a>");
        assertThat(own.sanitize("<a href=\"https://other.vn/\">x</a>"))
                .contains("rel=\"nofollow noopener noreferrer\"");
    }

    @Test
    void replacesAuthorRel() {
        assertThat(sanitizer.sanitize("<a href=\"https://x.vn\" rel=\"opener\">x</a>"))
                .isEqualTo("<a href=\"https://x.vn\" rel=\"nofollow noopener noreferrer\">x</a>");
    }

    @Test
    void unwrapsLinksWhoseTargetIsRefused() {
        assertThat(sanitizer.sanitize("<p><a href=\"javascript:alert(1)\">bấm</a></p>"))
                .isEqualTo("<p>bấm</p>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://ok.vn/a.png", "http://ok.vn/a.png", "/media/a.png", "a.png", "upload:abc_1-2"})
    void keepsImageSources(String src) {
        assertThat(sanitizer.sanitize("<img src=\"" + src + "\" alt=\"a\">"))
                .isEqualTo("<img src=\"" + src + "\" alt=\"a\">");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "data:image/png;base64,iVBORw0KGgo=",
                "javascript:alert(1)",
                "ftp://x/a.png",
                "file:///etc/passwd",
                ""
            })
    void removesImagesWithRefusedSources(String src) {
        assertThat(sanitizer.sanitize("<p>a<img src=\"" + src + "\" alt=\"x\">b</p>"))
                .isEqualTo("<p>ab</p>");
    }

    @Test
    void uploadSchemeIsForImagesOnly() {
        assertThat(sanitizer.sanitize("<a href=\"upload:abc\">x</a>")).isEqualTo("x");
    }

    @Test
    void keepsOnlyNumericImageDimensions() {
        assertThat(sanitizer.sanitize("<img src=\"/a.png\" width=\"100%\" height=\"99999\">"))
                .isEqualTo("<img src=\"/a.png\">");
        assertThat(sanitizer.sanitize("<img src=\"/a.png\" width=\"320\" height=\"240\">"))
                .isEqualTo("<img src=\"/a.png\" width=\"320\" height=\"240\">");
    }

    @Test
    void outputIsBalancedAndNotPrettyPrinted() {
        assertThat(sanitizer.sanitize("<p>một<p>hai<ul><li>a<li>b</ul><b><i>x</b></i>"))
                .isEqualTo("<p>một</p><p>hai</p><ul><li>a</li><li>b</li></ul><b><i>x</i></b>");
    }

    @Test
    void escapesTextAndKeepsVietnamese() {
        assertThat(sanitizer.sanitize("<p>Bộ &lt;Lao động&gt; &amp; \"Xã hội\"</p>"))
                .isEqualTo("<p>Bộ &lt;Lao động&gt; &amp; \"Xã hội\"</p>");
    }

    @Test
    void dropsComments() {
        assertThat(sanitizer.sanitize("<p>a<!-- ghi chú --></p>")).isEqualTo("<p>a</p>");
    }

    @Test
    void nullAndEmptyGiveEmpty() {
        assertThat(sanitizer.sanitize(null)).isEmpty();
        assertThat(sanitizer.sanitize("")).isEmpty();
    }
}
