//! `diagnose` (alias `doctor`), `test-connection` and `send-test`: the same diagnosis, with
//! different scope and headline. `--wait` retries AUTH with back-off while changes propagate.

use crate::checks::CheckId;
use crate::failures::ClassId;
use std::time::{Duration, Instant};

use serde_json::json;

use super::{AppError, Context, Outcome};
use crate::checks::diagnose::{self, Plan};
use crate::checks::{CHECKS, Status};
use crate::report::{Details, Report};
use crate::settings::validate;
use crate::smtp::session::AuthForm;

/// Which command runs the diagnosis.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Diagnose,
    TestConnection,
    SendTest,
}

pub struct DiagnoseOptions {
    pub mode: Mode,
    pub to: Vec<String>,
    pub from: Option<String>,
    pub subject: Option<String>,
    /// `--auth-two-step`: XOAUTH2 after the 334 (the default is the initial response).
    pub auth_two_step: bool,
    pub only: Vec<String>,
    pub wait: Option<String>,
    pub verbose: bool,
    /// `--bundle FILE`.
    pub bundle: Option<std::path::PathBuf>,
}

impl DiagnoseOptions {
    /// Refuses what cannot run (an unknown `--only` check, `send-test` without `--to`, a bad
    /// address) before any network I/O; returns `--wait` as a duration.
    fn validate(&self) -> Result<Option<Duration>, AppError> {
        let o = self;
        for id in &o.only {
            if CheckId::parse(id).is_none() {
                return Err(AppError::said(
                    crate::i18n::Words::new("usage-not-a-check").text("id", id.clone()),
                ));
            }
        }
        if o.mode == Mode::SendTest && o.to.is_empty() {
            return Err(AppError::said(crate::i18n::Words::new(
                "usage-send-test-to",
            )));
        }
        for addr in o.to.iter().chain(o.from.iter()) {
            validate::mailbox(addr).map_err(|e| {
                AppError::Usage(format!("{addr}: {}; expected {}", e.problem, e.expected))
            })?;
        }
        o.wait
            .as_deref()
            .map(parse_duration)
            .transpose()
            .map_err(|e| AppError::Usage(format!("--wait: {e}")))
    }

    /// The checks the report keeps for the mode (and `--only`).
    fn kept_checks(&self) -> Vec<CheckId> {
        let o = self;
        match o.mode {
            Mode::Diagnose if !o.only.is_empty() => {
                o.only.iter().filter_map(|c| CheckId::parse(c)).collect()
            }
            Mode::Diagnose | Mode::SendTest => CHECKS.iter().map(|(c, _, _)| *c).collect(),
            Mode::TestConnection => CHECKS
                .iter()
                .map(|(c, _, _)| *c)
                .filter(|c| *c != CheckId::SMTP_SEND && *c != CheckId::SECRET_EXPIRY)
                .collect(),
        }
    }

    /// The options of `mode` with nothing else asked for.
    pub fn new(mode: Mode, verbose: bool) -> DiagnoseOptions {
        DiagnoseOptions {
            mode,
            to: Vec::new(),
            from: None,
            subject: None,
            auth_two_step: false,
            only: Vec::new(),
            wait: None,
            verbose,
            bundle: None,
        }
    }

    /// With the message flags (`--to`, `--from`, `--subject`, `--auth-two-step`).
    #[must_use]
    pub fn send(self, send: crate::cli::SendArgs) -> DiagnoseOptions {
        DiagnoseOptions {
            to: send.to,
            from: send.from,
            subject: send.subject,
            auth_two_step: send.auth_two_step,
            ..self
        }
    }
    fn plan(&self) -> Plan {
        Plan {
            to: self.to.clone(),
            from: self.from.clone(),
            subject: self
                .subject
                .clone()
                .unwrap_or_else(|| Plan::default().subject),
            auth_form: if self.auth_two_step {
                AuthForm::Continuation
            } else {
                AuthForm::InitialResponse
            },
            ..Plan::default()
        }
    }
}

/// `30m`, `90s`, `1h`, `45` (seconds).
pub fn parse_duration(text: &str) -> Result<Duration, String> {
    let t = text.trim();
    let (number, unit) = t
        .find(|c: char| !c.is_ascii_digit())
        .map_or((t, "s"), |i| (&t[..i], &t[i..]));
    let n: u64 = number.parse().map_err(|_| {
        format!(
            "`{}` is not a duration such as 90s, 30m or 1h",
            t.chars().take(20).collect::<String>()
        )
    })?;
    let secs = match unit {
        "s" | "sec" => n,
        "m" | "min" => n * 60,
        "h" => n * 3600,
        _ => return Err(format!("`{t}` has an unknown unit; use s, m or h")),
    };
    if secs == 0 || secs > 24 * 3600 {
        return Err(format!("`{t}` must be between 1 s and 24 h"));
    }
    Ok(Duration::from_secs(secs))
}

