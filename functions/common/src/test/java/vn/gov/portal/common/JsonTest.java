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

    record Rating(Double average, long count) {}

    public record Item(String zeta, String issuer, Rating rating, List<String> tags) {}

    public record Optional(String status, String url, List<FieldError> errors) implements Json.OmitsNulls {}

    @Test
    void recordsAreWrittenInDeclarationOrderWithNullsKept() {
        assertThat(Json.write(new Item("z", null, new Rating(null, 3), List.of("a"))))
                .isEqualTo(
                        "{\"zeta\":\"z\",\"issuer\":null,\"rating\":{\"average\":null,\"count\":3},\"tags\":[\"a\"]}");
    }

    @Test
    void omitsNullsRecordsLeaveOutTheirNullComponentsOnly() {
        assertThat(Json.write(new Optional("draft", null, List.of(new FieldError("title", "is required")))))
                .isEqualTo("{\"status\":\"draft\",\"errors\":[{\"field\":\"title\",\"message\":\"is required\"}]}");
        assertThat(Json.write(Map.of("item", new Optional("pending", null, null))))
                .isEqualTo("{\"item\":{\"status\":\"pending\"}}");
        assertThat(Json.write(List.of(new Item(null, "1", null, List.of()))))
                .isEqualTo("[{\"zeta\":null,\"issuer\":\"1\",\"rating\":null,\"tags\":[]}]");
    }
}
