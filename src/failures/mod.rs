//! The failure-class catalog and the classifiers that map protocol facts onto it.
//!
//! [`CATALOG`] is the one data source: `explain`, every report's `failure_class`, and
//! `docs/failure-classes.md` are produced from it. Classification keys on protocol facts (the
//! token error's `error` + `error_codes[0]`, the SMTP reply code + enhanced status code, the TLS
//! error kind), never on free text alone. Fix steps are templates filled with the user's values.

mod catalog;
pub mod classify;
mod ids;
pub mod logscan;

use std::collections::BTreeMap;
use std::fmt::Write as _;

pub use catalog::CATALOG;
pub use ids::ClassId;

/// How bad a class is when it is seen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    Fail,
    Warn,
}

/// Where in the path from client to mailbox the class lives; groups the list and the docs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Area {
    Network,
    Tls,
    Token,
    Claims,
    Smtp,
    Exchange,
    Client,
}

impl Area {
    pub fn title(self) -> &'static str {
        match self {
            Area::Network => "Network and proxy",
            Area::Tls => "TLS and certificates",
            Area::Token => "Token endpoint (Entra ID)",
            Area::Claims => "Token contents",
            Area::Smtp => "SMTP session",
            Area::Exchange => "Exchange prerequisites",
            Area::Client => "Client platform",
        }
    }
}

/// A protocol fact a class is recognised by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    /// A token-endpoint error: `error_codes[0]`, and the `error` value where it matters.
    Aadsts {
        code: u32,
        error: Option<&'static str>,
    },
    /// An SMTP reply: basic code, enhanced status code, and a discriminating phrase where one
    /// enhanced code covers several classes (Exchange's 5.7.139 variants).
    Smtp {
        code: u16,
        enhanced: Option<&'static str>,
        phrase: Option<&'static str>,
    },
    /// An HTTP status from a named party (proxy, token endpoint).
    Http { status: u16, from: &'static str },
    /// A condition our own checks establish (a timeout, a claim, a prerequisite); prose.
    Observed(&'static str),
    /// A standard OAuth 2.0 `error` (RFC 6749 §5.2) without an AADSTS code, as a server other
    /// than Entra ID (or a proxy in its place) answers; `phrase` narrows it by its description.
    OAuthError {
        error: &'static str,
        phrase: Option<&'static str>,
    },
    /// A client's own text in its log (ISE guest.log, javax.mail, Python, Node), lowercase, for
    /// `explain --log`.
    LogText(&'static str),
}

impl Key {
    pub fn describe(&self) -> String {
        match self {
            Key::Aadsts {
                code,
                error: Some(e),
            } => format!("token error `{e}` with AADSTS{code}"),
            Key::Aadsts { code, error: None } => format!("token error AADSTS{code}"),
            Key::Smtp {
                code,
                enhanced,
                phrase,
            } => {
                let mut s = format!("SMTP reply {code}");
                if let Some(e) = enhanced {
                    let _ = write!(s, " {e}");
                }
                if let Some(p) = phrase {
                    let _ = write!(s, " “…{p}…”");
                }
                s
            }
            Key::Http { status, from } => format!("HTTP {status} from the {from}"),
            Key::Observed(what) => (*what).to_string(),
            Key::OAuthError {
                error,
                phrase: None,
            } => format!("OAuth error `{error}` without an AADSTS code"),
            Key::OAuthError {
                error,
                phrase: Some(p),
            } => format!("OAuth error `{error}` “…{p}…” without an AADSTS code"),
            Key::LogText(text) => format!("a client log line containing “{text}”"),
        }
    }
}

/// The value a class most likely means is wrong: where `setup` goes back to after a failed test.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Suspect {
    Tenant,
    ClientId,
    Credential,
    Mailbox,
    /// The SMTP host or port.
    Server,
}

/// One failure class. Texts may use `{placeholders}` (see [`Vars`]).
#[derive(Debug)]
pub struct FailureClass {
    pub id: ClassId,
    pub title: &'static str,
    pub area: Area,
    pub severity: Severity,
    /// When the class applies, in one or two sentences.
    pub when: &'static str,
    /// What it is recognised by.
    pub keys: &'static [Key],
    /// Likely causes, most likely first.
    pub causes: &'static [&'static str],
    /// The fix, step by step, with placeholders for the user's values.
    pub fix: &'static [&'static str],
    /// Further reading (Microsoft's documentation).
    pub docs: &'static [&'static str],
    /// The value most likely wrong when this class is seen, if one is.
    pub suspect: Option<Suspect>,
}

/// Looks a class up by id.
pub fn by_id(id: &str) -> Option<&'static FailureClass> {
    CATALOG.iter().find(|c| c.id == *id)
}

