package vn.gov.portal.articles.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import vn.gov.portal.common.Dates;

class SitePathsTest {

    @Test
    void articlePathUsesTheVietnamDay() {
        assertThat(SitePaths.articlePath("tin-tuc", OffsetDateTime.parse("2018-12-14T09:30:00+07:00"), "hoi-thao"))
                .isEqualTo("/tin-tuc/2018/12/14/hoi-thao.html");
    }

    @Test
    void lateEveningInVietnamIsStillThatDay() {
        assertThat(Dates.vietnamDay(OffsetDateTime.parse("2018-12-14T23:30:00+07:00")))
                .isEqualTo(LocalDate.of(2018, 12, 14));
        assertThat(Dates.vietnamDay(OffsetDateTime.parse("2018-12-15T00:00:00+07:00")))
                .isEqualTo(LocalDate.of(2018, 12, 15));
    }

    @Test
    void utcTimesAfterFiveInTheAfternoonAreTheNextDay() {
        assertThat(Dates.vietnamDay(OffsetDateTime.parse("2018-12-14T16:59:59Z")))
                .isEqualTo(LocalDate.of(2018, 12, 14));
        assertThat(Dates.vietnamDay(OffsetDateTime.parse("2018-12-14T17:00:00Z")))
                .isEqualTo(LocalDate.of(2018, 12, 15));
        assertThat(SitePaths.articlePath("tin-tuc", OffsetDateTime.parse("2018-12-14T17:30:00Z"), "a"))
                .isEqualTo("/tin-tuc/2018/12/15/a.html");
    }

    @Test
    void otherOffsetsToo() {
        assertThat(Dates.vietnamDay(OffsetDateTime.parse("2018-12-31T20:00:00-05:00")))
                .isEqualTo(LocalDate.of(2019, 1, 1));
    }

    @Test
    void dayArchivePathPadsMonthAndDay() {
        assertThat(SitePaths.dayArchivePath("su-kien", LocalDate.of(2019, 1, 5)))
                .isEqualTo("/su-kien/2019/01/05/index.html");
    }

    @Test
    void refusesNonSlugs() {
        OffsetDateTime t = OffsetDateTime.parse("2018-12-14T09:30:00+07:00");
        assertThatThrownBy(() -> SitePaths.articlePath("../x", t, "a")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SitePaths.articlePath("tin-tuc", t, "a/b"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SitePaths.dayArchivePath(null, LocalDate.of(2018, 12, 14)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
