//! `setup` (alias `init`): the wizard, the test connection before saving (with the way back to the
//! value most likely wrong), the save, and the values as the client wants them — Cisco ISE's fields
//! or a table and exports — followed by the Exchange steps still to do. Non-interactive with flags
//! and environment; never a prompt without a terminal.

use crate::checks::CheckId;
use crate::failures::ClassId;

use secrecy::ExposeSecret;

use super::{AppError, Context, Outcome};
use crate::checks::diagnose::{self, Plan};
use crate::checks::{Status, Step};
use crate::cloud::Cloud;
use crate::i18n::{Arg, Lang, t, tr, tr_in};
use crate::report::{Details, Report};
use crate::settings::config_file::{self, ConfigFile};
use crate::settings::secret::KeyringEntry;
use crate::settings::{Settings, Source, Target, Val};
use crate::wizard::{self, Client, Field, Prompter, Store, Values, WizardError};

pub struct SetupOptions {
    pub non_interactive: bool,
    pub store: Option<Store>,
    pub ise_release: Option<String>,
    pub no_test: bool,
    /// `--save-anyway`: save after a failing test (without a terminal).
    pub save_anyway: bool,
}

impl From<WizardError> for AppError {
    fn from(e: WizardError) -> Self {
        match e {
            WizardError::Cancelled => {
                AppError::said(crate::i18n::Words::new("usage-setup-cancelled"))
            }
            WizardError::Io(e) => AppError::Io(e),
        }
    }
}

/// The starting values: whatever the flags, environment and profile already say.
fn defaults(settings: Option<&Settings>, o: &SetupOptions) -> Values {
    let s = settings;
    let client = match (s.map(|s| s.target.value), &o.ise_release) {
        (_, Some(r)) => Client::Ise { release: r.clone() },
        (Some(Target::Ise), None) => Client::Ise {
            release: String::new(),
        },
        _ => Client::Generic,
    };
    let ise = matches!(client, Client::Ise { .. });
    Values {
        client,
        cloud: s.map_or(Cloud::Global, |s| s.cloud.value),
        tenant: s
            .and_then(|s| s.tenant.as_ref())
            .map(|t| t.value.as_str().to_string())
            .unwrap_or_default(),
        client_id: s
            .and_then(|s| s.client_id.as_ref())
            .map(|c| c.value.clone())
            .unwrap_or_default(),
        secret: s
            .and_then(|s| s.client_secret.load().ok().flatten())
            .map(|(secret, _)| secret),
        certificate: s
            .and_then(|s| s.client_cert.as_ref())
            .map(|c| c.value.display().to_string()),
        certificate_password: s
            .and_then(|s| s.client_cert_password.as_ref())
            .map(|p| p.value.clone()),
        secret_expires: s
            .and_then(|s| s.secret_expires.as_ref())
            .map(|d| d.value.to_string()),
        mailbox: s
            .and_then(|s| s.mailbox.as_ref())
            .map(|m| m.value.clone())
            .unwrap_or_default(),
        smtp_host: s.map(|s| s.smtp_host.value.clone()).unwrap_or_default(),
        smtp_port: s.map_or(587, |s| s.smtp_port.value),
        // ISE's guide sets 60 s; a timeout the user gave wins.
        timeout: match s {
            Some(s) if s.timeout.source != Source::Default => {
                crate::settings::seconds_json(s.timeout.value).to_string()
            }
            _ if ise => wizard::ISE_TIMEOUT.into(),
            Some(s) => crate::settings::seconds_json(s.timeout.value).to_string(),
            None => "20".into(),
        },
        store: o.store.unwrap_or(Store::File),
    }
}

