//! `secret rotate`: a new client secret through Microsoft Graph (`addPassword`), tested end to
//! end (a token, then SMTP AUTH) before anything else changes, stored where the profile keeps
//! its secret, shown once for the appliance, and only then — confirmed — the old one removed
//! (`removePassword`). A new secret that fails its test, or cannot be stored, is taken back
//! again; the old one is never touched before the new one works.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use secrecy::{ExposeSecret as _, SecretString};
use serde_json::{Value, json};

use super::{AppError, Context, Outcome};
use crate::admin::Graph;
use crate::checks::{CheckId, Status, Step, evidence};
use crate::failures::ClassId;
use crate::report::{Details, Report, vars_from_settings};
use crate::settings::secret::KeyringEntry;
use crate::settings::{AdminMode, SecretSetting, Settings, Source, Target, Val, config_file};

pub struct RotateOptions {
    /// Days the new secret is valid (1–730).
    pub days: u32,
    pub display_name: Option<String>,
    pub keep_old: bool,
    pub yes: bool,
    pub dry_run: bool,
    /// How long a new secret that Entra does not accept yet is tried again.
    pub wait: Duration,
    /// Write the new secret to this file (0600) instead of where the profile keeps it.
    pub secret_file: Option<PathBuf>,
}

impl RotateOptions {
    pub fn from_cli(action: crate::cli::SecretAction) -> Result<RotateOptions, AppError> {
        let crate::cli::SecretAction::Rotate {
            days,
            display_name,
            secret_file,
            how,
        } = action;
        Ok(RotateOptions {
            days,
            display_name,
            keep_old: how.keep_old,
            yes: how.yes,
            dry_run: how.dry_run,
            wait: wait_of(&how.wait)?,
            secret_file,
        })
    }
}

/// What the app registration said about the secret in use (`prereq.credentials`, read with
/// admin access), remembered in the profile — `secret_expires` and `secret_key_id` — so that
/// runs without admin access warn from the right date and match the right secret. Only a
/// profile of the config file is written, only a secret told apart from its siblings, and only
/// values that are unset or came from the profile (a flag or variable stays the user's say).
/// Returns what was written.
pub fn remember_from_graph(settings: &Settings, steps: &[Step]) -> Option<String> {
    let step = steps.iter().find(|s| {
        s.id == CheckId::PREREQ_CREDENTIALS && matches!(s.status, Status::Pass | Status::Warn)
    })?;
    let e = &step.evidence;
    let is_secret = e
        .get("credential")
        .and_then(Value::as_str)
        .is_some_and(|c| c.starts_with("secret"));
    if !is_secret || e.contains_key("secrets_with_this_hint") {
        return None;
    }
    let key_id = e.get("key_id").and_then(Value::as_str)?;
    let expires = e.get("expires").and_then(Value::as_str)?;
    let profile = &settings.profile.value;
    if !settings.profiles_in_file.iter().any(|p| p == profile) {
        return None;
    }
    let ours = |source: Option<&Source>| source.is_none_or(|s| matches!(s, Source::Profile { .. }));
    let mut writes = Vec::new();
    if ours(settings.secret_key_id.as_ref().map(|v| &v.source))
        && settings
            .secret_key_id
            .as_ref()
            .is_none_or(|v| !v.value.eq_ignore_ascii_case(key_id))
    {
        writes.push(("secret_key_id", key_id.to_string()));
    }
    if ours(settings.secret_expires.as_ref().map(|v| &v.source))
        && settings
            .secret_expires
            .as_ref()
            .is_none_or(|v| v.value.to_string() != expires)
    {
        writes.push(("secret_expires", expires.to_string()));
    }
    if writes.is_empty() {
        return None;
    }
    config_file::edit(&settings.config_path.value, |doc| {
        let t = config_file::profile_table(doc, profile);
        for (k, v) in &writes {
            t.insert(k, toml_edit::value(v.as_str()));
        }
    })
    .ok()?;
    Some(format!(
        "Remembered in profile {profile}, as the app registration records it: {}.",
        writes
            .iter()
            .map(|(k, v)| format!("{k} = {v}"))
            .collect::<Vec<_>>()
            .join(", ")
    ))
}

