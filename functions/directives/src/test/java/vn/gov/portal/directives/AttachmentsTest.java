package vn.gov.portal.directives;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AttachmentsTest {

    @Test
    void theDownloadNameComesFromTheSymbolInAsciiAndUtf8() {
        assertThat(Attachments.contentDisposition("pdf", "121/LĐTBXH-VP", "ignored"))
                .isEqualTo("inline; filename=\"121-LDTBXH-VP.pdf\"; filename*=UTF-8''121-L%C4%90TBXH-VP.pdf");
        assertThat(Attachments.contentDisposition("docx", "01/2020/TTLT-BTC-BLĐTBXH", null))
                .isEqualTo(
                        "attachment; filename=\"01-2020-TTLT-BTC-BLDTBXH.docx\"; filename*=UTF-8''01-2020-TTLT-BTC-BL%C4%90TBXH.docx");
    }

    @Test
    void withoutSymbolTheTitleSlugNamesTheFile() {
        assertThat(Attachments.contentDisposition("doc", null, "Hội nghị “tổng kết” năm 2020"))
                .isEqualTo(
                        "attachment; filename=\"hoi-nghi-tong-ket-nam-2020.doc\"; filename*=UTF-8''hoi-nghi-tong-ket-nam-2020.doc");
        assertThat(Attachments.downloadName(null, "“…”")).isEqualTo("van-ban");
    }

    @Test
    void thePublicPathIsStablePerUpload() {
        assertThat(Attachments.path(LocalDate.of(2020, 1, 14), "abcdefghijklmnopqrstuvwxyz", "pdf"))
                .isEqualTo("/van-ban/2020/abcdefghijklmnopqrstuvwxyz.pdf");
    }
}