/// Settings made of the wizard's values, over the user's other flags and environment.
fn settings_of(ctx: &Context, v: &Values) -> Result<Settings, AppError> {
    let mut args = ctx.cli_settings.clone();
    args.values.tenant = Some(v.tenant.clone());
    args.values.client_id = Some(v.client_id.clone());
    args.values.mailbox = Some(v.mailbox.clone());
    args.values.smtp_host = Some(v.smtp_host.clone());
    args.values.smtp_port = Some(v.smtp_port.to_string());
    args.values.timeout = Some(v.timeout.clone());
    args.values.cloud = Some(v.cloud.name().into());
    args.values.secret_expires.clone_from(&v.secret_expires);
    args.values.client_cert.clone_from(&v.certificate);
    args.client_secret_file = None;
    args.client_secret_stdin = false;
    // Tested as the client sends it: ISE fills in its own scope.
    if matches!(v.client, Client::Ise { .. }) && args.values.scope.is_none() {
        args.values.scope = Some(wizard::ise_scope(v.cloud));
    }
    let secret = v.secret.as_ref().map(|s| s.expose_secret().to_string());
    let env = move |name: &str| {
        if name == "SMTP_OAUTH_CLIENT_SECRET" {
            return secret.clone();
        }
        std::env::var(name).ok()
    };
    let (path, profile) = ctx.locate()?;
    let file = ConfigFile::load(&path.value)?;
    // The profile may not exist yet: it is about to be written.
    let profile = Val {
        value: profile.value,
        source: Source::Default,
    };
    Ok(Settings::resolve(&args, &env, &file, profile, path)?)
}

/// The test connection: token, TLS, AUTH (no message).
/// What the test connection found.
struct Tested {
    steps: Vec<Step>,
    vars: crate::failures::Vars,
    /// The Enterprise app's object id, from the token.
    oid: Option<String>,
    /// The tenant GUID, when the tenant was given as a domain.
    tenant_id: Option<String>,
    /// The Exchange service principal and FullAccess were confirmed through the admin API.
    exchange_confirmed: bool,
    /// The test failed and the user chose not to save: the report ends the run (exit 1).
    not_saved: bool,
}

fn test_connection(ctx: &Context, v: &Values) -> Result<Tested, AppError> {
    let settings = settings_of(ctx, v)?;
    let runtime = super::runtime()?;
    let plan = Plan::default();
    let d = runtime.block_on(async {
        tokio::select! {
            d = diagnose::run_observed(&settings, &plan, super::observer(ctx, &settings)) => d.map_err(AppError::from),
            _ = tokio::signal::ctrl_c() => Err(AppError::Interrupted),
        }
    })?;
    let evidence = |id: CheckId, key: &str| {
        d.steps
            .iter()
            .find(|s| s.id == id)
            .and_then(|s| s.evidence.get(key))
            .and_then(|o| o.as_str())
            .map(str::to_string)
    };
    let oid = evidence(CheckId::TOKEN_CLAIMS, "oid");
    let tenant_id = evidence(CheckId::TENANT, "tenant_id");
    let passed = |id: CheckId| {
        d.steps
            .iter()
            .any(|s| s.id == id && s.status == Status::Pass)
    };
    // A 235 to AUTH proves the Exchange side as well as the admin API would: no setup steps
    // are suggested after it.
    let exchange_confirmed = passed(CheckId::SMTP_AUTH)
        || (passed(CheckId::PREREQ_EXCHANGE_SP) && passed(CheckId::PREREQ_MAILBOX_PERMISSION));
    let steps = d
        .steps
        .into_iter()
        .filter(|s| !s.id.as_str().starts_with("prereq.") && s.id != CheckId::SMTP_SEND)
        .collect();
    Ok(Tested {
        steps,
        vars: d.vars,
        oid,
        tenant_id,
        exchange_confirmed,
        not_saved: false,
    })
}

