//! Human output in the spirit of `flutter doctor`: one line per check with a text marker
//! (`[✓]` `[!]` `[✗]` `[–]`, so colour is never the only signal), indented evidence and fix lines,
//! timing, and one summary sentence. The only place that decides colours.

use std::fmt::Write as _;

use colored::{ColoredString, Colorize};
use serde_json::Value;

use super::OutputOptions;
use crate::i18n::{Arg, t, tr};
use crate::report::{Check, ClassView, Details, Report, Status};

/// Applies colour only when the options allow it.
struct Paint {
    on: bool,
}

impl Paint {
    fn apply(&self, s: &str, f: impl Fn(&str) -> ColoredString) -> String {
        if self.on {
            f(s).to_string()
        } else {
            s.to_string()
        }
    }
    fn status(&self, status: Status) -> String {
        let (marker, f): (&str, fn(&str) -> ColoredString) = match status {
            Status::Pass => ("[✓]", |s| s.green().bold()),
            Status::Warn => ("[!]", |s| s.yellow().bold()),
            Status::Fail => ("[✗]", |s| s.red().bold()),
            Status::Skip => ("[–]", |s| s.dimmed()),
        };
        self.apply(marker, f)
    }
    fn bold(&self, s: &str) -> String {
        self.apply(s, |s| s.bold())
    }
    fn dim(&self, s: &str) -> String {
        self.apply(s, |s| s.dimmed())
    }
}

pub fn render(report: &Report, opts: &OutputOptions) -> String {
    let p = Paint { on: opts.color };
    let mut out = String::new();
    details(&mut out, report, &p);
    checks(&mut out, report, &p, opts.verbose);
    if let Details::Fleet { profiles } = &report.details {
        fleet(&mut out, profiles, &p);
    }
    let transcript = match &report.details {
        Details::Diagnosis {
            transcript: Some(lines),
            ..
        } => Some((t("report-transcript-title"), lines)),
        Details::Certs {
            transcript: Some(lines),
            ..
        } => Some((t("report-handshake-title"), lines)),
        _ => None,
    };
    if let (Some((title, lines)), true) = (transcript, opts.verbose > 0) {
        let _ = writeln!(out, "\n{title}");
        for l in lines {
            let _ = writeln!(out, "  {l}");
        }
    }
    what_to_do(&mut out, report, &p);
    if !report.checks.is_empty() {
        out.push('\n');
        out.push_str(&summary_sentence(report, opts.strict, &p));
        out.push('\n');
    }
    if let Details::Diagnosis {
        headline: Some(h), ..
    } = &report.details
    {
        let _ = writeln!(out, "{}", p.bold(h));
    }
    out
}

/// What a command shows before its checks: settings, profiles, classes, claims, a chain …
fn details(out: &mut String, report: &Report, p: &Paint) {
    match &report.details {
        Details::None {} | Details::Fleet { .. } => {}
        Details::Config {
            profile,
            config_path,
            config_exists,
            sources,
            warnings,
        } => config(
            out,
            report,
            p,
            profile,
            config_path,
            *config_exists,
            sources,
            warnings,
        ),
        Details::Profiles {
            config_path,
            config_exists,
            profiles,
        } => profile_list(out, p, config_path, *config_exists, profiles),
        Details::Classes {
            failure_classes,
            full: true,
        } => {
            for (i, c) in failure_classes.iter().enumerate() {
                if i > 0 {
                    out.push('\n');
                }
                class_in_full(out, c, p);
            }
        }
        Details::Classes {
            failure_classes, ..
        } => class_list(out, failure_classes, p),
        Details::Diagnosis {
            scenario,
            scenario_summary,
            ..
        } => {
            if let (Some(s), Some(summary)) = (scenario, scenario_summary) {
                let name = p.bold(s);
                let summary = scenario_summary_words(s, summary);
                let line = tr(
                    "scenario-line",
                    &[("name", Arg::Text(&name)), ("summary", Arg::Text(&summary))],
                );
                let _ = writeln!(out, "{line}\n");
            }
        }
        Details::Token { claims, proxy } => token(out, p, claims, proxy.as_deref()),
        Details::Certs {
            endpoint,
            tls_version,
            cipher,
            chain,
            exported,
            note,
            ..
        } => certs(
            out,
            p,
            endpoint,
            tls_version.as_deref(),
            cipher.as_deref(),
            chain,
            exported,
            note.as_deref(),
        ),
        Details::Scenarios { scenarios } => scenario_list(out, scenarios),
        Details::Message { message, human, .. } => {
            let _ = writeln!(out, "{}", human.as_ref().unwrap_or(message));
        }
    }
}

