package vn.gov.portal.common.http;

/**
 * Who an editor is, from the verified token: the subject (stable, never reused), the e-mail
 * (Cognito's ID token carries it; null when the token has none) and the name shown to people.
 * The API shows it as is (audit entries, revisions), null e-mail included.
 */
public record Editor(String subject, String email, String name) {}
