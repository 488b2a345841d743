package vn.gov.portal.directives;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The full name of the authority a symbol's issuer code stands for ({@code TTg} → "Thủ tướng
 * Chính phủ"), for the codes in docs/directives.md. A joint issuer ({@code BTC-BLĐTBXH}) is named
 * when every part is known, the names joined with "; ". A code not in the table gives no name
 * (never a guess): a unit such as "VP" means different offices in different authorities.
 */
public final class IssuerNames {

    private static final String MOLISA = "Bộ Lao động - Thương binh và Xã hội";
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("QH", "Quốc hội"),
            Map.entry("UBTVQH", "Ủy ban Thường vụ Quốc hội"),
            Map.entry("CTN", "Chủ tịch nước"),
            Map.entry("CP", "Chính phủ"),
            Map.entry("TTG", "Thủ tướng Chính phủ"),
            Map.entry("VPCP", "Văn phòng Chính phủ"),
            Map.entry("LĐTBXH", MOLISA),
            Map.entry("BLĐTBXH", MOLISA),
            Map.entry("BTC", "Bộ Tài chính"),
            Map.entry("BNV", "Bộ Nội vụ"),
            Map.entry("BYT", "Bộ Y tế"),
            Map.entry("BTP", "Bộ Tư pháp"),
            Map.entry("BCA", "Bộ Công an"),
            Map.entry("BQP", "Bộ Quốc phòng"),
            Map.entry("BCT", "Bộ Công Thương"),
            Map.entry("BXD", "Bộ Xây dựng"),
            Map.entry("BGDĐT", "Bộ Giáo dục và Đào tạo"),
            Map.entry("BKHĐT", "Bộ Kế hoạch và Đầu tư"),
            Map.entry("BKHCN", "Bộ Khoa học và Công nghệ"),
            Map.entry("BTTTT", "Bộ Thông tin và Truyền thông"),
            Map.entry("BGTVT", "Bộ Giao thông vận tải"),
            Map.entry("BNNPTNT", "Bộ Nông nghiệp và Phát triển nông thôn"),
            Map.entry("BTNMT", "Bộ Tài nguyên và Môi trường"),
            Map.entry("BVHTTDL", "Bộ Văn hóa, Thể thao và Du lịch"),
            Map.entry("BNG", "Bộ Ngoại giao"),
            Map.entry("NHNN", "Ngân hàng Nhà nước Việt Nam"),
            Map.entry("TTCP", "Thanh tra Chính phủ"),
            Map.entry("BHXH", "Bảo hiểm xã hội Việt Nam"));

    /** The National Assembly's codes carry its term: QH14, QH15. */
    private static final Pattern TERM = Pattern.compile("(QH)\\d+");

    private IssuerNames() {}

    /** The known codes, as the list page offers them (one spelling per authority). */
    public static final List<String> CODES = List.of("TTg", "CP", "QH", "LĐTBXH", "BTC", "BNV", "BYT", "VPCP");

    /** The authority's full name, or empty if any part of the code is unknown. */
    public static Optional<String> of(String issuer) {
        if (issuer == null || issuer.isBlank()) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        for (String code : issuer.split("-")) {
            String key = TERM.matcher(code.toUpperCase(Locale.ROOT)).replaceAll("$1");
            String name = NAMES.get(key);
            if (name == null) {
                return Optional.empty();
            }
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        return Optional.of(String.join("; ", names));
    }
}
