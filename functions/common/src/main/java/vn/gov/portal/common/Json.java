package vn.gov.portal.common;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.jr.ob.JSON;
import com.fasterxml.jackson.jr.ob.JacksonJrExtension;
import com.fasterxml.jackson.jr.ob.api.ExtensionContext;
import com.fasterxml.jackson.jr.ob.api.ReaderWriterProvider;
import com.fasterxml.jackson.jr.ob.api.ValueWriter;
import com.fasterxml.jackson.jr.ob.impl.JSONWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Map;

/**
 * One JSON codec for every function: jackson-jr, no reflection-heavy databind. Response bodies are
 * records (one {@code *Responses} file per area), written with their components in declaration
 * order.
 */
public final class Json {

    /**
     * A record whose null components are left out of the JSON rather than written as null (the
     * contract's optional fields, e.g. an upload's {@code url} before it is published).
     */
    public interface OmitsNulls {}

    private static final JSON CODEC =
            JSON.builder().disable(JSON.Feature.WRITE_NULL_PROPERTIES).build();

    private static final JSON WITH_NULLS = JSON.builder()
            .enable(JSON.Feature.WRITE_NULL_PROPERTIES)
            .register(new JacksonJrExtension() {
                @Override
                protected void register(ExtensionContext context) {
                    context.insertProvider(new Records());
                }
            })
            .build();

    private Json() {}

    /**
     * Writes records, maps, lists and scalars. Record components come in declaration order; a null
     * one is written as null, unless the record is {@link OmitsNulls}.
     */
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

    /**
     * Writes records by their components, in declaration order. jackson-jr's own bean introspection
     * sorts properties by name and reads {@code issuer()} as an is-getter of "suer".
     */
    private static final class Records extends ReaderWriterProvider {
        private static final ClassValue<RecordWriter> WRITERS = new ClassValue<>() {
            @Override
            protected RecordWriter computeValue(Class<?> type) {
                return new RecordWriter(type);
            }
        };

        @Override
        public ValueWriter findValueWriter(JSONWriter writeContext, Class<?> type) {
            return type.isRecord() ? WRITERS.get(type) : null;
        }
    }

    private static final class RecordWriter implements ValueWriter {
        private final Class<?> type;
        private final String[] names;
        private final MethodHandle[] accessors;
        private final boolean omitNulls;

        RecordWriter(Class<?> type) {
            this.type = type;
            this.names = names(type.getRecordComponents());
            this.accessors = accessors(type.getRecordComponents());
            this.omitNulls = OmitsNulls.class.isAssignableFrom(type);
        }

        @Override
        public Class<?> valueType() {
            return type;
        }

        @Override
        public void writeValue(JSONWriter context, JsonGenerator g, Object value) throws IOException {
            g.writeStartObject();
            for (int i = 0; i < names.length; i++) {
                Object component;
                try {
                    component = accessors[i].invoke(value);
                } catch (Throwable e) {
                    throw new IOException("cannot read " + type.getSimpleName() + "." + names[i], e);
                }
                if (component != null || !omitNulls) {
                    g.writeFieldName(names[i]);
                    context.writeValue(component);
                }
            }
            g.writeEndObject();
        }

        private static String[] names(RecordComponent[] components) {
            String[] names = new String[components.length];
            for (int i = 0; i < components.length; i++) {
                names[i] = components[i].getName();
            }
            return names;
        }

        private static MethodHandle[] accessors(RecordComponent[] components) {
            MethodHandle[] handles = new MethodHandle[components.length];
            try {
                for (int i = 0; i < components.length; i++) {
                    Method accessor = components[i].getAccessor();
                    accessor.setAccessible(true); // a record nested in a package-private class
                    handles[i] = MethodHandles.lookup().unreflect(accessor);
                }
            } catch (IllegalAccessException e) {
                throw new IllegalArgumentException("cannot read the record " + components[0].getDeclaringRecord(), e);
            }
            return handles;
        }
    }
}
