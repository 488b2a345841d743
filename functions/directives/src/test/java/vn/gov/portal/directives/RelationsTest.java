package vn.gov.portal.directives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.portal.common.DomainException;
import vn.gov.portal.common.Json;
import vn.gov.portal.directives.store.Directive;
import vn.gov.portal.directives.store.DirectivesTable;
import vn.gov.portal.directives.store.Relation;
import vn.gov.portal.directives.store.RelationKind;

class RelationsTest {

    private static final String OLD_ID = "aaaaaaaaaaaaaaaaaaaaaaaaaa";

    private static Map<String, Object> body(Object... pairs) {
        Map<String, Object> body =
                new HashMap<>(Map.of("title", "Quyết định số 06/QĐ-TTg về việc thay thế", "issuedOn", "2026-03-01"));
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }

    @Test
    void relationsNameDocumentsByIdOrBySymbol() {
        DirectiveRequest r = DirectiveRequest.from(body("replaces", List.of("05/QĐ-TTg"), "amends", List.of(OLD_ID)));
        assertThat(r.relations()).hasSize(2);
        assertThat(r.relations().get(0).kind()).isEqualTo(RelationKind.REPLACES);
        assertThat(r.relations().get(0).symbol().symbol()).isEqualTo("05/QĐ-TTg");
        assertThat(r.relations().get(1).kind()).isEqualTo(RelationKind.AMENDS);
        assertThat(r.relations().get(1).id()).isEqualTo(OLD_ID);
    }

    @Test
    void aRelationThatIsNeitherIdNorSymbolIsA400OnItsField() {
        assertThatThrownBy(() -> DirectiveRequest.from(body("repeals", List.of("the old one"))))
                .isInstanceOfSatisfying(
                        DomainException.Invalid.class,
                        e -> assertThat(e.errors()).extracting("field").containsExactly("repeals"));
        assertThatThrownBy(() -> DirectiveRequest.from(body("replaces", "05/QĐ-TTg")))
                .isInstanceOf(DomainException.Invalid.class);
    }

    @Test
    void theDatesOfEffectAreCheckedTogether() {
        DirectiveRequest r = DirectiveRequest.from(body("effectiveOn", "2026-03-15", "expiresOn", "2027-01-01"));
        assertThat(r.effectiveOn()).isEqualTo(LocalDate.parse("2026-03-15"));
        assertThat(r.expiresOn()).isEqualTo(LocalDate.parse("2027-01-01"));
        assertThatThrownBy(() -> DirectiveRequest.from(body("effectiveOn", "2026-03-15", "expiresOn", "2026-03-15")))
                .isInstanceOfSatisfying(
                        DomainException.Invalid.class,
                        e -> assertThat(e.errors()).extracting("field").containsExactly("expiresOn"));
        assertThatThrownBy(() -> DirectiveRequest.from(body("effectiveOn", "15/03/2026")))
                .isInstanceOf(DomainException.Invalid.class);
    }

    @Test
    void aKnownFieldIsStoredInItsSpellingAndAnotherAsTyped() {
        assertThat(DirectiveRequest.from(body("field", "VIỆC LÀM")).field()).isEqualTo("Việc làm");
        assertThat(DirectiveRequest.from(body("field", "Du  lịch")).field()).isEqualTo("Du lịch");
    }

    @Test
    void replacingEndsTheTargetOnTheNewDocumentsFirstDayInEffectUnlessItEndsEarlier() {
        Directive target = doc(OLD_ID, null);
        Directive replacing = withRelation(
                doc("bbbbbbbbbbbbbbbbbbbbbbbbbb", LocalDate.parse("2026-04-01")), RelationKind.REPLACES, target);
        DirectivesTable.Target t =
                DirectiveService.endsOnChanges(replacing, List.of(target)).getFirst();
        assertThat(t.endsOnChanges()).isTrue();
        assertThat(t.newEndsOn()).isEqualTo(LocalDate.parse("2026-04-01"));

        Directive expiresEarlier = doc(OLD_ID, null).withEndsOn(LocalDate.parse("2026-02-01"));
        assertThat(DirectiveService.endsOnChanges(replacing, List.of(expiresEarlier))
                        .getFirst()
                        .endsOnChanges())
                .isFalse();

        Directive amending = withRelation(doc("cccccccccccccccccccccccccc", null), RelationKind.AMENDS, target);
        assertThat(DirectiveService.endsOnChanges(amending, List.of(target))
                        .getFirst()
                        .endsOnChanges())
                .isFalse();
    }

