//! Every rule that turns a protocol fact into a failure class: SMTP replies, token-endpoint
//! answers, HTTP and I/O errors, TLS errors. The facts come from the network layers (`smtp`,
//! `oauth`, `net`, `tls`), which know nothing of classes; the catalog's keys say what each class
//! is recognised by, and these functions apply them.

use rustls::CertificateError;

use super::{ClassId, classify_smtp_reply, classify_token_error};
use crate::net::{RequestError, RequestFault};
use crate::oauth::{AadstsError, TokenFailure};
use crate::smtp::reply::SmtpReply;
use crate::tls::{self, Captured};

/// The class of a negative SMTP reply. A well-formed reply that no catalog key names is never
/// "the server broke the protocol": a 4xx is Exchange asking to retry (`smtp-transient`), a 5xx a
/// rejection whose reason is its own text (`smtp-rejected`). `protocol-error` is left for what is
/// not SMTP at all (garbage, oversized or cut replies), which the session reports as such.
pub fn smtp_reply(reply: &SmtpReply) -> ClassId {
    classify_smtp_reply(reply.code, reply.enhanced.as_deref(), &reply.text()).map_or_else(
        || match reply.code {
            400..=499 => ClassId::SMTP_TRANSIENT,
            500..=599 => ClassId::SMTP_REJECTED,
            _ => ClassId::PROTOCOL_ERROR,
        },
        |c| c.id,
    )
}

/// The class of the reply to AUTH: a 535 that no catalog key narrows is `auth-rejected`.
pub fn auth_reply(reply: &SmtpReply) -> ClassId {
    match smtp_reply(reply) {
        ClassId::SMTP_REJECTED if reply.code == 535 => ClassId::AUTH_REJECTED,
        c => c,
    }
}

/// The class of a TLS error, given what the verifier recorded.
pub fn tls_error(error: &rustls::Error, host: &str, captured: &Captured) -> ClassId {
    let cert_error = match error {
        rustls::Error::InvalidCertificate(e) => Some(e),
        _ => match &captured.verdict {
            Some(Err(rustls::Error::InvalidCertificate(e))) => Some(e),
            _ => None,
        },
    };
    match cert_error {
        Some(
            CertificateError::Expired
            | CertificateError::ExpiredContext { .. }
            | CertificateError::NotValidYet
            | CertificateError::NotValidYetContext { .. },
        ) => ClassId::CERTIFICATE_EXPIRED,
        Some(
            CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. },
        ) => ClassId::HOSTNAME_MISMATCH,
        Some(_) if tls::interception(host, &captured.chain).is_some() => ClassId::TLS_INTERCEPTED,
        Some(_) => ClassId::UNTRUSTED_CERTIFICATE,
        None => match error {
            rustls::Error::AlertReceived(rustls::AlertDescription::ProtocolVersion)
            | rustls::Error::PeerIncompatible(_) => ClassId::TLS_VERSION_REJECTED,
            _ => ClassId::TLS_HANDSHAKE_FAILED,
        },
    }
}

/// The class of an HTTP request that got no answer, to `host`.
pub fn request_error(e: &RequestError, host: &str, captured: &Captured) -> ClassId {
    match &e.fault {
        RequestFault::Tls(error) => tls_error(error, host, captured),
        RequestFault::ProxyAuth => ClassId::PROXY_AUTH_REQUIRED,
        RequestFault::ProxyUnreachable => ClassId::PROXY_UNREACHABLE,
        // An HTTPS request to the login host: its own class, not the SMTP port's.
        RequestFault::Timeout | RequestFault::Refused => ClassId::LOGIN_HOST_UNREACHABLE,
        RequestFault::Dns => ClassId::DNS_FAILURE,
        RequestFault::Other => ClassId::PROTOCOL_ERROR,
    }
}

/// The class of an HTTP answer that is not Entra's error JSON (a proxy page, a 5xx after retries,
/// a 200 without a token).
pub fn http_status(status: u16) -> ClassId {
    match status {
        429 | 500.. => ClassId::TOKEN_SERVICE_ERROR,
        407 => ClassId::PROXY_AUTH_REQUIRED,
        _ => ClassId::PROTOCOL_ERROR,
    }
}

/// The class of a failed token request to `host`.
pub fn token_failure(f: &TokenFailure, host: &str, captured: &Captured) -> ClassId {
    match f {
        TokenFailure::Aadsts(e) => aadsts(e),
        TokenFailure::Http { status, .. } => http_status(*status),
        TokenFailure::ProxySetup(_) => ClassId::PROXY_UNREACHABLE,
        TokenFailure::Network(e) => request_error(e, host, captured),
    }
}