/// A demo scenario's summary in the user's language (`scenario-NAME`); the simulator's English
/// one for a scenario without a message.
pub fn scenario_summary_words(name: &str, english: &str) -> String {
    crate::i18n::message_in(crate::i18n::current(), &format!("scenario-{name}"), &[])
        .unwrap_or_else(|| english.to_string())
}

/// `demo --list`.
fn scenario_list(out: &mut String, scenarios: &[crate::report::ScenarioEntry]) {
    let width = scenarios.iter().map(|s| s.name.len()).max().unwrap_or(0);
    for s in scenarios {
        let summary = scenario_summary_words(&s.name, &s.summary);
        let _ = writeln!(out, "  {:<width$}  {summary}", s.name);
    }
    let _ = writeln!(out, "\n{}", t("demo-list-hint"));
}

/// The checks, with a heading per profile of a fleet.
fn checks(out: &mut String, report: &Report, p: &Paint, verbose: u8) {
    let mut section: Option<&str> = None;
    for check in &report.checks {
        if let Some(profile) = check.profile.as_deref().filter(|p| Some(*p) != section) {
            section = Some(profile);
            let _ = writeln!(
                out,
                "{}── profile {} ──",
                if out.is_empty() { "" } else { "\n" },
                p.bold(profile)
            );
        }
        check_lines(out, check, p, verbose);
    }
}

/// One line per profile of a fleet.
fn fleet(out: &mut String, profiles: &[crate::report::FleetEntry], p: &Paint) {
    let _ = writeln!(out);
    for f in profiles {
        let s = f.summary;
        let status = if f.error.is_some() || s.fail > 0 {
            Status::Fail
        } else if s.warn > 0 {
            Status::Warn
        } else {
            Status::Pass
        };
        let detail = f.error.clone().unwrap_or_else(|| {
            format!("{} failed, {} warnings, {} passed", s.fail, s.warn, s.pass)
        });
        let _ = writeln!(out, "{} {}: {detail}", p.status(status), f.profile);
    }
}

