//! The monitoring formats, read by machines and never translated: a Nagios / Icinga / Naemon
//! plugin's output (`--format nagios`), a Checkmk local check (`checkmk`), a PRTG EXE/Script
//! Advanced sensor's JSON (`prtg`) and a Prometheus textfile (`prometheus`).
//!
//! Every format says the same per monitored unit (the run, or each profile of a fleet): a state
//! (OK, WARNING, CRITICAL, UNKNOWN), what failed first, the client secret's and the SMTP chain's
//! days left against `--warning-days` / `--critical-days`, and the phase timings.

use std::fmt::Write as _;

use serde_json::json;

use crate::report::{Check, Details, Report, Status};

/// `--warning-days` / `--critical-days`.
#[derive(Clone, Copy, Debug)]
pub struct Thresholds {
    pub warning_days: i64,
    pub critical_days: i64,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds {
            warning_days: 60,
            critical_days: 30,
        }
    }
}

/// A plugin's state; the number is its exit status.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum State {
    Ok = 0,
    Warning = 1,
    Critical = 2,
    Unknown = 3,
}

impl State {
    pub fn word(self) -> &'static str {
        match self {
            State::Ok => "OK",
            State::Warning => "WARNING",
            State::Critical => "CRITICAL",
            State::Unknown => "UNKNOWN",
        }
    }
}

/// What one monitored unit comes to.
struct Unit {
    /// The profile (a fleet's), or the run's profile.
    name: String,
    state: State,
    /// The first failing (else warning) check in words, with its class.
    problem: Option<String>,
    /// The first line of its fix.
    fix: Option<String>,
    passed: usize,
    failed: usize,
    total: usize,
    secret_days: Option<i64>,
    secret_expires: Option<i64>,
    chain_days: Option<i64>,
    chain_expires: Option<i64>,
    /// `(check id, duration in ms)` of every timed check.
    durations: Vec<(String, u64)>,
}

impl Unit {
    fn ms(&self, id: &str) -> Option<u64> {
        self.durations
            .iter()
            .find(|(c, _)| c == id)
            .map(|(_, d)| *d)
    }
}

fn parse_date(text: &str) -> Option<time::OffsetDateTime> {
    use time::format_description::well_known::Rfc3339;
    time::OffsetDateTime::parse(text, &Rfc3339)
        .ok()
        .or_else(|| {
            let f = time::macros::format_description!("[year]-[month]-[day]");
            time::Date::parse(text, &f)
                .ok()
                .map(|d| d.midnight().assume_utc())
        })
}

/// The earliest end of validity in the SMTP server's chain, as a Unix time.
fn chain_end(checks: &[&Check]) -> Option<i64> {
    let chain = checks
        .iter()
        .find(|c| c.id == "tls.chain")?
        .evidence
        .get("chain")?;
    chain
        .as_array()?
        .iter()
        .filter_map(|c| parse_date(c.get("not_after")?.as_str()?))
        .map(time::OffsetDateTime::unix_timestamp)
        .min()
}

fn secret_end(checks: &[&Check]) -> Option<i64> {
    let c = checks.iter().find(|c| c.id == "secret.expiry")?;
    parse_date(c.evidence.get("expires")?.as_str()?).map(time::OffsetDateTime::unix_timestamp)
}

fn problem_of(c: &Check) -> String {
    let mut text = format!("{}: {}", c.title, c.summary.as_deref().unwrap_or_default());
    if let Some(class) = &c.failure_class {
        let _ = write!(text, " ({})", class.id);
    }
    text
}

fn unit(name: String, checks: &[&Check], t: Thresholds) -> Unit {
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    let days = |end: i64| (end - now).div_euclid(86_400);
    let worst = checks
        .iter()
        .find(|c| c.status == Status::Fail)
        .or_else(|| checks.iter().find(|c| c.status == Status::Warn));
    let mut state = match worst.map(|c| c.status) {
        Some(Status::Fail) => State::Critical,
        Some(Status::Warn) => State::Warning,
        _ if checks.is_empty() => State::Unknown,
        _ => State::Ok,
    };
    let secret_expires = secret_end(checks);
    let chain_expires = chain_end(checks);
    let secret_days = secret_expires.map(days);
    let chain_days = chain_expires.map(days);
    let mut problem = worst.map(|c| problem_of(c));
    if let Some(d) = secret_days {
        let by_date = if d <= t.critical_days {
            State::Critical
        } else if d <= t.warning_days {
            State::Warning
        } else {
            State::Ok
        };
        if by_date > state {
            state = by_date;
            problem = Some(format!("the client secret expires in {d} days"));
        }
    }
    // Microsoft renews its own certificates: only a chain about to end (an interception proxy's,
    // a pinned old one) raises the state, at the critical threshold.
    if let Some(d) = chain_days.filter(|d| *d <= t.critical_days) {
        if state < State::Critical {
            problem = Some(format!(
                "the SMTP server's certificate chain ends in {d} days"
            ));
        }
        state = State::Critical;
    }
    Unit {
        name,
        state,
        fix: worst
            .and_then(|c| c.failure_class.as_ref())
            .and_then(|f| f.fix.first().cloned()),
        problem,
        passed: checks.iter().filter(|c| c.status == Status::Pass).count(),
        failed: checks.iter().filter(|c| c.status == Status::Fail).count(),
        total: checks.len(),
        secret_days,
        secret_expires,
        chain_days,
        chain_expires,
        durations: checks
            .iter()
            .filter_map(|c| Some((c.id.clone(), c.duration_ms?)))
            .collect(),
    }
}

