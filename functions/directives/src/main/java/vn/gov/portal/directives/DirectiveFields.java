package vn.gov.portal.directives;

import java.util.List;
import java.util.Locale;
import vn.gov.portal.common.text.VietnameseText;

/**
 * The fields (lĩnh vực) a directive is filed under. Editors pick one of these, or type another
 * (free text is allowed: a ministry's fields change with its mandate); one of these typed in
 * another case or Unicode form is stored in the spelling below, so filters find it.
 */
public final class DirectiveFields {

    public static final List<String> KNOWN = List.of(
            "Lao động - Tiền lương",
            "Việc làm",
            "Giáo dục nghề nghiệp",
            "Bảo hiểm xã hội",
            "An toàn, vệ sinh lao động",
            "Người có công",
            "Bảo trợ xã hội",
            "Trẻ em",
            "Bình đẳng giới",
            "Phòng, chống tệ nạn xã hội",
            "Tổ chức cán bộ",
            "Cải cách hành chính",
            "Chuyển đổi số",
            "Kế hoạch - Tài chính",
            "Thanh tra",
            "Pháp chế",
            "Hợp tác quốc tế",
            "Thi đua, khen thưởng");

    private DirectiveFields() {}

    /** A known field in its canonical spelling, else the cleaned text as typed. */
    public static String canonical(String text) {
        String clean = VietnameseText.clean(text);
        String wanted = clean.toLowerCase(Locale.ROOT);
        return KNOWN.stream()
                .filter(f -> f.toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst()
                .orElse(clean);
    }
}
