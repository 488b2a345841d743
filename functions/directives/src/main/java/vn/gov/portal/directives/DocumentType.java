package vn.gov.portal.directives;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The document types whose symbol starts with a type code (Decree 30/2020/NĐ-CP, appendix III).
 * The administrative letter (Công văn) has no code and so is not listed here; see
 * {@link DirectiveTitleParser#LETTER}.
 */
public enum DocumentType {
    NGHI_QUYET("NQ", "Nghị quyết"),
    QUYET_DINH("QĐ", "Quyết định"),
    CHI_THI("CT", "Chỉ thị"),
    QUY_CHE("QC", "Quy chế"),
    QUY_DINH("QyĐ", "Quy định"),
    THONG_CAO("TC", "Thông cáo"),
    THONG_BAO("TB", "Thông báo"),
    HUONG_DAN("HD", "Hướng dẫn"),
    CHUONG_TRINH("CTr", "Chương trình"),
    KE_HOACH("KH", "Kế hoạch"),
    PHUONG_AN("PA", "Phương án"),
    DE_AN("ĐA", "Đề án"),
    DU_AN("DA", "Dự án"),
    BAO_CAO("BC", "Báo cáo"),
    BIEN_BAN("BB", "Biên bản"),
    TO_TRINH("TTr", "Tờ trình"),
    HOP_DONG("HĐ", "Hợp đồng"),
    CONG_DIEN("CĐ", "Công điện"),
    GIAY_MOI("GM", "Giấy mời"),
    GIAY_GIOI_THIEU("GGT", "Giấy giới thiệu"),
    NGHI_DINH("NĐ", "Nghị định"),
    THONG_TU("TT", "Thông tư"),
    THONG_TU_LIEN_TICH("TTLT", "Thông tư liên tịch");

    private final String code;
    private final String typeName;

    DocumentType(String code, String typeName) {
        this.code = code;
        this.typeName = typeName;
    }

    /** The canonical code as written in symbols: "QĐ", "QyĐ", "TTr". */
    public String code() {
        return code;
    }

    /** The Vietnamese name: "Quyết định". */
    public String typeName() {
        return typeName;
    }

    /**
     * Looks a code up ignoring letter case only: "qđ", "QĐ" → QUYET_DINH; "ttr" → TO_TRINH.
     * Diacritics are significant, since "DA" (Dự án) and "ĐA" (Đề án), "HD" and "HĐ" are different types.
     * Upper-casing is safe as a key: no two codes differ only in case (TTr/CTr/QyĐ have an extra letter
     * compared with TT/CT/QĐ, not a differently-cased one).
     */
    public static Optional<DocumentType> byCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(Lookup.BY_UPPER_CODE.get(upper(code)));
    }

    static String upper(String code) {
        return code.toUpperCase(Locale.ROOT);
    }

    /** Tables built after the constants exist. */
    static final class Lookup {
        static final Map<String, DocumentType> BY_UPPER_CODE =
                Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(t -> upper(t.code), Function.identity()));

        private Lookup() {}
    }
}
