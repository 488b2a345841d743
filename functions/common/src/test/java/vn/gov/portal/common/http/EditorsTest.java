package vn.gov.portal.common.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.portal.common.DomainException;

class EditorsTest {

    private static ApiRequest withClaims(Map<String, String> claims) {
        var event = HttpApiEvents.request("GET", "/api/x");
        if (claims != null) {
            event.claims(claims);
        }
        return ApiRequest.from(event.build());
    }

    @Test
    void acceptsTheGroupsClaimAsApiGatewayRendersIt() {
        assertThat(Editors.require(withClaims(
                        Map.of("sub", "u1", "cognito:username", "lan", "cognito:groups", "[admins editors]"))))
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