pub fn list_checks() -> Report {
    let classes = CHECKS
        .iter()
        .map(|(id, title, what)| crate::report::ScenarioEntry {
            yields: None,
            name: (*id).to_string(),
            summary: format!("{title}: {what}"),
        })
        .collect();
    Report::new("diagnose --list-checks", None, false)
        .with_details(Details::Scenarios { scenarios: classes })
}

pub fn execute(ctx: &Context, o: &DiagnoseOptions) -> Result<Outcome, AppError> {
    let wait = o.validate()?;
    let settings = ctx.settings()?;
    if let Some(b) = &o.bundle
        && (b == &settings.config_path.value
            || std::fs::canonicalize(b).ok()
                == std::fs::canonicalize(&settings.config_path.value).ok()
                && b.exists())
    {
        return Err(AppError::Usage(format!(
            "--bundle {}: that is the config file; name another file",
            b.display()
        )));
    }
    let plan = o.plan();
    let runtime = super::runtime()?;
    let observer = super::observer(ctx, &settings);
    let mut diagnosis = run_waiting(&runtime, &settings, &plan, &observer, wait)?;
    if let Some(note) = super::secret::remember_from_graph(&settings, &diagnosis.steps) {
        ctx.notice(&note);
    }
    let stores = super::certs::diagnosis_steps(&settings, diagnosis.facts.as_ref());
    diagnosis.steps.extend(stores);
    let keep = o.kept_checks();
    diagnosis.steps.retain(|s| keep.contains(&s.id));
    let host = settings.smtp_host.value.clone();
    let failed = diagnosis.steps.iter().any(|s| s.status == Status::Fail);
    let headline = match o.mode {
        Mode::TestConnection if !failed => Some(format!("Successfully connected to {host}.")),
        Mode::SendTest if !failed => diagnosis
            .steps
            .iter()
            .find(|s| s.id == CheckId::SMTP_SEND)
            .map(|s| format!("Test message accepted by {host}: {}", s.summary)),
        _ => None,
    };
    let command = match o.mode {
        Mode::Diagnose => "diagnose",
        Mode::TestConnection => "test-connection",
        Mode::SendTest => "send-test",
    };
    let details = Details::Diagnosis {
        scenario: None,
        scenario_summary: None,
        timeline: o
            .verbose
            .then(|| super::timeline_lines(&diagnosis.timeline)),
        transcript: o.verbose.then(|| diagnosis.transcript.lines()),
        headline,
    };
    let facts = diagnosis.facts.take();
    let mut secrets = std::mem::take(&mut diagnosis.secrets);
    let transcript = diagnosis.transcript.lines();
    let report = super::diagnosis_report(command.into(), &settings, diagnosis, details);
    if let (Some(path), Some(facts)) = (&o.bundle, facts) {
        secrets.extend(crate::bundle::held_by(&settings));
        let bundle = crate::bundle::Bundle::new(&settings, &plan, facts, transcript, &report);
        bundle.write(path, &secrets).map_err(AppError::Io)?;
    }
    Ok(Outcome::Report(Box::new(report)))
}

/// Runs the diagnosis; with `--wait`, again after a 535 (with backoff) while changes propagate,
/// recording the attempts on the AUTH check. Ctrl-C interrupts.
fn run_waiting(
    runtime: &tokio::runtime::Runtime,
    settings: &crate::settings::Settings,
    plan: &diagnose::Plan,
    observer: &std::sync::Arc<dyn diagnose::Observer>,
    wait: Option<Duration>,
) -> Result<diagnose::Diagnosis, AppError> {
    let started = Instant::now();
    let (mut diagnosis, tries) = runtime.block_on(async {
        let work = async {
            let mut tries = 1u32;
            let mut d = diagnose::run_observed(settings, plan, observer.clone()).await?;
            while let Some(limit) = wait {
                let auth = d.steps.iter().find(|s| s.id == CheckId::SMTP_AUTH);
                let retry = auth.is_some_and(|a| {
                    a.status == Status::Fail && a.class == Some(ClassId::AUTH_REJECTED)
                });
                let backoff = Duration::from_secs((5u64 << tries.min(3)).min(60));
                if !retry || started.elapsed() + backoff > limit {
                    break;
                }
                observer.notice(&format!(
                    "AUTH rejected; retrying in {} s while changes propagate (waited {} s of {} s)",
                    backoff.as_secs(),
                    started.elapsed().as_secs(),
                    limit.as_secs()
                ));
                tokio::time::sleep(backoff).await;
                tries += 1;
                d = diagnose::run_observed(settings, plan, observer.clone()).await?;
            }
            Ok::<_, AppError>((d, tries))
        };
        tokio::select! {
            r = work => r,
            _ = tokio::signal::ctrl_c() => Err(AppError::Interrupted),
        }
    })?;
    if wait.is_some()
        && let Some(auth) = diagnosis
            .steps
            .iter_mut()
            .find(|s| s.id == CheckId::SMTP_AUTH)
    {
        auth.evidence.insert("attempts".into(), json!(tries));
        auth.evidence
            .insert("waited_s".into(), json!(started.elapsed().as_secs()));
    }
    Ok(diagnosis)
}

