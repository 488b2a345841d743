package vn.gov.portal.directives;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.gov.portal.directives.store.Directive;
import vn.gov.portal.directives.store.DirectivesTable;
import vn.gov.portal.directives.store.Relation;
import vn.gov.portal.directives.store.RelationKind;

class DirectivePagesTest {

    private static final DirectivePages PAGES = new DirectivePages("Bộ Lao động - Thương binh và Xã hội");

    private static Directive doc(String symbol, String attachmentUrl, Long size) {
        return new Directive("aaaaaaaaaaaaaaaaaaaaaaaaaa", "Quyết định số " + symbol + " về <việc> thử", "Quyết định", symbol, 6,
                null, "QĐ", "TTg", null, "về việc thử", LocalDate.parse("2026-01-05"), "Nguyễn Văn A", "Tóm tắt",
                attachmentUrl, null, "SYM#x", Instant.EPOCH, "e", LocalDate.parse("2026-02-01"), null, "Thủ tướng",
                "Việc làm", null, List.of(), "/van-ban/2026/06-qd-ttg.html", size,
                attachmentUrl == null ? null : "application/pdf", LocalDate.parse("2026-06-01"));
    }

    @Test
    void aDocumentPageShowsItsFactsStatusRelationsAndFile() {
        Relation by = new Relation(RelationKind.REPLACES, "bbbbbbbbbbbbbbbbbbbbbbbbbb", "07/QĐ-TTg", "Quyết định mới",
                "/van-ban/2026/07-qd-ttg.html", LocalDate.parse("2026-06-01"), true);
        String html = PAGES.directivePage(new DirectivesTable.Full(doc("06/QĐ-TTg", "/van-ban/2026/x.pdf", 1_258_291L), List.of(by)),
                Set.of(), LocalDate.parse("2026-06-01"));
        assertThat(html).contains("về &lt;việc&gt; thử")
                .contains("Thủ tướng Chính phủ")
                .contains("Thủ tướng Nguyễn Văn A")
                .contains("data-effective-from=\"2026-02-01\"").contains("data-ends-on=\"2026-06-01\"")
                .contains(">Hết hiệu lực<")
                .contains("Bị thay thế bởi").contains("<a href=\"/van-ban/2026/07-qd-ttg.html\">07/QĐ-TTg – Quyết định mới</a>")
                .contains("href=\"/van-ban/2026/x.pdf\">Xem văn bản (PDF)</a>").contains("PDF, 1,2 MB")
                .contains("href=\"/van-ban/\"");
    }

    @Test
    void aWordFileDownloadsAndAGoneTargetIsNotALink() {
        Directive d = doc("06/QĐ-TTg", "/van-ban/2026/x.docx", 35_000L);
        Directive withGone = new Directive(d.id(), d.title(), d.type(), d.symbol(), d.number(), d.year(), d.docCode(), d.issuer(),
                d.unit(), d.subject(), d.issuedOn(), d.signer(), d.summary(), d.attachmentUrl(), null, d.dedupKey(), d.createdAt(),
                d.createdBy(), d.effectiveOn(), null, null, null, null,
                List.of(new Relation(RelationKind.AMENDS, "cccccccccccccccccccccccccc", "01/QĐ-TTg", "Cũ", "/van-ban/2025/01-qd-ttg.html",
                        LocalDate.parse("2025-01-01"), false)), d.pagePath(), d.attachmentSize(), d.attachmentType(), null);
        String html = PAGES.directivePage(new DirectivesTable.Full(withGone, List.of()), Set.of("cccccccccccccccccccccccccc"),
                LocalDate.parse("2026-01-10"));
        assertThat(html).contains(" download>Tải văn bản về (DOCX)</a>").contains("34,2 KB")
                .contains("Sửa đổi, bổ sung").doesNotContain("href=\"/van-ban/2025/01-qd-ttg.html\"")
                .contains(">Chưa có hiệu lực<");
    }

    @Test
    void sizesAreInVietnameseNotation() {
        assertThat(DirectivePages.size(850)).isEqualTo("850 byte");
        assertThat(DirectivePages.size(12_800)).isEqualTo("12,5 KB");
    }

    @Test
    void pagePathsAreReadableAndStable() {
        Directive d = doc("06/QĐ-TTg", null, null);
        assertThat(DirectiveSite.pagePath(new Directive(d.id(), d.title(), d.type(), d.symbol(), 6, null, "QĐ", "TTg", null, null,
                d.issuedOn(), null, null, null, null, "k", Instant.EPOCH, "e"))).isEqualTo("/van-ban/2026/06-qd-ttg.html");
        Directive letter = new Directive("dddddddddddddddddddddddddd", "Thông báo nghỉ Tết", "Thông báo", null, null, null, null, null,
                null, null, LocalDate.parse("2026-01-20"), null, null, null, null, "k", Instant.EPOCH, "e");
        assertThat(DirectiveSite.pagePath(letter)).isEqualTo("/van-ban/2026/thong-bao-nghi-tet-2026-01-20.html");
    }
}
