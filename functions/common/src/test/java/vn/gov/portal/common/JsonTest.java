package vn.gov.portal.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void oneValueWithWhiteSpaceAroundIsRead() throws IOException {
        assertThat(Json.readObject(" {\"a\":1}\n ")).isEqualTo(Map.of("a", 1));
        assertThat(Json.readAny("[1,2]\t")).isEqualTo(List.of(1, 2));
    }

    @Test
    void contentAfterTheValueIsRefused() {
        for (String text : List.of("{\"a\":1} x", "{\"a\":1}{\"a\":2}", "[1] [2]", "{\"a\":1}}", "1 2")) {
            assertThatThrownBy(() -> Json.readAny(text)).as(text).isInstanceOf(IOException.class);
        }
        assertThatThrownBy(() -> Json.readObject("{\"a\":1} x")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> Json.readObject("[1]")).isInstanceOf(IOException.class);
    }
}