/// `config show`: each setting, its value and where it came from.
#[allow(clippy::too_many_arguments)] // the fields of Details::Config, taken apart
fn config(
    out: &mut String,
    report: &Report,
    p: &Paint,
    profile: &str,
    config_path: &str,
    config_exists: bool,
    sources: &serde_json::Map<String, Value>,
    warnings: &[String],
) {
    let id = if config_exists {
        "config-profile"
    } else {
        "config-profile-new"
    };
    let name = p.bold(profile);
    let header = tr(
        id,
        &[
            ("profile", Arg::Text(&name)),
            ("path", Arg::Text(config_path)),
        ],
    );
    let _ = writeln!(out, "{header}\n");
    let width = report.settings.keys().map(String::len).max().unwrap_or(0);
    for (key, value) in &report.settings {
        let shown = match value {
            Value::Null => p.dim("—"),
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        let source = sources
            .get(key)
            .and_then(Value::as_str)
            .map(|s| p.dim(&crate::i18n::source_words_in(crate::i18n::current(), s)))
            .unwrap_or_default();
        let _ = writeln!(out, "  {key:<width$}  {shown:<40}  {source}");
    }
    let label = t("config-warning");
    for w in warnings {
        let _ = writeln!(out, "\n{} {w}", p.apply(&label, |s| s.yellow().bold()));
    }
}

/// `config list`.
fn profile_list(
    out: &mut String,
    p: &Paint,
    config_path: &str,
    config_exists: bool,
    profiles: &[crate::report::ProfileEntry],
) {
    if !config_exists {
        let path = [("path", Arg::Text(config_path))];
        let _ = writeln!(out, "{}", tr("config-no-file", &path));
    } else if profiles.is_empty() {
        let path = [("path", Arg::Text(config_path))];
        let _ = writeln!(out, "{}", tr("config-no-profiles", &path));
    } else {
        let path = [("path", Arg::Text(config_path))];
        let _ = writeln!(out, "{}", tr("config-profiles-in", &path));
        for pr in profiles {
            let mark = if pr.selected { "*" } else { " " };
            let tenant = pr.tenant.as_deref().unwrap_or("—");
            let mailbox = pr.mailbox.as_deref().unwrap_or("—");
            let _ = writeln!(
                out,
                "{mark} {:<20} tenant {tenant:<40} mailbox {mailbox}",
                p.bold(&pr.name)
            );
        }
    }
}

/// `token`: the proxy and the decoded claims.
fn token(
    out: &mut String,
    p: &Paint,
    claims: &serde_json::Map<String, Value>,
    proxy: Option<&str>,
) {
    if let Some(p) = proxy {
        let _ = writeln!(out, "{}", tr("token-proxy", &[("proxy", Arg::Text(p))]));
    }
    if !claims.is_empty() {
        let _ = writeln!(out, "{}", t("token-claims"));
        let width = claims.keys().map(String::len).max().unwrap_or(0);
        for (k, v) in claims {
            let shown = match v {
                Value::String(s) => s.clone(),
                Value::Array(a) if a.is_empty() => p.dim(&t("report-none")),
                Value::Array(a) => a
                    .iter()
                    .map(|x| x.as_str().map_or_else(|| x.to_string(), str::to_string))
                    .collect::<Vec<_>>()
                    .join(", "),
                other => other.to_string(),
            };
            let note = match k.as_str() {
                "oid" => p.dim(&format!("  {}", t("token-oid-note"))),
                "appidacr" => p.dim(&format!(
                    "  {}",
                    t(if shown == "2" {
                        "token-certificate"
                    } else {
                        "token-client-secret"
                    })
                )),
                _ => String::new(),
            };
            let _ = writeln!(out, "  {k:<width$}  {shown}{note}");
        }
        out.push('\n');
    }
}

/// The labels of a certificate's fields.
const CERT_LABELS: &[&str] = &[
    "certs-field-issuer",
    "certs-field-valid",
    "certs-field-names",
    "certs-field-key",
    "certs-field-serial",
    "certs-field-ca",
    "certs-field-ca-issuers",
];

/// A certificate's fields for `certs`: its label in the user's language, its value.
fn cert_fields(c: &crate::tls::certinfo::CertInfo) -> Vec<(String, String)> {
    let left = if c.days_left < 0 {
        tr("certs-expired-ago", &[("days", Arg::Number(-c.days_left))])
    } else {
        tr("certs-days-left", &[("days", Arg::Number(c.days_left))])
    };
    let valid = format!(
        "{} → {} ({left})",
        &c.not_before[..10.min(c.not_before.len())],
        &c.not_after[..10.min(c.not_after.len())]
    );
    let signed = tr(
        "certs-field-signed",
        &[
            ("key", Arg::Text(&c.key)),
            ("algorithm", Arg::Text(&c.signature_algorithm)),
        ],
    );
    let mut fields: Vec<(String, String)> = vec![
        (t("certs-field-issuer"), c.issuer.clone()),
        (t("certs-field-valid"), valid),
    ];
    if !c.names.is_empty() {
        fields.push((t("certs-field-names"), c.names.join(", ")));
    }
    fields.push((t("certs-field-key"), signed));
    fields.push((t("certs-field-serial"), c.serial.clone()));
    fields.push(("sha256".into(), c.sha256.clone()));
    fields.push(("sha1".into(), c.sha1.clone()));
    if c.is_ca {
        let mut yes = t("certs-field-ca-yes");
        if let Some(l) = c.path_len {
            let length = tr(
                "certs-field-path-length",
                &[("length", Arg::Number(l.into()))],
            );
            yes = format!("{yes}, {length}");
        }
        fields.push((t("certs-field-ca"), yes));
    }
    fields.extend(
        c.ca_issuers
            .iter()
            .map(|u| (t("certs-field-ca-issuers"), u.clone())),
    );
    fields.extend(c.ocsp.iter().map(|u| ("OCSP".to_string(), u.clone())));
    fields
}

/// `certs`: the chain, certificate by certificate.
#[allow(clippy::too_many_arguments)] // the fields of Details::Certs, taken apart
fn certs(
    out: &mut String,
    p: &Paint,
    endpoint: &str,
    tls_version: Option<&str>,
    cipher: Option<&str>,
    chain: &[crate::tls::certinfo::CertInfo],
    exported: &[String],
    note: Option<&str>,
) {
    let negotiated = match (tls_version, cipher) {
        (Some(v), Some(c)) => format!(", {v}, {c}"),
        _ => String::new(),
    };
    let at = format!("{endpoint}{negotiated}");
    let _ = writeln!(
        out,
        "{}\n",
        tr("certs-presented-by", &[("endpoint", Arg::Text(&at))])
    );
    for (i, c) in chain.iter().enumerate() {
        let role = t(if i == 0 {
            "certs-leaf"
        } else if c.self_signed {
            "certs-root"
        } else {
            "certs-intermediate"
        });
        let _ = writeln!(out, "  [{i}] {} ({role})", p.bold(&c.subject));
        let fields = cert_fields(c);
        // One column for every certificate of the language: the widest label there can be.
        let all: Vec<String> = CERT_LABELS.iter().map(|id| t(id)).collect();
        let width = crate::i18n::columns(all.iter().map(String::as_str).chain(["sha256", "OCSP"]));
        for (label, value) in &fields {
            let _ = writeln!(out, "      {} {value}", crate::i18n::pad(label, width));
        }
    }
    if !exported.is_empty() {
        let _ = writeln!(out, "\n{}", t("certs-exported"));
        for f in exported {
            let _ = writeln!(out, "  {f}");
        }
    }
    if let Some(n) = note {
        let _ = writeln!(out, "\n{n}");
    }
    out.push('\n');
}

fn class_list(out: &mut String, classes: &[ClassView], p: &Paint) {
    let width = classes.iter().map(|c| c.id.len()).max().unwrap_or(0);
    let mut area = "";
    for c in classes {
        if c.area != area {
            area = c.area;
            let _ = writeln!(
                out,
                "{}{}",
                if out.is_empty() { "" } else { "\n" },
                p.bold(&crate::i18n::area_title(area))
            );
        }
        let warn = if c.severity == "warn" {
            format!(" {}", t("report-warning-suffix"))
        } else {
            String::new()
        };
        let title = crate::i18n::class_title(&c.id, &c.title);
        let _ = writeln!(out, "  {:<width$}  {title}{warn}", c.id);
    }
    let count = i64::try_from(classes.len()).unwrap_or(i64::MAX);
    let _ = writeln!(
        out,
        "\n{}",
        tr("explain-count", &[("count", Arg::Number(count))])
    );
}

fn class_in_full(out: &mut String, c: &ClassView, p: &Paint) {
    let _ = writeln!(
        out,
        "{} — {}",
        p.bold(&c.id),
        crate::i18n::class_title(&c.id, &c.title)
    );
    let _ = writeln!(out, "\n{}", c.when_shown());
    let _ = writeln!(out, "\n{}", t("explain-recognised-by"));
    for k in &c.recognised_by {
        let _ = writeln!(out, "  • {k}");
    }
    let _ = writeln!(out, "\n{}", t("explain-causes"));
    for (i, cause) in c.causes_shown().iter().enumerate() {
        let _ = writeln!(out, "  {}. {cause}", i + 1);
    }
    let _ = writeln!(out, "\n{}", t("explain-fix"));
    for f in c.fix_shown() {
        let _ = writeln!(out, "  → {f}");
    }
    if !c.docs.is_empty() {
        let docs: Vec<String> = c.docs.iter().map(|d| crate::i18n::learn_url(d)).collect();
        let _ = writeln!(out, "\n{} {}", t("explain-see"), docs.join("\n     "));
    }
}

/// Evidence keys that are for machines (the JSON report), not for the person reading.
const INTERNAL_EVIDENCE: &[&str] = &[
    "points_to",
    "narrowed",
    "exchange_bracket",
    "note",
    "recent",
];

fn check_lines(out: &mut String, check: &Check, p: &Paint, verbose: u8) {
    let timing = check
        .duration_ms
        .map(|ms| p.dim(&format!(" ({ms} ms)")))
        .unwrap_or_default();
    let said = check.words.as_ref().and_then(crate::i18n::Words::say);
    let summary = said
        .as_deref()
        .or(check.summary.as_deref())
        .map(|s| format!(": {s}"))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "{} {}{summary}{timing}",
        p.status(check.status),
        crate::i18n::check_title(&check.id, &check.title)
    );
    let show_evidence = verbose > 0 || matches!(check.status, Status::Fail | Status::Warn);
    if show_evidence {
        evidence_lines(out, &check.evidence, verbose);
    }
    let Some(c) = &check.failure_class else {
        return;
    };
    if c.title == check.title {
        // The check is the class itself (`explain --log`): its id, not its title twice.
        let _ = writeln!(out, "    {} {}", p.status(check.status), c.id);
    } else {
        let title = crate::i18n::class_title(&c.id, &c.title);
        let _ = writeln!(out, "    {} {title} ({})", p.status(check.status), c.id);
    }
    // The cause another check found (a 535 narrowed by the prerequisites) comes first; the
    // general causes of the class are behind -v.
    if let Some(found) = narrowed(check) {
        let found = found.as_str();
        let _ = writeln!(
            out,
            "    {}",
            tr("report-found", &[("found", Arg::Text(found))])
        );
        if verbose == 0 {
            let every = tr("report-every-cause", &[("id", Arg::Text(&c.id))]);
            let _ = writeln!(out, "    {}", p.dim(&every));
            return;
        }
    }
    match (c.causes_shown(), verbose) {
        ([], _) => {}
        ([cause], _) => {
            let _ = writeln!(
                out,
                "    {}",
                tr("report-cause", &[("cause", Arg::Text(cause))])
            );
        }
        ([first, ..], 0) => {
            let _ = writeln!(
                out,
                "    {}",
                tr("report-most-likely", &[("cause", Arg::Text(first))])
            );
            let more = i64::try_from(c.causes_shown().len() - 1).unwrap_or(i64::MAX);
            let more = tr("report-more-causes", &[("count", Arg::Number(more))]);
            let _ = writeln!(out, "    {}", p.dim(&more));
        }
        (causes, _) => {
            let _ = writeln!(out, "    {}", t("report-likely-causes"));
            for (i, cause) in causes.iter().enumerate() {
                let _ = writeln!(out, "      {}. {cause}", i + 1);
            }
        }
    }
}

