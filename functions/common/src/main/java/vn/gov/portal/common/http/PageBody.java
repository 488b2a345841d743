package vn.gov.portal.common.http;

import java.util.List;
import java.util.function.Function;

/** The body of a list route's page: its items, and {@code nextCursor} for the next (null on the last). */
public record PageBody<T>(List<T> items, String nextCursor) {

    /** The page's items shown by {@code show}. */
    public static <S, T> PageBody<T> of(List<S> items, String nextCursor, Function<? super S, ? extends T> show) {
        return new PageBody<>(items.stream().<T>map(show).toList(), nextCursor);
    }
}
