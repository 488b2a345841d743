package vn.gov.portal.directives;

import static vn.gov.portal.common.Templates.text;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.gov.portal.common.Templates;
import vn.gov.portal.directives.store.Directive;
import vn.gov.portal.directives.store.DirectivesTable;
import vn.gov.portal.directives.store.Relation;
import vn.gov.portal.directives.store.RelationKind;

/**
 * Renders a directive's page and the first page of the list from the templates under
 * {@code templates/} (the site's layout partials come from the common module), compiled once.
 * Every value is escaped by the templates. The status is printed as of the day rendered, with the
 * days it changes in {@code data-} attributes for the pages' script to keep it right afterwards.
 * Thread-safe.
 */
public final class DirectivePages {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final String ministryName;
    private final Template page;
    private final Template list;

    public DirectivePages(String ministryName) {
        this.ministryName = Objects.requireNonNull(ministryName, "ministryName");
        Mustache.Compiler html =
                Mustache.compiler().escapeHTML(true).emptyStringIsFalse(true).withLoader(Templates::load);
        this.page = html.loadTemplate("directive");
        this.list = html.loadTemplate("directive-list");
    }

    /** @param gone ids of the documents this one names that are no longer registered (shown without a link) */
    public String directivePage(DirectivesTable.Full full, Set<String> gone, LocalDate today) {
        Directive d = full.directive();
        String description = d.summary() != null ? d.summary() : d.title();
        Map<String, Object> m = layout(
                d.symbol() != null ? d.symbol() + " " + shortTitle(d) : d.title(), description, "page-directive");
        m.put("id", d.id());
        m.put("type", text(d.type()));
        m.put("symbol", text(d.symbol()));
        m.put("title", d.title());
        status(m, d, today);
        m.put("facts", facts(d));
        m.put("summary", text(d.summary()));
        List<Map<String, Object>> relations = new ArrayList<>();
        for (RelationKind kind : RelationKind.values()) {
            addRelations(
                    relations,
                    kind.label(false),
                    d.outgoing().stream().filter(r -> r.kind() == kind).toList(),
                    gone);
            addRelations(
                    relations,
                    kind.label(true),
                    full.incoming().stream().filter(r -> r.kind() == kind).toList(),
                    gone);
        }
        m.put("relations", relations);
        m.put("hasRelations", !relations.isEmpty());
        m.put("attachment", attachment(d));
        return page.execute(m);
    }

    /** /van-ban/: the newest documents, the filters, and the cursor of the next page for the script. */
    public String listPage(List<Directive> items, String nextCursor, int pageSize, LocalDate today) {
        Map<String, Object> m = layout(
                "Văn bản chỉ đạo điều hành",
                "Văn bản chỉ đạo điều hành của " + ministryName
                        + ": tra cứu theo loại, cơ quan ban hành, lĩnh vực, năm và tình trạng hiệu lực",
                "page-directive-list");
        m.put("pageSize", pageSize);
        m.put("types", DirectiveRequest.TYPE_NAMES);
        m.put(
                "issuers",
                IssuerNames.CODES.stream()
                        .map(c -> Map.of("code", c, "name", IssuerNames.of(c).orElse(c)))
                        .toList());
        m.put("fields", DirectiveFields.KNOWN);
        m.put(
                "items",
                items.stream()
                        .map(d -> {
                            Map<String, Object> row = new LinkedHashMap<>();
                            row.put("url", DirectiveSite.pagePath(d));
                            row.put("title", d.title());
                            row.put("symbol", text(d.symbol()));
                            row.put("issuedOn", d.issuedOn().toString());
                            row.put("issuedText", DAY.format(d.issuedOn()));
                            row.put("issuerName", text(DirectiveService.issuerName(d)));
                            status(row, d, today);
                            return row;
                        })
                        .toList());
        m.put("hasItems", !items.isEmpty());
        m.put("nextCursor", text(nextCursor));
        return list.execute(m);
    }

