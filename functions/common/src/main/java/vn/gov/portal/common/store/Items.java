package vn.gov.portal.common.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Small helpers to build and read DynamoDB items without a mapper (no reflection at cold start). */
public final class Items {

    private Items() {}

    public static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    public static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    /** A mutable item builder that skips null values (DynamoDB has no use for them). */
    public static Builder item() {
        return new Builder();
    }

    public static final class Builder {
        private final Map<String, AttributeValue> values = new HashMap<>();

        public Builder s(String name, String value) {
            if (value != null) {
                values.put(name, AttributeValue.fromS(value));
            }
            return this;
        }

        public Builder n(String name, Number value) {
            if (value != null) {
                values.put(name, AttributeValue.fromN(value.toString()));
            }
            return this;
        }

        public Builder l(String name, List<AttributeValue> value) {
            if (value != null) {
                values.put(name, AttributeValue.fromL(value));
            }
            return this;
        }

        public Builder m(String name, Map<String, AttributeValue> value) {
            if (value != null) {
                values.put(name, AttributeValue.fromM(value));
            }
            return this;
        }

        public Map<String, AttributeValue> build() {
            return Map.copyOf(values);
        }
    }

    public static String str(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null ? null : v.s();
    }

    public static Long num(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null || v.n() == null ? null : Long.parseLong(v.n());
    }

    public static long num(Map<String, AttributeValue> item, String name, long fallback) {
        Long v = num(item, name);
        return v == null ? fallback : v;
    }
}