/// Under `--all-profiles`, an `SMTP_OAUTH_*` variable set for the job would replace the value
/// every profile has for it (a failing printer profile passed because `SMTP_OAUTH_MAILBOX`
/// replaced its mailbox): refused, naming the variable and the profiles, unless
/// `--env-overrides` says so. A variable only fills what profiles leave unset; the proxy and
/// timeout variables are the job's network and apply to all.
fn refuse_silent_overrides(
    ctx: &Context,
    file: &crate::settings::config_file::ConfigFile,
    names: &[String],
) -> Result<(), AppError> {
    const JOB_WIDE: &[&str] = &["proxy", "no_proxy", "timeout", "ca_file", "admin"];
    let mut found = Vec::new();
    for spec in crate::settings::SPECS.iter() {
        if JOB_WIDE.contains(&spec.key) {
            continue;
        }
        // A secret's profile form is its file (`client_secret_file`).
        let profile_key = if spec.secret {
            format!("{}_file", spec.key)
        } else {
            spec.key.to_string()
        };
        for var in spec.env.iter().filter(|v| v.starts_with("SMTP_OAUTH_")) {
            if ctx.env_var(var).is_none() {
                continue;
            }
            let replaced: Vec<&str> = names
                .iter()
                .filter(|n| {
                    file.profile(n)
                        .is_some_and(|t| t.contains_key(&profile_key))
                })
                .map(String::as_str)
                .collect();
            if !replaced.is_empty() {
                found.push(format!(
                    "{var} would replace {profile_key} of {}",
                    replaced.join(", ")
                ));
            }
        }
    }
    if found.is_empty() {
        return Ok(());
    }
    Err(AppError::Usage(format!(
        "--all-profiles diagnoses each profile with its own values, but the environment says otherwise:\n  {}\nunset those variables for this run, or pass --env-overrides to apply them to every profile",
        found.join("\n  ")
    )))
}

/// How many profiles are diagnosed at once under `--all-profiles`: each holds an SMTP session
/// and an HTTPS connection or two (the HTTPS ones pooled across profiles), so the open-file
/// limit caps it too. A profile mostly waits for round trips, so this width also sets the
/// fleet's floor: ⌈profiles / width⌉ × one profile's time. Why 512 and not 256 or 1,024:
/// docs/benchmark.md, "The fleet target".
const FLEET_PARALLELISM: usize = 512;

/// The SMTP sessions Exchange Online allows one mailbox at once; a fourth is refused.
const SESSIONS_PER_MAILBOX: usize = 3;

/// The profiles at once for this process: [`FLEET_PARALLELISM`], or fewer when the open-file
/// limit (raised to its hard limit first) would not hold four descriptors each.
fn fleet_parallelism() -> usize {
    #[cfg(unix)]
    {
        use rustix::process::{Resource, getrlimit, setrlimit};
        let mut limit = getrlimit(Resource::Nofile);
        if limit.current < limit.maximum {
            limit.current = limit.maximum;
            let _ = setrlimit(Resource::Nofile, limit);
        }
        let files = getrlimit(Resource::Nofile).current.unwrap_or(u64::MAX);
        let fit = usize::try_from(files.saturating_sub(64) / 4).unwrap_or(usize::MAX);
        FLEET_PARALLELISM.min(fit).max(1)
    }
    #[cfg(not(unix))]
    FLEET_PARALLELISM
}

/// One profile of a fleet: its own settings (resolved when its turn comes, from the config file
/// shared by every profile, never copied) diagnosed as a report.
async fn fleet_profile(
    settings: Result<crate::settings::Settings, String>,
    plan: diagnose::Plan,
) -> Result<Report, String> {
    let settings = settings?;
    let d = diagnose::run(&settings, &plan)
        .await
        .map_err(|e| e.to_string())?;
    Ok(super::diagnosis_report(
        String::new(),
        &settings,
        d,
        Details::None {},
    ))
}

