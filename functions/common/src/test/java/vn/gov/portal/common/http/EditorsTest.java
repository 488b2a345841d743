package vn.gov.portal.common.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.portal.common.DomainException;

class EditorsTest {

    private static ApiRequest withClaims(Map<String, String> claims) {
        var context = APIGatewayV2HTTPEvent.RequestContext.builder();
        if (claims != null) {
            context.withAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                    .withJwt(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder().withClaims(claims).build())
                    .build());
        }
        return ApiRequest.from(APIGatewayV2HTTPEvent.builder().withRawPath("/api/x").withRequestContext(context.build()).build());
    }

    @Test
    void acceptsTheGroupsClaimAsApiGatewayRendersIt() {
        assertThat(Editors.require(withClaims(Map.of("sub", "u1", "cognito:username", "lan", "cognito:groups", "[admins editors]"))))
                .isEqualTo("lan");
    }

    @Test
    void noClaimsIsUnauthorized() {
        assertThatThrownBy(() -> Editors.require(withClaims(null))).isInstanceOf(DomainException.Unauthorized.class);
    }

    @Test
    void aSignedInNonEditorIsForbidden() {
        assertThatThrownBy(() -> Editors.require(withClaims(Map.of("sub", "u2", "cognito:groups", "[readers]"))))
                .isInstanceOf(DomainException.Forbidden.class);
        assertThatThrownBy(() -> Editors.require(withClaims(Map.of("sub", "u3"))))
                .isInstanceOf(DomainException.Forbidden.class);
        assertThatThrownBy(() -> Editors.require(withClaims(Map.of("sub", "u4", "cognito:groups", "[editors-old]"))))
                .isInstanceOf(DomainException.Forbidden.class);
    }
}