/// The units of a report: one per profile of a fleet, else the run.
fn units(report: &Report, t: Thresholds) -> Vec<Unit> {
    if let Details::Fleet { profiles } = &report.details {
        return profiles
            .iter()
            .map(|p| {
                let checks: Vec<&Check> = report
                    .checks
                    .iter()
                    .filter(|c| c.profile.as_deref() == Some(p.profile.as_str()))
                    .collect();
                unit(p.profile.clone(), &checks, t)
            })
            .collect();
    }
    let name = report.profile.clone().unwrap_or_else(|| "default".into());
    vec![unit(name, &report.checks.iter().collect::<Vec<_>>(), t)]
}

/// The state of the whole report (the worst unit's): the exit status under `--format nagios`.
pub fn state(report: &Report, t: Thresholds) -> State {
    units(report, t)
        .iter()
        .map(|u| u.state)
        .max()
        .unwrap_or(State::Unknown)
}

/// Plugin text never holds `|` (it starts the performance data) nor a line break.
fn plain(text: &str) -> String {
    text.replace('|', "/").replace(['\n', '\r'], " ")
}

/// A perfdata label: quoted, with the quote and `=` taken out.
fn label(prefix: &str, name: &str) -> String {
    let l = format!("{prefix}{name}").replace(['\'', '='], "_");
    if l.contains(' ') { format!("'{l}'") } else { l }
}

fn perfdata(u: &Unit, prefix: &str, t: Thresholds, out: &mut Vec<String>) {
    for (name, days) in [("secret_days", u.secret_days), ("chain_days", u.chain_days)] {
        if let Some(d) = days {
            out.push(format!(
                "{}={d};{};{};;",
                label(prefix, name),
                t.warning_days,
                t.critical_days
            ));
        }
    }
    for (name, id) in [("token_ms", "token"), ("auth_ms", "smtp.auth")] {
        if let Some(ms) = u.ms(id) {
            out.push(format!("{}={ms}ms;;;0;", label(prefix, name)));
        }
    }
}

/// `--format nagios`: `SMTP-OAUTH STATE - what | perfdata`, then a line per problem.
pub fn nagios(report: &Report, t: Thresholds, total_ms: u64) -> String {
    let units = units(report, t);
    let state = units
        .iter()
        .map(|u| u.state)
        .max()
        .unwrap_or(State::Unknown);
    let fleet = units.len() > 1 || matches!(report.details, Details::Fleet { .. });
    let bad: Vec<&Unit> = units.iter().filter(|u| u.state != State::Ok).collect();
    let what = if fleet {
        let names: Vec<String> = bad
            .iter()
            .map(|u| format!("{} {}", u.name, u.problem.as_deref().unwrap_or("")))
            .collect();
        if bad.is_empty() {
            format!("{} profiles, all passed", units.len())
        } else {
            format!(
                "{} of {} profiles: {}",
                bad.len(),
                units.len(),
                names.join("; ")
            )
        }
    } else {
        units.first().map_or_else(String::new, |u| {
            u.problem
                .clone()
                .unwrap_or_else(|| format!("{} of {} checks passed", u.passed, u.total))
        })
    };
    let mut perf = Vec::new();
    for u in &units {
        perfdata(
            u,
            &if fleet {
                format!("{} ", u.name)
            } else {
                String::new()
            },
            t,
            &mut perf,
        );
    }
    perf.push(format!("total_ms={total_ms}ms;;;0;"));
    let mut out = format!(
        "SMTP-OAUTH {} - {} | {}\n",
        state.word(),
        plain(&what),
        perf.join(" ")
    );
    for u in &bad {
        let who = if fleet {
            format!("{}: ", u.name)
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "[{}] {who}{}",
            u.state.word(),
            plain(u.problem.as_deref().unwrap_or_default())
        );
        if let Some(fix) = &u.fix {
            let _ = writeln!(out, "  fix: {}", plain(fix));
        }
    }
    out
}

