//! The checks and the diagnosis that runs them: what each check needs and produces, the order
//! they run in (the token request concurrently with DNS/TCP/STARTTLS/TLS, then AUTH, then the
//! message), skips with reasons when an input failed, and the conversion into a report.
//!
//! Network layers (`oauth`, `smtp`) produce [`Step`]s; this module decides nothing about printing.

pub mod diagnose;

use std::time::Duration;

use serde_json::{Map, Value};

use crate::failures::{ClassId, Vars};
pub use crate::report::Status;
use crate::report::{Check, ClassView};

/// The outcome of one check, before the user's values are filled into its failure class.
#[derive(Debug, Clone)]
pub struct Step {
    pub id: &'static str,
    pub title: String,
    pub status: Status,
    pub duration: Option<Duration>,
    pub summary: String,
    pub evidence: Map<String, Value>,
    pub class: Option<ClassId>,
}

impl Step {
    pub fn pass(
        id: &'static str,
        title: &str,
        duration: Option<Duration>,
        summary: String,
        evidence: Map<String, Value>,
    ) -> Step {
        Step {
            id,
            title: title.to_string(),
            status: Status::Pass,
            duration,
            summary,
            evidence,
            class: None,
        }
    }

    pub fn fail(
        id: &'static str,
        title: &str,
        duration: Duration,
        class: ClassId,
        summary: String,
        evidence: Map<String, Value>,
    ) -> Step {
        Step {
            id,
            title: title.to_string(),
            status: Status::Fail,
            duration: Some(duration),
            summary,
            evidence,
            class: Some(class),
        }
    }

    pub fn warn(
        id: &'static str,
        title: &str,
        duration: Duration,
        class: ClassId,
        summary: String,
        evidence: Map<String, Value>,
    ) -> Step {
        Step {
            status: Status::Warn,
            ..Step::fail(id, title, duration, class, summary, evidence)
        }
    }

    pub fn skip(id: &'static str, title: &str, reason: String) -> Step {
        Step {
            id,
            title: title.to_string(),
            status: Status::Skip,
            duration: None,
            summary: reason,
            evidence: Map::new(),
            class: None,
        }
    }

    pub fn into_check(self, vars: &Vars) -> Check {
        let mut check = Check::new(self.id, self.title, self.status);
        check.duration_ms = self
            .duration
            .map(|d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX));
        check.summary = (!self.summary.is_empty()).then_some(self.summary);
        check.evidence = self.evidence;
        check.failure_class = self
            .class
            .map(ClassId::entry)
            .map(|c| ClassView::new(c, vars));
        check
    }
}

/// Every check of a diagnosis, in report order, with its title.
pub const CHECKS: &[(&str, &str, &str)] = &[
    (
        "secret.expiry",
        "Client secret expiry",
        "the secret's expiry date (--secret-expires) against today: warns 60 days ahead",
    ),
    (
        "tenant",
        "Tenant",
        "a tenant domain resolves to its tenant id through OpenID discovery",
    ),
    (
        "token",
        "Token request",
        "a client-credentials token from Entra ID with the secret or certificate",
    ),
    (
        "token.claims",
        "Token claims",
        "audience, SMTP.SendAsApp role, tenant, expiry and clock of the token (decoded, not trusted)",
    ),
    (
        "dns",
        "DNS",
        "the SMTP host resolves (skipped for an IP address)",
    ),
    (
        "tcp",
        "TCP connection",
        "a TCP connection to the SMTP host and port",
    ),
    (
        "smtp.greeting",
        "SMTP greeting",
        "the server's 220 greeting",
    ),
    ("smtp.ehlo", "EHLO", "the EHLO capability list before TLS"),
    (
        "smtp.starttls",
        "STARTTLS",
        "STARTTLS offered and accepted (220 2.0.0)",
    ),
    (
        "tls.chain",
        "TLS handshake",
        "TLS 1.2+ and the certificate chain verified against the trust store",
    ),
    (
        "smtp.xoauth2",
        "XOAUTH2 offered",
        "AUTH XOAUTH2 in the EHLO list after STARTTLS",
    ),
    (
        "smtp.auth",
        "SMTP AUTH XOAUTH2",
        "Exchange accepts the token for the mailbox (235 2.7.0)",
    ),
    (
        "prereq.enterprise_app",
        "Enterprise application",
        "the app's service principal exists; its object id next to the App registration's",
    ),
    (
        "prereq.permission",
        "SMTP.SendAsApp granted",
        "the application permission with admin consent, or the RBAC-for-Applications path",
    ),
    (
        "prereq.credentials",
        "App credentials",
        "expiry of the secret in use (or the certificate) as the app registration records it",
    ),
    (
        "prereq.exchange_sp",
        "Exchange service principal",
        "New-ServicePrincipal was run, with the Enterprise app's object id",
    ),
    (
        "prereq.mailbox",
        "Mailbox",
        "the mailbox exists, is enabled and licensed",
    ),
    (
        "prereq.mailbox_permission",
        "FullAccess on the mailbox",
        "Add-MailboxPermission … -AccessRights FullAccess for the service principal",
    ),
    (
        "prereq.send_as",
        "SendAs for the From address",
        "Add-RecipientPermission … -AccessRights SendAs, when From is not the mailbox",
    ),
    (
        "prereq.smtp_auth",
        "SMTP AUTH enabled",
        "the effective SmtpClientAuthenticationDisabled of the mailbox and the organisation",
    ),
    (
        "prereq.propagation",
        "Changes propagated",
        "no prerequisite changed within the last hour",
    ),
    (
        "smtp.send",
        "Send a test message",
        "MAIL, RCPT, DATA and the queue reply (only with --to)",
    ),
];

pub fn title_of(id: &str) -> &'static str {
    CHECKS
        .iter()
        .find(|(i, _, _)| *i == id)
        .map_or("", |(_, t, _)| t)
}
