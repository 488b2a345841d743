package vn.gov.portal.articles;

import vn.gov.portal.common.Env;
import vn.gov.portal.common.http.ApiHandler;
import vn.gov.portal.common.http.ApiRequest;
import vn.gov.portal.common.http.ApiResponse;

/** GET /api/articles/{id} (public). */
public final class GetArticleHandler extends ApiHandler {

    private final ArticleService articles;

    public GetArticleHandler() {
        this(Env.system());
    }

    public GetArticleHandler(Env env) {
        this.articles = new ArticlesModule(env).service();
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        return ApiResponse.ok(ArticleResponses.Item.of(articles.get(request.pathParameter("id"))));
    }
}
