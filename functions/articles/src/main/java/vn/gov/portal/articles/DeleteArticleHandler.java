package vn.gov.portal.articles;

import vn.gov.portal.common.Env;
import vn.gov.portal.common.http.ApiHandler;
import vn.gov.portal.common.http.ApiRequest;
import vn.gov.portal.common.http.ApiResponse;
import vn.gov.portal.common.http.Editors;

/** DELETE /api/articles/{id} (editor): unpublishes the page and its listings. */
public final class DeleteArticleHandler extends ApiHandler {

    private final ArticleUnpublisher articles;

    public DeleteArticleHandler() {
        this(Env.system());
    }

    public DeleteArticleHandler(Env env) {
        this.articles = new ArticlesModule(env).unpublisher();
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        Editors.require(request);
        articles.delete(request.pathParameter("id"));
        return ApiResponse.noContent();
    }
}
