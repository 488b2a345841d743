package vn.gov.portal.directives;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DirectiveTitleParserTest {

    private final DirectiveTitleParser parser = new DirectiveTitleParser();

    /** The spec's table of type codes, written out independently of {@link DocumentType}. */
    private static final String TYPE_CODES = """
            NQ,   Nghị quyết
            QĐ,   Quyết định
            CT,   Chỉ thị
            QC,   Quy chế
            QyĐ,  Quy định
            TC,   Thông cáo
            TB,   Thông báo
            HD,   Hướng dẫn
            CTr,  Chương trình
            KH,   Kế hoạch
            PA,   Phương án
            ĐA,   Đề án
            DA,   Dự án
            BC,   Báo cáo
            BB,   Biên bản
            TTr,  Tờ trình
            HĐ,   Hợp đồng
            CĐ,   Công điện
            GM,   Giấy mời
            GGT,  Giấy giới thiệu
            NĐ,   Nghị định
            TT,   Thông tư
            TTLT, Thông tư liên tịch
            """;

    static Stream<String[]> typeCodes() {
        return TYPE_CODES
                .lines()
                .map(line -> Arrays.stream(line.split(",")).map(String::strip).toArray(String[]::new));
    }

    static Stream<Arguments> codeAndName() {
        return typeCodes().map(row -> Arguments.of(row[0], row[1]));
    }

    private static String nfd(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }

    private static ParsedSymbol symbol(
            String symbol, Integer number, Integer year, String docCode, String issuer, String unit) {
        return new ParsedSymbol(symbol, number, year, docCode, issuer, unit);
    }

    // =============================================================================================

    @Nested
    class TypeCodes {

        @ParameterizedTest(name = "{0} = {1}")
        @MethodSource("vn.gov.portal.directives.DirectiveTitleParserTest#codeAndName")
        void everyTypeCodeStartsATypedSymbol(String code, String name) {
            assertThat(parser.parseSymbol("12/" + code + "-LĐTBXH"))
                    .isEqualTo(symbol("12/" + code + "-LĐTBXH", 12, null, code, "LĐTBXH", null));
        }

        @ParameterizedTest(name = "{0} typed in lower case")
        @MethodSource("vn.gov.portal.directives.DirectiveTitleParserTest#codeAndName")
        void everyTypeCodeInLowerCaseComesBackCanonical(String code, String name) {
            String lower = "12/" + code.toLowerCase(Locale.ROOT) + "-lđtbxh";
            assertThat(parser.parseSymbol(lower))
                    .isEqualTo(symbol("12/" + code + "-LĐTBXH", 12, null, code, "LĐTBXH", null));
        }

        @ParameterizedTest(name = "{0} typed in upper case")
        @MethodSource("vn.gov.portal.directives.DirectiveTitleParserTest#codeAndName")
        void everyTypeCodeInUpperCaseComesBackCanonical(String code, String name) {
            String upper = "12/" + code.toUpperCase(Locale.ROOT) + "-LĐTBXH";
            assertThat(parser.parseSymbol(upper).docCode()).isEqualTo(code);
            assertThat(parser.parseSymbol(upper).symbol()).isEqualTo("12/" + code + "-LĐTBXH");
        }

        @ParameterizedTest(name = "{0} with year")
        @MethodSource("vn.gov.portal.directives.DirectiveTitleParserTest#codeAndName")
        void everyTypeCodeWithAYear(String code, String name) {
            assertThat(parser.parseSymbol("07/2021/" + code + "-BLĐTBXH"))
                    .isEqualTo(symbol("07/2021/" + code + "-BLĐTBXH", 7, 2021, code, "BLĐTBXH", null));
        }

        @ParameterizedTest(name = "typeName({0}) = {1}")
        @MethodSource("vn.gov.portal.directives.DirectiveTitleParserTest#codeAndName")
        void typeNameOfEveryCodeInAnyCase(String code, String name) {
            assertThat(DirectiveTitleParser.typeName(code)).contains(name);
            assertThat(DirectiveTitleParser.typeName(code.toLowerCase(Locale.ROOT)))
                    .contains(name);
            assertThat(DirectiveTitleParser.typeName(code.toUpperCase(Locale.ROOT)))
                    .contains(name);
            assertThat(DirectiveTitleParser.typeName(" " + nfd(code) + " ")).contains(name);
        }

        @ParameterizedTest(name = "typeName({0}) is empty")
        @NullAndEmptySource
        @ValueSource(strings = {" ", "PC", "TTg", "LĐTBXH", "CP", "QD", "ND", "Công văn", "CV", "T T", "QĐ-TTg"})
        void typeNameOfNonTypeCodesIsEmpty(String code) {
            assertThat(DirectiveTitleParser.typeName(code)).isEmpty();
        }

        @Test
        void enumHoldsExactlyTheSpecTable() {
            assertThat(DocumentType.values())
                    .extracting(DocumentType::code, DocumentType::typeName)
                    .containsExactlyInAnyOrderElementsOf(
                            typeCodes().map(row -> Tuple.tuple(row[0], row[1])).toList());
        }

        @ParameterizedTest(name = "{1} as a title word")
        @MethodSource("vn.gov.portal.directives.DirectiveTitleParserTest#codeAndName")
        void everyTypeWordStartsATitleWithItsSymbol(String code, String name) {
            ParsedTitle title = parser.parse(name + " số 12/" + code + "-LĐTBXH về việc thử nghiệm");
            assertThat(title)
                    .isEqualTo(new ParsedTitle(
                            name,
                            "12/" + code + "-LĐTBXH",
                            symbol("12/" + code + "-LĐTBXH", 12, null, code, "LĐTBXH", null),
                            "thử nghiệm"));
        }

        @ParameterizedTest(name = "{1} in capitals")
        @MethodSource("vn.gov.portal.directives.DirectiveTitleParserTest#codeAndName")
        void everyTypeWordMatchesInCapitals(String code, String name) {
            ParsedTitle title =
                    parser.parse(name.toUpperCase(Locale.ROOT) + " SỐ 12/" + code + "-LĐTBXH V/V Thử nghiệm");
            assertThat(title.type()).isEqualTo(name);
            assertThat(title.parts().docCode()).isEqualTo(code);
            assertThat(title.subject()).isEqualTo("Thử nghiệm");
        }

        @ParameterizedTest(name = "{1} in lower case, decomposed")
        @MethodSource("vn.gov.portal.directives.DirectiveTitleParserTest#codeAndName")
        void everyTypeWordMatchesInLowerCaseDecomposed(String code, String name) {
            ParsedTitle title = parser.parse(nfd(name.toLowerCase(Locale.ROOT) + " số 12/"
                    + code.toLowerCase(Locale.ROOT) + "-lđtbxh v/v thử nghiệm"));
            assertThat(title)
                    .isEqualTo(new ParsedTitle(
                            name,
                            "12/" + code + "-LĐTBXH",
                            symbol("12/" + code + "-LĐTBXH", 12, null, code, "LĐTBXH", null),
                            "thử nghiệm"));
        }

        @ParameterizedTest(name = "{1} without a symbol")
        @MethodSource("vn.gov.portal.directives.DirectiveTitleParserTest#codeAndName")
        void everyTypeWordWithSubjectButNoSymbol(String code, String name) {
            assertThat(parser.parse(name + " về việc thử nghiệm"))
                    .isEqualTo(new ParsedTitle(name, null, null, "thử nghiệm"));
        }

        @ParameterizedTest(name = "{0} symbol without a title word gives type {1}")
        @MethodSource("vn.gov.portal.directives.DirectiveTitleParserTest#codeAndName")
        void typeComesFromTheCodeWhenTheTitleHasNoTypeWord(String code, String name) {
            ParsedTitle title = parser.parse("Số 12/" + code + "-LĐTBXH v/v thử nghiệm");
            assertThat(title.type()).isEqualTo(name);
            assertThat(title.symbol()).isEqualTo("12/" + code + "-LĐTBXH");
            assertThat(title.subject()).isEqualTo("thử nghiệm");
        }
    }

    // =============================================================================================

    @Nested
    class LookalikeCodes {

        /** TT/TTg/TTr/TTLT, CT/CTr, QĐ/QyĐ, DA/ĐA, HD/HĐ: letters and diacritics matter, case does not. */
        @ParameterizedTest(name = "{0}")
        @CsvSource(
                nullValues = "-",
                value = {
                    // symbol as typed        | normalized            | docCode | issuer   | unit
                    "250/QĐ-TTg,              250/QĐ-TTg,             QĐ,       TTg,       -",
                    "250/qđ-ttg,              250/QĐ-TTg,             QĐ,       TTg,       -",
                    "250/QĐ-TTG,              250/QĐ-TTg,             QĐ,       TTg,       -",
                    "1234/TTg-KTTH,           1234/TTg-KTTH,          -,        TTg,       KTTH",
                    "1234/ttg-ktth,           1234/TTg-KTTH,          -,        TTg,       KTTH",
                    "3/TT-BLĐTBXH,            3/TT-BLĐTBXH,           TT,       BLĐTBXH,   -",
                    "3/tt-blđtbxh,            3/TT-BLĐTBXH,           TT,       BLĐTBXH,   -",
                    "3/TTr-BLĐTBXH,           3/TTr-BLĐTBXH,          TTr,      BLĐTBXH,   -",
                    "3/ttr-blđtbxh,           3/TTr-BLĐTBXH,          TTr,      BLĐTBXH,   -",
                    "3/TTR-BLĐTBXH,           3/TTr-BLĐTBXH,          TTr,      BLĐTBXH,   -",
                    "3/2021/TTLT-BTC-BNV,     3/2021/TTLT-BTC-BNV,    TTLT,     BTC-BNV,   -",
                    "3/2021/ttlt-btc-bnv,     3/2021/TTLT-BTC-BNV,    TTLT,     BTC-BNV,   -",
                    "7/CT-TTg,                7/CT-TTg,               CT,       TTg,       -",
                    "7/ct-ttg,                7/CT-TTg,               CT,       TTg,       -",
                    "7/CTr-BLĐTBXH,           7/CTr-BLĐTBXH,          CTr,      BLĐTBXH,   -",
                    "7/ctr-blđtbxh,           7/CTr-BLĐTBXH,          CTr,      BLĐTBXH,   -",
                    "8/QĐ-LĐTBXH,             8/QĐ-LĐTBXH,            QĐ,       LĐTBXH,    -",
                    "8/QyĐ-LĐTBXH,            8/QyĐ-LĐTBXH,           QyĐ,      LĐTBXH,    -",
                    "8/qyđ-lđtbxh,            8/QyĐ-LĐTBXH,           QyĐ,      LĐTBXH,    -",
                    "8/QYĐ-LĐTBXH,            8/QyĐ-LĐTBXH,           QyĐ,      LĐTBXH,    -",
                    "9/DA-LĐTBXH,             9/DA-LĐTBXH,            DA,       LĐTBXH,    -",
                    "9/da-lđtbxh,             9/DA-LĐTBXH,            DA,       LĐTBXH,    -",
                    "9/ĐA-LĐTBXH,             9/ĐA-LĐTBXH,            ĐA,       LĐTBXH,    -",
                    "9/đa-lđtbxh,             9/ĐA-LĐTBXH,            ĐA,       LĐTBXH,    -",
                    "11/HD-LĐTBXH,            11/HD-LĐTBXH,           HD,       LĐTBXH,    -",
                    "11/HĐ-LĐTBXH,            11/HĐ-LĐTBXH,           HĐ,       LĐTBXH,    -",
                    "11/hđ-lđtbxh,            11/HĐ-LĐTBXH,           HĐ,       LĐTBXH,    -",
                    // no Đ folding: "QD" is no type code, so this reads as a letter of issuer QD (documented)
                    "1500/QD-LĐTBXH,          1500/QD-LĐTBXH,         -,        QD,        LĐTBXH",
                    // TTLTx, TTgx and the like are no type codes either
                    "4/TTGX-BNV,              4/TTGX-BNV,             -,        TTGX,      BNV",
                })
        void lookalikeCodesAreToldApart(String typed, String normalized, String docCode, String issuer, String unit) {
            ParsedSymbol parsed = parser.parseSymbol(typed);
            assertThat(parsed.symbol()).isEqualTo(normalized);
            assertThat(parsed.docCode()).isEqualTo(docCode);
            assertThat(parsed.issuer()).isEqualTo(issuer);
            assertThat(parsed.unit()).isEqualTo(unit);
        }

        @Test
        void mixedCaseCodesStayMixedCaseInAnyPosition() {
            assertThat(parser.parseSymbol("45/bnv-ttr").symbol()).isEqualTo("45/BNV-TTr");
            assertThat(parser.parseSymbol("45/BNV-TTR").unit()).isEqualTo("TTr");
        }
    }

    // =============================================================================================

    @Nested
    class Letters {

        @ParameterizedTest(name = "{0}")
        @CsvSource(
                nullValues = "-",
                value = {
                    // a letter: no type code, issuer first, then units
                    "1234/LĐTBXH-TCCB,          1234/LĐTBXH-TCCB,          1234, LĐTBXH, TCCB",
                    "5/LĐTBXH-PC,               5/LĐTBXH-PC,               5,    LĐTBXH, PC",
                    "1234/LĐTBXH-VP-TCCB,       1234/LĐTBXH-VP-TCCB,       1234, LĐTBXH, VP-TCCB",
                    "88/LĐTBXH-VP-TCCB-KHTC,    88/LĐTBXH-VP-TCCB-KHTC,    88,   LĐTBXH, VP-TCCB-KHTC",
                    "5/LĐTBXH,                  5/LĐTBXH,                  5,    LĐTBXH, -",
                    "1234/lđtbxh-tccb,          1234/LĐTBXH-TCCB,          1234, LĐTBXH, TCCB",
                    "1234/TTg-KTTH,             1234/TTg-KTTH,             1234, TTg,    KTTH",
                    "0099/BNV-CCVC,             0099/BNV-CCVC,             99,   BNV,    CCVC",
                    // a type code after the issuer is only a unit code: the first code decides
                    "5/LĐTBXH-TB,               5/LĐTBXH-TB,               5,    LĐTBXH, TB",
                    // codes may end in digits
                    "12/BCĐ389-VP,              12/BCĐ389-VP,              12,   BCĐ389, VP",
                })
        void letterSymbols(String typed, String normalized, int number, String issuer, String unit) {
            assertThat(parser.parseSymbol(typed)).isEqualTo(symbol(normalized, number, null, null, issuer, unit));
        }

        @Test
        void letterTitleFromTheSpec() {
            assertThat(parser.parse("Công văn số 1234/LĐTBXH-TCCB v/v báo cáo số lượng công chức năm 2020"))
                    .isEqualTo(new ParsedTitle(
                            "Công văn",
                            "1234/LĐTBXH-TCCB",
                            symbol("1234/LĐTBXH-TCCB", 1234, null, null, "LĐTBXH", "TCCB"),
                            "báo cáo số lượng công chức năm 2020"));
        }

        @Test
        void letterTitleWithSeveralUnits() {
            ParsedTitle title = parser.parse("Công văn số 77/LĐTBXH-VP-TCCB V/v cử cán bộ dự tập huấn");
            assertThat(title.parts()).isEqualTo(symbol("77/LĐTBXH-VP-TCCB", 77, null, null, "LĐTBXH", "VP-TCCB"));
            assertThat(title.subject()).isEqualTo("cử cán bộ dự tập huấn");
        }

        @Test
        void codeLessSymbolWithoutTitleWordIsALetter() {
            ParsedTitle title = parser.parse("1234/LĐTBXH-TCCB v/v báo cáo");
            assertThat(title.type()).isEqualTo("Công văn");
            assertThat(title.parts().docCode()).isNull();
        }
    }

    // =============================================================================================

    @Nested
    class TypedDocuments {

        @ParameterizedTest(name = "{0}")
        @CsvSource(
                nullValues = "-",
                value = {
                    "1500/QĐ-LĐTBXH,       1500, QĐ, LĐTBXH, -",
                    "250/QĐ-TTg,           250,  QĐ, TTg,    -",
                    "12/TB-VP,             12,   TB, VP,     -",
                    "15/KH-LĐTBXH-VP,      15,   KH, LĐTBXH, VP",
                    "15/KH-LĐTBXH-VP-TCCB, 15,   KH, LĐTBXH, VP-TCCB",
                    // a type code alone is kept, with no issuer named
                    "15/KH,                15,   KH, -,      -",
                })
        void typedSymbols(String typed, int number, String docCode, String issuer, String unit) {
            assertThat(parser.parseSymbol(typed)).isEqualTo(symbol(typed, number, null, docCode, issuer, unit));
        }

        @Test
        void decisionTitleWithDate() {
            assertThat(parser.parse("Quyết định số 1500/QĐ-LĐTBXH ngày 12/11/2020 về việc phê duyệt kế hoạch"))
                    .isEqualTo(new ParsedTitle(
                            "Quyết định",
                            "1500/QĐ-LĐTBXH",
                            symbol("1500/QĐ-LĐTBXH", 1500, null, "QĐ", "LĐTBXH", null),
                            "phê duyệt kế hoạch"));
        }
    }

    // =============================================================================================

    @Nested
    class NormativeDocuments {

        @ParameterizedTest(name = "{0}")
        @CsvSource(
                nullValues = "-",
                value = {
                    "145/2020/NĐ-CP,             145/2020/NĐ-CP,            145, 2020, NĐ,   CP",
                    "10/2020/TT-BLĐTBXH,         10/2020/TT-BLĐTBXH,        10,  2020, TT,   BLĐTBXH",
                    "01/2020/TTLT-BTC-BLĐTBXH,   01/2020/TTLT-BTC-BLĐTBXH,  1,   2020, TTLT, BTC-BLĐTBXH",
                    "02/2015/TTLT-BTC-BNV-BLĐTBXH, 02/2015/TTLT-BTC-BNV-BLĐTBXH, 2, 2015, TTLT, BTC-BNV-BLĐTBXH",
                    "30/2020/nđ-cp,              30/2020/NĐ-CP,             30,  2020, NĐ,   CP",
                    "45/2019/NQ-HĐND,            45/2019/NQ-HĐND,           45,  2019, NQ,   HĐND",
                    "1/1945/SL-CP,               1/1945/SL-CP,              1,   1945, -,    SL",
                    "05/2100/TT-BNV,             05/2100/TT-BNV,            5,   2100, TT,   BNV",
                })
        void normativeSymbolsCarryTheYear(
                String typed, String normalized, int number, int year, String docCode, String issuer) {
            ParsedSymbol parsed = parser.parseSymbol(typed);
            assertThat(parsed.symbol()).isEqualTo(normalized);
            assertThat(parsed.number()).isEqualTo(number);
            assertThat(parsed.year()).isEqualTo(year);
            assertThat(parsed.docCode()).isEqualTo(docCode);
            assertThat(parsed.issuer()).isEqualTo(issuer);
        }

        @Test
        void jointCircularHasOnlyIssuersNoUnit() {
            assertThat(parser.parseSymbol("01/2020/TTLT-BTC-BLĐTBXH"))
                    .isEqualTo(symbol("01/2020/TTLT-BTC-BLĐTBXH", 1, 2020, "TTLT", "BTC-BLĐTBXH", null));
        }

        @Test
        void decreeTitle() {
            assertThat(parser.parse("Nghị định số 145/2020/NĐ-CP quy định chi tiết và hướng dẫn thi hành"))
                    .isEqualTo(new ParsedTitle(
                            "Nghị định",
                            "145/2020/NĐ-CP",
                            symbol("145/2020/NĐ-CP", 145, 2020, "NĐ", "CP", null),
                            "quy định chi tiết và hướng dẫn thi hành"));
        }

        @Test
        void circularTitleFromTheSpec() {
            assertThat(parser.parse("Thông tư số 10/2020/TT-BLĐTBXH quy định chi tiết một số điều của Bộ luật"))
                    .isEqualTo(new ParsedTitle(
                            "Thông tư",
                            "10/2020/TT-BLĐTBXH",
                            symbol("10/2020/TT-BLĐTBXH", 10, 2020, "TT", "BLĐTBXH", null),
                            "quy định chi tiết một số điều của Bộ luật"));
        }

        @Test
        void jointCircularTitleMatchesTheLongerTypeWord() {
            ParsedTitle title =
                    parser.parse("Thông tư liên tịch số 01/2020/TTLT-BTC-BLĐTBXH hướng dẫn quản lý kinh phí");
            assertThat(title.type()).isEqualTo("Thông tư liên tịch");
            assertThat(title.parts().issuer()).isEqualTo("BTC-BLĐTBXH");
            assertThat(title.subject()).isEqualTo("hướng dẫn quản lý kinh phí");
        }

        @Test
        void codeLessSymbolWithAYearIsNoLetter() {
            // "12/2020/QH14" is how laws are numbered; calling it a Công văn would be a guess.
            ParsedTitle title = parser.parse("12/2020/QH14 sửa đổi, bổ sung một số điều");
            assertThat(title.type()).isNull();
            assertThat(title.parts()).isEqualTo(symbol("12/2020/QH14", 12, 2020, null, "QH14", null));
            assertThat(title.subject()).isEqualTo("sửa đổi, bổ sung một số điều");
        }
    }

    // =============================================================================================

    @Nested
    class SymbolShape {

        @ParameterizedTest(name = "[{0}]")
        @CsvSource(
                delimiter = '|',
                value = {
                    "1234 / LĐTBXH - TCCB           | 1234/LĐTBXH-TCCB",
                    "1234/ LĐTBXH -TCCB             | 1234/LĐTBXH-TCCB",
                    "  145 / 2020 / NĐ - CP         | 145/2020/NĐ-CP",
                    "01 /2020/ TTLT - BTC - BLĐTBXH | 01/2020/TTLT-BTC-BLĐTBXH",
                    "1234/LĐTBXH\t-\tTCCB           | 1234/LĐTBXH-TCCB",
                    "Số: 1500/QĐ-LĐTBXH             | 1500/QĐ-LĐTBXH",
                    "số 1500/QĐ-LĐTBXH              | 1500/QĐ-LĐTBXH",
                    "SỐ:1500/QĐ-LĐTBXH              | 1500/QĐ-LĐTBXH",
                    "1500/QĐ‐LĐTBXH                 | 1500/QĐ-LĐTBXH",
                })
        void spacesAndPrefixesNormalizeAway(String typed, String normalized) {
            assertThat(parser.parseSymbol(typed).symbol()).isEqualTo(normalized);
        }

        @ParameterizedTest(name = "[{0}] is not a symbol")
        @NullAndEmptySource
        @ValueSource(
                strings = {
                    " ",
                    "abc/def",
                    "1234",
                    "1234/",
                    "/QĐ-LĐTBXH",
                    "QĐ-LĐTBXH",
                    "1234/-TCCB",
                    "1234/LĐTBXH-",
                    "1234//QĐ-X",
                    "12a/QĐ-X",
                    "1234/QĐ-LĐTBXH thêm",
                    "1234/LĐTBXH--TCCB",
                    "1234/về-việc",
                    "1234/LĐTBXH–TCCB",
                    "1234/389",
                    "1234/QĐ-389",
                    "0/QĐ-X",
                    "000/QĐ-X",
                    "1234567890/QĐ-X",
                    "12/20/TT-BNV",
                    "12/1944/TT-BNV",
                    "12/2101/TT-BNV",
                    "12/02020/TT-BNV",
                    "12/2020/",
                    "12/2020",
                    "12/2020/2021/TT-BNV",
                    "1/QĐ-X/VP",
                    "1/QĐ.X",
                    "Công văn số 1234/LĐTBXH-TCCB",
                    "số",
                    "Số:",
                    "1500/QĐ-LĐTBXH v/v",
                    "１２/QĐ-X",
                })
        void garbageIsNoSymbol(String typed) {
            assertThat(parser.parseSymbol(typed)).isNull();
        }

        @ParameterizedTest(name = "year {0}")
        @CsvSource(
                nullValues = "-",
                value = {"1945, 1945", "1999, 1999", "2024, 2024", "2100, 2100"})
        void yearBoundsAreInclusive(String year, int expected) {
            assertThat(parser.parseSymbol("3/" + year + "/TT-BNV").year()).isEqualTo(expected);
        }

        @ParameterizedTest(name = "number {0} = {1}")
        @CsvSource({"1, 1", "01, 1", "007, 7", "1500, 1500", "123456789, 123456789"})
        void numbersKeepLeadingZerosInTheSymbolOnly(String written, int number) {
            ParsedSymbol parsed = parser.parseSymbol(written + "/QĐ-BNV");
            assertThat(parsed.number()).isEqualTo(number);
            assertThat(parsed.symbol()).isEqualTo(written + "/QĐ-BNV");
        }
    }

    // =============================================================================================

    @Nested
    class Normalization {

        @Test
        void decomposedSymbolGivesTheSameParts() {
            String nfc = "1500/QĐ-LĐTBXH";
            assertThat(parser.parseSymbol(nfd(nfc))).isEqualTo(parser.parseSymbol(nfc));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(
                strings = {
                    "1234/L\u00D0TBXH-TCCB", // Icelandic eth Ð typed for Đ
                    "1234/LD\u0336TBXH-TCCB", // D with a combining long stroke
                    "1234/LD\u0335TBXH-TCCB", // D with a combining short stroke
                    "1234/l\u00F0tbxh-tccb", // lower-case eth
                    "1234/ld\u0336tbxh-tccb",
                })
        void lookalikesOfDStrokeGiveTheSameSymbol(String typed) {
            assertThat(parser.parseSymbol(typed))
                    .isEqualTo(symbol("1234/LĐTBXH-TCCB", 1234, null, null, "LĐTBXH", "TCCB"));
        }

        @Test
        void decomposedTitleGivesIdenticalOutputInNfc() {
            String nfc = "Quyết định số 1500/QĐ-LĐTBXH ngày 12/11/2020 về việc phê duyệt Đề án đổi mới";
            ParsedTitle fromNfd = parser.parse(nfd(nfc));
            assertThat(fromNfd).isEqualTo(parser.parse(nfc));
            assertThat(Normalizer.isNormalized(fromNfd.subject(), Normalizer.Form.NFC))
                    .isTrue();
            assertThat(fromNfd.type()).isEqualTo("Quyết định");
            assertThat(fromNfd.subject()).isEqualTo("phê duyệt Đề án đổi mới");
        }

        @Test
        void webPasteSpacesAndInvisiblesAreCleaned() {
            String pasted = "Công\u00A0văn số\u00A01234/LĐTBXH-\u200BTCCB v/v\u202Fbáo  cáo\u00AD\uFEFF";
            assertThat(parser.parse(pasted)).isEqualTo(parser.parse("Công văn số 1234/LĐTBXH-TCCB v/v báo cáo"));
        }

        @Test
        void extraSpacesEverywhere() {
            ParsedTitle title = parser.parse("  Công   văn   số   1234 / LĐTBXH - TCCB   v/v   báo  cáo  tháng  ");
            assertThat(title)
                    .isEqualTo(new ParsedTitle(
                            "Công văn",
                            "1234/LĐTBXH-TCCB",
                            symbol("1234/LĐTBXH-TCCB", 1234, null, null, "LĐTBXH", "TCCB"),
                            "báo cáo tháng"));
        }

        @Test
        void lowerCaseInputFromTheSpec() {
            ParsedSymbol parsed = parser.parseSymbol("1500/qđ-lđtbxh");
            assertThat(parsed).isEqualTo(symbol("1500/QĐ-LĐTBXH", 1500, null, "QĐ", "LĐTBXH", null));
        }

        @Test
        void lowerCaseTitle() {
            assertThat(parser.parse("quyết định số 1500/qđ-lđtbxh về việc khen thưởng"))
                    .isEqualTo(new ParsedTitle(
                            "Quyết định",
                            "1500/QĐ-LĐTBXH",
                            symbol("1500/QĐ-LĐTBXH", 1500, null, "QĐ", "LĐTBXH", null),
                            "khen thưởng"));
        }
    }

    // =============================================================================================

    @Nested
    class Titles {

        @ParameterizedTest(name = "[{0}]")
        @ValueSource(
                strings = {
                    "Công văn số 5/LĐTBXH-PC v/v góp ý dự thảo",
                    "Công văn số 5/LĐTBXH-PC V/v góp ý dự thảo",
                    "Công văn số 5/LĐTBXH-PC V/V góp ý dự thảo",
                    "Công văn số 5/LĐTBXH-PC v/v: góp ý dự thảo",
                    "Công văn số 5/LĐTBXH-PC về việc góp ý dự thảo",
                    "Công văn số 5/LĐTBXH-PC Về việc góp ý dự thảo",
                    "Công văn số 5/LĐTBXH-PC VỀ VIỆC góp ý dự thảo",
                    "Công văn số 5/LĐTBXH-PC về  việc góp ý dự thảo",
                    "Công văn số 5/LĐTBXH-PC góp ý dự thảo",
                    "Công văn số 5/LĐTBXH-PC: góp ý dự thảo",
                    "Công văn số 5/LĐTBXH-PC - góp ý dự thảo",
                    "Công văn số 5/LĐTBXH-PC – V/v góp ý dự thảo",
                    "Công văn số 5/LĐTBXH-PC, góp ý dự thảo",
                    "Công văn 5/LĐTBXH-PC v/v góp ý dự thảo",
                    "Công văn số: 5/LĐTBXH-PC v/v góp ý dự thảo",
                    "CÔNG VĂN SỐ 5/LĐTBXH-PC V/V góp ý dự thảo",
                })
        void subjectIntroductionsAndSeparators(String title) {
            assertThat(parser.parse(title))
                    .isEqualTo(new ParsedTitle(
                            "Công văn",
                            "5/LĐTBXH-PC",
                            symbol("5/LĐTBXH-PC", 5, null, null, "LĐTBXH", "PC"),
                            "góp ý dự thảo"));
        }

        @ParameterizedTest(name = "[{0}]")
        @ValueSource(
                strings = {
                    "Quyết định số 1500/QĐ-LĐTBXH ngày 12/11/2020 về việc khen thưởng",
                    "Quyết định số 1500/QĐ-LĐTBXH, ngày 12/11/2020 về việc khen thưởng",
                    "Quyết định số 1500/QĐ-LĐTBXH ngày 2/3/2020 v/v khen thưởng",
                    "Quyết định số 1500/QĐ-LĐTBXH ngày 12-11-2020 khen thưởng",
                    "Quyết định số 1500/QĐ-LĐTBXH ngày 12.11.2020 khen thưởng",
                    "Quyết định số 1500/QĐ-LĐTBXH Ngày 12 / 11 / 2020 về việc khen thưởng",
                    "Quyết định số 1500/QĐ-LĐTBXH ngày 12 tháng 11 năm 2020 về việc khen thưởng",
                    "Quyết định số 1500/QĐ-LĐTBXH ngày 12/11/2020: khen thưởng",
                })
        void issueDateAfterTheSymbolIsStripped(String title) {
            assertThat(parser.parse(title))
                    .isEqualTo(new ParsedTitle(
                            "Quyết định",
                            "1500/QĐ-LĐTBXH",
                            symbol("1500/QĐ-LĐTBXH", 1500, null, "QĐ", "LĐTBXH", null),
                            "khen thưởng"));
        }

        @Test
        void ngayThatIsNoDateStaysInTheSubject() {
            assertThat(parser.parse("Công văn số 5/LĐTBXH-PC ngày hội việc làm 2020")
                            .subject())
                    .isEqualTo("ngày hội việc làm 2020");
            assertThat(parser.parse("Kế hoạch số 9/KH-BNV ngày 12/11 tổ chức").subject())
                    .isEqualTo("ngày 12/11 tổ chức");
        }

        @Test
        void typeAndSubjectWithoutSymbol() {
            assertThat(parser.parse("Quyết định về việc phê duyệt danh sách"))
                    .isEqualTo(new ParsedTitle("Quyết định", null, null, "phê duyệt danh sách"));
            assertThat(parser.parse("Kế hoạch tổ chức hội nghị tổng kết"))
                    .isEqualTo(new ParsedTitle("Kế hoạch", null, null, "tổ chức hội nghị tổng kết"));
            assertThat(parser.parse("Thông báo: lịch tiếp công dân"))
                    .isEqualTo(new ParsedTitle("Thông báo", null, null, "lịch tiếp công dân"));
        }

        @ParameterizedTest(name = "[{0}]")
        @ValueSource(
                strings = {"Quyết định", "quyết định", "Quyết định số 1500/QĐ-LĐTBXH", "Quyết định 1500/QĐ-LĐTBXH ."})
        void noSubjectGivesNullSubject(String title) {
            assertThat(parser.parse(title).type()).isEqualTo("Quyết định");
            assertThat(parser.parse(title).subject()).isNull();
        }

        @ParameterizedTest(name = "[{0}]")
        @ValueSource(
                strings = {
                    "Hội nghị tổng kết công tác năm 2020",
                    "Luật số 12/2020/QH14 sửa đổi Bộ luật Lao động",
                    "Pháp lệnh ưu đãi người có công với cách mạng",
                    "Quyết địnhxyz không phải loại văn bản",
                    "Thông tưng bừng khai mạc",
                    "Số liệu thống kê lao động quý I",
                    "12/11/2020 khai mạc hội nghị",
                    "abc/def về việc gì đó",
                    "V/v tăng cường công tác phòng chống dịch",
                    "Về việc tăng cường công tác phòng chống dịch",
                    "2020: một năm nhìn lại",
                    "Bộ trưởng ký Quyết định số 1500/QĐ-LĐTBXH",
                    "!!!",
                })
        void subjectOnlyKeepsTheWholeCleanedTitle(String title) {
            assertThat(parser.parse(title)).isEqualTo(new ParsedTitle(null, null, null, title));
        }

        @Test
        void subjectOnlyIsCleaned() {
            assertThat(parser.parse(nfd("  Hội  nghị   tổng kết ")))
                    .isEqualTo(new ParsedTitle(null, null, null, "Hội nghị tổng kết"));
        }

        @ParameterizedTest(name = "[{0}]")
        @CsvSource(
                delimiter = '|',
                value = {
                    "Quyết định số abc/def về việc khen thưởng | số abc/def về việc khen thưởng",
                    "Quyết định số 12/2020 về việc khen thưởng | số 12/2020 về việc khen thưởng",
                    "Quyết định số 12/11/2020 khen thưởng      | số 12/11/2020 khen thưởng",
                    "Quyết định số 1/QĐ-X/VP khen thưởng       | số 1/QĐ-X/VP khen thưởng",
                    "Công văn số: chưa có                      | số: chưa có",
                })
        void typeWordFollowedByNoValidSymbolKeepsTheRestAsSubject(String title, String subject) {
            assertThat(parser.parse(title))
                    .isEqualTo(new ParsedTitle(
                            title.startsWith("Công văn") ? "Công văn" : "Quyết định", null, null, subject));
        }

        @ParameterizedTest(name = "[{0}]")
        @NullAndEmptySource
        @ValueSource(strings = {" ", "   ", "\t\n", "\u00A0", "\u200B"})
        void blankOrNullGivesAllNulls(String title) {
            assertThat(parser.parse(title)).isEqualTo(new ParsedTitle(null, null, null, null));
        }

        @Test
        void titleWordWinsForTypeSymbolCodeForDocCode() {
            ParsedTitle notice = parser.parse("Thông báo số 1500/QĐ-LĐTBXH về việc nghỉ lễ");
            assertThat(notice.type()).isEqualTo("Thông báo");
            assertThat(notice.parts().docCode()).isEqualTo("QĐ");

            ParsedTitle letter = parser.parse("Công văn số 12/TB-VP về việc nghỉ lễ");
            assertThat(letter.type()).isEqualTo("Công văn");
            assertThat(letter.parts().docCode()).isEqualTo("TB");

            ParsedTitle decision = parser.parse("Quyết định số 5/LĐTBXH-PC về việc nghỉ lễ");
            assertThat(decision.type()).isEqualTo("Quyết định");
            assertThat(decision.parts().docCode()).isNull();
            assertThat(decision.parts().unit()).isEqualTo("PC");
        }

        @Test
        void typeFromSymbolWhenTheTitleHasNoTypeWord() {
            assertThat(parser.parse("145/2020/NĐ-CP quy định xử phạt").type()).isEqualTo("Nghị định");
            assertThat(parser.parse("Số 250/QĐ-TTg phê duyệt chiến lược").type())
                    .isEqualTo("Quyết định");
            assertThat(parser.parse("Số: 1234/LĐTBXH-TCCB v/v báo cáo").type()).isEqualTo("Công văn");
        }

        @Test
        void spacedHyphenBeforeAWordEndsTheSymbol() {
            // " - Ban hành" is a separator and a word, not a unit "BAN"
            ParsedTitle title = parser.parse("Quyết định số 1500/QĐ-LĐTBXH - Ban hành quy chế làm việc");
            assertThat(title.symbol()).isEqualTo("1500/QĐ-LĐTBXH");
            assertThat(title.subject()).isEqualTo("Ban hành quy chế làm việc");

            ParsedTitle lower = parser.parse("Quyết định số 1500/QĐ-LĐTBXH - ban hành quy chế");
            assertThat(lower.symbol()).isEqualTo("1500/QĐ-LĐTBXH");
            assertThat(lower.subject()).isEqualTo("ban hành quy chế");
        }

        @Test
        void spacedHyphenBeforeACodeContinuesTheSymbol() {
            ParsedTitle title = parser.parse("Công văn số 1234 / LĐTBXH - TCCB báo cáo");
            assertThat(title.symbol()).isEqualTo("1234/LĐTBXH-TCCB");
            assertThat(title.subject()).isEqualTo("báo cáo");
        }

        @Test
        void hyphenRightBeforeAVietnameseWordEndsTheSymbol() {
            ParsedTitle title = parser.parse("Quyết định số 1500/QĐ-LĐTBXH-về việc khen thưởng");
            assertThat(title.symbol()).isEqualTo("1500/QĐ-LĐTBXH");
            assertThat(title.subject()).isEqualTo("khen thưởng");
        }

        @Test
        void symbolEndsAtPunctuation() {
            ParsedTitle title = parser.parse("Công văn 1234/LĐTBXH-TCCB; báo cáo (quý I)");
            assertThat(title.symbol()).isEqualTo("1234/LĐTBXH-TCCB");
            assertThat(title.subject()).isEqualTo("báo cáo (quý I)");
        }

        @Test
        void subjectKeepsItsCase() {
            assertThat(parser.parse("Công văn số 5/LĐTBXH-PC v/v Báo cáo TÌNH HÌNH Covid-19")
                            .subject())
                    .isEqualTo("Báo cáo TÌNH HÌNH Covid-19");
        }

        @Test
        void capitalTitleKeepsCapitalSubject() {
            assertThat(parser.parse("QUYẾT ĐỊNH SỐ 1500/QĐ-LĐTBXH VỀ VIỆC KHEN THƯỞNG"))
                    .isEqualTo(new ParsedTitle(
                            "Quyết định",
                            "1500/QĐ-LĐTBXH",
                            symbol("1500/QĐ-LĐTBXH", 1500, null, "QĐ", "LĐTBXH", null),
                            "KHEN THƯỞNG"));
        }

        @Test
        void onlyTheFirstIntroductionIsDropped() {
            assertThat(parser.parse("Công văn số 5/LĐTBXH-PC v/v về việc chậm nộp báo cáo")
                            .subject())
                    .isEqualTo("về việc chậm nộp báo cáo");
        }

        @Test
        void vvInsideAWordIsNoIntroduction() {
            assertThat(parser.parse("Công văn số 5/LĐTBXH-PC v/vận động quyên góp")
                            .subject())
                    .isEqualTo("v/vận động quyên góp");
        }
    }

    // =============================================================================================

    @Nested
    class Consistency {

        static Stream<String> corpus() {
            return Stream.of(
                    "Công văn số 1234/LĐTBXH-TCCB v/v báo cáo số lượng công chức năm 2020",
                    "Thông tư số 10/2020/TT-BLĐTBXH quy định chi tiết",
                    "Nghị định số 145/2020/NĐ-CP quy định chi tiết và hướng dẫn thi hành",
                    "Thông tư liên tịch số 01/2020/TTLT-BTC-BLĐTBXH hướng dẫn",
                    "Quyết định số 1500/QĐ-LĐTBXH ngày 12/11/2020 về việc phê duyệt Đề án",
                    "Quyết định số 250/QĐ-TTg về việc phê duyệt chiến lược",
                    "Tờ trình số 3/TTr-BLĐTBXH về dự án Luật Việc làm (sửa đổi)",
                    "Chương trình số 7/CTr-BLĐTBXH công tác năm 2021",
                    "Quy định số 8/QyĐ-LĐTBXH về tiêu chuẩn",
                    "Đề án số 9/ĐA-LĐTBXH phát triển thị trường lao động",
                    "Dự án số 9/DA-LĐTBXH xây dựng trụ sở",
                    "Hợp đồng số 11/HĐ-VP thuê dịch vụ",
                    "Hướng dẫn số 11/HD-LĐTBXH thực hiện chế độ",
                    "Giấy giới thiệu số 4/GGT-VP",
                    "Công văn số 88/LĐTBXH-VP-TCCB-KHTC V/v cử cán bộ",
                    "Kế hoạch số 15/KH-LĐTBXH-VP về tổ chức hội nghị",
                    "1234 / LĐTBXH - TCCB về việc nghỉ lễ",
                    "Hội nghị tổng kết năm 2020",
                    "Quyết định về việc khen thưởng");
        }

        @ParameterizedTest(name = "[{0}]")
        @MethodSource("corpus")
        void decomposedInputGivesIdenticalOutput(String title) {
            assertThat(parser.parse(nfd(title))).isEqualTo(parser.parse(title));
        }

        @ParameterizedTest(name = "[{0}]")
        @MethodSource("corpus")
        void titlePartsEqualTheSymbolParsedAlone(String title) {
            ParsedTitle parsed = parser.parse(title);
            if (parsed.symbol() == null) {
                assertThat(parsed.parts()).isNull();
            } else {
                assertThat(parser.parseSymbol(parsed.symbol())).isEqualTo(parsed.parts());
                assertThat(parsed.parts().symbol()).isEqualTo(parsed.symbol());
            }
        }

        @ParameterizedTest(name = "[{0}]")
        @MethodSource("corpus")
        void outputIsNfcAndParsingIsIdempotentOnTheSymbol(String title) {
            ParsedTitle parsed = parser.parse(nfd(title));
            Stream.of(parsed.type(), parsed.symbol(), parsed.subject())
                    .filter(Objects::nonNull)
                    .forEach(text -> assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC))
                            .isTrue());
            if (parsed.symbol() != null) {
                assertThat(parser.parseSymbol(parsed.symbol()).symbol()).isEqualTo(parsed.symbol());
            }
        }
    }
}
