package vn.gov.portal.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code ./run} keeps what editors published between runs: MiniStack saves its state when it
 * stops and loads it when it starts again. Always on MiniStack, whichever backend the suite runs on
 * (moto keeps no state: ./run on moto says so in its ready line).
 */
class LocalStateTest {

    @Test
    void anArticlePublishedBeforeAStopIsStillThereAfterTheNextStart() throws Exception {
        Path state = Files.createTempDirectory("portal-state");
        String stack = TestStack.uniqueStackName();
        String page = "/tin-tuc/2022/06/01/bai-con-lai-sau-khi-khoi-dong-lai.html";

        int port = Emulator.freePort();
        Emulator first = Emulator.startMiniStack(TestStack.ROOT, port, Optional.of(state));
        LocalPortal before = LocalPortal.start(
                new LocalPortal.Options(TestStack.ROOT, "127.0.0.1", 0, stack, first, Clock.systemUTC()));
        try {
            EditorClient editor = new EditorClient(before);
            String id = editor.uploadArticle("---\ntitle: Bài còn lại sau khi khởi động lại\n"
                    + "publishedAt: 2022-06-01T08:00:00+07:00\n---\nNội dung.\n");
            assertThat(editor.awaitDone(id)).containsEntry("status", "published");
            assertThat(before.isEmpty()).isFalse();
        } finally {
            before.close();
            first.close(); // SIGTERM: MiniStack writes its state
        }

        Emulator second = Emulator.startMiniStack(TestStack.ROOT, Emulator.freePort(), Optional.of(state));
        LocalPortal after = LocalPortal.start(
                new LocalPortal.Options(TestStack.ROOT, "127.0.0.1", 0, stack, second, Clock.systemUTC()));
        try {
            Http http = new Http(after.baseUrl());
            assertThat(after.isEmpty())
                    .as("the samples would be published again")
                    .isFalse();
            assertThat(http.get(page).status()).isEqualTo(200);
            assertThat(http.get(page).body()).contains("Bài còn lại sau khi khởi động lại");
            assertThat(http.get("/api/articles?date=2022-06-01").body()).contains("bai-con-lai-sau-khi-khoi-dong-lai");
            // and the stack still works: a new upload publishes through the restored queue and notification
            EditorClient editor = new EditorClient(after);
            String id = editor.uploadArticle("---\ntitle: Bài sau khi khởi động lại\n"
                    + "publishedAt: 2022-06-01T09:00:00+07:00\n---\nNội dung.\n");
            assertThat(editor.awaitDone(id)).containsEntry("status", "published");
        } finally {
            after.close();
            second.close();
        }
    }
}
