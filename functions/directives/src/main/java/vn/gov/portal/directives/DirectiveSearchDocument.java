package vn.gov.portal.directives;

import java.util.EnumMap;
import java.util.Map;
import vn.gov.portal.common.Dates;
import vn.gov.portal.directives.store.Directive;
import vn.gov.portal.search.Field;
import vn.gov.portal.search.Kind;
import vn.gov.portal.search.SearchDocument;

/** What the search index learns from a directive: title, symbol, issuer, subject and summary. */
final class DirectiveSearchDocument {

    private DirectiveSearchDocument() {}

    static SearchDocument of(Directive d) {
        Map<Field, String> fields = new EnumMap<>(Field.class);
        fields.put(Field.TITLE, d.title());
        put(fields, Field.SYMBOL, d.symbol());
        put(fields, Field.ISSUER, d.issuer());
        put(fields, Field.SUBJECT, d.subject());
        put(fields, Field.SUMMARY, d.summary());
        String about = d.summary() != null ? d.summary() : d.subject() != null ? d.subject() : d.title();
        String snippet = (d.type() != null ? d.type() + " " : "")
                + (d.symbol() != null ? "số " + d.symbol() + ": " : "")
                + about;
        // The document's own page; a record registered before pages existed has only its file, if any.
        String url = d.pagePath() != null ? d.pagePath() : d.attachmentUrl() != null ? d.attachmentUrl() : "/van-ban/";
        return new SearchDocument(
                Kind.DIRECTIVE,
                d.id(),
                d.title(),
                url,
                d.issuedOn(),
                d.issuedOn().atStartOfDay(Dates.VIETNAM).toInstant(),
                fields,
                snippet);
    }

    private static void put(Map<Field, String> fields, Field field, String value) {
        if (value != null) {
            fields.put(field, value);
        }
    }
}