/// The class of a token-endpoint error, from `error` and `error_codes[0]`.
pub fn classify_token_error(error: &str, code: Option<u32>) -> Option<&'static FailureClass> {
    let code = code?;
    CATALOG.iter().find(|c| {
        c.keys.iter().any(|k| match k {
            Key::Aadsts {
                code: kc,
                error: ke,
            } => *kc == code && ke.is_none_or(|e| e == error),
            _ => false,
        })
    })
}

/// The class of a standard OAuth error without an AADSTS code: the catalog's `OAuthError` keys,
/// those with a phrase (found in `description`) first.
pub fn classify_oauth_error(error: &str, description: &str) -> Option<&'static FailureClass> {
    let description = description.to_ascii_lowercase();
    let find = |with_phrase: bool| {
        CATALOG.iter().find(|c| {
            c.keys.iter().any(|k| match k {
                Key::OAuthError { error: e, phrase } => {
                    *e == error
                        && phrase.is_some() == with_phrase
                        && phrase.is_none_or(|p| description.contains(p))
                }
                _ => false,
            })
        })
    };
    find(true).or_else(|| find(false))
}

/// The class a client's log line names by the client's own words (`lower` is lowercase).
pub fn classify_log_text(lower: &str) -> Option<&'static FailureClass> {
    CATALOG.iter().find(|c| {
        c.keys
            .iter()
            .any(|k| matches!(k, Key::LogText(t) if lower.contains(t)))
    })
}

/// The class of an SMTP reply, from its code, enhanced status code and (for the variants that
/// share one enhanced code) its text. A reply with no specific class returns `None`.
pub fn classify_smtp_reply(
    code: u16,
    enhanced: Option<&str>,
    text: &str,
) -> Option<&'static FailureClass> {
    let text = text.to_ascii_lowercase();
    let matches = |k: &Key| match k {
        Key::Smtp {
            code: kc,
            enhanced: ke,
            phrase,
        } => {
            *kc == code
                && ke.is_none_or(|e| Some(e) == enhanced)
                && phrase.is_none_or(|p| text.contains(&p.to_ascii_lowercase()))
        }
        _ => false,
    };
    // A key with a phrase is more specific than one without: try those first.
    let specific = CATALOG.iter().find(|c| {
        c.keys.iter().any(|k| {
            matches!(
                k,
                Key::Smtp {
                    phrase: Some(_),
                    ..
                }
            ) && matches(k)
        })
    });
    specific.or_else(|| CATALOG.iter().find(|c| c.keys.iter().any(&matches)))
}

/// Finds classes by what a user may type: an id, `AADSTS7000215`, `7000215`, `5.7.139`, `535`.
pub fn lookup(query: &str) -> Vec<&'static FailureClass> {
    let q = query.trim().to_ascii_lowercase();
    if let Some(c) = by_id(&q) {
        return vec![c];
    }
    let digits = q.strip_prefix("aadsts").unwrap_or(&q);
    if let Ok(code) = digits.parse::<u32>() {
        let by_aadsts: Vec<_> = CATALOG
            .iter()
            .filter(|c| {
                c.keys
                    .iter()
                    .any(|k| matches!(k, Key::Aadsts { code: kc, .. } if *kc == code))
            })
            .collect();
        if !by_aadsts.is_empty() {
            return by_aadsts;
        }
        return CATALOG
            .iter()
            .filter(|c| {
                c.keys
                    .iter()
                    .any(|k| matches!(k, Key::Smtp { code: kc, .. } if u32::from(*kc) == code))
            })
            .collect();
    }
    CATALOG
        .iter()
        .filter(|c| {
            c.keys
                .iter()
                .any(|k| matches!(k, Key::Smtp { enhanced: Some(e), .. } if *e == q))
        })
        .collect()
}

