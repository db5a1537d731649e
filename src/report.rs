//! The report every command returns: plain data, serialisable, with no knowledge of printing.
//!
//! Shape (schema_version 1, documented in `docs/json-report.md`): `schema_version`, `command`,
//! `settings`, `checks`, `summary`, plus command-specific fields (e.g. `failure_classes`).

use serde::Serialize;
use serde_json::{Map, Value};

use crate::failures::{FailureClass, Severity, Vars};
use crate::settings::Settings;

pub const SCHEMA_VERSION: u32 = 1;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Pass,
    Warn,
    Fail,
    Skip,
}

/// One check: what was looked at, the verdict, the evidence, and for a failure its class.
#[derive(Clone, Debug, Serialize)]
pub struct Check {
    /// The profile a check belongs to, under `diagnose --all-profiles`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub profile: Option<String>,
    pub id: String,
    pub title: String,
    pub status: Status,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duration_ms: Option<u64>,
    /// One line on what was found (or why the check was skipped).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    pub evidence: Map<String, Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub failure_class: Option<ClassView>,
    /// The summary as a message and its values, for the human output in the user's language
    /// (the JSON keeps `summary`, in English).
    #[serde(skip)]
    pub words: Option<crate::i18n::Words>,
    /// The `narrowed` evidence as a message, for the human output.
    #[serde(skip)]
    pub narrowed: Option<crate::i18n::Words>,
}

impl Check {
    pub fn new(id: impl Into<String>, title: impl Into<String>, status: Status) -> Check {
        Check {
            profile: None,
            id: id.into(),
            title: title.into(),
            status,
            duration_ms: None,
            summary: None,
            evidence: Map::new(),
            failure_class: None,
            words: None,
            narrowed: None,
        }
    }
}

/// A failure class as it appears in a report: its texts with the user's values filled in.
#[derive(Clone, Debug, Serialize)]
pub struct ClassView {
    pub id: String,
    pub title: String,
    pub severity: &'static str,
    pub area: &'static str,
    pub when: String,
    pub recognised_by: Vec<String>,
    pub causes: Vec<String>,
    pub fix: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub docs: Vec<String>,
    /// The texts in the run's language, when it is not English and has them all (the human
    /// output only: the JSON keeps the catalog's English).
    #[serde(skip)]
    pub localized: Option<Localized>,
}

/// A class's `when`, causes and fixes in the run's language, the user's values filled in.
#[derive(Clone, Debug)]
pub struct Localized {
    pub when: String,
    pub causes: Vec<String>,
    pub fix: Vec<String>,
}

impl ClassView {
    pub fn new(class: &FailureClass, vars: &Vars) -> ClassView {
        ClassView {
            id: class.id.to_string(),
            title: class.title.to_string(),
            severity: match class.severity {
                Severity::Fail => "fail",
                Severity::Warn => "warn",
            },
            area: class.area.title(),
            when: vars.fill(class.when),
            // What a run recognises a class by: protocol facts. A client's log texts and bare
            // OAuth error names are for `explain --log` and other servers; the docs list them.
            recognised_by: class
                .keys
                .iter()
                .filter(|k| {
                    !matches!(
                        k,
                        crate::failures::Key::LogText(_) | crate::failures::Key::OAuthError { .. }
                    )
                })
                .map(crate::failures::Key::describe)
                .collect(),
            causes: class.causes.iter().map(|c| vars.fill(c)).collect(),
            fix: class.fix.iter().map(|f| vars.fill(f)).collect(),
            docs: class.docs.iter().map(|d| (*d).to_string()).collect(),
            localized: localized(class, vars),
        }
    }

    /// The `when` in the run's language (else English).
    pub fn when_shown(&self) -> &str {
        self.localized.as_ref().map_or(&self.when, |l| &l.when)
    }

    /// The causes in the run's language (else English).
    pub fn causes_shown(&self) -> &[String] {
        self.localized.as_ref().map_or(&self.causes, |l| &l.causes)
    }

    /// The fixes in the run's language (else English).
    pub fn fix_shown(&self) -> &[String] {
        self.localized.as_ref().map_or(&self.fix, |l| &l.fix)
    }
}

fn localized(class: &FailureClass, vars: &Vars) -> Option<Localized> {
    let lang = crate::i18n::current();
    if lang == crate::i18n::Lang::En {
        return None;
    }
    let (when, causes, fix) =
        crate::i18n::class_templates(lang, class.id.as_str(), class.causes.len(), class.fix.len())?;
    Some(Localized {
        when: vars.fill(&when),
        causes: causes.iter().map(|c| vars.fill(c)).collect(),
        fix: fix.iter().map(|f| vars.fill(f)).collect(),
    })
}

#[derive(Clone, Copy, Debug, Default, Serialize, PartialEq, Eq)]
pub struct Summary {
    pub pass: usize,
    pub warn: usize,
    pub fail: usize,
    pub skip: usize,
}

