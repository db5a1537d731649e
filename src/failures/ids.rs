//! Failure-class ids, checked at compile time. Their string forms are a public contract
//! (SPEC.md): `--json`'s `failure_class.id`, the JUnit failure type, `explain ID`; add, never rename.

use serde::Serialize;

/// The id of a failure class. Only the constants below exist: a misspelt id does not compile.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct ClassId(&'static str);

impl ClassId {
    pub const NETWORK_TIMEOUT: ClassId = ClassId("network-timeout");
    pub const CONNECTION_REFUSED: ClassId = ClassId("connection-refused");
    pub const DNS_FAILURE: ClassId = ClassId("dns-failure");
    pub const PROXY_AUTH_REQUIRED: ClassId = ClassId("proxy-auth-required");
    pub const PROXY_UNREACHABLE: ClassId = ClassId("proxy-unreachable");
    pub const INVALID_TENANT: ClassId = ClassId("invalid-tenant");
    pub const APP_NOT_FOUND: ClassId = ClassId("app-not-found");
    pub const INVALID_CLIENT_SECRET: ClassId = ClassId("invalid-client-secret");
    pub const SECRET_ID_NOT_VALUE: ClassId = ClassId("secret-id-not-value");
    pub const SECRET_EXPIRED: ClassId = ClassId("secret-expired");
    pub const SECRET_EXPIRING: ClassId = ClassId("secret-expiring");
    pub const INVALID_SCOPE: ClassId = ClassId("invalid-scope");
    pub const EXCHANGE_RESOURCE_MISSING: ClassId = ClassId("exchange-resource-missing");
    pub const APP_DISABLED: ClassId = ClassId("app-disabled");
    pub const CONDITIONAL_ACCESS_BLOCKED: ClassId = ClassId("conditional-access-blocked");
    pub const INVALID_CLIENT_ASSERTION: ClassId = ClassId("invalid-client-assertion");
    pub const CLOCK_SKEW: ClassId = ClassId("clock-skew");
    pub const TOKEN_SERVICE_ERROR: ClassId = ClassId("token-service-error");
    pub const WRONG_AUDIENCE: ClassId = ClassId("wrong-audience");
    pub const PERMISSION_NOT_GRANTED: ClassId = ClassId("permission-not-granted");
    pub const AUTH_REJECTED: ClassId = ClassId("auth-rejected");
    pub const SMTP_AUTH_DISABLED: ClassId = ClassId("smtp-auth-disabled");
    pub const SECURITY_DEFAULTS: ClassId = ClassId("security-defaults");
    pub const SEND_AS_DENIED: ClassId = ClassId("send-as-denied");
    pub const STARTTLS_STRIPPED: ClassId = ClassId("starttls-stripped");
    pub const STARTTLS_UNAVAILABLE: ClassId = ClassId("starttls-unavailable");
    pub const XOAUTH2_UNAVAILABLE: ClassId = ClassId("xoauth2-unavailable");
    pub const TLS_VERSION_REJECTED: ClassId = ClassId("tls-version-rejected");
    pub const UNTRUSTED_CERTIFICATE: ClassId = ClassId("untrusted-certificate");
    pub const TLS_INTERCEPTED: ClassId = ClassId("tls-intercepted");
    pub const HOSTNAME_MISMATCH: ClassId = ClassId("hostname-mismatch");
    pub const CERTIFICATE_EXPIRED: ClassId = ClassId("certificate-expired");
    pub const TLS_HANDSHAKE_FAILED: ClassId = ClassId("tls-handshake-failed");
    pub const PROTOCOL_ERROR: ClassId = ClassId("protocol-error");
    pub const SERVICE_PRINCIPAL_MISSING: ClassId = ClassId("service-principal-missing");
    pub const SERVICE_PRINCIPAL_WRONG_OBJECT_ID: ClassId =
        ClassId("service-principal-wrong-object-id");
    pub const MAILBOX_PERMISSION_MISSING: ClassId = ClassId("mailbox-permission-missing");
    pub const MAILBOX_NOT_FOUND: ClassId = ClassId("mailbox-not-found");
    pub const PROPAGATION_PENDING: ClassId = ClassId("propagation-pending");
    pub const CLIENT_PLATFORM_UNSUPPORTED: ClassId = ClassId("client-platform-unsupported");
    pub const TOKEN_REQUEST_REFUSED: ClassId = ClassId("token-request-refused");
    pub const SMTP_TRANSIENT: ClassId = ClassId("smtp-transient");
    pub const SMTP_REJECTED: ClassId = ClassId("smtp-rejected");
    pub const SMTP_THROTTLED: ClassId = ClassId("smtp-throttled");
    pub const MAILBOX_LOGON_FAILED: ClassId = ClassId("mailbox-logon-failed");
    pub const MESSAGE_TOO_LARGE: ClassId = ClassId("message-too-large");
    pub const SMTP_NOT_AUTHENTICATED: ClassId = ClassId("smtp-not-authenticated");
    pub const BASIC_AUTH_RETIRED: ClassId = ClassId("basic-auth-retired");
    pub const MAILBOX_OUTSIDE_RBAC_SCOPE: ClassId = ClassId("mailbox-outside-rbac-scope");
    pub const RBAC_MIXED_PERMISSIONS: ClassId = ClassId("rbac-mixed-permissions");