/// Evidence as a person reads it: words for keys, lists one item a line, certificates as
/// subject and issuer, nothing internal, nothing empty.
fn evidence_lines(out: &mut String, evidence: &serde_json::Map<String, Value>, verbose: u8) {
    for (k, v) in evidence {
        if (verbose == 0 && INTERNAL_EVIDENCE.contains(&k.as_str())) || v.is_null() {
            continue;
        }
        let label = evidence_label(k);
        let items: Vec<String> = match v {
            Value::Array(a) if a.is_empty() => vec![t("report-none")],
            Value::Array(a) => a.iter().map(|v| value_words(k, v)).collect(),
            other => vec![value_words(k, other)],
        };
        if items.len() > 1 {
            let _ = writeln!(out, "    {label}:");
            for item in items {
                let _ = writeln!(out, "      {item}");
            }
            continue;
        }
        let text = items.into_iter().next().unwrap_or_default();
        let mut lines = text.lines();
        let _ = writeln!(out, "    {label}: {}", lines.next().unwrap_or_default());
        for line in lines {
            let _ = writeln!(out, "      {line}");
        }
    }
}

/// An evidence key in the user's language (`evidence-KEY`); the key itself, spaced, for one
/// without a message (the pseudo-locale test finds those).
fn evidence_label(key: &str) -> String {
    let id = format!("evidence-{}", key.replace('_', "-"));
    crate::i18n::message_in(crate::i18n::current(), &id, &[])
        .unwrap_or_else(|| key.replace('_', " "))
}