/// What a command produced besides checks; flattened into the JSON document.
#[derive(Clone, Debug, Serialize)]
#[serde(untagged)]
pub enum Details {
    None {},
    /// `config show`: where the settings came from.
    Config {
        profile: String,
        config_path: String,
        config_exists: bool,
        sources: Map<String, Value>,
        warnings: Vec<String>,
    },
    /// `config list`.
    Profiles {
        config_path: String,
        config_exists: bool,
        profiles: Vec<ProfileEntry>,
    },
    /// `explain`: the list (one line each) or classes in full.
    Classes {
        failure_classes: Vec<ClassView>,
        #[serde(skip)]
        full: bool,
    },
    /// `diagnose` and `demo`: what was diagnosed, and the transcript under `-v`.
    Diagnosis {
        #[serde(skip_serializing_if = "Option::is_none")]
        scenario: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        scenario_summary: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        transcript: Option<Vec<String>>,
        /// Phase start/end events in the order they happened (`-v`).
        #[serde(skip_serializing_if = "Option::is_none")]
        timeline: Option<Vec<String>>,
        /// The one-line verdict a client would show (`Successfully connected to …`).
        #[serde(skip_serializing_if = "Option::is_none")]
        headline: Option<String>,
    },
    /// `token`: the decoded claims (never the token) and the proxy used.
    Token {
        claims: Map<String, Value>,
        #[serde(skip_serializing_if = "Option::is_none")]
        proxy: Option<String>,
    },
    /// `certs`: the chain as presented, described.
    Certs {
        target: String,
        endpoint: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        tls_version: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        cipher: Option<String>,
        chain: Vec<crate::tls::certinfo::CertInfo>,
        #[serde(skip_serializing_if = "Vec::is_empty")]
        exported: Vec<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        note: Option<String>,
        /// `-v`: the connection and handshake as the client saw them (STARTTLS's SMTP lines,
        /// then what was offered and what came back).
        #[serde(skip_serializing_if = "Option::is_none")]
        transcript: Option<Vec<String>>,
    },
    /// `diagnose --all-profiles`: the outcome of each profile; its checks carry `profile`.
    Fleet {
        profiles: Vec<FleetEntry>,
    },
    /// `demo --list`.
    Scenarios {
        scenarios: Vec<ScenarioEntry>,
    },
    /// A command whose result is one statement (`config path`, `config set` …).
    Message {
        message: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        path: Option<String>,
        /// The message in the user's language, for the human output (the JSON keeps `message`,
        /// English).
        #[serde(skip)]
        human: Option<String>,
    },
}

