package vn.gov.portal.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SectionsTest {

    @Test
    void theSitesSectionsComeFromTheConfigurationInMenuOrder() {
        Sections site = Sections.site();
        assertThat(site.all())
                .extracting(Sections.Section::slug)
                .containsExactly("tin-tuc", "chi-dao-dieu-hanh", "thong-bao", "huong-dan", "hoat-dong-dia-phuong");
        assertThat(site.defaultSection().slug()).isEqualTo("tin-tuc");
        assertThat(site.name("thong-bao")).isEqualTo("Thông báo");
        assertThat(site.name("da-bo"))
                .as("a slug no longer configured shows as itself")
                .isEqualTo("da-bo");
        assertThat(site.menu().getFirst())
                .containsEntry("path", "/tin-tuc/")
                .containsEntry("name", "Tin tức - Sự kiện");
        assertThat(site.describe()).startsWith("tin-tuc (Tin tức - Sự kiện), chi-dao-dieu-hanh (Chỉ đạo điều hành)");
    }

    @Test
    void aSlugTheSiteAlreadyUsesOrABadOneIsRefusedWhenLoaded() {
        for (String slug : List.of("van-ban", "media", "assets", "api", "Tin Tuc", "a--b")) {
            assertThatThrownBy(() -> new Sections(List.of(new Sections.Section(slug, "X"))))
                    .as(slug)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(slug);
        }
        assertThatThrownBy(() -> new Sections(List.of(new Sections.Section("a", "A"), new Sections.Section("a", "B"))))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new Sections(List.of(new Sections.Section("a", " "))))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new Sections(List.of())).isInstanceOf(IllegalStateException.class);
    }
}