/// One evidence value of `key` in words. The few values the checks write as English words —
/// a credential ("secret NAME", "certificate THUMBPRINT") and a setting's source ("… (from
/// env X)") — are said again in the user's language; the JSON keeps them as they are.
fn value_words(key: &str, v: &Value) -> String {
    let Some(text) = v.as_str() else {
        return plain(v);
    };
    if key.ends_with("credential") || key == "expired_still_listed" {
        if let Some(name) = text.strip_prefix("secret ") {
            return tr("credential-secret", &[("name", Arg::Text(name))]);
        }
        if let Some(thumbprint) = text.strip_prefix("certificate ") {
            return tr(
                "credential-certificate",
                &[("thumbprint", Arg::Text(thumbprint))],
            );
        }
    }
    if let Some((value, source)) = text
        .strip_suffix(')')
        .and_then(|rest| rest.rsplit_once(" (from "))
    {
        let source = crate::i18n::source_words_in(crate::i18n::current(), source);
        return tr(
            "evidence-from",
            &[("value", Arg::Text(value)), ("source", Arg::Text(&source))],
        );
    }
    text.to_string()
}

/// One evidence value in words: text as is, yes/no, a certificate as "subject (issued by …)",
/// other objects as "key value, …" (never JSON).
fn plain(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Bool(true) => t("report-yes"),
        Value::Bool(false) => t("report-no"),
        Value::Null => "—".into(),
        Value::Number(n) => n.to_string(),
        Value::Array(a) => a.iter().map(plain).collect::<Vec<_>>().join(", "),
        Value::Object(o) => match (
            o.get("subject").and_then(Value::as_str),
            o.get("issuer").and_then(Value::as_str),
        ) {
            (Some(subject), Some(issuer)) => tr(
                "evidence-issued-by-value",
                &[
                    ("subject", Arg::Text(subject)),
                    ("issuer", Arg::Text(issuer)),
                ],
            ),
            _ => o
                .iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| format!("{} {}", evidence_label(k), plain(v)))
                .collect::<Vec<_>>()
                .join(", "),
        },
    }
}

