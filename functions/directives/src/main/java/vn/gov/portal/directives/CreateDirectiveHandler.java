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
import vn.gov.portal.directives.store.DirectivesTable;

/** POST /api/directives (editor): 201 with the new directive, 200 with the one already registered. */
public final class CreateDirectiveHandler extends ApiHandler {

    private final DirectiveService directives;
    private final AuditTrail audit;

    public CreateDirectiveHandler() {
        this(Env.system());
    }

    public CreateDirectiveHandler(Env env) {
        DirectivesModule module = new DirectivesModule(env);
        this.directives = module.service();
        this.audit = module.audit();
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        Editor editor = Editors.identify(request);
        QueryParameters.requireNone(request.queryParameters());
        DirectivesTable.Saved saved = directives.create(editor.name(), request.jsonObject());
        audit.record(
                editor,
                "directive.create",
                "directive/" + saved.directive().id(),
                saved.created() ? "created" : "existing",
                Map.of("title", saved.directive().title()));
        ApiResponse response = ApiResponse.json(
                saved.created() ? 201 : 200,
                DirectiveResponses.Item.of(directives.full(saved.directive().id()), directives.today()));
        return response.withHeader(
                "location", "/api/directives/" + saved.directive().id());
    }
}