/// `--wait` as a duration.
pub(super) fn wait_of(text: &str) -> Result<Duration, AppError> {
    super::diagnose::parse_duration(text).map_err(|e| AppError::Usage(format!("--wait: {e}")))
}

/// What `addPassword` and `removePassword` need, said when Graph answers 403.
const NEEDS: &str = "changing the app's secrets needs Application.ReadWrite.OwnedBy for an admin app that owns the app (App registrations › the app › Owners) or Application.ReadWrite.All; signed in as a person (--admin device-code), the Application Administrator or Cloud Application Administrator role, or ownership of the app";

/// Where the new secret goes.
enum Store {
    File(PathBuf),
    Keyring(KeyringEntry),
    /// Nowhere: the secret comes from the environment or stdin, so it is shown once and the
    /// user puts it there.
    Shown,
}

impl std::fmt::Display for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Store::File(p) => write!(f, "in {} (mode 0600)", p.display()),
            Store::Keyring(e) => write!(f, "in the OS keyring as {e}"),
            Store::Shown => f.write_str(
                "nowhere by this tool (the secret comes from the environment or stdin): it is shown once, for you to put where the client reads it",
            ),
        }
    }
}

/// The secret this client uses now, as the app registration lists it.
#[derive(Clone, Debug)]
struct Old {
    key_id: String,
    name: String,
    end: String,
}

/// What Graph says about the app before anything changes.
struct Registration {
    display_name: String,
    /// The secret to remove at the end, or why none will be.
    old: Result<Old, String>,
}

/// A secret Graph has just added.
struct Added {
    key_id: String,
    value: SecretString,
    end: time::OffsetDateTime,
}

pub fn execute(ctx: &Context, o: &RotateOptions) -> Result<Outcome, AppError> {
    let settings = ctx.settings()?;
    if settings.client_cert.is_some() || settings.federated_token_file.is_some() {
        return Err(AppError::said(crate::i18n::Words::new(
            "usage-secret-rotate-not-secret",
        )));
    }
    needs(&settings, "secret rotate", "secret", NEEDS)?;
    let interactive = ctx.interactive();
    let store = store_of(&settings, o)?;
    if !o.dry_run && !o.yes && !interactive {
        return Err(AppError::said(crate::i18n::Words::new(
            "usage-secret-rotate-no-terminal",
        )));
    }
    if matches!(store, Store::Shown) && !interactive && !o.dry_run {
        return Err(AppError::said(crate::i18n::Words::new(
            "usage-secret-rotate-no-store",
        )));
    }
    let trust = crate::tls::Trust::new(settings.ca_file.as_ref().map(|c| c.value.as_path()))
        .map_err(|e| AppError::Usage(e.to_string()))?;
    let runtime = super::runtime()?;
    let (steps, lines) = runtime.block_on(rotate(ctx, &settings, o, &store, &trust))?;
    Ok(report_of("secret rotate", &settings, steps, &lines))
}

/// The Graph client a rotation changes the app with, where its admin access came from, and the
/// app's path (`/applications(appId='…')`).
pub(super) async fn admin_graph(
    ctx: &Context,
    settings: &Settings,
    trust: &crate::tls::Trust,
) -> Result<(Graph, String, String), AppError> {
    let client_id = settings.client_id.as_ref().map_or("", |c| c.value.as_str());
    let observer = super::observer(ctx, settings);
    let (token, source) =
        crate::checks::access::graph_write_token(settings, trust, &|t| observer.notice(t))
            .await
            .map_err(|e| AppError::Usage(e.0))?
            .ok_or_else(|| AppError::Usage("no admin access".into()))?;
    let graph = Graph::new(&settings.network(), trust, &settings.graph_url.value, token)
        .map_err(|e| AppError::Usage(e.0))?;
    Ok((graph, source, format!("/applications(appId='{client_id}')")))
}

