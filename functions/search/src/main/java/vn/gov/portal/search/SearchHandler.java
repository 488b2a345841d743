package vn.gov.portal.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import vn.gov.portal.common.Env;
import vn.gov.portal.common.aws.AwsClients;
import vn.gov.portal.common.http.ApiHandler;
import vn.gov.portal.common.http.ApiRequest;
import vn.gov.portal.common.http.ApiResponse;

/** GET /api/search?q=&kind=&from=&to=&limit=&cursor= (public): full-text search, best match first. */
public final class SearchHandler extends ApiHandler {

    private final SearchService search;

    public SearchHandler() {
        this(Env.system());
    }

    public SearchHandler(Env env) {
        this.search = new SearchService(SearchModule.table(AwsClients.from(env).build(DynamoDbClient.builder()), env));
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        SearchService.Result result = search.search(SearchQuery.parse(request.queryParameters()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", result.items().stream().map(SearchHandler::toJson).toList());
        body.put("cursor", result.cursor());
        return ApiResponse.ok(body).withHeader("cache-control", "public, max-age=30");
    }

    static Map<String, Object> toJson(SearchService.Item item) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", item.kind().apiName());
        out.put("id", item.id());
        out.put("title", item.title());
        out.put("url", item.url());
        out.put("date", item.date());
        out.put("snippet", item.snippet());
        out.put("highlights", item.highlights().stream().map(h -> List.of(h[0], h[1])).toList());
        return out;
    }
}