/// Without a terminal every value comes from flags or the environment: says which are missing,
/// and refuses what the client cannot take.
fn complete_without_terminal(v: &mut Values, o: &SetupOptions) -> Result<(), AppError> {
    let mut missing = Vec::new();
    for (empty, what) in [
        (v.tenant.is_empty(), "tenant: --tenant or SMTP_OAUTH_TENANT"),
        (
            v.client_id.is_empty(),
            "client id: --client-id or SMTP_OAUTH_CLIENT_ID",
        ),
        (
            v.secret.is_none() && v.certificate.is_none(),
            "client secret: SMTP_OAUTH_CLIENT_SECRET, --client-secret-file or --client-secret-stdin (or --client-cert)",
        ),
        (
            v.mailbox.is_empty(),
            "mailbox: --mailbox or SMTP_OAUTH_MAILBOX",
        ),
    ] {
        if empty {
            missing.push(format!("  {what}"));
        }
    }
    if !missing.is_empty() {
        return Err(AppError::Usage(format!(
            "setup without a terminal takes every value from flags or the environment; missing:\n{}",
            missing.join("\n")
        )));
    }
    if v.secret.is_some() && o.store.is_none() {
        v.store = Store::File;
    }
    if let Client::Ise { release } = &v.client {
        if !release.is_empty()
            && let Err(why) = wizard::ise_supported(release)
        {
            return Err(AppError::Usage(why));
        }
        if v.certificate.is_some() {
            return Err(AppError::Usage(
                "Cisco ISE's SMTP Server page takes a client secret only: give the secret (SMTP_OAUTH_CLIENT_SECRET, --client-secret-file or --client-secret-stdin), not --client-cert".into(),
            ));
        }
    }
    Ok(())
}

/// Tests the values; at a terminal, after a failure, asks whether to change the value the
/// failure points to and tests again, until the test passes or the user saves anyway.
fn test_until_accepted(
    ctx: &Context,
    p: &mut dyn wizard::Prompter,
    v: &mut Values,
    interactive: bool,
    draft: Option<&wizard::draft::Draft>,
) -> Result<Tested, AppError> {
    loop {
        let t = test_connection(ctx, v)?;
        let failed = t.steps.iter().find(|s| s.status == Status::Fail).cloned();
        if interactive {
            show_test(p, &t);
        }
        if let Some(guid) = &t.tenant_id {
            if interactive {
                p.note(&tr(
                    "setup-tenant-is",
                    &[("tenant", Arg::Text(&v.tenant)), ("guid", Arg::Text(guid))],
                ));
            }
            v.tenant.clone_from(guid);
        }
        let Some(failed) = failed else {
            if interactive {
                p.note(&format!(
                    "{}\n",
                    tr("setup-connected", &[("host", Arg::Text(&v.smtp_host))])
                ));
            }
            return Ok(t);
        };
        if !interactive {
            return Ok(t);
        }
        let class = failed.class.unwrap_or(ClassId::PROTOCOL_ERROR);
        // The tenant in another cloud: the cloud is what to change (discovery often says which).
        let cloud = wizard::cloud_suspect(&t.steps, v.cloud);
        if let Some(Some(said)) = cloud {
            p.note(&tr(
                "setup-other-cloud",
                &[
                    ("said", Arg::Text(said.name())),
                    ("chosen", Arg::Text(v.cloud.name())),
                ],
            ));
        }
        let suspect = if cloud.is_some() {
            Some(Field::Cloud)
        } else {
            wizard::field_for(class)
        };
        // After a 535, a missing FullAccess or SMTP AUTH switched off, the value typed is most
        // likely right and the Exchange steps are the fix: "no change" is the suggestion.
        let value_likely_wrong = cloud.is_some()
            || !matches!(
                class,
                ClassId::AUTH_REJECTED
                    | ClassId::MAILBOX_PERMISSION_MISSING
                    | ClassId::SMTP_AUTH_DISABLED
            );
        match suspect {
            Some(field) if ask_change(p, class, field, value_likely_wrong)? => {
                // The cloud discovery named is the suggestion.
                if let Some(Some(said)) = cloud {
                    v.cloud = said;
                }
                wizard::ask(p, Some(field), v, draft)?;
            }
            _ => {
                let save = save_after_failure(p, class, value_likely_wrong)?;
                return Ok(Tested {
                    not_saved: !save,
                    ..t
                });
            }
        }
    }
}

