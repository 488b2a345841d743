package vn.gov.portal.health;

import java.util.Map;
import vn.gov.portal.common.http.ApiHandler;
import vn.gov.portal.common.http.ApiRequest;
import vn.gov.portal.common.http.ApiResponse;

/** GET /api/health: the API is up. Touches no storage, so it stays cheap for probes. */
public final class HealthHandler extends ApiHandler {

    private static final Map<String, String> OK = Map.of("status", "ok");

    @Override
    protected ApiResponse handle(ApiRequest request) {
        return ApiResponse.ok(OK);
    }
}
