package vn.gov.portal.directives;

import java.util.Map;
import vn.gov.portal.common.Env;
import vn.gov.portal.common.audit.AuditTrail;
import vn.gov.portal.common.http.ApiHandler;
import vn.gov.portal.common.http.ApiRequest;
import vn.gov.portal.common.http.ApiResponse;
import vn.gov.portal.common.http.Editor;
import vn.gov.portal.common.http.Editors;
import vn.gov.portal.common.http.QueryParameters;

/** DELETE /api/directives/{id} (editor): the directive, its index items and its published file. */
public final class DeleteDirectiveHandler extends ApiHandler {

    private final DirectiveService directives;
    private final AuditTrail audit;

    public DeleteDirectiveHandler() {
        this(Env.system());
    }

    public DeleteDirectiveHandler(Env env) {
        DirectivesModule module = new DirectivesModule(env);
        this.directives = module.service();
        this.audit = module.audit();
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        Editor editor = Editors.identify(request);
        QueryParameters.requireNone(request.queryParameters());
        String id = request.pathParameter("id");
        directives.delete(id);
        audit.record(editor, "directive.delete", "directive/" + id, "deleted", Map.of());
        return ApiResponse.noContent();
    }
}