/// `diagnose --all-profiles`: every profile of the config file, concurrently (bounded overall and
/// to Exchange's three sessions per mailbox), one report with a section per profile. Flags and
/// environment still apply to every profile. Time and memory grow linearly with the profiles:
/// a profile's settings exist only while it runs, and the HTTPS connections are pooled.
pub fn execute_fleet(
    ctx: &Context,
    o: &DiagnoseOptions,
    env_overrides: bool,
) -> Result<Outcome, AppError> {
    use crate::settings::config_file::ConfigFile;
    // An unknown --only check would leave every profile's report empty, and the run passing.
    o.validate()?;
    let (path, _) = ctx.locate()?;
    let file = ConfigFile::load(&path.value)?;
    let names = file.profile_names();
    if names.is_empty() {
        return Err(AppError::Usage(format!(
            "--all-profiles: {} has no profiles",
            path.value.display()
        )));
    }
    if !env_overrides {
        refuse_silent_overrides(ctx, &file, &names)?;
    }
    let plan = o.plan();
    let runtime = super::runtime()?;
    let results = runtime.block_on(async {
        let work = run_fleet(ctx, &file, &names, &path, &plan);
        tokio::select! {
            done = work => Ok(done),
            _ = tokio::signal::ctrl_c() => Err(AppError::Interrupted),
        }
    })?;
    Ok(Outcome::Report(Box::new(fleet_report(results, &o.only))))
}

/// Every profile, at most [`fleet_parallelism`] at once; results in the file's order.
async fn run_fleet(
    ctx: &Context,
    file: &crate::settings::config_file::ConfigFile,
    names: &[String],
    path: &crate::settings::Val<std::path::PathBuf>,
    plan: &diagnose::Plan,
) -> Vec<(usize, String, Result<Report, String>)> {
    use crate::settings::{Settings, Source, Val};
    use std::collections::HashMap;
    use std::sync::Arc;
    use tokio::sync::Semaphore;
    let parallel = fleet_parallelism();
    // One token per app, one discovery per tenant, one read per app-level object for the run.
    let shared = Arc::new(crate::shared::Shared::default());
    let mut per_mailbox: HashMap<String, Arc<Semaphore>> = HashMap::new();
    let mut tasks = tokio::task::JoinSet::new();
    let mut done = Vec::with_capacity(names.len());
    for (index, name) in names.iter().enumerate() {
        while tasks.len() >= parallel {
            if let Some(Ok(r)) = tasks.join_next().await {
                done.push(r);
            }
        }
        let mut args = ctx.cli_settings.clone();
        args.profile = Some(name.clone());
        let profile = Val {
            value: name.clone(),
            source: Source::Flag("--all-profiles"),
        };
        let settings = Settings::resolve(&args, &ctx.env, file, profile, path.clone())
            .map_err(|e| e.to_string());
        let mut plan = plan.clone();
        plan.shared = Some(shared.clone());
        plan.keep_answers = false;
        if let Some(mailbox) = settings.as_ref().ok().and_then(|s| s.mailbox.as_ref()) {
            let slots = per_mailbox
                .entry(mailbox.value.to_ascii_lowercase())
                .or_insert_with(|| Arc::new(Semaphore::new(SESSIONS_PER_MAILBOX)));
            plan.smtp_slots = Some(slots.clone());
        }
        let name = name.clone();
        tasks.spawn(async move { (index, name, fleet_profile(settings, plan).await) });
    }
    while let Some(joined) = tasks.join_next().await {
        if let Ok(r) = joined {
            done.push(r);
        }
    }
    done.sort_by_key(|(i, _, _)| *i);
    done
}

/// One report for the fleet: each profile's checks under its name, a settings error as its one
/// failed check, and the per-profile summaries.
fn fleet_report(results: Vec<(usize, String, Result<Report, String>)>, only: &[String]) -> Report {
    let mut report = Report::new("diagnose --all-profiles", None, false);
    let mut entries = Vec::new();
    for (_, name, outcome) in results {
        match outcome {
            Ok(r) => {
                entries.push(crate::report::FleetEntry {
                    profile: name.clone(),
                    summary: r.summary,
                    error: None,
                });
                for mut check in r.checks {
                    if only.is_empty() || only.contains(&check.id) {
                        check.profile = Some(name.clone());
                        report.push(check);
                    }
                }
            }
            Err(e) => {
                let mut check = crate::report::Check::new("config", "Settings", Status::Fail);
                check.profile = Some(name.clone());
                check.summary = Some(e.clone());
                report.push(check);
                entries.push(crate::report::FleetEntry {
                    profile: name,
                    summary: crate::report::Summary {
                        fail: 1,
                        ..Default::default()
                    },
                    error: Some(e),
                });
            }
        }
    }
    report.with_details(Details::Fleet { profiles: entries })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        assert_eq!(parse_duration("30m").unwrap(), Duration::from_secs(1800));
        assert_eq!(parse_duration("45").unwrap(), Duration::from_secs(45));
        assert_eq!(parse_duration("1h").unwrap(), Duration::from_secs(3600));
        assert!(
            parse_duration("0").is_err()
                && parse_duration("5y").is_err()
                && parse_duration("m").is_err()
        );
    }
}
