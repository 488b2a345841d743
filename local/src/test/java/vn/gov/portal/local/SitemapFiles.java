package vn.gov.portal.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/**
 * Reads the portal's sitemap the way a crawler does (robots.txt → /sitemap.xml → each sitemap
 * it names) and validates every file against the sitemap protocol's schemas (the articles
 * module's test resources sitemaps/*.xsd).
 */
final class SitemapFiles {

    private static final Path SCHEMAS = TestStack.ROOT.resolve("functions/articles/src/test/resources/sitemaps");
    private static final Pattern LOC = Pattern.compile("<loc>([^<]+)</loc>");

    private SitemapFiles() {}

    /** Every article URL (absolute) the sitemap index leads to, each file validated on the way. */
    static List<String> urls(Http http) {
        assertThat(http.get("/robots.txt").body()).containsPattern("(?m)^Sitemap: https?://\\S+/sitemap\\.xml$");
        Http.Response index = http.get("/sitemap.xml");
        assertThat(index.status()).isEqualTo(200);
        assertThat(index.contentType()).startsWith("application/xml");
        validate("siteindex.xsd", index.body());
        List<String> urls = new ArrayList<>();
        for (String sitemap : locs(index.body())) {
            String path = sitemap.replaceFirst("^https?://[^/]+", "");
            Http.Response file = http.get(path);
            assertThat(file.status()).as(path + " named by the index").isEqualTo(200);
            validate("sitemap.xsd", file.body());
            urls.addAll(locs(file.body()));
        }
        return urls;
    }

    static List<String> locs(String xml) {
        List<String> out = new ArrayList<>();
        Matcher m = LOC.matcher(xml);
        while (m.find()) {
            out.add(m.group(1).replace("&amp;", "&"));
        }
        return out;
    }

    static void validate(String schemaFile, String xml) {
        try {
            Schema schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                    .newSchema(SCHEMAS.resolve(schemaFile).toFile());
            schema.newValidator().validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException | IOException e) {
            throw new AssertionError("not valid against " + schemaFile + ": " + e.getMessage() + "\n" + xml, e);
        }
    }
}
