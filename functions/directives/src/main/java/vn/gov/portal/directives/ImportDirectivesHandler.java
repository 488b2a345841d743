package vn.gov.portal.directives;

import java.util.Map;
import vn.gov.portal.common.Env;
import vn.gov.portal.common.http.ApiHandler;
import vn.gov.portal.common.http.ApiRequest;
import vn.gov.portal.common.http.ApiResponse;
import vn.gov.portal.common.http.Editors;

/** POST /api/directives/import (editor): many titles at once, one result per line. */
public final class ImportDirectivesHandler extends ApiHandler {

    private final DirectiveService directives;

    public ImportDirectivesHandler() {
        this(Env.system());
    }

    public ImportDirectivesHandler(Env env) {
        this.directives = new DirectivesModule(env).service();
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        String editor = Editors.require(request);
        DirectiveQuery.requireNone(request.queryParameters());
        var results = directives.importTitles(editor, request.jsonValue());
        return ApiResponse.ok(Map.of("results", results.stream().map(DirectiveService::toJson).toList()));
    }
}
