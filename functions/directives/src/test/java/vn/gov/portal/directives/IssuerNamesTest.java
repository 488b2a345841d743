package vn.gov.portal.directives;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IssuerNamesTest {

    @Test
    void namesTheAuthoritiesOfTheTable() {
        assertThat(IssuerNames.of("LĐTBXH")).contains("Bộ Lao động - Thương binh và Xã hội");
        assertThat(IssuerNames.of("BLĐTBXH")).contains("Bộ Lao động - Thương binh và Xã hội");
        assertThat(IssuerNames.of("TTg")).contains("Thủ tướng Chính phủ");
        assertThat(IssuerNames.of("CP")).contains("Chính phủ");
        assertThat(IssuerNames.of("QH15")).contains("Quốc hội");
    }

    @Test
    void aJointIssuerIsNamedWhenEveryPartIsKnown() {
        assertThat(IssuerNames.of("BTC-BLĐTBXH")).contains("Bộ Tài chính; Bộ Lao động - Thương binh và Xã hội");
        assertThat(IssuerNames.of("BTC-XYZ")).isEmpty();
    }

    @Test
    void anUnknownCodeHasNoNameRatherThanAGuess() {
        assertThat(IssuerNames.of("VP")).isEmpty();
        assertThat(IssuerNames.of("LDTBXH")).isEmpty(); // without the stroke it is another code
        assertThat(IssuerNames.of(null)).isEmpty();
        assertThat(IssuerNames.of(" ")).isEmpty();
    }

    @Test
    void everyCodeTheListOffersHasAName() {
        assertThat(IssuerNames.CODES)
                .allSatisfy(code -> assertThat(IssuerNames.of(code)).isPresent());
    }
}
