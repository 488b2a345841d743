package vn.gov.portal.search;

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
        return ApiResponse.ok(SearchResponses.Page.of(result)).withHeader("cache-control", "public, max-age=30");
    }
}