/// What a rotation needs before anything is asked: the tenant, the app, the mailbox its new
/// credential is tested with, and admin access (`needs`: the permission, for the message).
pub(super) fn needs(
    settings: &Settings,
    command: &str,
    credential: &str,
    needs: &str,
) -> Result<(), AppError> {
    let mailbox =
        format!("the mailbox the new {credential} is tested with: --mailbox or SMTP_OAUTH_MAILBOX");
    for (missing, what) in [
        (
            settings.tenant.is_none(),
            "the tenant: --tenant or SMTP_OAUTH_TENANT",
        ),
        (
            settings.client_id.is_none(),
            "the client id: --client-id or SMTP_OAUTH_CLIENT_ID",
        ),
        (settings.mailbox.is_none(), mailbox.as_str()),
    ] {
        if missing {
            return Err(AppError::Usage(format!("{command} needs {what}")));
        }
    }
    if settings.admin.value == AdminMode::None {
        return Err(AppError::Usage(format!(
            "{command} changes the app registration through Microsoft Graph and needs admin access: --admin device-code (you sign in), --admin app (an admin app's credentials) or --admin token (SMTP_OAUTH_GRAPH_TOKEN); {needs}"
        )));
    }
    Ok(())
}

/// A rotation's report: its checks, and what was done and left as the headline.
pub(super) fn report_of(
    command: &str,
    settings: &Settings,
    steps: Vec<Step>,
    lines: &[String],
) -> Outcome {
    let mut report = Report::new(command, Some(settings), false).with_details(Details::Diagnosis {
        scenario: None,
        scenario_summary: None,
        transcript: None,
        timeline: None,
        headline: Some(lines.join("\n")),
    });
    let vars = vars_from_settings(settings);
    for step in steps {
        report.push(step.into_check(&vars));
    }
    Outcome::Report(Box::new(report))
}

/// Where the profile keeps its secret, or `--secret-file`.
fn store_of(settings: &Settings, o: &RotateOptions) -> Result<Store, AppError> {
    if let Some(path) = &o.secret_file {
        return Ok(Store::File(path.clone()));
    }
    Ok(match &settings.client_secret {
        SecretSetting::Value(Val {
            source: Source::File(path),
            ..
        }) => Store::File(path.clone()),
        SecretSetting::Keyring(entry)
        | SecretSetting::Value(Val {
            source: Source::Keyring(entry),
            ..
        }) => Store::Keyring(entry.clone()),
        SecretSetting::Value(_) => Store::Shown,
        SecretSetting::Unset => {
            return Err(AppError::Usage(
                "there is no client secret to rotate in this profile: `smtp-oauth setup` stores one, or pass --secret-file FILE to say where the new one goes".into(),
            ));
        }
    })
}

/// The whole rotation; returns the report's checks and its headline lines.
async fn rotate(
    ctx: &Context,
    settings: &Settings,
    o: &RotateOptions,
    store: &Store,
    trust: &crate::tls::Trust,
) -> Result<(Vec<Step>, Vec<String>), AppError> {
    let (graph, source, app_path) = admin_graph(ctx, settings, trust).await?;
    let started = Instant::now();
    let registration = match read_registration(settings, &graph, &app_path).await {
        Ok(r) => r,
        Err(why) => {
            let step = Step::fail(
                CheckId::ROTATE_ADD,
                "New client secret",
                started.elapsed(),
                ClassId::CREDENTIAL_CHANGE_FAILED,
                format!("nothing was changed: {why}"),
                serde_json::Map::new(),
            );
            return Ok((vec![step], vec![format!("Admin access: {source}.")]));
        }
    };
    let end = time::OffsetDateTime::now_utc() + time::Duration::days(i64::from(o.days));
    let name = o.display_name.clone().unwrap_or_else(|| {
        format!(
            "smtp-oauth {} {}",
            settings.profile.value,
            time::OffsetDateTime::now_utc().date()
        )
    });
    let plan = plan_text(settings, o, store, &registration, &name, end);
    let mut lines = vec![format!("Admin access: {source}.")];
    if let Some(stop) = stop_before_change(
        o.dry_run,
        o.yes,
        &plan,
        "Add the new client secret and test it?",
    )? {
        lines.push(stop);
        return Ok((Vec::new(), lines));
    }
    let r = Rotation {
        ctx,
        settings,
        o,
        store,
        graph: &graph,
        app_path: &app_path,
    };
    r.apply(&registration, &name, end, started, lines).await
}

