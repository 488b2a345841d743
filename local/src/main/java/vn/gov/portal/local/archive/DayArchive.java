package vn.gov.portal.local.archive;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import vn.gov.portal.articles.store.Article;
import vn.gov.portal.common.Ids;

/**
 * Articles for the date-query cost measurements (test and bench): a few on one day, the rest
 * around it — most in the same month (the day's partition), the others in neighbouring months.
 */
public final class DayArchive {

    private DayArchive() {}

    /** Articles number {@code from} (inclusive) to {@code to} (exclusive) of the archive around {@code day}. */
    public static List<Article> otherDays(LocalDate day, int from, int to) {
        List<Article> out = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            LocalDate other = i % 4 == 0
                    ? day.plusMonths(i % 8 == 0 ? 1 : -1)
                    : day.withDayOfMonth(1 + (i % 14)).plusDays(i % 2 == 0 ? 0 : 16);
            if (other.equals(day)) {
                other = day.plusDays(1);
            }
            out.add(article(other.atTime(i % 24, i % 60)));
        }
        return out;
    }

    /** One article published at this Vietnam time. */
    public static Article article(LocalDateTime vietnamTime) {
        String id = Ids.newId();
        OffsetDateTime at = vietnamTime.atOffset(ZoneOffset.ofHours(7));
        return Article.builder()
                .id(id)
                .slug("bai-" + id)
                .title("Bài " + id)
                .category("tin-tuc")
                .publishedAt(at)
                .url("/tin-tuc/" + at.toLocalDate().toString().replace('-', '/') + "/bai-" + id + ".html")
                .updatedAt(Instant.now())
                .build();
    }
}