#[derive(Clone, Debug, Serialize)]
pub struct FleetEntry {
    pub profile: String,
    pub summary: Summary,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct ScenarioEntry {
    pub name: String,
    pub summary: String,
    /// The failure class a `demo` scenario shows (`healthy` for the healthy one).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub yields: Option<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct ProfileEntry {
    pub name: String,
    pub selected: bool,
    pub tenant: Option<String>,
    pub mailbox: Option<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Report {
    pub schema_version: u32,
    pub command: String,
    /// The profile the settings came from (the monitoring formats' label; not in the JSON,
    /// whose shape SPEC.md fixes).
    #[serde(skip)]
    pub profile: Option<String>,
    pub settings: Map<String, Value>,
    pub checks: Vec<Check>,
    pub summary: Summary,
    #[serde(flatten)]
    pub details: Details,
}

/// One line of data, and a text of our own that may span lines, through [`crate::redact`].
fn line(s: &mut String) {
    crate::redact::clean_in_place(s, crate::redact::Lines::Escape);
}
fn text(s: &mut String) {
    crate::redact::clean_in_place(s, crate::redact::Lines::Keep);
}
fn lines(v: &mut [String]) {
    v.iter_mut().for_each(line);
}

impl Check {
    /// Every string scrubbed of held secrets, control characters made visible.
    fn clean(&mut self) {
        line(&mut self.title);
        self.summary.iter_mut().for_each(line);
        // The words the human output says the summary with hold the same server texts.
        for w in self.words.iter_mut().chain(self.narrowed.iter_mut()) {
            w.texts_mut(&mut |t| line(t));
        }
        self.evidence
            .values_mut()
            .for_each(crate::redact::clean_json);
        if let Some(c) = &mut self.failure_class {
            line(&mut c.title);
            text(&mut c.when);
            lines(&mut c.recognised_by);
            c.causes.iter_mut().for_each(text);
            c.fix.iter_mut().for_each(text);
        }
    }
}

impl Details {
    fn clean(&mut self) {
        match self {
            Details::None {} | Details::Classes { .. } | Details::Scenarios { .. } => {}
            Details::Config {
                sources, warnings, ..
            } => {
                sources.values_mut().for_each(crate::redact::clean_json);
                warnings.iter_mut().for_each(text);
            }
            Details::Profiles { profiles, .. } => {
                for p in profiles {
                    line(&mut p.name);
                    p.tenant.iter_mut().for_each(line);
                    p.mailbox.iter_mut().for_each(line);
                }
            }
            Details::Diagnosis {
                transcript,
                timeline,
                headline,
                ..
            } => {
                for t in transcript.iter_mut().chain(timeline.iter_mut()) {
                    lines(t);
                }
                headline.iter_mut().for_each(text);
            }
            Details::Token { claims, proxy } => {
                claims.values_mut().for_each(crate::redact::clean_json);
                proxy.iter_mut().for_each(line);
            }
            Details::Certs {
                endpoint,
                chain,
                note,
                ..
            } => {
                line(endpoint);
                for c in chain {
                    for f in [&mut c.subject, &mut c.issuer, &mut c.serial, &mut c.key] {
                        line(f);
                    }
                    lines(&mut c.names);
                    lines(&mut c.ca_issuers);
                    lines(&mut c.ocsp);
                }
                note.iter_mut().for_each(text);
            }
            Details::Fleet { profiles } => {
                for f in profiles {
                    f.error.iter_mut().for_each(text);
                }
            }
            Details::Message { message, human, .. } => {
                text(message);
                human.iter_mut().for_each(text);
            }
        }
    }
}

impl Report {
    /// The report as it may be shown: every string that can hold server text scrubbed of the
    /// secrets the process holds, its control characters made visible ([`crate::redact`]).
    /// Cleaned in place: a fleet's report is large, and is not needed uncleaned after.
    #[must_use]
    pub fn cleaned(self) -> Report {
        let mut r = self;
        r.settings.values_mut().for_each(crate::redact::clean_json);
        // A fleet's report holds a few hundred thousand strings, cleaned once the last
        // profile is done: on every core, not one.
        let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
        if cores > 1 && r.checks.len() >= 1024 {
            let per = r.checks.len().div_ceil(cores);
            std::thread::scope(|scope| {
                for part in r.checks.chunks_mut(per) {
                    scope.spawn(|| part.iter_mut().for_each(Check::clean));
                }
            });
        } else {
            r.checks.iter_mut().for_each(Check::clean);
        }
        r.details.clean();
        r
    }

    /// A report for `command`. `probe_keyring` asks the keyring whether a secret is stored
    /// there (off for commands that never use the secret, so they never trigger an unlock).
    pub fn new(
        command: impl Into<String>,
        settings: Option<&Settings>,
        probe_keyring: bool,
    ) -> Report {
        let mut map = Map::new();
        if let Some(s) = settings {
            for row in s.rows(probe_keyring) {
                map.insert(row.key.to_string(), row.value);
            }
        }
        Report {
            schema_version: SCHEMA_VERSION,
            command: command.into(),
            profile: settings.map(|s| s.profile.value.clone()),
            settings: map,
            checks: Vec::new(),
            summary: Summary::default(),
            details: Details::None {},
        }
    }

    #[must_use]
    pub fn with_details(mut self, details: Details) -> Report {
        self.details = details;
        self
    }

    pub fn push(&mut self, check: Check) {
        match check.status {
            Status::Pass => self.summary.pass += 1,
            Status::Warn => self.summary.warn += 1,
            Status::Fail => self.summary.fail += 1,
            Status::Skip => self.summary.skip += 1,
        }
        self.checks.push(check);
    }

    /// 0 when nothing failed; 1 when a check failed, or warned under `--strict`.
    pub fn exit_code(&self, strict: bool) -> i32 {
        i32::from(self.summary.fail > 0 || (strict && self.summary.warn > 0))
    }
}

/// The template values a settings set provides.
pub fn vars_from_settings(s: &Settings) -> Vars {
    let mut v = Vars::default();
    if let Some(t) = &s.tenant {
        v.set("tenant", t.value.as_str());
    }
    if let Some(c) = &s.client_id {
        v.set("client_id", &c.value);
    }
    if let Some(m) = &s.mailbox {
        v.set("mailbox", &m.value);
        v.set("from", &m.value);
    }
    if let Some(t) = &s.token_endpoint {
        v.set("token_endpoint", t.value.as_str());
    }
    if let Some(d) = &s.secret_expires {
        v.set("secret_expires", d.value.to_string());
    }
    if let Some(p) = &s.proxy {
        v.set("proxy", crate::settings::validate::redact_url(&p.value));
        // host:port alone, for a fix that writes the URL out again.
        let host = p.value.host_str().unwrap_or_default();
        let proxy_host = p
            .value
            .port_or_known_default()
            .map_or_else(|| host.to_string(), |port| format!("{host}:{port}"));
        v.set("proxy_host", proxy_host);
    }
    let cloud = s.cloud.value.endpoints();
    // The login host as the authority names it, its port included (a loopback or proxy test).
    let login_host = match (s.authority.value.host_str(), s.authority.value.port()) {
        (Some(h), Some(port)) => format!("{h}:{port}"),
        (Some(h), None) => h.to_string(),
        _ => String::new(),
    };
    v.set("smtp_host", &s.smtp_host.value)
        .set("smtp_port", s.smtp_port.value.to_string())
        .set("scope", &s.scope.value)
        .set("default_scope", cloud.scope)
        .set("default_smtp_host", cloud.smtp_host)
        .set("login_host", login_host)
        .set("timeout", format!("{}", s.timeout.value.as_secs_f64()));
    v
}