    @Test
    void deletingAReplacementRemovesItsEntriesAndGivesBackTheEndDayOfTheOthers() {
        Relation first = new Relation(
                RelationKind.REPLACES,
                "bbbbbbbbbbbbbbbbbbbbbbbbbb",
                "06/QĐ-TTg",
                "t",
                "/p",
                LocalDate.parse("2026-04-01"),
                true);
        Relation amend = new Relation(
                RelationKind.AMENDS,
                "cccccccccccccccccccccccccc",
                "07/QĐ-TTg",
                "t",
                "/p",
                LocalDate.parse("2026-02-01"),
                true);
        Relation second = new Relation(
                RelationKind.REPEALS,
                "dddddddddddddddddddddddddd",
                "08/QĐ-TTg",
                "t",
                "/p",
                LocalDate.parse("2026-06-01"),
                true);
        Directive d = doc(OLD_ID, null);
        Directive target = d.toBuilder()
                .relations(List.of(first, amend, second))
                .endsOn(LocalDate.parse("2026-04-01"))
                .build();

        DirectivesTable.Target t = DirectiveService.without(target, first.id());
        assertThat(t.removeAt()).containsExactly(0);
        assertThat(t.endsOnChanges()).isTrue();
        assertThat(t.newEndsOn()).isEqualTo(LocalDate.parse("2026-06-01"));

        DirectivesTable.Target amendGone = DirectiveService.without(target, amend.id());
        assertThat(amendGone.removeAt()).containsExactly(1);
        assertThat(amendGone.endsOnChanges()).isFalse();
    }

    @Test
    void relationsAreShownBothWaysInTheApi() {
        Directive target = doc(OLD_ID, null).withEndsOn(LocalDate.parse("2026-04-01"));
        Relation incoming = new Relation(
                RelationKind.REPLACES,
                "bbbbbbbbbbbbbbbbbbbbbbbbbb",
                "06/QĐ-TTg",
                "Quyết định mới",
                "/van-ban/2026/06-qd-ttg.html",
                LocalDate.parse("2026-04-01"),
                true);
        DirectiveResponses.Item json = DirectiveResponses.Item.of(
                new DirectivesTable.Full(target, List.of(incoming)), LocalDate.parse("2026-04-01"));
        assertThat(json.status()).isEqualTo("het-hieu-luc");
        assertThat(json.statusLabel()).isEqualTo("Hết hiệu lực");
        assertThat(json.replacedBy())
                .singleElement()
                .extracting(DirectiveResponses.Link::pageUrl)
                .isEqualTo("/van-ban/2026/06-qd-ttg.html");
        assertThat(json.amendedBy()).isEmpty();
        assertThat(Json.write(json))
                .contains(
                        "\"replacedBy\":[{\"id\":\"bbbbbbbbbbbbbbbbbbbbbbbbbb\",\"symbol\":\"06/QĐ-TTg\","
                                + "\"title\":\"Quyết định mới\",\"pageUrl\":\"/van-ban/2026/06-qd-ttg.html\"}],\"amendedBy\":[]");
        assertThat(DirectiveResponses.Item.of(target, LocalDate.parse("2026-03-31"))
                        .status())
                .isEqualTo("con-hieu-luc");
    }

    private static Directive doc(String id, LocalDate effectiveOn) {
        return Directive.builder()
                .id(id)
                .title("Quyết định số 05/QĐ-TTg")
                .type("Quyết định")
                .symbol("05/QĐ-TTg")
                .number(5)
                .docCode("QĐ")
                .issuer("TTg")
                .issuedOn(LocalDate.parse("2026-01-01"))
                .dedupKey("SYM#05/qd-ttg")
                .createdAt(Instant.EPOCH)
                .createdBy("e")
                .effectiveOn(effectiveOn)
                .build();
    }

    private static Directive withRelation(Directive d, RelationKind kind, Directive target) {
        return d.withRelations(List.of(
                new Relation(kind, target.id(), target.symbol(), target.title(), null, target.effectiveFrom(), false)));
    }
}
