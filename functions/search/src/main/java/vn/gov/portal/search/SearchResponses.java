package vn.gov.portal.search;

import java.util.List;

/** The search route's response body, as openapi.yaml shows it (field order included). */
public final class SearchResponses {

    private SearchResponses() {}

    /** {@code GET /api/search}: best match first; {@code cursor} null on the last page. */
    public record Page(List<Item> items, String cursor) {

        static Page of(SearchService.Result result) {
            return new Page(result.items().stream().map(Item::of).toList(), result.cursor());
        }
    }

    /** One match; {@code highlights} are [start, end) offsets of the matched words in {@code snippet}. */
    public record Item(
            String kind,
            String id,
            String title,
            String url,
            String date,
            String snippet,
            List<List<Integer>> highlights) {

        static Item of(SearchService.Item item) {
            return new Item(
                    item.kind().apiName(),
                    item.id(),
                    item.title(),
                    item.url(),
                    item.date(),
                    item.snippet(),
                    item.highlights().stream().map(h -> List.of(h[0], h[1])).toList());
        }
    }
}