/// What the confirmed steps share.
struct Rotation<'a> {
    ctx: &'a Context,
    settings: &'a Settings,
    o: &'a RotateOptions,
    store: &'a Store,
    graph: &'a Graph,
    app_path: &'a str,
}

impl Rotation<'_> {
    /// Add, test (take back on failure), store (take back on failure), show, record, and remove
    /// the old secret once confirmed.
    async fn apply(
        &self,
        registration: &Registration,
        name: &str,
        end: time::OffsetDateTime,
        started: Instant,
        lines: Vec<String>,
    ) -> Result<(Vec<Step>, Vec<String>), AppError> {
        let mut steps = Vec::new();
        let added = match add_password(self.graph, self.app_path, name, end).await {
            Ok(a) => a,
            Err(e) => {
                steps.push(Step::fail(
                    CheckId::ROTATE_ADD,
                    "New client secret",
                    started.elapsed(),
                    ClassId::CREDENTIAL_CHANGE_FAILED,
                    format!("Graph did not add it; nothing was changed: {e}"),
                    serde_json::Map::new(),
                ));
                return Ok((steps, lines));
            }
        };
        steps.push(Step::pass(
            CheckId::ROTATE_ADD,
            "New client secret",
            Some(started.elapsed()),
            format!(
                "added \"{name}\" (Secret ID {}, hint {}…), valid until {}",
                added.key_id,
                hint(&added.value),
                added.end.date()
            ),
            evidence(&[
                ("key_id", json!(added.key_id)),
                ("end", json!(added.end.date().to_string())),
            ]),
        ));
        self.finish(registration, &added, steps, lines).await
    }

    /// After the add: the test (the new secret taken back when it fails), the store (taken back
    /// when it cannot be written), the value shown once, the record, and the old one removed.
    async fn finish(
        &self,
        registration: &Registration,
        added: &Added,
        mut steps: Vec<Step>,
        mut lines: Vec<String>,
    ) -> Result<(Vec<Step>, Vec<String>), AppError> {
        let Rotation {
            ctx,
            settings,
            o,
            store,
            graph,
            app_path,
        } = *self;
        let tested = test_until_accepted(
            ctx,
            &settings_with(settings, added),
            "secret",
            ClassId::INVALID_CLIENT_SECRET,
            o.wait,
        )
        .await?;
        let passed = tested
            .iter()
            .any(|s| s.id == CheckId::SMTP_AUTH && s.status == Status::Pass);
        steps.extend(tested);
        if !passed {
            let why = "it failed its test (the checks below say why)";
            lines.push(take_back(graph, app_path, added, why).await);
            return Ok((steps, lines));
        }
        match keep(store, added) {
            Ok(step) => steps.push(step),
            Err(why) => {
                steps.push(Step::fail(
                    CheckId::ROTATE_STORE,
                    "New secret stored",
                    Duration::ZERO,
                    ClassId::CREDENTIAL_CHANGE_FAILED,
                    why.clone(),
                    serde_json::Map::new(),
                ));
                lines.push(take_back(graph, app_path, added, &why).await);
                return Ok((steps, lines));
            }
        }
        show_once(ctx, settings, added, store);
        lines.push(remember(settings, o, added));
        let removal = remove_old(graph, app_path, registration, added, o).await?;
        lines.extend(removal.1);
        steps.extend(removal.0);
        Ok((steps, lines))
    }
}

