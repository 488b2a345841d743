package vn.gov.portal.articles.revisions;

import java.util.Map;
import vn.gov.portal.articles.ArticlesModule;
import vn.gov.portal.common.DomainException;
import vn.gov.portal.common.Env;
import vn.gov.portal.common.http.ApiHandler;
import vn.gov.portal.common.http.ApiRequest;
import vn.gov.portal.common.http.ApiResponse;
import vn.gov.portal.common.http.Editors;

/** POST /api/articles/{id}/revisions/{revisionId}/restore (editor): republishes that version; 202 with the new upload to poll. */
public final class RestoreRevisionHandler extends ApiHandler {

    private final RevisionRestorer restorer;

    public RestoreRevisionHandler() {
        this(Env.system());
    }

    public RestoreRevisionHandler(Env env) {
        this.restorer = new ArticlesModule(env).restorer();
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        var editor = Editors.identify(request);
        if (!request.queryParameters().isEmpty() || request.bodySize() > 0) {
            throw new DomainException.Invalid("request", "takes no query parameters and no body");
        }
        String uploadId = restorer.restore(editor, request.pathParameter("id"), request.pathParameter("revisionId"));
        return ApiResponse.json(202, Map.of("uploadId", uploadId, "status", "pending"));
    }
}
