package vn.gov.portal.articles.revisions;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import vn.gov.portal.articles.ArticlesModule;
import vn.gov.portal.common.DomainException;
import vn.gov.portal.common.Env;
import vn.gov.portal.common.Ids;
import vn.gov.portal.common.http.ApiHandler;
import vn.gov.portal.common.http.ApiRequest;
import vn.gov.portal.common.http.ApiResponse;
import vn.gov.portal.common.http.Editors;
import vn.gov.portal.common.http.Params;

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
        for (String name : request.queryParameters().keySet()) {
            if (!Set.of("limit", "cursor").contains(name)) {
                throw new DomainException.Invalid(name, "is not a known parameter");
            }
        }
        String id = request.pathParameter("id");
        if (!Ids.isWellFormed(id)) {
            throw new DomainException.NotFound("No article " + id + ".");
        }
        String cursor = request.query("cursor").orElse(null);
        ArticleRevisions.Page page = revisions.list(id, Params.limit(request, Params.MAX_LIMIT), cursor);
        if (page.items().isEmpty() && cursor == null) {
            throw new DomainException.NotFound("No article " + id + " was ever published.");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", page.items().stream().map(r -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("revisionId", ArticleRevisions.revisionId(r.uploadedAt(), r.uploadId()));
            item.put("uploadId", r.uploadId());
            item.put("publishedAt", r.publishedAt().toString());
            item.put("editor", r.editor().toJson());
            item.put("title", r.title());
            item.put("url", r.url());
            return item;
        }).toList());
        body.put("nextCursor", page.nextCursor());
        return ApiResponse.ok(body);
    }
}