pub fn execute(ctx: &Context, o: &SetupOptions) -> Result<Outcome, AppError> {
    let interactive = !o.non_interactive && ctx.interactive();
    let current = ctx.settings().ok();
    let mut v = defaults(current.as_ref(), o);
    let mut p = wizard::Terminal;
    let draft = gather(ctx, o, &mut p, &mut v, interactive)?;

    // Test before saving, as the appliance does; on failure, back to the value most likely wrong.
    let d = draft.as_ref();
    let tested = (!o.no_test)
        .then(|| test_until_accepted(ctx, &mut p, &mut v, interactive, d))
        .transpose()?;

    let (path, profile) = ctx.locate()?;
    let test_failed = tested
        .as_ref()
        .is_some_and(|t| t.steps.iter().any(|s| s.status == Status::Fail));
    let declined = tested.as_ref().is_some_and(|t| t.not_saved);
    if declined || (!interactive && test_failed && !o.save_anyway) {
        // Nothing written: the profile, its secret file or keyring entry stay as they were.
        let settings = settings_of(ctx, &v)?;
        return Ok(not_saved(
            &settings,
            tested,
            declined,
            &profile.value,
            &path.value,
        ));
    }
    if interactive
        && !p.confirm(
            &tr(
                "setup-save-profile",
                &[
                    ("profile", Arg::Text(&profile.value)),
                    ("path", Arg::Text(&path.value.display().to_string())),
                ],
            ),
            true,
        )?
    {
        return Err(WizardError::Cancelled.into());
    }
    let stored = save(&path.value, &profile.value, &v)?;
    if let Some(d) = &draft {
        d.remove();
    }

    let settings = settings_of(ctx, &v)?;
    let mut report = Report::new("setup", Some(&settings), false);
    let oid = tested.as_ref().and_then(|t| t.oid.clone());
    let confirmed = tested.as_ref().is_some_and(|t| t.exchange_confirmed);
    if let Some(t) = tested {
        // At a terminal the test's report was shown as it ran: one report per test, so only
        // what failed (saved anyway) comes again.
        for s in t.steps {
            if !interactive || s.status == Status::Fail {
                report.push(s.into_check(&t.vars));
            }
        }
    }
    let said = Summary {
        values: &v,
        settings: &settings,
        stored: &stored,
        oid: oid.as_deref(),
        confirmed,
        path: &path.value,
    };
    let message = summary(Lang::En, &said);
    let human = Some(summary(crate::i18n::current(), &said));
    Ok(Outcome::Report(Box::new(report.with_details(
        Details::Message {
            human,
            message,
            path: Some(path.value.display().to_string()),
        },
    ))))
}

/// Every value: asked at a terminal (with the draft of a stopped setup offered, and kept after
/// each answer), else from flags and the environment. Returns the draft kept.
fn gather(
    ctx: &Context,
    o: &SetupOptions,
    p: &mut dyn wizard::Prompter,
    v: &mut Values,
    interactive: bool,
) -> Result<Option<wizard::draft::Draft>, AppError> {
    if !interactive {
        complete_without_terminal(v, o)?;
        return Ok(None);
    }
    let draft = ctx
        .locate()
        .ok()
        .and_then(|(_, profile)| wizard::draft::Draft::of(&profile.value));
    resume(p, draft.as_ref(), v)?;
    wizard::ask(p, None, v, draft.as_ref())?;
    Ok(draft)
}

/// The test's report, shown as it ran (at a terminal).
fn show_test(p: &mut dyn wizard::Prompter, t: &Tested) {
    let mut preview = Report::new("setup", None, false);
    for s in t.steps.clone() {
        preview.push(s.into_check(&t.vars));
    }
    let opts = crate::render::OutputOptions::human(true);
    p.note(&format!(
        "\n{}",
        crate::render::human::render(&preview, &opts)
    ));
}

