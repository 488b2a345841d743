package vn.gov.portal.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gov.portal.common.Ids;
import vn.gov.portal.common.Json;
import vn.gov.portal.common.audit.AuditEntry;
import vn.gov.portal.common.audit.AuditTable;
import vn.gov.portal.common.http.Editor;

/**
 * The editors' audit trail on the local stack: every editor action of the API and of the publish
 * function is recorded with the token's identity; GET /api/audit pages through it newest first,
 * per editor or for all, reading only what it returns; the template keeps it append-only.
 */
class AuditTrailTest extends PortalTest {

    private static AuditTable table;

    @BeforeAll
    static void start() {
        table = new AuditTable(portal.dynamo(), portal.deployment().physicalName("AuditTable"));
    }

    private static String subjectOf(String username) {
        return UUID.nameUUIDFromBytes(username.getBytes()).toString(); // as LocalJwt (and Cognito) give it
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Http.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return (List<Map<String, Object>>) response.json().get("items");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyEditorActionIsRecordedWithTheEditorsIdentity() {
        String published = editor.uploadArticle("---\ntitle: Hội nghị tổng kết công tác năm\n---\nNội dung.\n");
        String articleId = (String) editor.awaitDone(published).get("articleId");
        String rejected = editor.uploadArticle("---\nsummary: thiếu tiêu đề\n---\nNội dung.\n");
        assertThat(editor.awaitDone(rejected).get("status")).isEqualTo("rejected");
        assertThat(http.delete("/api/articles/" + articleId, "authorization", editor.bearer())
                        .status())
                .isEqualTo(204);
        var created = http.post(
                "/api/directives",
                Json.write(Map.of("title", "Quyết định số 31/QĐ-LĐTBXH về việc kiểm tra", "issuedOn", "2021-04-01")),
                "authorization",
                editor.bearer());
        String directiveId = (String) created.json().get("id");
        assertThat(http.post(
                                "/api/directives/import",
                                Json.write(List.of(
                                        Map.of(
                                                "title",
                                                "Thông báo số 32/TB-LĐTBXH về lịch họp",
                                                "issuedOn",
                                                "2021-04-02"),
                                        Map.of("title", "", "issuedOn", "2021-04-03"))),
                                "authorization",
                                editor.bearer())
                        .status())
                .isEqualTo(200);
        assertThat(http.delete("/api/directives/" + directiveId, "authorization", editor.bearer())
                        .status())
                .isEqualTo(204);
        String other = "Bearer " + portal.jwt().issue("lan@local", List.of("editors"), Duration.ofMinutes(10));
        assertThat(http.post(
                                "/api/uploads",
                                Json.write(Map.of(
                                        "kind",
                                        "image",
                                        "filename",
                                        "anh.png",
                                        "contentType",
                                        "image/png",
                                        "contentLength",
                                        100)),
                                "authorization",
                                other)
                        .status())
                .isEqualTo(201);
        // refused requests change nothing, so they record nothing
        assertThat(http.delete("/api/articles/" + Ids.newId(), "authorization", editor.bearer())
                        .status())
                .isEqualTo(404);

        List<Map<String, Object>> mine =
                items(http.get("/api/audit?editor=" + subjectOf("editor@local"), "authorization", editor.bearer()));
        List<String> seen = mine.reversed().stream()
                .map(e -> e.get("action") + " " + e.get("outcome") + " " + e.get("target"))
                .toList();
        assertThat(seen)
                .containsExactly(
                        "upload.request accepted upload/" + published,
                        "upload.publish published article/" + articleId,
                        "upload.request accepted upload/" + rejected,
                        "upload.publish rejected upload/" + rejected,
                        "article.unpublish unpublished article/" + articleId,
                        "directive.create created directive/" + directiveId,
                        "directive.import imported directives/2 lines",
                        "directive.delete deleted directive/" + directiveId);
        for (Map<String, Object> entry : mine) {
            assertThat((Map<String, Object>) entry.get("editor"))
                    .as(entry.toString())
                    .containsExactlyInAnyOrderEntriesOf(Map.of(
                            "subject", subjectOf("editor@local"), "email", "editor@local", "name", "editor@local"));
            assertThat((String) entry.get("at")).endsWith("+07:00");
        }
        Map<String, Object> rejection = mine.stream()
                .filter(e -> "rejected".equals(e.get("outcome")))
                .findFirst()
                .orElseThrow();
        assertThat((Map<String, String>) rejection.get("details")).containsKey("reasons");
        assertThat(((Map<String, String>) rejection.get("details")).get("reasons"))
                .contains("title");
        Map<String, Object> imported = mine.stream()
                .filter(e -> "directive.import".equals(e.get("action")))
                .findFirst()
                .orElseThrow();
        assertThat((Map<String, String>) imported.get("details"))
                .containsEntry("created", "1")
                .containsEntry("rejected", "1");

        List<Map<String, Object>> lans =
                items(http.get("/api/audit?editor=" + subjectOf("lan@local"), "authorization", editor.bearer()));
        assertThat(lans)
                .singleElement()
                .satisfies(e -> assertThat(e.get("action")).isEqualTo("upload.request"));
        List<Map<String, Object>> all = items(http.get("/api/audit", "authorization", other));
        assertThat(all).hasSize(mine.size() + 1);
        assertThat(all.stream().map(e -> (String) e.get("at")).toList()).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void pagesCoverTheRangeOnceNewestFirstAndReadOnlyWhatTheyReturn() {
        Editor a = new Editor(subjectOf("a@local"), "a@local", "a@local");
        Editor b = new Editor(subjectOf("b@local"), "b@local", "b@local");
        List<AuditEntry> inRange = new ArrayList<>();
        Instant start = Instant.parse("2024-09-30T17:00:00Z"); // 2024-10-01 00:00 in Vietnam
        for (int i = 0; i < 120; i++) { // October to December 2024, every 18 hours
            AuditEntry e = entry(i % 4 == 0 ? b : a, start.plus(Duration.ofHours(18L * i)));
            table.append(e, e.at().plus(Duration.ofDays(30)));
            inRange.add(e);
        }
        for (int i = 0; i < 200; i++) { // before and after: never read
            Instant at = (i % 2 == 0 ? Instant.parse("2024-07-01T00:00:00Z") : Instant.parse("2025-02-01T00:00:00Z"))
                    .plus(Duration.ofHours(i));
            table.append(entry(a, at), at.plus(Duration.ofDays(30)));
        }
        assertThat(inRange.getLast().at()).isBefore(Instant.parse("2024-12-31T17:00:00Z"));

        List<String> expected = inRange.stream()
                .sorted(Comparator.comparing(AuditEntry::at).reversed())
                .map(AuditEntry::id)
                .toList();
        assertThat(pageThrough("from=2024-10-01&to=2024-12-31&limit=7")).containsExactlyElementsOf(expected);
        List<String> onlyA = inRange.stream()
                .filter(e -> e.editor().equals(a))
                .sorted(Comparator.comparing(AuditEntry::at).reversed())
                .map(AuditEntry::id)
                .toList();
        assertThat(pageThrough("from=2024-10-01&to=2024-12-31&limit=9&editor=" + a.subject()))
                .containsExactlyElementsOf(onlyA);

        // a page reads exactly the items it returns: the 200 entries outside the range are never touched
        AuditTable.Page first = table.between(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 12, 31), null, 25, null);
        assertThat(first.items()).hasSize(25);
        assertThat(first.itemsRead()).isEqualTo(25);
        assertThat(first.queries()).isEqualTo(1); // December alone holds 25
        AuditTable.Page spanning =
                table.between(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 12, 31), null, 100, null);
        assertThat(spanning.itemsRead()).isEqualTo(100);
        assertThat(spanning.queries()).isEqualTo(3);
        AuditTable.Page empty = table.between(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), null, 100, null);
        assertThat(empty.items()).isEmpty();
        assertThat(empty.queries())
                .as("one Query per month of the range, at most 13")
                .isEqualTo(12);
        AuditTable.Page oneEditor =
                table.between(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 12, 31), a.subject(), 10, null);
        assertThat(oneEditor.itemsRead()).isEqualTo(10);
        assertThat(oneEditor.queries()).isEqualTo(1);
    }

    private List<String> pageThrough(String query) {
        List<String> ids = new ArrayList<>();
        Set<String> cursors = new LinkedHashSet<>();
        String cursor = null;
        do {
            String url = "/api/audit?" + query
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            var response = http.get(url, "authorization", editor.bearer());
            items(response).forEach(e -> ids.add((String) e.get("id")));
            cursor = (String) response.json().get("nextCursor");
            assertThat(cursor == null || cursors.add(cursor))
                    .as("cursors never repeat")
                    .isTrue();
        } while (cursor != null);
        return ids;
    }

    private static AuditEntry entry(Editor who, Instant at) {
        return new AuditEntry(Ids.newId(), at, who, "upload.request", "upload/" + Ids.newId(), "accepted", Map.of());
    }

    @Test
    void theTemplateKeepsTheTrailAppendOnly() {
        Template template = portal.deployment().template();
        template.resourcesOfType("AWS::Serverless::Function").forEach((id, resource) -> {
            Object policies = Template.map(resource.get("Properties")).get("Policies");
            if (policies == null) {
                return;
            }
            for (Object policy : (List<?>) policies) {
                for (Object s : (List<?>) Template.map(policy).get("Statement")) {
                    Map<String, Object> statement = Template.map(s);
                    if (!String.valueOf(statement.get("Resource")).contains("AuditTable")) {
                        continue;
                    }
                    Object action = statement.get("Action");
                    List<String> actions = (action instanceof List<?> l ? l : List.of(action))
                            .stream().map(String::valueOf).toList();
                    assertThat(actions)
                            .as(id + " on the audit table")
                            .containsExactly(id.equals("ListAuditFunction") ? "dynamodb:Query" : "dynamodb:PutItem");
                }
            }
        });
        Map<String, Object> policy =
                Template.map(Template.map(template.properties("AuditTable").get("ResourcePolicy"))
                        .get("PolicyDocument"));
        Map<String, Object> deny = Template.map(((List<?>) policy.get("Statement")).getFirst());
        assertThat(deny).containsEntry("Effect", "Deny").containsEntry("Principal", "*");
        assertThat(((List<?>) deny.get("Action")).stream().map(String::valueOf).toList())
                .contains("dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:BatchWriteItem");
        assertThat(template.properties("AuditTable")).containsKey("TimeToLiveSpecification");
    }
}
