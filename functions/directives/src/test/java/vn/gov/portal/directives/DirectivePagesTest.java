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
        return Directive.builder()
                .id("aaaaaaaaaaaaaaaaaaaaaaaaaa")
                .title("Quyết định số " + symbol + " về <việc> thử")
                .type("Quyết định")
                .symbol(symbol)
                .number(6)
                .docCode("QĐ")
                .issuer("TTg")
                .subject("về việc thử")
                .issuedOn(LocalDate.parse("2026-01-05"))
                .signer("Nguyễn Văn A")
                .summary("Tóm tắt")
                .attachmentUrl(attachmentUrl)
                .dedupKey("SYM#x")
                .createdAt(Instant.EPOCH)
                .createdBy("e")
                .effectiveOn(LocalDate.parse("2026-02-01"))
                .signerTitle("Thủ tướng")
                .field("Việc làm")
                .pagePath("/van-ban/2026/06-qd-ttg.html")
                .attachmentSize(size)
                .attachmentType(attachmentUrl == null ? null : "application/pdf")
                .endsOn(LocalDate.parse("2026-06-01"))
                .build();
    }

    @Test
    void aDocumentPageShowsItsFactsStatusRelationsAndFile() {
        Relation by = new Relation(
                RelationKind.REPLACES,
                "bbbbbbbbbbbbbbbbbbbbbbbbbb",
                "07/QĐ-TTg",
                "Quyết định mới",
                "/van-ban/2026/07-qd-ttg.html",
                LocalDate.parse("2026-06-01"),
                true);
        String html = PAGES.directivePage(
                new DirectivesTable.Full(doc("06/QĐ-TTg", "/van-ban/2026/x.pdf", 1_258_291L), List.of(by)),
                Set.of(),
                LocalDate.parse("2026-06-01"));
        assertThat(html)
                .contains("về &lt;việc&gt; thử")
                .contains("Thủ tướng Chính phủ")
                .contains("Thủ tướng Nguyễn Văn A")
                .contains("data-effective-from=\"2026-02-01\"")
                .contains("data-ends-on=\"2026-06-01\"")
                .contains(">Hết hiệu lực<")
                .contains("Bị thay thế bởi")
                .contains("<a href=\"/van-ban/2026/07-qd-ttg.html\">07/QĐ-TTg – Quyết định mới</a>")
                .contains("href=\"/van-ban/2026/x.pdf\">Xem văn bản (PDF)</a>")
                .contains("PDF, 1,2 MB")
                .contains("href=\"/van-ban/\"");
    }

    @Test
    void aWordFileDownloadsAndAGoneTargetIsNotALink() {
        Directive d = doc("06/QĐ-TTg", "/van-ban/2026/x.docx", 35_000L);
        Directive withGone = d.toBuilder()
                .attachmentUploadId(null)
                .expiresOn(null)
                .signerTitle(null)
                .field(null)
                .issuerName(null)
                .endsOn(null)
                .relations(List.of(new Relation(
                        RelationKind.AMENDS,
                        "cccccccccccccccccccccccccc",
                        "01/QĐ-TTg",
                        "Cũ",
                        "/van-ban/2025/01-qd-ttg.html",
                        LocalDate.parse("2025-01-01"),
                        false)))
                .build();
        String html = PAGES.directivePage(
                new DirectivesTable.Full(withGone, List.of()),
                Set.of("cccccccccccccccccccccccccc"),
                LocalDate.parse("2026-01-10"));
        assertThat(html)
                .contains(" download>Tải văn bản về (DOCX)</a>")
                .contains("34,2 KB")
                .contains("Sửa đổi, bổ sung")
                .doesNotContain("href=\"/van-ban/2025/01-qd-ttg.html\"")
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
        assertThat(DirectiveSite.pagePath(Directive.builder()
                        .id(d.id())
                        .title(d.title())
                        .type(d.type())
                        .symbol(d.symbol())
                        .number(6)
                        .docCode("QĐ")
                        .issuer("TTg")
                        .issuedOn(d.issuedOn())
                        .dedupKey("k")
                        .createdAt(Instant.EPOCH)
                        .createdBy("e")
                        .build()))
                .isEqualTo("/van-ban/2026/06-qd-ttg.html");
        Directive letter = Directive.builder()
                .id("dddddddddddddddddddddddddd")
                .title("Thông báo nghỉ Tết")
                .type("Thông báo")
                .issuedOn(LocalDate.parse("2026-01-20"))
                .dedupKey("k")
                .createdAt(Instant.EPOCH)
                .createdBy("e")
                .build();
        assertThat(DirectiveSite.pagePath(letter)).isEqualTo("/van-ban/2026/thong-bao-nghi-tet-2026-01-20.html");
    }
}
