//! Failure-class ids, checked at compile time. Their string forms are a public contract
//! (SPEC.md): `--json`'s `failure_class.id`, the JUnit failure type, `explain ID`; add, never rename.

use serde::Serialize;

/// The id of a failure class. Only the constants below exist: a misspelt id does not compile.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct ClassId(&'static str);

/// Declares the constants and [`ClassId::ALL`] (in catalog order) from one line per class.
macro_rules! class_ids {
    ($($name:ident = $text:literal,)*) => {
        impl ClassId {
            $(pub const $name: ClassId = ClassId($text);)*

            /// Every class id, in catalog order.
            pub const ALL: &'static [ClassId] = &[$(ClassId::$name),*];
        }
    };
}

class_ids! {
    NETWORK_TIMEOUT = "network-timeout",
    CONNECTION_REFUSED = "connection-refused",
    DNS_FAILURE = "dns-failure",
    PROXY_AUTH_REQUIRED = "proxy-auth-required",
    PROXY_UNREACHABLE = "proxy-unreachable",
    INVALID_TENANT = "invalid-tenant",
    APP_NOT_FOUND = "app-not-found",
    INVALID_CLIENT_SECRET = "invalid-client-secret",
    FEDERATED_CREDENTIAL_MISMATCH = "federated-credential-mismatch",
    SECRET_ID_NOT_VALUE = "secret-id-not-value",
    SECRET_EXPIRED = "secret-expired",
    SECRET_EXPIRING = "secret-expiring",
    SECRET_ROTATED = "secret-rotated",
    INVALID_SCOPE = "invalid-scope",
    EXCHANGE_RESOURCE_MISSING = "exchange-resource-missing",
    APP_DISABLED = "app-disabled",
    CONDITIONAL_ACCESS_BLOCKED = "conditional-access-blocked",
    INVALID_CLIENT_ASSERTION = "invalid-client-assertion",
    CLOCK_SKEW = "clock-skew",
    TOKEN_SERVICE_ERROR = "token-service-error",
    WRONG_AUDIENCE = "wrong-audience",
    PERMISSION_NOT_GRANTED = "permission-not-granted",
    AUTH_REJECTED = "auth-rejected",
    SMTP_AUTH_DISABLED = "smtp-auth-disabled",
    SECURITY_DEFAULTS = "security-defaults",
    SEND_AS_DENIED = "send-as-denied",
    STARTTLS_STRIPPED = "starttls-stripped",
    STARTTLS_UNAVAILABLE = "starttls-unavailable",
    XOAUTH2_UNAVAILABLE = "xoauth2-unavailable",
    TLS_VERSION_REJECTED = "tls-version-rejected",
    UNTRUSTED_CERTIFICATE = "untrusted-certificate",
    TLS_INTERCEPTED = "tls-intercepted",
    HOSTNAME_MISMATCH = "hostname-mismatch",
    CERTIFICATE_EXPIRED = "certificate-expired",
    TLS_HANDSHAKE_FAILED = "tls-handshake-failed",
    PROTOCOL_ERROR = "protocol-error",
    SERVICE_PRINCIPAL_MISSING = "service-principal-missing",
    SERVICE_PRINCIPAL_WRONG_OBJECT_ID = "service-principal-wrong-object-id",
    MAILBOX_PERMISSION_MISSING = "mailbox-permission-missing",
    MAILBOX_NOT_FOUND = "mailbox-not-found",
    PROPAGATION_PENDING = "propagation-pending",
    CLIENT_PLATFORM_UNSUPPORTED = "client-platform-unsupported",
    TOKEN_REQUEST_REFUSED = "token-request-refused",
    SMTP_TRANSIENT = "smtp-transient",
    SMTP_REJECTED = "smtp-rejected",
    SMTP_THROTTLED = "smtp-throttled",
    MAILBOX_LOGON_FAILED = "mailbox-logon-failed",
    MESSAGE_TOO_LARGE = "message-too-large",
    SMTP_NOT_AUTHENTICATED = "smtp-not-authenticated",
    BASIC_AUTH_RETIRED = "basic-auth-retired",
    MAILBOX_OUTSIDE_RBAC_SCOPE = "mailbox-outside-rbac-scope",
    RBAC_MIXED_PERMISSIONS = "rbac-mixed-permissions",
    LOGIN_HOST_UNREACHABLE = "login-host-unreachable",
    CREDENTIAL_CHANGE_FAILED = "credential-change-failed",
    TRUSTSTORE_MISSING_CA = "truststore-missing-ca",
    TRUSTSTORE_CA_EXPIRING = "truststore-ca-expiring",
}

impl ClassId {
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
