//! The checks and the diagnosis that runs them: what each check needs and produces, the order
//! they run in (the token request concurrently with DNS/TCP/STARTTLS/TLS, then AUTH, then the
//! message), skips with reasons when an input failed, and the conversion into a report.
//!
//! The network layers (`smtp`, `oauth`, `admin`, `tls`, `net`) return facts; the modules here
//! turn them into checks (words, evidence, class): `smtp`, `token`, `claims`, `prereqs`. Nothing
//! here prints.

pub mod access;
pub mod claims;
pub mod diagnose;
pub mod prereqs;
pub mod smtp;
pub mod token;
pub mod truststore;

use std::time::Duration;

use serde_json::{Map, Value};

use crate::failures::{ClassId, Vars};
pub use crate::report::Status;
use crate::report::{Check, ClassView};

/// A check's evidence from key–value pairs.
pub fn evidence(pairs: &[(&str, Value)]) -> Map<String, Value> {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_string(), v.clone()))
        .collect()
}

/// The outcome of one check, before the user's values are filled into its failure class.
#[derive(Debug, Clone)]
pub struct Step {
    pub id: CheckId,
    pub title: String,
    pub status: Status,
    pub duration: Option<Duration>,
    pub summary: String,
    pub evidence: Map<String, Value>,
    pub class: Option<ClassId>,
    /// Placeholder values that differ for this check (the `certs` target of a login-host TLS
    /// failure is `login`, not `smtp`).
    pub vars: Vec<(&'static str, String)>,
    /// The summary as a message, for the human output in the user's language.
    pub words: Option<crate::i18n::Words>,
    /// The `narrowed` evidence as a message (the cause another check found for a 535).
    pub narrowed: Option<crate::i18n::Words>,
}

impl Step {
    pub fn pass(
        id: CheckId,
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
            vars: Vec::new(),
            words: None,
            narrowed: None,
        }
    }

    pub fn fail(
        id: CheckId,
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
            vars: Vec::new(),
            words: None,
            narrowed: None,
        }
    }

    pub fn warn(
        id: CheckId,
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

    /// A warning with no failure class: something was seen that is not right, or not known to
    /// be, but no known cause fits it (a class would name one nobody saw).
    pub fn warn_unclassified(
        id: CheckId,
        title: &str,
        duration: Duration,
        summary: String,
        evidence: Map<String, Value>,
    ) -> Step {
        Step {
            status: Status::Warn,
            ..Step::pass(id, title, Some(duration), summary, evidence)
        }
    }

    pub fn skip(id: CheckId, title: &str, reason: String) -> Step {
        Step {
            id,
            title: title.to_string(),
            status: Status::Skip,
            duration: None,
            summary: reason,
            evidence: Map::new(),
            class: None,
            vars: Vec::new(),
            words: None,
            narrowed: None,
        }
    }

    /// A passing check whose summary is `words`: the English message is the summary the JSON
    /// keeps, the human output says it in the user's language.
    pub fn pass_said(
        id: CheckId,
        title: &str,
        duration: Option<Duration>,
        words: crate::i18n::Words,
        evidence: Map<String, Value>,
    ) -> Step {
        let summary = words.in_lang(crate::i18n::Lang::En).unwrap_or_default();
        Step::pass(id, title, duration, summary, evidence).words(words)
    }

    /// With its summary as a message (the English message is the summary, word for word).
    #[must_use]
    pub fn words(mut self, words: crate::i18n::Words) -> Step {
        self.words = Some(words);
        self
    }

    /// With its summary made from a message: the English words are the summary (the JSON's),
    /// the words the human output's in the user's language.
    #[must_use]
    pub fn said(mut self, words: crate::i18n::Words) -> Step {
        self.set_said(words);
        self
    }

    /// Replaces the summary with a message's words (see [`Step::said`]).
    pub fn set_said(&mut self, words: crate::i18n::Words) {
        if let Some(english) = words.in_lang(crate::i18n::Lang::En) {
            self.summary = english;
        }
        self.words = Some(words);
    }

    /// This step's summary as a value of other words: its message when it has one, else its
    /// text as it is (Microsoft's reply, say).
    pub fn summary_said(&self) -> crate::i18n::Words {
        self.words.clone().unwrap_or_else(|| {
            crate::i18n::Words::new("verbatim").text("text", self.summary.clone())
        })
    }

    /// With a placeholder value of its own for the fix texts.
    #[must_use]
    pub fn with_var(mut self, key: &'static str, value: impl Into<String>) -> Step {
        self.vars.push((key, value.into()));
        self
    }

    pub fn into_check(self, vars: &Vars) -> Check {
        let mut check = Check::new(self.id.as_str(), self.title, self.status);
        check.duration_ms = self
            .duration
            .map(|d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX));
        check.summary = (!self.summary.is_empty()).then_some(self.summary);
        check.words = self.words;
        check.narrowed = self.narrowed;
        check.evidence = self.evidence;
        let mut own;
        let vars = if self.vars.is_empty() {
            vars
        } else {
            own = vars.clone();
            for (k, v) in self.vars {
                own.set(k, v);
            }
            &own
        };
        check.failure_class = self
            .class
            .map(ClassId::entry)
            .map(|c| ClassView::new(c, vars));
        check
    }
}

