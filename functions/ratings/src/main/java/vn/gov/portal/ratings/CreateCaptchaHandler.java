package vn.gov.portal.ratings;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.Random;
import vn.gov.portal.common.Env;
import vn.gov.portal.common.http.ApiHandler;
import vn.gov.portal.common.http.ApiRequest;
import vn.gov.portal.common.http.ApiResponse;
import vn.gov.portal.ratings.captcha.CaptchaImage;

/** POST /api/captchas: a new captcha image (a new call is the refresh); gives the reader a token cookie. */
public final class CreateCaptchaHandler extends ApiHandler {

    private final CaptchaService captchas;
    private final RatingsModule module;

    public CreateCaptchaHandler() {
        this(Env.system());
    }

    public CreateCaptchaHandler(Env env) {
        this.module = new RatingsModule(env);
        this.captchas = module.captchas();
    }

    /** Issuing a captcha writes, so priming only draws one (the first image costs ~200 ms cold). */
    @Override
    protected APIGatewayV2HTTPEvent primingEvent() {
        CaptchaImage.png("ACEHJ", new Random(1));
        return null;
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        Caller caller = module.caller(request);
        CaptchaService.Issued issued = captchas.issue(caller);
        ApiResponse response = ApiResponse.json(201, RatingResponses.Captcha.of(issued));
        return caller.readerToken().isPresent()
                ? response
                : response.withHeader("set-cookie", caller.cookie(Caller.newToken()));
    }
}
