package vn.gov.portal.articles.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.portal.articles.store.Listed;

class RelatedArticlesTest {

    private static Listed listed(String id, String title, int day) {
        return new Listed(
                id,
                title,
                "/tin-tuc/2024/01/" + String.format("%02d", day) + "/" + id + ".html",
                null,
                "tin-tuc",
                OffsetDateTime.parse(String.format("2024-01-%02dT09:00:00+07:00", day)),
                Instant.EPOCH);
    }

    @Test
    void sharedTitleWordsFirstThenTheNewestShownNewestFirstNeverItself() {
        List<Listed> candidates = new ArrayList<>();
        candidates.add(listed("self", "Hội nghị tổng kết công tác bảo hiểm xã hội", 20));
        for (int d = 19; d >= 10; d--) {
            candidates.add(listed("x" + d, "Tin khác số " + d, d));
        }
        candidates.add(listed("bhxh", "Hướng dẫn đóng bảo hiểm xã hội", 3));
        candidates.add(listed("tongket", "Tổng kết năm của Bộ", 2));
        List<Listed> chosen =
                RelatedArticles.choose("self", "Hội nghị tổng kết công tác bảo hiểm xã hội năm 2024", candidates);
        assertThat(chosen).hasSize(RelatedArticles.SHOWN);
        assertThat(chosen)
                .extracting(Listed::id)
                .doesNotContain("self")
                .containsExactly("x19", "x18", "x17", "bhxh", "tongket");
    }

    @Test
    void commonWordsAndDiacriticsDoNotCount() {
        assertThat(RelatedArticles.words("Hội nghị của Bộ và năm 2024"))
                .containsExactlyInAnyOrder("hoi", "nghi", "2024");
    }
}