/// The id of a check (`smtp.auth`). Only the constants below exist: a misspelt id does not
/// compile. The string forms are a public contract (SPEC.md): add, never rename.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CheckId(&'static str);

/// Declares every check once: its constant, id, title and what it looks at, in report order.
macro_rules! checks {
    ($($name:ident = $id:literal, $title:literal, $what:literal;)*) => {
        impl CheckId {
            $(pub const $name: CheckId = CheckId($id);)*
        }
        /// Every check of a diagnosis, in report order: id, title, what it looks at.
        pub const CHECKS: &[(CheckId, &str, &str)] = &[$((CheckId::$name, $title, $what)),*];
    };
}

checks! {
    SECRET_EXPIRY = "secret.expiry", "Client secret expiry",
        "the secret's expiry date (--secret-expires) against today: warns 60 days ahead";
    TENANT = "tenant", "Tenant",
        "a tenant domain resolves to its tenant id through OpenID discovery";
    TOKEN = "token", "Token request",
        "a client-credentials token from Entra ID with the secret or certificate";
    TOKEN_CLAIMS = "token.claims", "Token claims",
        "audience, SMTP.SendAsApp role, tenant, expiry and clock of the token (decoded, not trusted)";
    DNS = "dns", "DNS",
        "the SMTP host resolves (skipped for an IP address)";
    TCP = "tcp", "TCP connection",
        "a TCP connection to the SMTP host and port";
    SMTP_GREETING = "smtp.greeting", "SMTP greeting",
        "the server's 220 greeting";
    SMTP_EHLO = "smtp.ehlo", "EHLO",
        "the EHLO capability list before TLS";
    SMTP_STARTTLS = "smtp.starttls", "STARTTLS",
        "STARTTLS offered and accepted (220 2.0.0)";
    TLS_CHAIN = "tls.chain", "TLS handshake",
        "TLS 1.2+ and the certificate chain verified against the trust store";
    SMTP_XOAUTH2 = "smtp.xoauth2", "XOAUTH2 offered",
        "AUTH XOAUTH2 in the EHLO list after STARTTLS";
    SMTP_AUTH = "smtp.auth", "SMTP AUTH XOAUTH2",
        "Exchange accepts the token for the mailbox (235 2.7.0)";
    PREREQ_ENTERPRISE_APP = "prereq.enterprise_app", "Enterprise application",
        "the app's service principal exists; its object id next to the App registration's";
    PREREQ_PERMISSION = "prereq.permission", "SMTP.SendAsApp granted",
        "the application permission with admin consent, or the RBAC-for-Applications path";
    PREREQ_CREDENTIALS = "prereq.credentials", "App credentials",
        "expiry of the secret in use (or the certificate) as the app registration records it";
    PREREQ_EXCHANGE_SP = "prereq.exchange_sp", "Exchange service principal",
        "New-ServicePrincipal was run, with the Enterprise app's object id";
    PREREQ_MAILBOX = "prereq.mailbox", "Mailbox",
        "the mailbox exists, is enabled and licensed";
    PREREQ_MAILBOX_PERMISSION = "prereq.mailbox_permission", "FullAccess on the mailbox",
        "Add-MailboxPermission … -AccessRights FullAccess for the service principal";
    PREREQ_SEND_AS = "prereq.send_as", "SendAs for the From address",
        "Add-RecipientPermission … -AccessRights SendAs, when From is not the mailbox";
    PREREQ_SMTP_AUTH = "prereq.smtp_auth", "SMTP AUTH enabled",
        "the effective SmtpClientAuthenticationDisabled of the mailbox and the organisation";
    PREREQ_PROPAGATION = "prereq.propagation", "Changes propagated",
        "no prerequisite changed within the last hour";
    SMTP_SEND = "smtp.send", "Send a test message",
        "MAIL, RCPT, DATA and the queue reply (only with --to)";
    TRUSTSTORE = "truststore", "Client trust store",
        "the client's own trust store (--truststore) anchors the chain the SMTP server presented";
}

impl CheckId {
    /// `token --inspect`'s own checks (not part of a diagnosis).
    pub const INSPECT_FORMAT: CheckId = CheckId("inspect.format");
    pub const INSPECT_USER: CheckId = CheckId("inspect.user");
    /// `secret rotate` / `cert rotate`: the new credential added through Graph.
    pub const ROTATE_ADD: CheckId = CheckId("rotate.add");
    /// ... stored where the profile keeps it.
    pub const ROTATE_STORE: CheckId = CheckId("rotate.store");
    /// ... the old credential removed.
    pub const ROTATE_REMOVE: CheckId = CheckId("rotate.remove_old");

    /// The public string form (`smtp.auth`).
    pub const fn as_str(self) -> &'static str {
        self.0
    }

    /// The check a user named (`--only smtp.auth`), if it is one.
    pub fn parse(text: &str) -> Option<CheckId> {
        CHECKS.iter().map(|(id, _, _)| *id).find(|id| id.0 == text)
    }

    /// The check's title.
    pub fn title(self) -> &'static str {
        CHECKS
            .iter()
            .find(|(id, _, _)| *id == self)
            .map_or("", |(_, t, _)| t)
    }
}

impl std::fmt::Display for CheckId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

impl serde::Serialize for CheckId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.0)
    }
}

impl PartialEq<&str> for CheckId {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

pub fn title_of(id: CheckId) -> &'static str {
    id.title()
}