/// The cause another check found for this one, in the user's language.
fn narrowed(check: &Check) -> Option<String> {
    let english = check.evidence.get("narrowed").and_then(Value::as_str)?;
    Some(
        check
            .narrowed
            .as_ref()
            .and_then(crate::i18n::Words::say)
            .unwrap_or_else(|| english.to_string()),
    )
}

/// "What to do": the fixes of every failed or warned check, each once, in report order; a 535
/// that another check narrowed leaves its general fixes to that check.
fn what_to_do(out: &mut String, report: &Report, p: &Paint) {
    let classes_shown: Vec<&str> = report
        .checks
        .iter()
        .filter_map(|c| c.failure_class.as_ref().map(|f| f.id.as_str()))
        .collect();
    let mut fixes: Vec<&str> = Vec::new();
    let mut found: Vec<String> = Vec::new();
    for check in &report.checks {
        let Some(class) = &check.failure_class else {
            continue;
        };
        let pointed = check.evidence.get("points_to").and_then(Value::as_str);
        if let Some(narrowed) = narrowed(check) {
            found.push(match pointed.filter(|id| classes_shown.contains(id)) {
                Some(id) => format!("{narrowed}: {id}"),
                None => narrowed.clone(),
            });
        }
        if pointed.is_some_and(|id| classes_shown.contains(&id) && id != class.id) {
            continue;
        }
        for f in class.fix_shown() {
            if !fixes.contains(&f.as_str()) {
                fixes.push(f);
            }
        }
    }
    if fixes.is_empty() {
        return;
    }
    out.push('\n');
    for f in found {
        let _ = writeln!(out, "{} {f}", p.bold(&t("report-the-cause")));
    }
    let _ = writeln!(out, "{}", p.bold(&t("report-what-to-do")));
    for (i, f) in fixes.iter().enumerate() {
        let _ = writeln!(out, "  {}. {f}", i + 1);
    }
}

fn summary_sentence(report: &Report, strict: bool, p: &Paint) -> String {
    let s = report.summary;
    let count = |id: &str, n: usize| {
        tr(
            id,
            &[("count", Arg::Number(i64::try_from(n).unwrap_or(i64::MAX)))],
        )
    };
    let mut parts = Vec::new();
    if s.fail > 0 {
        parts.push(count("report-summary-failed", s.fail));
    }
    if s.warn > 0 {
        parts.push(count("report-summary-warnings", s.warn));
    }
    parts.push(count("report-summary-passed", s.pass));
    if s.skip > 0 {
        parts.push(count("report-summary-skipped", s.skip));
    }
    let text = parts.join(&t("report-list-separator")) + &t("report-sentence-end");
    if s.fail > 0 || (strict && s.warn > 0) {
        format!("{} {text}", p.status(Status::Fail))
    } else if s.warn > 0 {
        format!("{} {text}", p.status(Status::Warn))
    } else {
        format!("{} {text}", p.status(Status::Pass))
    }
}
