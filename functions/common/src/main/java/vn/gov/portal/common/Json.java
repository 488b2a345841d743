package vn.gov.portal.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** One JSON codec for every function: jackson-jr, no reflection-heavy databind. */
public final class Json {

    private static final JSON CODEC = JSON.builder()
            .disable(JSON.Feature.WRITE_NULL_PROPERTIES)
            .build();

    private static final JSON WITH_NULLS = JSON.builder()
            .enable(JSON.Feature.WRITE_NULL_PROPERTIES)
            .build();

    private Json() {}

    /** Writes maps, lists, records and scalars; null fields of records are kept as null. */
    public static String write(Object value) {
        try {
            return WITH_NULLS.asString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a JSON object; throws {@link IOException} for anything else (trailing content included). */
    public static Map<String, Object> readObject(String text) throws IOException {
        if (readAny(text) instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> object = (Map<String, Object>) map;
            return object;
        }
        throw new IOException("not a JSON object");
    }

    /**
     * Parses one JSON value (object, array, scalar). Anything after it but white space is refused:
     * jackson-jr alone would read {@code {"a":1} garbage} as {@code {"a":1}}.
     */
    public static Object readAny(String text) throws IOException {
        try (JsonParser parser = CODEC.getStreamingFactory().createParser(text)) {
            Object value = CODEC.anyFrom(parser);
            if (parser.nextToken() != null) {
                throw new IOException("content after the JSON value");
            }
            return value;
        }
    }
}