    private static void status(Map<String, Object> m, Directive d, LocalDate today) {
        DirectiveStatus status = DirectiveStatus.of(d, today);
        m.put("statusKey", status.key());
        m.put("statusLabel", status.label());
        m.put("effectiveFrom", d.effectiveFrom().toString());
        m.put("endsOn", d.endsOn() == null ? "" : d.endsOn().toString());
        m.put("today", today.toString());
        m.put("todayText", DAY.format(today));
    }

    private static List<Map<String, Object>> facts(Directive d) {
        List<Map<String, Object>> rows = new ArrayList<>();
        fact(rows, "Số, ký hiệu", d.symbol(), null);
        fact(rows, "Loại văn bản", d.type(), null);
        String issuerName = DirectiveService.issuerName(d);
        fact(rows, "Cơ quan ban hành", issuerName != null ? issuerName : d.issuer(), null);
        fact(rows, "Lĩnh vực", d.field(), null);
        fact(rows, "Ngày ban hành", DAY.format(d.issuedOn()), d.issuedOn());
        fact(rows, "Ngày có hiệu lực", DAY.format(d.effectiveFrom()), d.effectiveFrom());
        if (d.endsOn() != null) {
            fact(rows, "Ngày hết hiệu lực", DAY.format(d.endsOn()), d.endsOn());
        }
        String signer =
                d.signer() == null ? null : d.signerTitle() == null ? d.signer() : d.signerTitle() + " " + d.signer();
        fact(rows, "Người ký", signer, null);
        return rows;
    }

    private static void fact(List<Map<String, Object>> rows, String label, String value, LocalDate iso) {
        if (value != null) {
            rows.add(Map.of("label", label, "value", value, "iso", iso == null ? "" : iso.toString()));
        }
    }

    private static void addRelations(
            List<Map<String, Object>> out, String label, List<Relation> relations, Set<String> gone) {
        if (relations.isEmpty()) {
            return;
        }
        out.add(Map.of(
                "label",
                label,
                "items",
                relations.stream()
                        .map(r -> Map.of(
                                "text",
                                        r.symbol() == null || r.title().contains(r.symbol())
                                                ? r.title()
                                                : r.symbol() + " – " + r.title(),
                                "url", gone.contains(r.id()) || r.pagePath() == null ? "" : r.pagePath()))
                        .toList()));
    }

    /** The attachment's link and facts, as a list of none or one (a section that is false when empty). */
    private static List<Map<String, Object>> attachment(Directive d) {
        if (d.attachmentUrl() == null) {
            return List.of();
        }
        String extension = d.attachmentUrl()
                .substring(d.attachmentUrl().lastIndexOf('.') + 1)
                .toLowerCase(Locale.ROOT);
        boolean pdf = extension.equals("pdf");
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("url", d.attachmentUrl());
        m.put("download", !pdf);
        m.put("action", pdf ? "Xem văn bản (PDF)" : "Tải văn bản về (" + extension.toUpperCase(Locale.ROOT) + ")");
        m.put("kind", pdf ? "PDF" : "Word " + extension.toUpperCase(Locale.ROOT));
        m.put("size", d.attachmentSize() == null ? "dung lượng chưa rõ" : size(d.attachmentSize()));
        return List.of(m);
    }

    /** "850 byte", "12,5 KB", "1,2 MB": Vietnamese decimal comma. */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " byte";
        }
        double kb = bytes / 1024.0;
        String text = kb < 1024
                ? String.format(Locale.ROOT, "%.1f KB", kb)
                : String.format(Locale.ROOT, "%.1f MB", kb / 1024);
        return text.replace('.', ',');
    }

    private static String shortTitle(Directive d) {
        return d.subject() != null ? d.subject() : d.title();
    }

    private Map<String, Object> layout(String pageTitle, String description, String pageClass) {
        return Templates.layout(ministryName, pageTitle, description, pageClass);
    }
}
