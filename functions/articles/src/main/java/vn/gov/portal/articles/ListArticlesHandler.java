package vn.gov.portal.articles;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.gov.portal.articles.store.ArticlesTable;
import vn.gov.portal.common.Env;
import vn.gov.portal.common.http.ApiHandler;
import vn.gov.portal.common.http.ApiRequest;
import vn.gov.portal.common.http.ApiResponse;
import vn.gov.portal.common.http.Params;

/** GET /api/articles?date= | ?from=&to= (public): a Vietnam day's or range's articles, newest first. */
public final class ListArticlesHandler extends ApiHandler {

    private final ArticleService articles;

    public ListArticlesHandler() {
        this(Env.system());
    }

    public ListArticlesHandler(Env env) {
        this.articles = new ArticlesModule(env).service();
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        ArticlesTable.Page page = articles.list(request.queryParameters(), Params.limit(request, Params.MAX_LIMIT));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", page.items().stream().map(ArticleService::toJson).toList());
        body.put("nextCursor", page.nextCursor());
        return ApiResponse.ok(body).withHeader("cache-control", "public, max-age=30");
    }
}