/// The line `--format nagios` prints when the run could not check at all (a usage or
/// configuration error): UNKNOWN, as the plugin guidelines want.
pub fn nagios_unknown(message: &str) -> String {
    let mut lines = message.lines();
    let mut out = format!(
        "SMTP-OAUTH UNKNOWN - {}\n",
        plain(lines.next().unwrap_or_default())
    );
    for l in lines {
        let _ = writeln!(out, "{}", plain(l));
    }
    out
}

/// `--format checkmk`: one local-check line per unit, `STATE "SMTP OAuth NAME" metrics text`.
pub fn checkmk(report: &Report, t: Thresholds) -> String {
    let mut out = String::new();
    for u in units(report, t) {
        let service = if u.name == "default" && !matches!(report.details, Details::Fleet { .. }) {
            "SMTP OAuth".to_string()
        } else {
            format!("SMTP OAuth {}", u.name.replace('"', "'"))
        };
        let mut metrics = Vec::new();
        perfdata(&u, "", t, &mut metrics);
        // Checkmk separates metrics with `|` and wants no UOM or trailing fields.
        let metrics: Vec<String> = metrics
            .iter()
            .map(|m| m.replace("ms;", ";").trim_end_matches(';').to_string())
            .collect();
        let text = u
            .problem
            .clone()
            .unwrap_or_else(|| format!("{} of {} checks passed", u.passed, u.total));
        let _ = writeln!(
            out,
            "{} \"{service}\" {} {} - {}",
            u.state as u8,
            if metrics.is_empty() {
                "-".into()
            } else {
                metrics.join("|")
            },
            u.state.word(),
            plain(&text)
        );
    }
    out
}

/// The local-check line for a run that could not check.
pub fn checkmk_unknown(message: &str) -> String {
    format!(
        "3 \"SMTP OAuth\" - UNKNOWN - {}\n",
        plain(message.lines().next().unwrap_or_default())
    )
}

/// `--format prtg`: the JSON of an EXE/Script Advanced sensor (channels with their limits; the
/// element names as PRTG's "Custom Sensors" manual lists them, not checked against a live PRTG).
pub fn prtg(report: &Report, t: Thresholds) -> String {
    let units = units(report, t);
    let fleet = matches!(report.details, Details::Fleet { .. });
    let mut channels = Vec::new();
    for u in &units {
        let pre = if fleet {
            format!("{} ", u.name)
        } else {
            String::new()
        };
        channels.push(json!({"channel": format!("{pre}Checks failed"), "value": u.failed, "unit": "Count", "limitmode": 1, "limitmaxerror": 0}));
        if let Some(d) = u.secret_days {
            channels.push(json!({"channel": format!("{pre}Client secret days left"), "value": d, "unit": "Custom", "customunit": "days", "limitmode": 1, "limitminwarning": t.warning_days, "limitminerror": t.critical_days}));
        }
        if let Some(d) = u.chain_days {
            channels.push(json!({"channel": format!("{pre}SMTP chain days left"), "value": d, "unit": "Custom", "customunit": "days", "limitmode": 1, "limitminerror": t.critical_days}));
        }
        for (name, id) in [("Token", "token"), ("AUTH", "smtp.auth")] {
            if let Some(ms) = u.ms(id) {
                channels.push(
                    json!({"channel": format!("{pre}{name}"), "value": ms, "unit": "TimeResponse"}),
                );
            }
        }
    }
    let state = units
        .iter()
        .map(|u| u.state)
        .max()
        .unwrap_or(State::Unknown);
    let text = units
        .iter()
        .filter_map(|u| Some(format!("{}: {}", u.name, u.problem.as_deref()?)))
        .collect::<Vec<_>>()
        .join("; ");
    let text = if text.is_empty() {
        state.word().to_string()
    } else {
        text
    };
    let mut doc = json!({"prtg": {"result": channels, "text": plain(&text)}});
    if state == State::Unknown {
        doc["prtg"]["error"] = json!(1);
    }
    format!("{doc:#}\n")
}

/// The PRTG answer for a run that could not check.
pub fn prtg_unknown(message: &str) -> String {
    format!(
        "{:#}\n",
        json!({"prtg": {"error": 1, "text": plain(message)}})
    )
}

