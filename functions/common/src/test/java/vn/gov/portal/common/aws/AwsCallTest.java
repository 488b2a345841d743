package vn.gov.portal.common.aws;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AwsCallTest {

    @Test
    void errorCodesAreReadFromRestXmlAndJsonAnswers() {
        assertThat(AwsCall.errorCode("<?xml version=\"1.0\"?><ErrorResponse><Error><Type>Sender</Type>"
                + "<Code>TooManyInvalidationsInProgress</Code><Message>…</Message></Error></ErrorResponse>"))
                .contains("TooManyInvalidationsInProgress");
        assertThat(AwsCall.errorCode("{\"__type\":\"com.amazonaws.ssm#ParameterNotFound\",\"message\":\"\"}"))
                .contains("ParameterNotFound");
        assertThat(AwsCall.errorCode("{\"__type\": \"ThrottlingException\"}")).contains("ThrottlingException");
        assertThat(AwsCall.errorCode("Service Unavailable")).isEmpty();
    }
}
