package vn.gov.portal.directives.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DirectiveBuilderTest {

    /** Every string field holds its own name, so a field passed to the wrong place shows. */
    private static final Directive FULL = Directive.builder()
            .id("id")
            .title("title")
            .type("type")
            .symbol("symbol")
            .number(5)
            .year(2026)
            .docCode("docCode")
            .issuer("issuer")
            .unit("unit")
            .subject("subject")
            .issuedOn(LocalDate.parse("2026-01-05"))
            .signer("signer")
            .summary("summary")
            .attachmentUrl("attachmentUrl")
            .attachmentUploadId("attachmentUploadId")
            .dedupKey("dedupKey")
            .createdAt(Instant.EPOCH)
            .createdBy("createdBy")
            .effectiveOn(LocalDate.parse("2026-02-01"))
            .expiresOn(LocalDate.parse("2027-01-01"))
            .signerTitle("signerTitle")
            .field("field")
            .issuerName("issuerName")
            .relations(List.of(new Relation(
                    RelationKind.AMENDS,
                    "cccccccccccccccccccccccccc",
                    "01/QĐ-TTg",
                    "Cũ",
                    "/p",
                    LocalDate.parse("2025-01-01"),
                    false)))
            .pagePath("pagePath")
            .attachmentSize(1234L)
            .attachmentType("attachmentType")
            .endsOn(LocalDate.parse("2027-06-01"))
            .build();

    @Test
    void theBuilderSetsEveryFieldAndACopyKeepsThemAll() throws Exception {
        for (RecordComponent c : Directive.class.getRecordComponents()) {
            Object value = c.getAccessor().invoke(FULL);
            assertThat(value).as(c.getName()).isNotNull();
            if (c.getType() == String.class) {
                assertThat(value).as(c.getName()).isEqualTo(c.getName());
            }
        }
        assertThat(List.of(FULL.number(), FULL.year())).containsExactly(5, 2026);
        assertThat(List.of(FULL.issuedOn(), FULL.effectiveOn(), FULL.expiresOn(), FULL.endsOn()))
                .containsExactly(
                        LocalDate.parse("2026-01-05"),
                        LocalDate.parse("2026-02-01"),
                        LocalDate.parse("2027-01-01"),
                        LocalDate.parse("2027-06-01"));
        assertThat(FULL.toBuilder().build()).isEqualTo(FULL);
    }

    @Test
    void withersChangeOnlyTheirFields() {
        Directive moved =
                FULL.withAttachment("/van-ban/2026/b.docx", "dddddddddddddddddddddddddd", 99, "application/msword");
        assertThat(moved.toBuilder()
                        .attachmentUrl(FULL.attachmentUrl())
                        .attachmentUploadId(FULL.attachmentUploadId())
                        .attachmentSize(FULL.attachmentSize())
                        .attachmentType(FULL.attachmentType())
                        .build())
                .isEqualTo(FULL);
        assertThat(moved.attachmentUrl()).isEqualTo("/van-ban/2026/b.docx");
        assertThat(moved.attachmentSize()).isEqualTo(99L);
        assertThat(FULL.withEndsOn(null).toBuilder().endsOn(FULL.endsOn()).build())
                .isEqualTo(FULL);
        assertThat(FULL.withPagePath("/x").pagePath()).isEqualTo("/x");
        assertThat(FULL.withRelations(null).relations()).isEmpty();
    }

    @Test
    void unsetFieldsStayNullAndRelationsEmpty() {
        Directive bare = Directive.builder().id("x").build();
        assertThat(bare.title()).isNull();
        assertThat(bare.endsOn()).isNull();
        assertThat(bare.relations()).isEmpty();
    }
}