/// The class of a token-endpoint error: its AADSTS code first. An AADSTS code the catalog does
/// not know is `token-request-refused`, with Microsoft's text as the evidence, never a guess from
/// the `error` value (AADSTS7000229 arrives as `invalid_client` and is not a bad secret). Only an
/// answer without an AADSTS code (another OAuth server, a proxy) is classed by its `error`.
pub fn aadsts(e: &AadstsError) -> ClassId {
    if let Some(c) = classify_token_error(&e.error, e.code) {
        return c.id;
    }
    match e.code {
        Some(_) if e.status == 429 || e.status >= 500 => ClassId::TOKEN_SERVICE_ERROR,
        // The legacy `[70002, 50012]` pair of a rejected certificate (T11) names the assertion.
        Some(_)
            if e.error == "invalid_client"
                && e.message.to_ascii_lowercase().contains("assertion") =>
        {
            ClassId::INVALID_CLIENT_ASSERTION
        }
        Some(_) => ClassId::TOKEN_REQUEST_REFUSED,
        None => oauth_error(e),
    }
}

/// The class of a standard OAuth 2.0 error (RFC 6749 §5.2) that carries no AADSTS code, as a
/// server other than Entra ID (or a proxy in its place) answers.
fn oauth_error(e: &AadstsError) -> ClassId {
    if e.status == 429 || e.status >= 500 {
        return ClassId::TOKEN_SERVICE_ERROR;
    }
    crate::failures::classify_oauth_error(&e.error, &e.message)
        .map_or(ClassId::TOKEN_REQUEST_REFUSED, |c| c.id)
}

/// The class of a failed OpenID discovery of a tenant domain.
pub fn discovery(e: Option<&AadstsError>) -> ClassId {
    e.and_then(|e| classify_token_error(&e.error, e.code))
        .map_or(ClassId::INVALID_TENANT, |c| c.id)
}

/// Whether a finding of this class can be why Exchange answered `535 5.7.3` to AUTH: the
/// prerequisites Exchange checks at AUTH, and a token Exchange cannot use.
pub fn can_cause_auth_rejected(class: ClassId) -> bool {
    matches!(
        class,
        ClassId::SERVICE_PRINCIPAL_MISSING
            | ClassId::SERVICE_PRINCIPAL_WRONG_OBJECT_ID
            | ClassId::MAILBOX_PERMISSION_MISSING
            | ClassId::MAILBOX_NOT_FOUND
            | ClassId::PERMISSION_NOT_GRANTED
            | ClassId::WRONG_AUDIENCE
            | ClassId::PROPAGATION_PENDING
            | ClassId::APP_NOT_FOUND
            | ClassId::SMTP_AUTH_DISABLED
            | ClassId::MAILBOX_OUTSIDE_RBAC_SCOPE
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reply(code: u16, enhanced: &str, text: &str) -> SmtpReply {
        SmtpReply {
            code,
            enhanced: Some(enhanced.to_string()),
            lines: vec![format!("{enhanced} {text}")],
        }
    }

    #[test]
    fn no_well_formed_reply_is_a_protocol_error() {
        for code in (400..600).step_by(7) {
            for enhanced in ["4.9.9", "5.9.9", "5.7.999", "4.4.1"] {
                let c = smtp_reply(&reply(code, enhanced, "whatever Exchange says"));
                assert_ne!(c, ClassId::PROTOCOL_ERROR, "{code} {enhanced}");
                let expected_kind = if code < 500 {
                    [ClassId::SMTP_TRANSIENT]
                } else {
                    [ClassId::SMTP_REJECTED]
                };
                if classify_smtp_reply(code, Some(enhanced), "whatever Exchange says").is_none() {
                    assert_eq!([c], expected_kind, "{code} {enhanced}");
                }
            }
        }
        assert_eq!(
            auth_reply(&reply(535, "5.7.3", "Authentication unsuccessful")),
            ClassId::AUTH_REJECTED
        );
    }

    #[test]
    fn an_unknown_aadsts_code_is_never_a_guess() {
        for error in [
            "invalid_client",
            "unauthorized_client",
            "invalid_request",
            "invalid_grant",
        ] {
            let e = AadstsError {
                status: 400,
                error: error.into(),
                code: Some(9_999_999),
                message: "AADSTS9999999: something new.".into(),
                ..AadstsError::default()
            };
            assert_eq!(aadsts(&e), ClassId::TOKEN_REQUEST_REFUSED, "{error}");
        }
        let legacy = AadstsError {
            status: 401,
            error: "invalid_client".into(),
            code: Some(70002),
            message: "AADSTS70002: Error validating credentials. AADSTS50012: Client assertion contains an invalid signature.".into(),
            ..AadstsError::default()
        };
        assert_eq!(aadsts(&legacy), ClassId::INVALID_CLIENT_ASSERTION);
    }
}