/// Ids that are close to `query`, for "did you mean".
pub fn suggest(query: &str) -> Vec<&'static str> {
    let q = query.trim().to_ascii_lowercase();
    let mut scored: Vec<(usize, &'static str)> = CATALOG
        .iter()
        .map(|c| (edit_distance(&q, c.id.as_str()), c.id.as_str()))
        .filter(|(d, id)| *d <= 3 || (q.len() >= 4 && id.contains(q.as_str())))
        .collect();
    scored.sort_unstable();
    scored.into_iter().take(3).map(|(_, id)| id).collect()
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur.push((prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

/// The user's values for the fix templates. A missing value shows as `<placeholder>`.
#[derive(Debug, Default, Clone)]
pub struct Vars(BTreeMap<&'static str, String>);

/// Every placeholder a template may use, with the text shown when the value is unknown.
pub const PLACEHOLDERS: &[(&str, &str)] = &[
    ("tenant", "<tenant-id>"),
    ("client_id", "<client-id>"),
    ("mailbox", "<mailbox>"),
    ("object_id", "<enterprise-app-object-id>"),
    ("from", "<from-address>"),
    ("smtp_host", "smtp.office365.com"),
    ("smtp_port", "587"),
    (
        "token_endpoint",
        "https://login.microsoftonline.com/<tenant-id>/oauth2/v2.0/token",
    ),
    ("scope", "https://outlook.office365.com/.default"),
    ("default_scope", "https://outlook.office365.com/.default"),
    ("default_smtp_host", "smtp.office365.com"),
    ("cert_name", "<a name the certificate covers>"),
    ("proxy_host", "<proxy-host:port>"),
    ("login_host", "login.microsoftonline.com"),
    ("secret_expires", "<expiry-date>"),
    ("proxy", "<proxy>"),
    ("timeout", "20"),
    ("certs_target", "smtp"),
];

impl Vars {
    pub fn set(&mut self, key: &'static str, value: impl Into<String>) -> &mut Self {
        debug_assert!(
            PLACEHOLDERS.iter().any(|(k, _)| *k == key),
            "unknown placeholder {key}"
        );
        self.0.insert(key, value.into());
        self
    }

    /// Fills `{name}` placeholders; unknown names are left as written.
    pub fn fill(&self, template: &str) -> String {
        let mut out = String::with_capacity(template.len());
        let mut rest = template;
        while let Some(start) = rest.find('{') {
            out.push_str(&rest[..start]);
            let after = &rest[start + 1..];
            match after.find('}') {
                Some(end)
                    if after[..end]
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c == '_')
                        && end > 0 =>
                {
                    let name = &after[..end];
                    match (
                        self.0.get(name),
                        PLACEHOLDERS.iter().find(|(k, _)| *k == name),
                    ) {
                        (Some(v), _) => out.push_str(v),
                        (None, Some((_, shown))) => out.push_str(shown),
                        (None, None) => out.push_str(&rest[start..start + end + 2]),
                    }
                    rest = &after[end + 1..];
                }
                _ => {
                    out.push('{');
                    rest = after;
                }
            }
        }
        out.push_str(rest);
        out
    }
}

/// `docs/failure-classes.md`, generated from the catalog (a test fails when the file is stale).
pub fn reference_markdown() -> String {
    reference_markdown_in(crate::i18n::Lang::En)
}

/// `docs/failure-classes.LANG.md` (and, in English, `docs/failure-classes.md`): the reference
/// in a language. A class whose texts are not translated yet keeps them in English; its title
/// and area are always translated.
pub fn reference_markdown_in(lang: crate::i18n::Lang) -> String {
    use crate::i18n::{area_title_in, class_templates, learn_url_in, message_in};
    let say = |id: &str| message_in(lang, id, &[]).unwrap_or_else(|| id.to_string());
    let title = |c: &FailureClass| {
        message_in(lang, &format!("class-{}", c.id.as_str()), &[]).unwrap_or_else(|| c.title.into())
    };
    let mut out = format!(
        "# {}

<!-- {} -->

{}

",
        say("doc-title"),
        say("doc-generated"),
        say("doc-intro")
    );
    let mut classes: Vec<&FailureClass> = CATALOG.iter().collect();
    classes.sort_by_key(|c| c.area);
    let vars = Vars::default();
    let mut area = None;
    for c in &classes {
        if area != Some(c.area) {
            area = Some(c.area);
            let _ = writeln!(out, "- **{}**", area_title_in(lang, c.area.title()));
        }
        let _ = writeln!(out, "  - [`{}`](#{}) — {}", c.id, c.id, title(c));
    }
    for c in classes {
        let warn = if c.severity == Severity::Warn {
            format!(" {}", say("report-warning-suffix"))
        } else {
            String::new()
        };
        let _ = writeln!(out, "\n## {}\n\n**{}**{warn}\n", c.id, title(c));
        let translated = class_templates(lang, c.id.as_str(), c.causes.len(), c.fix.len());
        let (when, causes, fix) = translated.unwrap_or_else(|| {
            (
                c.when.to_string(),
                c.causes.iter().map(|s| (*s).to_string()).collect(),
                c.fix.iter().map(|s| (*s).to_string()).collect(),
            )
        });
        let _ = writeln!(out, "{}\n", vars.fill(&when));
        let _ = writeln!(out, "{}\n", say("explain-recognised-by"));
        for k in c.keys {
            let _ = writeln!(out, "- {}", k.describe());
        }
        let _ = writeln!(out, "\n{}\n", say("explain-causes"));
        for (i, cause) in causes.iter().enumerate() {
            let _ = writeln!(out, "{}. {}", i + 1, vars.fill(cause));
        }
        let _ = writeln!(out, "\n{}\n", say("explain-fix"));
        for f in &fix {
            let _ = writeln!(out, "- {}", vars.fill(f));
        }
        if !c.docs.is_empty() {
            let links: Vec<String> = c
                .docs
                .iter()
                .map(|d| format!("<{}>", learn_url_in(lang, d)))
                .collect();
            let _ = writeln!(out, "\n{} {}", say("explain-see"), links.join(", "));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_kebab_case() {
        let mut ids: Vec<_> = CATALOG.iter().map(|c| c.id).collect();
        ids.sort_unstable();
        let before = ids.len();
        ids.dedup();
        assert_eq!(before, ids.len());
        assert!(ids.iter().all(|id| {
            id.as_str()
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        }));
    }

    #[test]
    fn every_class_id_has_exactly_one_catalog_entry_and_back() {
        let listed: Vec<ClassId> = CATALOG.iter().map(|c| c.id).collect();
        assert_eq!(
            listed,
            ClassId::ALL,
            "ClassId::ALL follows the catalog, entry for entry"
        );
        for id in ClassId::ALL {
            assert_eq!(id.entry().id, *id);
            assert_eq!(ClassId::parse(id.as_str()), Some(*id));
        }
    }

    #[test]
    fn every_template_placeholder_is_known() {
        for c in CATALOG {
            for text in c.fix.iter().chain(c.causes).chain([&c.when]) {
                let filled = Vars::default().fill(text);
                assert!(
                    !filled.contains('{'),
                    "{}: unknown placeholder in {text:?}",
                    c.id
                );
            }
            assert!(
                !c.causes.is_empty() && !c.fix.is_empty(),
                "{} needs causes and a fix",
                c.id
            );
        }
    }

    #[test]
    fn token_errors_classify_on_code_and_error() {
        assert_eq!(
            classify_token_error("invalid_client", Some(7_000_215))
                .unwrap()
                .id,
            ClassId::INVALID_CLIENT_SECRET
        );
        assert_eq!(
            classify_token_error("invalid_client", Some(7_000_222))
                .unwrap()
                .id,
            ClassId::SECRET_EXPIRED
        );
        assert_eq!(
            classify_token_error("invalid_request", Some(90_002))
                .unwrap()
                .id,
            ClassId::INVALID_TENANT
        );
        assert!(classify_token_error("invalid_client", None).is_none());
    }

    #[test]
    fn smtp_replies_classify_on_codes_then_phrase() {
        let c = |code, e, t| classify_smtp_reply(code, Some(e), t).map(|c| c.id);
        assert_eq!(
            c(535, "5.7.3", "Authentication unsuccessful [X]"),
            Some(ClassId::AUTH_REJECTED)
        );
        assert_eq!(
            c(
                535,
                "5.7.139",
                "Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant."
            ),
            Some(ClassId::SMTP_AUTH_DISABLED)
        );
        assert_eq!(
            c(
                535,
                "5.7.139",
                "Authentication unsuccessful, user is locked by your organization's security defaults policy."
            ),
            Some(ClassId::SECURITY_DEFAULTS)
        );
        assert_eq!(
            c(554, "5.2.252", "SendAsDenied; x not allowed"),
            Some(ClassId::SEND_AS_DENIED)
        );
        assert_eq!(
            c(421, "4.7.66", "TLS 1.0 and 1.1 are not supported."),
            Some(ClassId::TLS_VERSION_REJECTED)
        );
    }

    #[test]
    fn lookup_by_code_forms() {
        assert_eq!(
            lookup("AADSTS7000215")[0].id,
            ClassId::INVALID_CLIENT_SECRET
        );
        assert_eq!(lookup("7000222")[0].id, ClassId::SECRET_EXPIRED);
        assert!(
            lookup("5.7.139")
                .iter()
                .any(|c| c.id == ClassId::SMTP_AUTH_DISABLED)
        );
        assert!(lookup("535").iter().any(|c| c.id == ClassId::AUTH_REJECTED));
        assert_eq!(suggest("auth-rejectd"), vec!["auth-rejected"]);
    }

    #[test]
    fn fill_uses_values_then_placeholders() {
        let mut v = Vars::default();
        v.set("client_id", "abc");
        assert_eq!(
            v.fill("New-ServicePrincipal -AppId {client_id} -ObjectId {object_id}"),
            "New-ServicePrincipal -AppId abc -ObjectId <enterprise-app-object-id>"
        );
        assert_eq!(v.fill("a {json} b {"), "a {json} b {");
    }
}
