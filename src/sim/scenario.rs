//! The demo scenarios: `healthy`, and one per failure class the simulated tenant can produce,
//! each named by the class id it produces. A scenario changes the tenant model, injects a fault,
//! or gives the client a wrong value — the way each mistake happens in real life.

use std::time::{Duration, SystemTime};

use super::pki::ChainKind;
use super::tenant::{
    APP_OBJECT_ID, CLIENT_ID, MAILBOX, Mailbox, ManagementScope, RoleAssignment, SECRET_ID, Tenant,
};
use super::{Faults, SmtpFault};

/// What the client is told (the values `demo --serve` exports), where a scenario changes them.
#[derive(Debug, Clone, Default)]
pub struct ClientSide {
    pub tenant: Option<String>,
    pub client_id: Option<String>,
    /// `Some` replaces the app's real secret.
    pub secret: Option<String>,
    /// Authenticate with the client certificate instead of the secret.
    pub use_certificate: bool,
    /// Authenticate with a federated token of the simulated CI issuer for this subject (written
    /// to a file, `SMTP_OAUTH_FEDERATED_TOKEN_FILE`) instead of the secret.
    pub federated_subject: Option<String>,
    pub scope: Option<String>,
    pub mailbox: Option<String>,
    /// A From address other than the mailbox (send-as).
    pub from: Option<String>,
    pub smtp_host: Option<String>,
    pub smtp_port_closed: bool,
    pub proxy: ProxyMode,
    /// Export the admin tokens (Graph, Exchange) so prerequisites can be checked.
    pub admin_tokens: bool,
    pub secret_expires: Option<SystemTime>,
    pub timeout_secs: Option<f64>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ProxyMode {
    #[default]
    None,
    /// A proxy that tunnels without asking for credentials.
    Open,
    /// A proxy that answers 407.
    AuthRequired,
    /// A proxy address where nothing listens.
    Unreachable,
}

/// Everything a scenario may change.
pub struct Setup {
    pub tenant: Tenant,
    pub faults: Faults,
    pub client: ClientSide,
}

pub struct Scenario {
    pub name: &'static str,
    pub summary: &'static str,
    pub apply: fn(&mut Setup),
}

const DAY: Duration = Duration::from_secs(86_400);

/// An address that exists in the tenant but the app has no SendAs on.
pub const OTHER_MAILBOX: &str = "alerts@contoso.onmicrosoft.com";

pub fn add_other_mailbox(t: &mut Tenant) {
    t.mailboxes.push(Mailbox {
        id: "7c1e5a9d-3f7b-4d26-8e40-5b9d3f1a7c02".into(),
        address: OTHER_MAILBOX.into(),
        upn: OTHER_MAILBOX.into(),
        shared: false,
        display_name: "Alerts".into(),
        account_enabled: true,
        licensed: true,
        smtp_auth_disabled: None,
        full_access: Vec::new(),
        send_as: Vec::new(),
    });
}

/// RBAC for Applications as Microsoft's onboarding page sets it up: no API permission, the
/// `Application SMTP.SendAsApp` role assigned to the app with a custom resource scope, no
/// FullAccess. `members` are the mailboxes the scope's group holds.
fn rbac_for_applications(t: &mut Tenant, members: &[&str]) {
    t.app.smtp_role_granted = false;
    t.mailboxes[0].full_access.clear();
    t.management_scopes.push(ManagementScope {
        name: "SMTP senders".into(),
        members: members.iter().map(|m| (*m).to_string()).collect(),
    });
    t.role_assignments.push(RoleAssignment {
        name: "SMTP senders - SMTP.SendAsApp".into(),
        app_id: CLIENT_ID.into(),
        scope: Some("SMTP senders".into()),
        created: SystemTime::now() - DAY * 30,
    });
}

pub static SCENARIOS: &[Scenario] = &[
    Scenario {
        name: "healthy",
        summary: "everything set up right: token, TLS, AUTH and prerequisites pass",
        apply: |_| {},
    },
    Scenario {
        name: "network-timeout",
        summary: "the SMTP server accepts the connection and never greets (a blackholing middlebox)",
        apply: |s| {
            s.faults.smtp = SmtpFault::NeverGreet;
            s.client.timeout_secs = Some(2.0);
        },
    },
    Scenario {
        name: "connection-refused",
        summary: "nothing listens on the SMTP port",
        apply: |s| s.client.smtp_port_closed = true,
    },
    Scenario {
        name: "dns-failure",
        summary: "the SMTP host name does not resolve",
        apply: |s| s.client.smtp_host = Some("smtp.office365.invalid".into()),
    },
    Scenario {
        name: "proxy-auth-required",
        summary: "the HTTPS proxy answers 407 Proxy Authentication Required",
        apply: |s| s.client.proxy = ProxyMode::AuthRequired,
    },
    Scenario {
        name: "proxy-unreachable",
        summary: "the HTTPS proxy cannot be reached",
        apply: |s| s.client.proxy = ProxyMode::Unreachable,
    },
    Scenario {
        name: "invalid-tenant",
        summary: "the tenant id is not a tenant (AADSTS90002)",
        apply: |s| s.client.tenant = Some("0d1f3b5a-7c9e-4b2d-8f60-a2c4e6b8d0f1".into()),
    },
    Scenario {
        name: "app-not-found",
        summary: "the client id is not an app of the tenant (AADSTS700016)",
        apply: |s| s.client.client_id = Some("5e7a9c1b-3d5f-4a8c-b2e4-6f8a0c2e4b61".into()),
    },
    Scenario {
        name: "invalid-client-secret",
        summary: "the client secret is wrong (AADSTS7000215)",
        apply: |s| s.client.secret = Some("Wr08Q~thisIsNotTheSecretOfThisApp.0123456".into()),
    },
    Scenario {
        name: "secret-id-not-value",
        summary: "the secret's ID was pasted instead of its value",
        apply: |s| s.client.secret = Some(SECRET_ID.into()),
    },
    Scenario {
        name: "secret-expired",
        summary: "the client secret has expired (AADSTS7000222)",
        apply: |s| {
            let now = SystemTime::now();
            for secret in &mut s.tenant.app.secrets {
                secret.end = now - DAY * 2;
            }
            s.client.secret_expires = Some(now - DAY * 2);
        },
    },
    Scenario {
        name: "secret-expiring",
        summary: "the client secret expires in 20 days",
        apply: |s| {
            let end = SystemTime::now() + DAY * 20;
            for secret in &mut s.tenant.app.secrets {
                secret.end = end;
            }
            s.client.secret_expires = Some(end);
        },
    },
    Scenario {
        name: "secret-rotated-not-updated",
        summary: "a newer client secret was added in Entra; this client still uses the old one, which expires in 45 days",
        apply: |s| {
            let now = SystemTime::now();
            for secret in &mut s.tenant.app.secrets {
                secret.end = now + DAY * 45;
            }
            s.client.secret_expires = Some(now + DAY * 45);
            s.tenant.app.secrets.push(super::tenant::Secret {
                key_id: "b7d3f1a9-5c2e-4e80-9a6b-3d1f5c7e9b24".into(),
                value: "Nw8Q~rotatedSecretValueNotOnThisClient.0123".into(),
                display_name: "ISE SMTP 2027".into(),
                start: now - DAY * 2,
                end: now + DAY * 730,
            });
        },
    },
    Scenario {
        name: "single-credential-left",
        summary: "the one valid client secret expires in 25 days; the app's other secret expired and is still listed",
        apply: |s| {
            let now = SystemTime::now();
            for secret in &mut s.tenant.app.secrets {
                secret.end = now + DAY * 25;
            }
            s.client.secret_expires = Some(now + DAY * 25);
            // No certificate beside it: the secret is the app's only valid credential.
            s.tenant.app.certificates.clear();
            s.tenant.app.secrets.push(super::tenant::Secret {
                key_id: "e2a4c6b8-0d1f-4a3c-8e5b-7f9a1c3e5d60".into(),
                value: "Qy3Q~expiredSecretStillListedInTheApp.4567".into(),
                display_name: "ISE SMTP 2024".into(),
                start: now - DAY * 800,
                end: now - DAY * 70,
            });
        },
    },
    Scenario {
        name: "federated-credential",
        summary: "a CI job signs in without a stored secret: a GitHub Actions OIDC token the app's federated credential trusts",
        apply: |s| s.client.federated_subject = Some(super::tenant::OIDC_SUBJECT.into()),
    },
    Scenario {
        name: "federated-credential-mismatch",
        summary: "the CI's OIDC token names another subject (an environment) than the app's federated credential (AADSTS700213)",
        apply: |s| {
            s.client.federated_subject =
                Some("repo:contoso/printer-config:environment:production".into());
        },
    },
    Scenario {
        name: "invalid-scope",
        summary: "a permission name is requested as the scope (AADSTS1002012)",
        apply: |s| s.client.scope = Some("https://outlook.office365.com/SMTP.SendAsApp".into()),
    },
    Scenario {
        name: "exchange-resource-missing",
        summary: "the tenant has no Exchange Online service principal (AADSTS500011)",
        apply: |s| s.tenant.exchange_resource_sp = None,
    },
    Scenario {
        name: "app-disabled",
        summary: "the application is disabled (AADSTS7000112)",
        apply: |s| s.tenant.app.enabled = false,
    },
    Scenario {
        name: "conditional-access-blocked",
        summary: "a Conditional Access policy blocks the app (AADSTS53003)",
        apply: |s| s.tenant.app.blocked_by_conditional_access = true,
    },
    Scenario {
        name: "invalid-client-assertion",
        summary: "the client certificate is not registered on the app (AADSTS700027)",
        apply: |s| {
            s.client.use_certificate = true;
            s.tenant.app.certificates.clear();
        },
    },
    Scenario {
        name: "clock-skew",
        summary: "the local clock is 10 minutes off the server's",
        apply: |s| s.faults.clock_offset_secs = 600,
    },
    Scenario {
        name: "token-service-error",
        summary: "the token endpoint answers 503 to every request",
        apply: |s| s.faults.token_unavailable = true,
    },
    Scenario {
        name: "wrong-audience",
        summary: "the token is requested for Microsoft Graph instead of Exchange",
        apply: |s| s.client.scope = Some("https://graph.microsoft.com/.default".into()),
    },
    Scenario {
        name: "permission-not-granted",
        summary: "SMTP.SendAsApp is not granted (no admin consent)",
        apply: |s| {
            s.tenant.app.smtp_role_granted = false;
            s.client.admin_tokens = true;
        },
    },
    Scenario {
        name: "auth-rejected",
        summary: "Exchange answers 535 5.7.3 and there is no admin access to tell why",
        apply: |s| {
            s.tenant.mailboxes[0].full_access.clear();
            s.client.admin_tokens = false;
        },
    },
    Scenario {
        name: "service-principal-missing",
        summary: "New-ServicePrincipal was never run",
        apply: |s| {
            s.tenant
                .exchange_service_principals
                .retain(|sp| sp.app_id != CLIENT_ID);
        },
    },
    Scenario {
        name: "service-principal-wrong-object-id",
        summary: "the service principal was registered with the App-registration object id",
        apply: |s| {
            for sp in &mut s.tenant.exchange_service_principals {
                if sp.app_id == CLIENT_ID {
                    sp.object_id = APP_OBJECT_ID.into();
                }
            }
            s.tenant.mailboxes[0].full_access = vec![APP_OBJECT_ID.into()];
        },
    },
    Scenario {
        name: "mailbox-permission-missing",
        summary: "the service principal has no FullAccess on the mailbox",
        apply: |s| s.tenant.mailboxes[0].full_access.clear(),
    },
    Scenario {
        name: "mailbox-not-found",
        summary: "the configured mailbox does not exist",
        apply: |s| s.client.mailbox = Some("noreply@contoso.onmicrosoft.com".into()),
    },
    Scenario {
        name: "smtp-auth-disabled",
        summary: "SMTP AUTH is off for the organisation and the mailbox inherits it",
        apply: |s| s.tenant.mailboxes[0].smtp_auth_disabled = None,
    },
    Scenario {
        name: "security-defaults",
        summary: "security defaults are on",
        apply: |s| s.tenant.security_defaults = true,
    },
    Scenario {
        name: "propagation-pending",
        summary: "everything was set up seconds ago and has not propagated yet",
        apply: |s| {
            s.tenant.touch();
            s.tenant.propagation_delay = Duration::from_secs(8);
        },
    },
    Scenario {
        name: "send-as-denied",
        summary: "the message is sent from another address without SendAs",
        apply: |s| s.client.from = Some(OTHER_MAILBOX.into()),
    },
    Scenario {
        name: "starttls-stripped",
        summary: "a firewall's ESMTP inspection replaces STARTTLS with XXXXXXXA",
        apply: |s| s.faults.smtp = SmtpFault::StripStartTls,
    },
    Scenario {
        name: "starttls-unavailable",
        summary: "the server offers no STARTTLS (wrong host or port)",
        apply: |s| s.faults.smtp = SmtpFault::NoStartTls,
    },
    Scenario {
        name: "xoauth2-unavailable",
        summary: "after STARTTLS the server offers no XOAUTH2",
        apply: |s| s.faults.smtp = SmtpFault::NoXoauth2,
    },
    Scenario {
        name: "tls-version-rejected",
        summary: "the server refuses the TLS version (421 4.7.66)",
        apply: |s| s.faults.smtp = SmtpFault::TlsVersionRejected,
    },
    Scenario {
        name: "untrusted-certificate",
        summary: "the SMTP chain ends in a root the client does not trust",
        apply: |s| s.faults.smtp_chain = ChainKind::UnknownRoot,
    },
    Scenario {
        name: "tls-intercepted",
        summary: "a TLS inspection proxy re-signs the SMTP chain with a corporate CA",
        apply: |s| s.faults.smtp_chain = ChainKind::Inspection,
    },
    Scenario {
        name: "hostname-mismatch",
        summary: "the SMTP certificate names another host",
        apply: |s| s.faults.smtp_chain = ChainKind::WrongName,
    },
    Scenario {
        name: "certificate-expired",
        summary: "the SMTP certificate has expired",
        apply: |s| s.faults.smtp_chain = ChainKind::Expired,
    },
    Scenario {
        name: "tls-handshake-failed",
        summary: "the server answers the TLS handshake with garbage",
        apply: |s| s.faults.smtp = SmtpFault::BadHandshake,
    },
    Scenario {
        name: "token-request-refused",
        summary: "the token endpoint answers an AADSTS code with no class of its own (AADSTS50194)",
        apply: |s| s.faults.token_unlisted_code = true,
    },
    Scenario {
        name: "smtp-transient",
        summary: "Exchange answers AUTH with 451 4.7.0 Temporary server error (PRX4)",
        // Captured "in response to AUTH" (real-microsoft-shapes.md S10), two spaces included.
        apply: |s| {
            s.faults.smtp = SmtpFault::AuthReply(
                "451 4.7.0 Temporary server error. Please try again later. PRX4  {bracket}",
            );
        },
    },
    Scenario {
        name: "smtp-rejected",
        summary: "Exchange refuses the message with a 5xx no class names (550 5.1.8 bad outbound sender)",
        // A restricted sender: a well-formed rejection the client's catalog has no class for.
        apply: |s| {
            s.faults.smtp = SmtpFault::SubmissionReply(
                "550 5.1.8 Access denied, bad outbound sender. AS(42004) {bracket}",
            );
        },
    },
    Scenario {
        name: "smtp-throttled",
        summary: "Exchange throttles the sender (432 4.3.2 sender thread limit exceeded)",
        // Texts of the submission refusals as captured (real-microsoft-shapes.md S10).
        apply: |s| {
            s.faults.smtp = SmtpFault::SubmissionReply(
                "432 4.3.2 STOREDRV.ClientSubmit; sender thread limit exceeded [Hostname={host}]",
            );
        },
    },
    Scenario {
        name: "mailbox-logon-failed",
        summary: "AUTH works but Exchange cannot open the mailbox to submit (430 4.2.0 STOREDRV)",
        apply: |s| {
            s.faults.smtp = SmtpFault::SubmissionReply(
                "430 4.2.0 STOREDRV; mailbox logon failure; STOREDRV.Submission.Exception:ConnectionFailedTransientException.MapiExceptionLogonFailed; Failed to process message due to a transient exception with message [BeginDiagnosticData]Cannot open mailbox. Server = {host} {bracket}",
            );
        },
    },
    Scenario {
        name: "message-too-large",
        summary: "Exchange refuses the message as too large (552 5.3.4)",
        apply: |s| s.faults.smtp = SmtpFault::MessageTooLarge,
    },
    Scenario {
        name: "send-quota-exceeded",
        summary: "Exchange refuses the message: the submission quota is used up (554 5.2.0 …QuotaExceeded)",
        apply: |s| {
            s.faults.smtp = SmtpFault::SubmissionReply(
                "554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Message submission quota exceeded. {bracket}",
            );
        },
    },
    Scenario {
        name: "no-full-access-secret-expiring",
        summary: "no FullAccess on the mailbox, and the secret expires in 20 days: the 535 is the FullAccess",
        apply: |s| {
            let end = SystemTime::now() + DAY * 20;
            for secret in &mut s.tenant.app.secrets {
                secret.end = end;
            }
            s.client.secret_expires = Some(end);
            s.tenant.mailboxes[0].full_access.clear();
        },
    },
    Scenario {
        name: "mailbox-address-not-upn",
        summary: "healthy; the mailbox's SMTP address is not its UPN (common for service mailboxes)",
        apply: |s| s.tenant.mailboxes[0].upn = "svc-noreply@contoso.onmicrosoft.com".into(),
    },
    Scenario {
        name: "shared-mailbox",
        summary: "healthy; the mailbox is shared: sign-in blocked, no licence (Microsoft's no-reply setup)",
        apply: |s| {
            let m = &mut s.tenant.mailboxes[0];
            m.shared = true;
            m.account_enabled = false;
            m.licensed = false;
        },
    },
    Scenario {
        name: "rbac-for-applications",
        summary: "healthy; SMTP scoped with RBAC for Applications (no API permission, no roles in the token, no FullAccess)",
        apply: |s| rbac_for_applications(&mut s.tenant, &[MAILBOX]),
    },
    Scenario {
        name: "mailbox-outside-rbac-scope",
        summary: "RBAC for Applications, but the mailbox is not in the role assignment's scope",
        apply: |s| rbac_for_applications(&mut s.tenant, &[OTHER_MAILBOX]),
    },
    Scenario {
        name: "rbac-mixed-permissions",
        summary: "a role assignment and the SMTP.SendAsApp API permission: Exchange demands FullAccess again, which is missing",
        apply: |s| {
            rbac_for_applications(&mut s.tenant, &[MAILBOX]);
            s.tenant.app.smtp_role_granted = true;
        },
    },
    Scenario {
        name: "enterprise-app-missing",
        summary: "the app registration has no Enterprise application in the tenant (AADSTS7000229)",
        apply: |s| s.tenant.app.has_enterprise_app = false,
    },
    Scenario {
        name: "other-cloud-tenant",
        summary: "the tenant is in GCC High, asked on the global login host (AADSTS900382)",
        apply: |s| s.tenant.other_cloud = true,
    },
    Scenario {
        name: "protocol-error",
        summary: "something that is not SMTP answers on the port",
        apply: |s| s.faults.smtp = SmtpFault::Garbage,
    },
];

impl Scenario {
    /// The failure class the scenario shows: its name, except for the scenarios named for a
    /// misdiagnosis or a second way into a class.
    pub fn yields(&self) -> &'static str {
        match self.name {
            "enterprise-app-missing" => "app-not-found",
            "other-cloud-tenant" => "invalid-tenant",
            "send-quota-exceeded" => "smtp-throttled",
            "no-full-access-secret-expiring" => "mailbox-permission-missing",
            "secret-rotated-not-updated" => "secret-rotated",
            "single-credential-left" => "secret-expiring",
            "mailbox-address-not-upn"
            | "shared-mailbox"
            | "rbac-for-applications"
            | "federated-credential" => "healthy",
            name => name,
        }
    }
}

pub fn find(name: &str) -> Option<&'static Scenario> {
    SCENARIOS.iter().find(|s| s.name == name)
}

/// The healthy setup every scenario starts from.
pub fn healthy_setup(secret: String) -> Setup {
    let mut tenant = Tenant::healthy(secret);
    add_other_mailbox(&mut tenant);
    Setup {
        tenant,
        faults: Faults::default(),
        client: ClientSide {
            admin_tokens: true,
            ..ClientSide::default()
        },
    }
}
