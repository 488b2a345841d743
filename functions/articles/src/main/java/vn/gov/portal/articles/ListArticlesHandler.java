package vn.gov.portal.articles;

import vn.gov.portal.common.Env;
import vn.gov.portal.common.http.ApiHandler;
import vn.gov.portal.common.http.ApiRequest;
import vn.gov.portal.common.http.ApiResponse;

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
        return ApiResponse.ok(ArticleResponses.page(articles.list(request.queryParameters())))
                .withHeader("cache-control", "public, max-age=30");
    }
}
