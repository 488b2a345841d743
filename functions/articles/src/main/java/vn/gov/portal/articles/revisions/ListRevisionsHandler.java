package vn.gov.portal.articles.revisions;

import java.util.Set;
import vn.gov.portal.articles.ArticleResponses;
import vn.gov.portal.articles.ArticlesModule;
import vn.gov.portal.common.DomainException;
import vn.gov.portal.common.Env;
import vn.gov.portal.common.Ids;
import vn.gov.portal.common.http.ApiHandler;
import vn.gov.portal.common.http.ApiRequest;
import vn.gov.portal.common.http.ApiResponse;
import vn.gov.portal.common.http.Editors;
import vn.gov.portal.common.http.Params;
import vn.gov.portal.common.http.QueryParameters;

/** GET /api/articles/{id}/revisions (editor): every published version, newest first, with time and editor. */
public final class ListRevisionsHandler extends ApiHandler {

    private final ArticleRevisions revisions;

    public ListRevisionsHandler() {
        this(Env.system());
    }

    public ListRevisionsHandler(Env env) {
        this.revisions = new ArticlesModule(env).revisions();
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        Editors.require(request);
        QueryParameters query = QueryParameters.read(request.queryParameters(), Set.of("limit", "cursor"));
        String id = request.pathParameter("id");
        if (!Ids.isWellFormed(id)) {
            throw new DomainException.NotFound("No article " + id + ".");
        }
        int limit = query.limit(Params.MAX_LIMIT);
        query.validate();
        String cursor = query.text("cursor");
        ArticleRevisions.Page page = revisions.list(id, limit, cursor);
        if (page.items().isEmpty() && cursor == null) {
            throw new DomainException.NotFound("No article " + id + " was ever published.");
        }
        return ApiResponse.ok(ArticleResponses.revisions(page));
    }
}