/// After a failed test, with no value to change: save or not. What is missing on the Exchange
/// side is said, and saving suggested (the values are right); otherwise "no" is suggested.
fn save_after_failure(
    p: &mut dyn wizard::Prompter,
    class: ClassId,
    value_likely_wrong: bool,
) -> Result<bool, AppError> {
    let exchange_side = !value_likely_wrong
        || crate::failures::by_id(class.as_str())
            .is_some_and(|c| c.area == crate::failures::Area::Exchange);
    if exchange_side {
        p.note(&tr(
            "setup-exchange-side",
            &[("class", Arg::Text(class.as_str()))],
        ));
        Ok(p.confirm(&t("setup-save"), true)?)
    } else {
        Ok(p.confirm(&t("setup-save-anyway"), false)?)
    }
}

/// The report of a setup that saved nothing because its test failed: what failed (at a
/// terminal, where the whole test was shown already, only that), and what to do.
fn not_saved(
    settings: &Settings,
    tested: Option<Tested>,
    declined: bool,
    profile: &str,
    path: &std::path::Path,
) -> Outcome {
    let mut report = Report::new("setup", Some(settings), false);
    if let Some(t) = tested {
        for s in t.steps {
            if !declined || s.status == Status::Fail {
                report.push(s.into_check(&t.vars));
            }
        }
    }
    let again = if declined {
        "setup-again-declined"
    } else {
        "setup-again"
    };
    let path_text = path.display().to_string();
    let in_lang = |lang: Lang| {
        let again = tr_in(lang, again, &[]);
        tr_in(
            lang,
            "setup-not-saved",
            &[
                ("profile", Arg::Text(profile)),
                ("path", Arg::Text(&path_text)),
                ("again", Arg::Text(&again)),
            ],
        )
    };
    Outcome::Report(Box::new(report.with_details(Details::Message {
        human: Some(in_lang(crate::i18n::current())),
        message: in_lang(Lang::En),
        path: Some(path_text.clone()),
    })))
}

/// A draft of an earlier, stopped setup of this profile: offered, and its answers become the
/// defaults; declined, it is removed.
fn resume(
    p: &mut dyn wizard::Prompter,
    draft: Option<&wizard::draft::Draft>,
    v: &mut Values,
) -> Result<(), AppError> {
    let Some(d) = draft else {
        return Ok(());
    };
    let mut restored = v.clone();
    let Some(when) = d.restore(&mut restored) else {
        return Ok(());
    };
    let shown: Vec<String> = [
        ("setup-resume-tenant", &restored.tenant),
        ("setup-resume-client-id", &restored.client_id),
        ("setup-resume-mailbox", &restored.mailbox),
    ]
    .iter()
    .filter(|(_, x)| !x.is_empty())
    .map(|(id, x)| tr(id, &[("value", Arg::Text(x))]))
    .collect();
    let answers = if shown.is_empty() {
        t("setup-resume-nothing")
    } else {
        shown.join(&t("report-list-separator"))
    };
    p.note(&tr(
        "setup-resume",
        &[("when", Arg::Text(&when)), ("answers", Arg::Text(&answers))],
    ));
    if p.confirm(&t("setup-resume-go-on"), true)? {
        *v = restored;
    } else {
        d.remove();
    }
    Ok(())
}

/// After a failed test: change `field`? (`likely` is the suggested answer.)
fn ask_change(
    p: &mut dyn wizard::Prompter,
    class: ClassId,
    field: Field,
    likely: bool,
) -> Result<bool, WizardError> {
    let name = crate::i18n::t(field_name(field));
    p.confirm(
        &tr(
            "setup-change-field",
            &[
                ("class", Arg::Text(class.as_str())),
                ("field", Arg::Text(&name)),
            ],
        ),
        likely,
    )
}

