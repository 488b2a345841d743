package vn.gov.portal.search;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import vn.gov.portal.common.Dates;

/** Test documents. */
final class Docs {

    private Docs() {}

    static SearchDocument article(String id, String day, String title, String summary, String body) {
        Map<Field, String> fields = new EnumMap<>(Field.class);
        fields.put(Field.TITLE, title);
        if (summary != null) {
            fields.put(Field.SUMMARY, summary);
        }
        if (body != null) {
            fields.put(Field.BODY, body);
        }
        LocalDate d = LocalDate.parse(day);
        return new SearchDocument(
                Kind.ARTICLE,
                id,
                title,
                "/tin-tuc/" + day.replace('-', '/') + "/" + id + ".html",
                d,
                d.atTime(9, 0).atZone(Dates.VIETNAM).toInstant(),
                fields,
                (summary == null ? "" : summary + " ") + (body == null ? "" : body));
    }

    static SearchDocument directive(String id, String day, String title, String symbol, String issuer, String subject) {
        Map<Field, String> fields = new EnumMap<>(Field.class);
        fields.put(Field.TITLE, title);
        if (symbol != null) {
            fields.put(Field.SYMBOL, symbol);
        }
        if (issuer != null) {
            fields.put(Field.ISSUER, issuer);
        }
        if (subject != null) {
            fields.put(Field.SUBJECT, subject);
        }
        LocalDate d = LocalDate.parse(day);
        return new SearchDocument(
                Kind.DIRECTIVE,
                id,
                title,
                "/van-ban/" + id,
                d,
                d.atStartOfDay(Dates.VIETNAM).toInstant(),
                fields,
                (symbol == null ? "" : "Số ký hiệu " + symbol + ". ") + (subject == null ? title : subject));
    }

    static SearchQuery query(String q) {
        return SearchQuery.parse(Map.of("q", q));
    }
}
