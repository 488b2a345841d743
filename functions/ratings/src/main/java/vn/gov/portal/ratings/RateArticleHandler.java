package vn.gov.portal.ratings;

import vn.gov.portal.common.Env;
import vn.gov.portal.common.http.ApiHandler;
import vn.gov.portal.common.http.ApiRequest;
import vn.gov.portal.common.http.ApiResponse;

/** POST /api/articles/{id}/ratings: one vote, behind a captcha; answers the new summary. */
public final class RateArticleHandler extends ApiHandler {

    private final RatingService ratings;
    private final RatingsModule module;

    public RateArticleHandler() {
        this(Env.system());
    }

    public RateArticleHandler(Env env) {
        this.module = new RatingsModule(env);
        this.ratings = module.ratings();
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        return ApiResponse.ok(ratings.rate(request.pathParameter("id"), request.jsonObject(), module.caller(request)));
    }
}