    /// Every class id, in catalog order.
    pub const ALL: &'static [ClassId] = &[
        ClassId::NETWORK_TIMEOUT,
        ClassId::CONNECTION_REFUSED,
        ClassId::DNS_FAILURE,
        ClassId::PROXY_AUTH_REQUIRED,
        ClassId::PROXY_UNREACHABLE,
        ClassId::INVALID_TENANT,
        ClassId::APP_NOT_FOUND,
        ClassId::INVALID_CLIENT_SECRET,
        ClassId::SECRET_ID_NOT_VALUE,
        ClassId::SECRET_EXPIRED,
        ClassId::SECRET_EXPIRING,
        ClassId::INVALID_SCOPE,
        ClassId::EXCHANGE_RESOURCE_MISSING,
        ClassId::APP_DISABLED,
        ClassId::CONDITIONAL_ACCESS_BLOCKED,
        ClassId::INVALID_CLIENT_ASSERTION,
        ClassId::CLOCK_SKEW,
        ClassId::TOKEN_SERVICE_ERROR,
        ClassId::WRONG_AUDIENCE,
        ClassId::PERMISSION_NOT_GRANTED,
        ClassId::AUTH_REJECTED,
        ClassId::SMTP_AUTH_DISABLED,
        ClassId::SECURITY_DEFAULTS,
        ClassId::SEND_AS_DENIED,
        ClassId::STARTTLS_STRIPPED,
        ClassId::STARTTLS_UNAVAILABLE,
        ClassId::XOAUTH2_UNAVAILABLE,
        ClassId::TLS_VERSION_REJECTED,
        ClassId::UNTRUSTED_CERTIFICATE,
        ClassId::TLS_INTERCEPTED,
        ClassId::HOSTNAME_MISMATCH,
        ClassId::CERTIFICATE_EXPIRED,
        ClassId::TLS_HANDSHAKE_FAILED,
        ClassId::PROTOCOL_ERROR,
        ClassId::SERVICE_PRINCIPAL_MISSING,
        ClassId::SERVICE_PRINCIPAL_WRONG_OBJECT_ID,
        ClassId::MAILBOX_PERMISSION_MISSING,
        ClassId::MAILBOX_NOT_FOUND,
        ClassId::PROPAGATION_PENDING,
        ClassId::CLIENT_PLATFORM_UNSUPPORTED,
        ClassId::TOKEN_REQUEST_REFUSED,
        ClassId::SMTP_TRANSIENT,
        ClassId::SMTP_REJECTED,
        ClassId::SMTP_THROTTLED,
        ClassId::MAILBOX_LOGON_FAILED,
        ClassId::MESSAGE_TOO_LARGE,
        ClassId::SMTP_NOT_AUTHENTICATED,
        ClassId::BASIC_AUTH_RETIRED,
        ClassId::MAILBOX_OUTSIDE_RBAC_SCOPE,
        ClassId::RBAC_MIXED_PERMISSIONS,
    ];

    /// The public string form (`auth-rejected`).
    pub const fn as_str(self) -> &'static str {
        self.0
    }

    /// The id a user typed (`explain auth-rejected`), if it is one.
    pub fn parse(text: &str) -> Option<ClassId> {
        ClassId::ALL.iter().copied().find(|c| c.0 == text)
    }
}

impl std::fmt::Display for ClassId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

impl PartialEq<str> for ClassId {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for ClassId {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl ClassId {
    /// The catalog entry of this class (every id has one: a test checks it).
    pub fn entry(self) -> &'static super::FailureClass {
        super::CATALOG
            .iter()
            .find(|c| c.id == self)
            .unwrap_or(&super::CATALOG[super::CATALOG.len() - 1])
    }
}