/// The message naming a field in a question.
fn field_name(f: Field) -> &'static str {
    match f {
        Field::Cloud => "setup-field-cloud",
        Field::Tenant => "setup-field-tenant",
        Field::ClientId => "setup-field-client-id",
        Field::Credential => "setup-field-credential",
        Field::Mailbox => "setup-field-mailbox",
        Field::Server => "setup-field-server",
    }
}

/// Puts the secret where `v.store` says; returns where it went, and the secret file if any.
fn store_secret(
    path: &std::path::Path,
    profile: &str,
    v: &Values,
) -> Result<(crate::i18n::Words, Option<String>), AppError> {
    let mut stored = crate::i18n::Words::new("setup-stored-nowhere");
    let mut secret_file = None;
    if let Some(secret) = &v.secret {
        match v.store {
            Store::Keyring => {
                let entry = KeyringEntry {
                    profile: profile.to_string(),
                };
                entry.set(secret)?;
                stored = crate::i18n::Words::new("setup-stored-keyring")
                    .text("entry", entry.to_string());
            }
            Store::File => {
                let file = path
                    .parent()
                    .map_or_else(
                        || std::path::PathBuf::from("."),
                        std::path::Path::to_path_buf,
                    )
                    .join(format!("{profile}.secret"));
                config_file::write_private_file(
                    &file,
                    format!("{}\n", secret.expose_secret()).as_bytes(),
                )
                .map_err(|e| AppError::Io(format!("cannot write {}: {e}", file.display())))?;
                stored = crate::i18n::Words::new("setup-stored-file")
                    .text("path", file.display().to_string());
                secret_file = Some(file.display().to_string());
            }
            Store::Environment => {}
        }
    }
    Ok((stored, secret_file))
}

/// Writes the profile (and the secret where it belongs); returns where the secret went.
fn save(path: &std::path::Path, profile: &str, v: &Values) -> Result<crate::i18n::Words, AppError> {
    let (stored, secret_file) = store_secret(path, profile, v)?;
    let target = if matches!(v.client, Client::Ise { .. }) {
        "ise"
    } else {
        "generic"
    };
    // Every value in the one on-disk form `config set` writes too (`profile_value`).
    let mut set: Vec<(&str, String)> = vec![
        ("tenant", v.tenant.trim().to_string()),
        ("client_id", v.client_id.trim().to_string()),
        ("mailbox", v.mailbox.trim().to_string()),
        ("cloud", v.cloud.name().to_string()),
        ("smtp_host", v.smtp_host.trim().to_string()),
        ("smtp_port", v.smtp_port.to_string()),
        ("timeout", v.timeout.trim().to_string()),
        ("target", target.to_string()),
    ];
    let mut unset = Vec::new();
    for (key, value) in [
        ("secret_expires", v.secret_expires.as_deref()),
        ("client_cert", v.certificate.as_deref()),
        ("client_secret_file", secret_file.as_deref()),
    ] {
        match value {
            Some(x) => set.push((key, x.to_string())),
            None => unset.push(key),
        }
    }
    let mut stored_values = Vec::new();
    for (key, value) in set {
        let spec = crate::settings::spec_for(key).expect("setup writes settings of the table");
        let stored = crate::settings::profile_value(spec, &value)
            .map_err(|e| AppError::Usage(format!("{key}: {}", e.problem)))?;
        stored_values.push((key, stored));
    }
    config_file::edit(path, |doc| {
        let t = config_file::profile_table(doc, profile);
        for (key, value) in stored_values {
            t.insert(key, toml_edit::Item::Value(value));
        }
        if let Client::Ise { release } = &v.client {
            t.insert("ise_version", toml_edit::value(release.as_str()));
        }
        for key in unset {
            t.remove(key);
        }
    })?;
    Ok(stored)
}

