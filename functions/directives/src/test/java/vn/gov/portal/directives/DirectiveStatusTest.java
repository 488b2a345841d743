package vn.gov.portal.directives;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.portal.directives.store.Relation;
import vn.gov.portal.directives.store.RelationKind;

class DirectiveStatusTest {

    private static final LocalDate EFFECTIVE = LocalDate.parse("2026-01-01");
    private static final LocalDate ENDS = LocalDate.parse("2026-07-01");

    private static DirectiveStatus on(String day) {
        return DirectiveStatus.on(LocalDate.parse(day), EFFECTIVE, ENDS);
    }

    @Test
    void changesOnTheFirstDayInEffectAndOnTheEndDay() {
        assertThat(on("2025-12-31")).isEqualTo(DirectiveStatus.NOT_YET);
        assertThat(on("2026-01-01")).isEqualTo(DirectiveStatus.IN_EFFECT);
        assertThat(on("2026-06-30")).isEqualTo(DirectiveStatus.IN_EFFECT);
        assertThat(on("2026-07-01")).isEqualTo(DirectiveStatus.ENDED);
        assertThat(DirectiveStatus.on(LocalDate.parse("2100-01-01"), EFFECTIVE, null))
                .isEqualTo(DirectiveStatus.IN_EFFECT);
    }

    @Test
    void aDocumentEndedBeforeItTookEffectIsEnded() {
        assertThat(DirectiveStatus.on(
                        LocalDate.parse("2026-02-01"), LocalDate.parse("2026-03-01"), LocalDate.parse("2026-02-01")))
                .isEqualTo(DirectiveStatus.ENDED);
    }

    @Test
    void theKeysAndLabelsAreTheVietnameseOnes() {
        assertThat(DirectiveStatus.IN_EFFECT.key()).isEqualTo("con-hieu-luc");
        assertThat(DirectiveStatus.IN_EFFECT.label()).isEqualTo("Còn hiệu lực");
        assertThat(DirectiveStatus.NOT_YET.label()).isEqualTo("Chưa có hiệu lực");
        assertThat(DirectiveStatus.ENDED.label()).isEqualTo("Hết hiệu lực");
        assertThat(DirectiveStatus.of("het-hieu-luc")).contains(DirectiveStatus.ENDED);
        assertThat(DirectiveStatus.of("expired")).isEmpty();
    }

    @Test
    void todayIsTheVietnamDayNotTheUtcOne() {
        // 17:00 UTC on 31 December is already midnight, 1 January, in Hà Nội (UTC+7)
        Clock lastUtcHour = Clock.fixed(Instant.parse("2025-12-31T17:00:00Z"), ZoneOffset.UTC);
        assertThat(DirectiveStatus.today(lastUtcHour)).isEqualTo(EFFECTIVE);
        assertThat(DirectiveStatus.on(DirectiveStatus.today(lastUtcHour), EFFECTIVE, ENDS))
                .isEqualTo(DirectiveStatus.IN_EFFECT);
        Clock aSecondBefore = Clock.fixed(Instant.parse("2025-12-31T16:59:59Z"), ZoneOffset.UTC);
        assertThat(DirectiveStatus.on(DirectiveStatus.today(aSecondBefore), EFFECTIVE, ENDS))
                .isEqualTo(DirectiveStatus.NOT_YET);
    }

    @Test
    void theEndIsTheEarlierOfExpiryAndAReplacementOrRepealInEffectButNotAnAmendment() {
        Relation replacedOn = incoming(RelationKind.REPLACES, "2026-05-01");
        Relation repealedOn = incoming(RelationKind.REPEALS, "2026-04-01");
        Relation amendedOn = incoming(RelationKind.AMENDS, "2026-02-01");
        assertThat(DirectiveStatus.endsOn(ENDS, List.of())).isEqualTo(ENDS);
        assertThat(DirectiveStatus.endsOn(null, List.of())).isNull();
        assertThat(DirectiveStatus.endsOn(null, List.of(amendedOn))).isNull();
        assertThat(DirectiveStatus.endsOn(ENDS, List.of(replacedOn, amendedOn)))
                .isEqualTo(LocalDate.parse("2026-05-01"));
        assertThat(DirectiveStatus.endsOn(ENDS, List.of(replacedOn, repealedOn)))
                .isEqualTo(LocalDate.parse("2026-04-01"));
        assertThat(DirectiveStatus.endsOn(LocalDate.parse("2026-03-01"), List.of(replacedOn)))
                .isEqualTo(LocalDate.parse("2026-03-01"));
    }

    private static Relation incoming(RelationKind kind, String effectiveFrom) {
        return new Relation(
                kind, "x", "1/QĐ-TTg", "t", "/van-ban/2026/1-qd-ttg.html", LocalDate.parse(effectiveFrom), true);
    }
}
