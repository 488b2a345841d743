package vn.gov.portal.directives;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.portal.common.Json;
import vn.gov.portal.directives.store.Directive;
import vn.gov.portal.directives.store.DirectivesTable;

/** The rules of registration that need no storage: derivation, explicit fields, idempotency keys, JSON. */
class DirectiveServiceTest {

    private static final String ID = "abcdefghijklmnopqrstuvwxyz";

    private static Directive derive(Object... pairs) {
        Map<String, Object> body = new HashMap<>(Map.of("issuedOn", "2020-01-14"));
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return DirectiveService.derive(DirectiveRequest.from(body), ID, Instant.EPOCH, "editor@local");
    }

    @Test
    void derivesEverythingTheTitleSays() {
        Directive d = derive("title", "Công văn số 121/LĐTBXH-VP v/v triển khai công tác năm 2020");
        assertThat(d.type()).isEqualTo("Công văn");
        assertThat(d.symbol()).isEqualTo("121/LĐTBXH-VP");
        assertThat(d.number()).isEqualTo(121);
        assertThat(d.year()).isNull();
        assertThat(d.docCode()).isNull();
        assertThat(d.issuer()).isEqualTo("LĐTBXH");
        assertThat(d.unit()).isEqualTo("VP");
        assertThat(d.subject()).isEqualTo("triển khai công tác năm 2020");
        assertThat(d.issuedOn()).isEqualTo(LocalDate.of(2020, 1, 14));
        assertThat(d.dedupKey()).isEqualTo("SYM#121/ldtbxh-vp");
    }

    @Test
    void aDecreeWithYearAndCode() {
        Directive d = derive("title", "145/2020/NĐ-CP quy định chi tiết một số điều của Bộ luật Lao động");
        assertThat(d.type()).isEqualTo("Nghị định");
        assertThat(d.number()).isEqualTo(145);
        assertThat(d.year()).isEqualTo(2020);
        assertThat(d.docCode()).isEqualTo("NĐ");
        assertThat(d.issuer()).isEqualTo("CP");
        assertThat(d.unit()).isNull();
    }

    @Test
    void aTitleWithoutSymbolOrKnownTypeKeepsNullsNotGuesses() {
        Directive d = derive("title", "Luật số 45/2019/QH14 Bộ luật Lao động");
        assertThat(d.type()).isNull();
        assertThat(d.symbol()).isNull();
        assertThat(d.number()).isNull();
        assertThat(d.issuer()).isNull();
        assertThat(d.subject()).isEqualTo("Luật số 45/2019/QH14 Bộ luật Lao động");
        assertThat(d.dedupKey()).startsWith("TTL#").hasSize(4 + 64);
    }

    @Test
    void explicitFieldsWin() {
        Directive d = derive(
                "title",
                "Công văn số 121/LĐTBXH-VP v/v họp",
                "symbol",
                "1500/qđ-lđtbxh",
                "type",
                "thông báo",
                "signer",
                "Nguyễn Văn A");
        assertThat(d.symbol()).isEqualTo("1500/QĐ-LĐTBXH");
        assertThat(d.docCode()).isEqualTo("QĐ");
        assertThat(d.issuer()).isEqualTo("LĐTBXH");
        assertThat(d.unit()).isNull();
        assertThat(d.type()).isEqualTo("Thông báo");
        assertThat(d.subject()).isEqualTo("họp");
        assertThat(d.signer()).isEqualTo("Nguyễn Văn A");
    }

    @Test
    void anExplicitSymbolDecidesTheTypeUnlessTheTitleHasATypeWord() {
        assertThat(derive("title", "Về việc tổ chức hội nghị", "symbol", "15/KH-LĐTBXH")
                        .type())
                .isEqualTo("Kế hoạch");
        assertThat(derive("title", "Số 12/QĐ-BYT về việc thử", "symbol", "15/KH-LĐTBXH")
                        .type())
                .isEqualTo("Kế hoạch");
        assertThat(derive("title", "Thông báo về việc nghỉ Tết", "symbol", "15/KH-LĐTBXH")
                        .type())
                .isEqualTo("Thông báo");
        assertThat(derive("title", "Về việc tổ chức hội nghị", "symbol", "5/LĐTBXH-PC")
                        .type())
                .isEqualTo("Công văn");
    }

    @Test
    void theIdempotencyKeyIgnoresCaseSpacingAndUnicodeForm() {
        assertThat(DirectivesTable.dedupKey("121/LĐTBXH-VP", null))
                .isEqualTo(DirectivesTable.dedupKey("121/lđtbxh-vp", null));
        assertThat(DirectivesTable.dedupKey(null, "Thông báo  nghỉ Tết"))
                .isEqualTo(DirectivesTable.dedupKey(
                        null, Normalizer.normalize("THÔNG BÁO nghỉ tết", Normalizer.Form.NFD)));
        // diacritics tell Vietnamese words apart: "bán" (sell) is not "bàn" (discuss)
        assertThat(DirectivesTable.dedupKey(null, "Thông báo bán đấu giá"))
                .isNotEqualTo(DirectivesTable.dedupKey(null, "Thông báo bàn đấu giá"));
    }

    @Test
    void theJsonItemKeepsNullsInContractOrder() {
        String json = Json.write(
                DirectiveResponses.Item.of(derive("title", "Hội nghị tổng kết năm"), LocalDate.parse("2026-01-01")));
        assertThat(json)
                .isEqualTo("{\"id\":\"" + ID + "\",\"title\":\"Hội nghị tổng kết năm\",\"type\":null,\"symbol\":null,"
                        + "\"number\":null,\"year\":null,\"docCode\":null,\"issuer\":null,\"unit\":null,"
                        + "\"subject\":\"Hội nghị tổng kết năm\",\"issuedOn\":\"2020-01-14\",\"signer\":null,\"summary\":null,"
                        + "\"attachmentUrl\":null,\"attachmentSize\":null,\"attachmentType\":null,\"effectiveOn\":null,"
                        + "\"expiresOn\":null,\"endsOn\":null,\"signerTitle\":null,\"field\":null,\"issuerName\":null,"
                        + "\"pageUrl\":\"/van-ban/2020/hoi-nghi-tong-ket-nam-2020-01-14.html\","
                        + "\"replaces\":[],\"amends\":[],\"repeals\":[],\"replacedBy\":[],\"amendedBy\":[],\"repealedBy\":[],"
                        + "\"status\":\"con-hieu-luc\",\"statusLabel\":\"Còn hiệu lực\"}");
    }
}
