package vn.gov.portal.articles.render;

import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/** The sitemap protocol's two schemas (test resources sitemaps/*.xsd), to validate what the portal writes. */
public enum SitemapSchemas {
    URLSET("sitemap.xsd"),
    INDEX("siteindex.xsd");

    private final Schema schema;

    SitemapSchemas(String file) {
        try {
            URL xsd = SitemapSchemas.class.getResource("/sitemaps/" + file);
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            this.schema = factory.newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fails with the validator's message when the document does not follow the schema. */
    public void validate(String xml) {
        try {
            schema.newValidator().validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException | IOException e) {
            throw new AssertionError(
                    "not a valid sitemap " + name().toLowerCase() + ": " + e.getMessage() + "\n" + xml, e);
        }
    }
}