fn hint(secret: &SecretString) -> String {
    secret.expose_secret().chars().take(3).collect()
}

/// Before a rotation changes anything: with `--dry-run` the plan; else, unless `--yes`, the
/// plan and a typed `rotate`. `Some(what to report)` when nothing is to be changed.
pub(super) fn stop_before_change(
    dry_run: bool,
    yes: bool,
    plan: &str,
    question: &str,
) -> Result<Option<String>, AppError> {
    if dry_run {
        return Ok(Some(format!("{plan}\nDry run: nothing was changed.")));
    }
    if !yes && !confirm(plan, question, "rotate")? {
        return Ok(Some(format!("{plan}\nNot confirmed: nothing was changed.")));
    }
    Ok(None)
}

/// Asks for a typed word, after showing `plan` (when not empty).
pub(super) fn confirm(plan: &str, question: &str, word: &str) -> Result<bool, AppError> {
    let mut prompter = crate::wizard::Terminal;
    if !plan.is_empty() {
        crate::wizard::Prompter::note(&mut prompter, plan);
    }
    Ok(crate::wizard::typed_confirm(&mut prompter, question, word)?)
}

/// The app's display name and the secret in use (by its remembered keyId, else by its hint).
async fn read_registration(
    settings: &Settings,
    graph: &Graph,
    app_path: &str,
) -> Result<Registration, String> {
    let client_id = settings.client_id.as_ref().map_or("", |c| c.value.as_str());
    let app = graph
        .get(&format!("{app_path}?$select=id,appId,displayName,passwordCredentials"))
        .await
        .map_err(|e| e.0)?
        .ok_or_else(|| format!("Graph has no app registration with the Application (client) ID {client_id} in this tenant (app-not-found)"))?;
    let hint = settings
        .client_secret
        .load()
        .ok()
        .flatten()
        .map(|(s, _)| hint(&s));
    let key_id = settings.secret_key_id.as_ref().map(|k| k.value.as_str());
    Ok(Registration {
        display_name: app["displayName"].as_str().unwrap_or(client_id).to_string(),
        old: secret_in_use(&app, hint.as_deref(), key_id),
    })
}

