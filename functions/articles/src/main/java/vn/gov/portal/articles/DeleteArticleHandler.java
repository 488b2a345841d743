package vn.gov.portal.articles;

import java.util.Map;
import vn.gov.portal.articles.store.Article;
import vn.gov.portal.common.Env;
import vn.gov.portal.common.audit.AuditTrail;
import vn.gov.portal.common.http.ApiHandler;
import vn.gov.portal.common.http.ApiRequest;
import vn.gov.portal.common.http.ApiResponse;
import vn.gov.portal.common.http.Editor;
import vn.gov.portal.common.http.Editors;
import vn.gov.portal.common.schedule.Schedules;

/** DELETE /api/articles/{id} (editor): unpublishes the page and its listings. */
public final class DeleteArticleHandler extends ApiHandler {

    private final ArticleUnpublisher articles;
    private final AuditTrail audit;
    private final Schedules schedules;

    public DeleteArticleHandler() {
        this(Env.system());
    }

    public DeleteArticleHandler(Env env) {
        ArticlesModule module = new ArticlesModule(env);
        this.articles = module.unpublisher();
        this.audit = module.audit();
        this.schedules = module.schedules();
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        Editor editor = Editors.identify(request);
        Article gone = articles.delete(request.pathParameter("id"), editor);
        schedules.cancelUnpublish(gone.id()); // its expiry, if it had one
        audit.record(
                editor,
                "article.unpublish",
                "article/" + gone.id(),
                "unpublished",
                Map.of("url", gone.url(), "title", gone.title()));
        return ApiResponse.noContent();
    }
}
