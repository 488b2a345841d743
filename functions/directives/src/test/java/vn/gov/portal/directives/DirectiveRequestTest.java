package vn.gov.portal.directives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.portal.common.DomainException;
import vn.gov.portal.common.FieldError;

class DirectiveRequestTest {

    private static List<FieldError> errors(Map<String, Object> body) {
        try {
            DirectiveRequest.from(body);
        } catch (DomainException.Invalid e) {
            return e.errors();
        }
        throw new AssertionError("accepted " + body);
    }

    private static Map<String, Object> body(Object... pairs) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void cleansTextToNfcAndTreatsEmptyOptionalFieldsAsAbsent() {
        DirectiveRequest r = DirectiveRequest.from(body(
                "title",
                Normalizer.normalize("  Công văn   số 121/LĐTBXH-VP\tv/v họp  ", Normalizer.Form.NFD),
                "issuedOn",
                "2020-01-14",
                "signer",
                "  ",
                "summary",
                "",
                "symbol",
                "",
                "type",
                null));
        assertThat(r.title()).isEqualTo("Công văn số 121/LĐTBXH-VP v/v họp");
        assertThat(Normalizer.isNormalized(r.title(), Normalizer.Form.NFC)).isTrue();
        assertThat(r.issuedOn()).isEqualTo(LocalDate.of(2020, 1, 14));
        assertThat(r.signer()).isNull();
        assertThat(r.summary()).isNull();
        assertThat(r.symbol()).isNull();
        assertThat(r.type()).isNull();
    }

    @Test
    void explicitSymbolIsParsedAndTypeIsCanonical() {
        DirectiveRequest r = DirectiveRequest.from(body(
                "title",
                "x",
                "issuedOn",
                "2020-01-14",
                "symbol",
                " 1500 / qđ - lđtbxh ",
                "type",
                Normalizer.normalize("QUYẾT ĐỊNH", Normalizer.Form.NFD)));
        assertThat(r.symbol().symbol()).isEqualTo("1500/QĐ-LĐTBXH");
        assertThat(r.symbol().issuer()).isEqualTo("LĐTBXH");
        assertThat(r.type()).isEqualTo("Quyết định");
        assertThat(DirectiveRequest.knownType("công văn")).contains("Công văn");
    }

    @Test
    void reportsEveryBadFieldAtOnce() {
        assertThat(errors(body(
                        "issuedOn",
                        "2018-02-30",
                        "colour",
                        "red",
                        "symbol",
                        "121 LĐTBXH",
                        "type",
                        "Luật",
                        "signer",
                        "a".repeat(201),
                        "summary",
                        5,
                        "attachmentUploadId",
                        "../x")))
                .extracting(FieldError::field)
                .containsExactlyInAnyOrder(
                        "colour", "title", "issuedOn", "symbol", "type", "signer", "summary", "attachmentUploadId");
    }

    @Test
    void titleIsRequiredAndAtMostAThousandCharacters() {
        assertThat(errors(body("issuedOn", "2020-01-01"))).containsExactly(new FieldError("title", "is required"));
        assertThat(errors(body("title", " \n ", "issuedOn", "2020-01-01")))
                .extracting(FieldError::field)
                .containsExactly("title");
        assertThat(errors(body("title", "ả".repeat(1001), "issuedOn", "2020-01-01")))
                .extracting(FieldError::field)
                .containsExactly("title");
        assertThat(DirectiveRequest.from(body("title", "ả".repeat(1000), "issuedOn", "2020-01-01"))
                        .title())
                .hasSize(1000);
        assertThat(errors(body("title", "a\u0000b", "issuedOn", "2020-01-01")))
                .extracting(FieldError::field)
                .containsExactly("title");
    }

    @Test
    void issuedOnIsAStrictDay() {
        for (Object bad : new Object[] {"2018-02-30", "2020-1-5", "14/01/2020", 20200114, "2020-01-14T00:00:00Z", ""}) {
            assertThat(errors(body("title", "x", "issuedOn", bad)))
                    .as(String.valueOf(bad))
                    .extracting(FieldError::field)
                    .containsExactly("issuedOn");
        }
        assertThat(errors(body("title", "x"))).containsExactly(new FieldError("issuedOn", "is required"));
    }

    @Test
    void anImportLineTakesOnlyTitleAndIssuedOn() {
        assertThat(DirectiveRequest.fromImportLine(Map.of("title", "Thông báo số 5/TB-VP", "issuedOn", "2021-03-01"))
                        .title())
                .isEqualTo("Thông báo số 5/TB-VP");
        assertThatThrownBy(() ->
                        DirectiveRequest.fromImportLine(Map.of("title", "x", "issuedOn", "2021-03-01", "signer", "A")))
                .isInstanceOf(DomainException.Invalid.class)
                .hasMessageContaining("signer");
        assertThatThrownBy(() -> DirectiveRequest.fromImportLine("a title"))
                .isInstanceOf(DomainException.Invalid.class);
    }
}