/// The secret of `app` this client uses: the one with the remembered keyId, else the only one
/// with the hint; otherwise why it cannot be told (then the old secret is kept).
fn secret_in_use(app: &Value, hint: Option<&str>, key_id: Option<&str>) -> Result<Old, String> {
    let secrets: Vec<Old> = app["passwordCredentials"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|p| hint.is_none_or(|h| p["hint"].as_str() == Some(h)))
        .map(|p| Old {
            key_id: p["keyId"].as_str().unwrap_or_default().to_string(),
            name: p["displayName"].as_str().unwrap_or_default().to_string(),
            end: p["endDateTime"]
                .as_str()
                .unwrap_or_default()
                .chars()
                .take(10)
                .collect(),
        })
        .collect();
    if let Some(k) = key_id
        && let Some(found) = secrets.iter().find(|s| s.key_id.eq_ignore_ascii_case(k))
    {
        return Ok(found.clone());
    }
    let Some(h) = hint else {
        return Err("the current secret could not be read, so which of the app's secrets it is cannot be told".into());
    };
    match secrets.as_slice() {
        [one] => Ok(one.clone()),
        [] => Err(format!(
            "no secret of the app starts with {h}…: the current one is not this app's, or was removed already"
        )),
        many => Err(format!(
            "{} secrets of the app start with {h}… (Secret IDs {}): which one this client uses cannot be told",
            many.len(),
            many.iter()
                .map(|s| s.key_id.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        )),
    }
}

fn plan_text(
    settings: &Settings,
    o: &RotateOptions,
    store: &Store,
    r: &Registration,
    name: &str,
    end: time::OffsetDateTime,
) -> String {
    let mailbox = settings.mailbox.as_ref().map_or("", |m| m.value.as_str());
    let client_id = settings.client_id.as_ref().map_or("", |c| c.value.as_str());
    let removal = match (&r.old, o.keep_old) {
        (_, true) => "keep the old secret (--keep-old)".to_string(),
        (Ok(old), false) => format!(
            "remove the old secret \"{}\" (Secret ID {}, until {}){} (Graph removePassword)",
            old.name,
            old.key_id,
            old.end,
            if o.yes {
                ""
            } else {
                " — asked again first, once the new value is on every client"
            }
        ),
        (Err(why), false) => format!("keep the old secret: {why}"),
    };
    format!(
        "The plan, for the app {} ({client_id}):\n  1. add a client secret \"{name}\", valid until {} (Graph addPassword)\n  2. test it: a token, then SMTP AUTH as {mailbox}; if it fails, take it back (removePassword) and stop\n  3. store it {store}, and record its expiry and Secret ID in profile {}\n  4. {removal}",
        r.display_name,
        end.date(),
        settings.profile.value
    )
}

async fn add_password(
    graph: &Graph,
    app_path: &str,
    name: &str,
    end: time::OffsetDateTime,
) -> Result<Added, String> {
    let end_text = end
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default();
    let answer = graph
        .post(
            &format!("{app_path}/addPassword"),
            &json!({"passwordCredential": {"displayName": name, "endDateTime": end_text}}),
            NEEDS,
        )
        .await
        .map_err(|e| e.0)?
        .unwrap_or(Value::Null);
    let (Some(key_id), Some(value)) = (answer["keyId"].as_str(), answer["secretText"].as_str())
    else {
        return Err("Graph's answer to addPassword has no keyId or secretText".into());
    };
    let value = SecretString::from(value.to_string());
    crate::redact::hold_secret(&value);
    let end = answer["endDateTime"]
        .as_str()
        .and_then(|t| {
            time::OffsetDateTime::parse(t, &time::format_description::well_known::Rfc3339).ok()
        })
        .unwrap_or(end);
    Ok(Added {
        key_id: key_id.to_string(),
        value,
        end,
    })
}

/// Removes the new secret again (it failed its test or could not be stored): the tenant is as
/// it was.
async fn take_back(graph: &Graph, app_path: &str, added: &Added, why: &str) -> String {
    match graph
        .post(
            &format!("{app_path}/removePassword"),
            &json!({"keyId": added.key_id}),
            NEEDS,
        )
        .await
    {
        Ok(_) => format!(
            "The new secret was taken back because {why}: the app's secrets and this client are as they were."
        ),
        Err(e) => format!(
            "The new secret (Secret ID {}) failed because {why}, and taking it back failed too ({}): delete it in App registrations › Certificates & secrets. The old secret and this client are unchanged.",
            added.key_id, e.0
        ),
    }
}

/// The settings of this run with the new secret, no admin access (the test is the client's own
/// path) and the new expiry.
fn settings_with(settings: &Settings, added: &Added) -> Settings {
    let mut s = client_only(settings);
    s.client_secret = SecretSetting::Value(Val {
        value: added.value.clone(),
        source: Source::Derived("secret rotate"),
    });
    s.client_cert_password = None;
    s.values.secret_expires = Some(Val {
        value: added.end.date(),
        source: Source::Derived("secret rotate"),
    });
    s
}

/// This run's settings for a new credential's test: the client's own path, without admin
/// access or its tokens (the credential is then set by the caller).
pub(super) fn client_only(settings: &Settings) -> Settings {
    let mut s = settings.clone();
    s.values.admin.value = AdminMode::None;
    s.graph_token = None;
    s.exchange_token = None;
    s.admin_client_secret = SecretSetting::Unset;
    s.warnings = Vec::new();
    s
}

/// The end-to-end test of a new credential (token, AUTH), tried again while Entra refuses it
/// with `not_yet` (a new credential takes a while to reach every region) for up to `wait`.
pub(super) async fn test_until_accepted(
    ctx: &Context,
    test: &Settings,
    what: &str,
    not_yet: ClassId,
    wait: Duration,
) -> Result<Vec<Step>, AppError> {
    let plan = crate::checks::diagnose::Plan::default();
    let started = Instant::now();
    loop {
        let d = crate::checks::diagnose::run_observed(test, &plan, super::observer(ctx, test))
            .await
            .map_err(AppError::from)?;
        let refused = d
            .steps
            .iter()
            .any(|s| s.id == CheckId::TOKEN && s.class == Some(not_yet));
        if !refused || started.elapsed() + Duration::from_secs(5) > wait {
            // The client's own path only: no admin checks (skipped without admin access) and
            // no message.
            return Ok(d
                .steps
                .into_iter()
                .filter(|s| !s.id.as_str().starts_with("prereq.") && s.id != CheckId::SMTP_SEND)
                .collect());
        }
        ctx.notice(&format!("Entra does not accept the new {what} yet (it takes a while to reach every region); trying again in 5 s"));
        tokio::time::sleep(Duration::from_secs(5)).await;
    }
}

/// Writes the new secret where the profile keeps it.
fn keep(store: &Store, added: &Added) -> Result<Step, String> {
    let summary = match store {
        Store::File(path) => {
            config_file::write_private_file(
                path,
                format!("{}\n", added.value.expose_secret()).as_bytes(),
            )
            .map_err(|e| {
                format!(
                    "the new secret could not be written to {}: {e}",
                    path.display()
                )
            })?;
            format!("stored {store}")
        }
        Store::Keyring(entry) => {
            entry
                .set(&added.value)
                .map_err(|e| format!("the new secret could not be stored in the keyring: {e}"))?;
            format!("stored {store}")
        }
        Store::Shown => format!("stored {store}"),
    };
    Ok(Step::pass(
        CheckId::ROTATE_STORE,
        "New secret stored",
        None,
        summary,
        serde_json::Map::new(),
    ))
}

/// The new value, once, on the terminal (never in the report, a log or JSON): for the appliance.
fn show_once(ctx: &Context, settings: &Settings, added: &Added, store: &Store) {
    if !ctx.interactive() {
        return;
    }
    let ise = settings.target.value == Target::Ise;
    let mut text = format!(
        "\nThe new client secret — copy it now, it is not shown again{}:\n\n    {}\n\n",
        if matches!(store, Store::Shown) {
            ""
        } else {
            " (it is also stored, see below)"
        },
        added.value.expose_secret()
    );
    if ise {
        text.push_str(&format!(
            "In Cisco ISE (Administration › System › Settings › SMTP Server):\n    Client Secret   the value above\n    Expiry Date     {}\n\n",
            added.end.date()
        ));
    } else {
        text.push_str(&format!("It expires on {}.\n\n", added.end.date()));
    }
    // Straight to the terminal: the report and the notices scrub every held secret, this one
    // included, so it is written here and nowhere else.
    let _ = std::io::Write::write_all(&mut std::io::stderr(), text.as_bytes());
}

/// Records the new expiry and Secret ID in the profile (when it is one of the config file).
fn remember(settings: &Settings, o: &RotateOptions, added: &Added) -> String {
    let profile = &settings.profile.value;
    let date = added.end.date().to_string();
    if !settings.profiles_in_file.iter().any(|p| p == profile) {
        return format!(
            "No profile {profile} in {} to record the new expiry in: set SMTP_OAUTH_SECRET_EXPIRES={date} and SMTP_OAUTH_SECRET_KEY_ID={} where the client runs.",
            settings.config_path.value.display(),
            added.key_id
        );
    }
    let file = o.secret_file.as_ref().map(|p| p.display().to_string());
    let edited = config_file::edit(&settings.config_path.value, |doc| {
        let t = config_file::profile_table(doc, profile);
        t.insert("secret_expires", toml_edit::value(date.as_str()));
        t.insert("secret_key_id", toml_edit::value(added.key_id.as_str()));
        if let Some(f) = &file {
            t.insert("client_secret_file", toml_edit::value(f.as_str()));
        }
    });
    match edited {
        Ok(_) => format!(
            "Recorded in profile {profile}: secret_expires = {date}, secret_key_id = {}{}.",
            added.key_id,
            file.map(|f| format!(", client_secret_file = {f}"))
                .unwrap_or_default()
        ),
        Err(e) => format!("The new expiry could not be recorded in profile {profile}: {e}"),
    }
}

/// The old secret removed, once the user confirms (the new one is on every client by then).
async fn remove_old(
    graph: &Graph,
    app_path: &str,
    r: &Registration,
    added: &Added,
    o: &RotateOptions,
) -> Result<(Vec<Step>, Vec<String>), AppError> {
    let old = match (&r.old, o.keep_old) {
        (_, true) => {
            return Ok((
                Vec::new(),
                vec!["The old secret was kept (--keep-old).".into()],
            ));
        }
        (Err(why), false) => {
            return Ok((Vec::new(), vec![format!("The old secret was kept: {why}.")]));
        }
        (Ok(old), false) => old,
    };
    if !o.yes
        && !confirm(
            "",
            &format!(
                "Remove the old secret \"{}\" (Secret ID {}) now? Every client still using it stops sending; put the new value on them first.",
                old.name, old.key_id
            ),
            "remove",
        )?
    {
        return Ok((
            Vec::new(),
            vec![format!(
                "The old secret \"{}\" (Secret ID {}) was kept: delete it in App registrations › Certificates & secrets once no client uses it.",
                old.name, old.key_id
            )],
        ));
    }
    let started = Instant::now();
    let removed = graph
        .post(
            &format!("{app_path}/removePassword"),
            &json!({"keyId": old.key_id}),
            NEEDS,
        )
        .await;
    let step = match removed {
        Ok(_) => Step::pass(
            CheckId::ROTATE_REMOVE,
            "Old secret removed",
            Some(started.elapsed()),
            format!(
                "removed \"{}\" (Secret ID {}); the new one ({}) stays",
                old.name, old.key_id, added.key_id
            ),
            evidence(&[("key_id", json!(old.key_id))]),
        ),
        Err(e) => Step::fail(
            CheckId::ROTATE_REMOVE,
            "Old secret removed",
            started.elapsed(),
            ClassId::CREDENTIAL_CHANGE_FAILED,
            format!(
                "Graph did not remove \"{}\" (Secret ID {}): {}; the new secret works and is stored",
                old.name, old.key_id, e.0
            ),
            evidence(&[("key_id", json!(old.key_id))]),
        ),
    };
    Ok((vec![step], Vec::new()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn app(secrets: &[(&str, &str)]) -> Value {
        json!({"passwordCredentials": secrets.iter().map(|(k, h)| json!({
            "keyId": k, "hint": h, "displayName": format!("s {k}"), "endDateTime": "2027-01-02T03:04:05Z",
        })).collect::<Vec<_>>()})
    }

    #[test]
    fn the_old_secret_is_the_one_with_the_key_id_else_the_only_one_with_the_hint() {
        let a = app(&[("k1", "Abc"), ("k2", "Xyz"), ("k3", "Abc")]);
        assert_eq!(secret_in_use(&a, Some("Xyz"), None).unwrap().key_id, "k2");
        assert_eq!(
            secret_in_use(&a, Some("Abc"), Some("k3")).unwrap().key_id,
            "k3"
        );
        // Two with the hint and no key id: never a guess.
        assert!(
            secret_in_use(&a, Some("Abc"), None)
                .unwrap_err()
                .contains("k1, k3")
        );
        assert!(secret_in_use(&a, Some("Qqq"), None).is_err());
        assert!(secret_in_use(&a, None, None).is_err());
        // A key id of another hint's secret is a stale record: the hint decides (two: none).
        assert!(secret_in_use(&a, Some("Abc"), Some("k2")).is_err());
    }
}