/// A label value with `\`, `"` and line breaks escaped (the exposition format's rule).
fn lv(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

/// `smtp_oauth_last_success_timestamp_seconds` per profile, from an earlier textfile.
pub fn last_successes(previous: &str) -> Vec<(String, f64)> {
    previous
        .lines()
        .filter_map(|l| {
            let rest = l.strip_prefix("smtp_oauth_last_success_timestamp_seconds{profile=\"")?;
            let (name, value) = rest.split_once("\"} ")?;
            Some((
                name.replace("\\\"", "\"").replace("\\\\", "\\"),
                value.trim().parse().ok()?,
            ))
        })
        .collect()
}

/// Rows of one metric family: the labels and the value of each.
type Rows = Vec<(String, String)>;

fn profile_label(u: &Unit) -> String {
    format!("profile=\"{}\"", lv(&u.name))
}

fn per_unit(units: &[Unit], value: impl Fn(&Unit) -> Option<String>) -> Rows {
    units
        .iter()
        .filter_map(|u| Some((profile_label(u), value(u)?)))
        .collect()
}

fn check_rows(report: &Report, units: &[Unit]) -> Rows {
    let single = units.first().map(|u| u.name.clone()).unwrap_or_default();
    report
        .checks
        .iter()
        .map(|c| {
            let profile = c.profile.clone().unwrap_or_else(|| single.clone());
            let status = match c.status {
                Status::Pass => 0,
                Status::Warn => 1,
                Status::Fail => 2,
                Status::Skip => 3,
            };
            (
                format!("profile=\"{}\",check=\"{}\"", lv(&profile), lv(&c.id)),
                status.to_string(),
            )
        })
        .collect()
}

fn duration_rows(units: &[Unit]) -> Rows {
    units
        .iter()
        .flat_map(|u| {
            u.durations.iter().map(move |(id, ms)| {
                (
                    format!("{},check=\"{}\"", profile_label(u), lv(id)),
                    format!("{:.3}", *ms as f64 / 1000.0),
                )
            })
        })
        .collect()
}

/// `--format prometheus`: the textfile collector's format. `previous` is the file this run
/// replaces, so that the last success of a profile failing now is kept.
pub fn prometheus(report: &Report, t: Thresholds, previous: &str) -> String {
    let units = units(report, t);
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    let kept = last_successes(previous);
    let last_success = |u: &Unit| {
        let at = if u.state <= State::Warning {
            Some(now as f64)
        } else {
            kept.iter().find(|(n, _)| *n == u.name).map(|(_, v)| *v)
        };
        at.map(|a| format!("{a}"))
    };
    let families: [(&str, &str, Rows); 8] = [
        (
            "smtp_oauth_up",
            "1 when no check of the profile failed, else 0.",
            per_unit(&units, |u| Some(u8::from(u.failed == 0).to_string())),
        ),
        (
            "smtp_oauth_state",
            "The profile's state as a monitoring plugin says it: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.",
            per_unit(&units, |u| Some((u.state as u8).to_string())),
        ),
        (
            "smtp_oauth_check_status",
            "Each check's outcome: 0 pass, 1 warn, 2 fail, 3 skip.",
            check_rows(report, &units),
        ),
        (
            "smtp_oauth_check_duration_seconds",
            "How long each timed check took.",
            duration_rows(&units),
        ),
        (
            "smtp_oauth_secret_expiry_timestamp_seconds",
            "When the client secret expires (the secret-expires setting).",
            per_unit(&units, |u| Some(u.secret_expires?.to_string())),
        ),
        (
            "smtp_oauth_certificate_expiry_timestamp_seconds",
            "When the first certificate of the SMTP server's chain expires.",
            units
                .iter()
                .filter_map(|u| {
                    Some((
                        format!("{},target=\"smtp\"", profile_label(u)),
                        u.chain_expires?.to_string(),
                    ))
                })
                .collect(),
        ),
        (
            "smtp_oauth_last_run_timestamp_seconds",
            "When this run ended.",
            per_unit(&units, |_| Some(now.to_string())),
        ),
        (
            "smtp_oauth_last_success_timestamp_seconds",
            "When a run last found nothing failing for the profile (kept from the file a failing run replaces).",
            per_unit(&units, last_success),
        ),
    ];
    let mut out = String::new();
    for (name, help, rows) in families {
        if rows.is_empty() {
            continue;
        }
        let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} gauge");
        for (labels, value) in rows {
            let _ = writeln!(out, "{name}{{{labels}}} {value}");
        }
    }
    out
}