/// What to do next: the values as the client wants them, then the Exchange steps; in `lang`.
fn summary(lang: Lang, s: &Summary<'_>) -> String {
    let say = |id: &str, args: &[(&str, Arg<'_>)]| tr_in(lang, id, args);
    let (v, settings) = (s.values, s.settings);
    let tenant_id =
        crate::settings::validate::parse_guid(&v.tenant).unwrap_or_else(|| v.tenant.clone());
    let stored = s.stored.in_lang(lang).unwrap_or_default();
    let path = s.path.display().to_string();
    let mut out = say(
        "setup-saved",
        &[("path", Arg::Text(&path)), ("stored", Arg::Text(&stored))],
    );
    out.push_str("\n\n");
    match &v.client {
        Client::Ise { release } => {
            let release = if release.is_empty() {
                String::new()
            } else {
                format!(" {release}")
            };
            out.push_str(&format!(
                "Cisco ISE{release}: Administration › System › Settings › SMTP Server\n"
            ));
            for (field, value) in wizard::ise_fields(v, &tenant_id, lang) {
                out.push_str(&format!("  {field:<26} {value}\n"));
            }
            out.push('\n');
            out.push_str(&say("setup-ise-after", &[]));
            out.push('\n');
        }
        Client::Generic => out.push_str(&client_table(lang, settings, v, &tenant_id)),
    }
    if s.confirmed {
        out.push('\n');
        out.push_str(&say("setup-exchange-in-place", &[]));
        return out;
    }
    let oid = s.oid.unwrap_or("<enterprise-app-object-id>");
    out.push_str(&format!(
        "\n{}\n  Connect-ExchangeOnline\n  New-ServicePrincipal -AppId {} -ObjectId {oid}\n  Add-MailboxPermission -Identity {} -User {oid} -AccessRights FullAccess\n{}",
        say("setup-exchange-steps", &[]),
        v.client_id,
        v.mailbox,
        say("setup-exchange-steps-note", &[])
    ));
    out
}

/// For a generic client: the values as a table, and as exports for a shell or CI; in `lang`.
fn client_table(lang: Lang, settings: &Settings, v: &Values, tenant_id: &str) -> String {
    let say = |id: &str, args: &[(&str, Arg<'_>)]| tr_in(lang, id, args);
    let mut out = String::new();
    out.push_str(&say("setup-generic-intro", &[]));
    out.push('\n');
    let rows = [
        ("setup-row-smtp-server", settings.smtp_host.value.clone()),
        (
            "setup-row-port",
            format!("{} / STARTTLS", settings.smtp_port.value),
        ),
        (
            "setup-row-authentication",
            say("setup-row-authentication-value", &[]),
        ),
        ("setup-row-username", v.mailbox.clone()),
        ("setup-row-tenant", tenant_id.to_string()),
        ("setup-row-client", v.client_id.clone()),
        (
            "setup-row-token-endpoint",
            settings
                .token_endpoint
                .as_ref()
                .map(|t| t.value.to_string())
                .unwrap_or_default(),
        ),
        ("setup-row-scope", settings.scope.value.clone()),
    ];
    let labels: Vec<String> = rows.iter().map(|(id, _)| say(id, &[])).collect();
    let width = crate::i18n::columns(labels.iter().map(String::as_str)).max(18);
    for (label, (_, val)) in labels.iter().zip(&rows) {
        out.push_str(&format!("  {} {val}\n", crate::i18n::pad(label, width)));
    }
    out.push_str(&format!(
        "\n  export SMTP_OAUTH_TENANT={tenant_id}\n  export SMTP_OAUTH_CLIENT_ID={}\n  export SMTP_OAUTH_MAILBOX={}\n  export SMTP_OAUTH_CLIENT_SECRET=…   # {}\n",
        v.client_id,
        v.mailbox,
        say("setup-export-secret-comment", &[])
    ));
    out
}

/// What [`summary`] says things about.
struct Summary<'a> {
    values: &'a Values,
    settings: &'a Settings,
    stored: &'a crate::i18n::Words,
    oid: Option<&'a str>,
    confirmed: bool,
    path: &'a std::path::Path,
}
