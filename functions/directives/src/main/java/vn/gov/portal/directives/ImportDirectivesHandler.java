package vn.gov.portal.directives;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.gov.portal.common.Env;
import vn.gov.portal.common.audit.AuditTrail;
import vn.gov.portal.common.http.ApiHandler;
import vn.gov.portal.common.http.ApiRequest;
import vn.gov.portal.common.http.ApiResponse;
import vn.gov.portal.common.http.Editor;
import vn.gov.portal.common.http.Editors;
import vn.gov.portal.common.http.QueryParameters;

/** POST /api/directives/import (editor): many titles at once, one result per line. */
public final class ImportDirectivesHandler extends ApiHandler {

    private final DirectiveService directives;
    private final AuditTrail audit;

    public ImportDirectivesHandler() {
        this(Env.system());
    }

    public ImportDirectivesHandler(Env env) {
        DirectivesModule module = new DirectivesModule(env);
        this.directives = module.service();
        this.audit = module.audit();
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        Editor editor = Editors.identify(request);
        QueryParameters.requireNone(request.queryParameters());
        var results = directives.importTitles(editor.name(), request.jsonValue());
        Map<String, Long> counts = results.stream()
                .collect(Collectors.groupingBy(
                        DirectiveService.ImportResult::status, TreeMap::new, Collectors.counting()));
        Map<String, String> details = new TreeMap<>();
        counts.forEach((status, n) -> details.put(status, n.toString()));
        audit.record(editor, "directive.import", "directives/" + results.size() + " lines", "imported", details);
        return ApiResponse.ok(new DirectiveResponses.Imported(results));
    }
}
