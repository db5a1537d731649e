//! `config show | path | list | set | unset | set-secret`: the settings, where they come from,
//! and edits of one profile. Edits never need the current values to be valid (so a bad value can
//! be fixed with `config set`), and never write a secret anywhere but the keyring or a 0600 file.

use secrecy::SecretString;

use crate::wizard::Prompter as _;
use serde_json::{Map, Value};

use super::{AppError, Context};
use crate::cli::{ConfigAction, SecretStore};
use crate::report::{Details, ProfileEntry, Report};
use crate::settings::config_file::{self, ConfigFile};
use crate::settings::secret::{self, KeyringEntry};
use crate::settings::{self, Source, spec_for};

pub fn execute(ctx: &Context, action: &ConfigAction) -> Result<Report, AppError> {
    match action {
        ConfigAction::Show => show(ctx),
        ConfigAction::Path => {
            let (path, _) = ctx.locate()?;
            let exists = path.value.exists();
            let message = format!(
                "{}{}",
                path.value.display(),
                if exists { "" } else { "  (does not exist yet)" }
            );
            Ok(
                Report::new("config path", None, false).with_details(Details::Message {
                    human: None,
                    message,
                    path: Some(path.value.display().to_string()),
                }),
            )
        }
        ConfigAction::List => list(ctx),
        ConfigAction::Set { key, value } => set(ctx, key, value),
        ConfigAction::Unset { key } => unset(ctx, key),
        ConfigAction::SetSecret { store } => set_secret(ctx, *store),
    }
}

fn show(ctx: &Context) -> Result<Report, AppError> {
    let settings = ctx.settings()?;
    let mut sources = Map::new();
    for row in settings.rows(true) {
        sources.insert(
            row.key.to_string(),
            row.source.map_or(Value::Null, Value::String),
        );
    }
    let details = Details::Config {
        profile: settings.profile.value.clone(),
        config_path: settings.config_path.value.display().to_string(),
        config_exists: settings.config_exists,
        sources,
        warnings: settings.warnings.clone(),
    };
    Ok(Report::new("config show", Some(&settings), true).with_details(details))
}

fn list(ctx: &Context) -> Result<Report, AppError> {
    let (path, profile) = ctx.locate()?;
    let file = ConfigFile::load(&path.value)?;
    let text =
        |t: &toml::Table, k: &str| t.get(k).and_then(toml::Value::as_str).map(str::to_string);
    let profiles = file
        .profile_names()
        .into_iter()
        .map(|name| {
            let table = file.profile(&name);
            ProfileEntry {
                selected: name == profile.value,
                tenant: table.and_then(|t| text(t, "tenant")),
                mailbox: table.and_then(|t| text(t, "mailbox")),
                name,
            }
        })
        .collect();
    Ok(
        Report::new("config list", None, false).with_details(Details::Profiles {
            config_path: path.value.display().to_string(),
            config_exists: file.exists,
            profiles,
        }),
    )
}

/// The profile key for a user-typed setting name; secrets and unknown names are refused.
fn settable_key(name: &str) -> Result<&'static settings::SettingSpec, AppError> {
    let Some(spec) = spec_for(name) else {
        let known: Vec<_> = settings::SPECS
            .iter()
            .filter(|s| !s.secret)
            .map(|s| s.key.replace('_', "-"))
            .collect();
        return Err(AppError::Usage(format!(
            "`{}` is not a setting; settings are: {}",
            name.chars().take(40).collect::<String>(),
            known.join(", ")
        )));
    };
    if spec.secret {
        return Err(AppError::Usage(format!(
            "{} is a secret and is never accepted as a command-line value (argv is visible to every user of the machine); use `smtp-oauth config set-secret`",
            spec.key
        )));
    }
    Ok(spec)
}

fn set(ctx: &Context, name: &str, value: &str) -> Result<Report, AppError> {
    let spec = settable_key(name)?;
    let stored = settings::profile_value(spec, value).map_err(|invalid| {
        AppError::Settings(settings::SettingsError::Invalid(vec![
            settings::InvalidSetting {
                key: spec.key,
                source: Source::ConfigSet,
                invalid,
            },
        ]))
    })?;
    let (path, profile) = ctx.locate()?;
    // As `config show` would show it (a proxy's credentials hidden), in the file's notation.
    let shown = if stored.is_str() {
        toml_edit::Value::from((spec.shown)(value)).to_string()
    } else {
        stored.to_string()
    };
    let shown = shown.trim().to_string();
    let written = config_file::edit(&path.value, |doc| {
        config_file::profile_table(doc, &profile.value)
            .insert(spec.key, toml_edit::Item::Value(stored));
    })?;
    let mut message = format!(
        "Set {} = {shown} in profile {} ({}){}.",
        spec.key,
        profile.value,
        path.value.display(),
        config_file::written_note(&path.value, &written)
    );
    if let Some(advice) = (spec.advise)(value) {
        message.push_str(&format!("\nwarning: {advice}"));
    }
    Ok(
        Report::new("config set", None, false).with_details(Details::Message {
            human: None,
            message,
            path: Some(path.value.display().to_string()),
        }),
    )
}

fn unset(ctx: &Context, name: &str) -> Result<Report, AppError> {
    let spec = spec_for(name).ok_or_else(|| {
        AppError::Usage(format!(
            "`{}` is not a setting",
            name.chars().take(40).collect::<String>()
        ))
    })?;
    let key = if spec.secret {
        format!("{}_file", spec.key)
    } else {
        spec.key.to_string()
    };
    let (path, profile) = ctx.locate()?;
    let file = ConfigFile::load(&path.value)?;
    let present = file
        .profile(&profile.value)
        .is_some_and(|t| t.contains_key(&key));
    let message = if present {
        config_file::edit(&path.value, |doc| {
            config_file::profile_table(doc, &profile.value).remove(&key);
        })?;
        format!(
            "Removed {key} from profile {} ({}).",
            profile.value,
            path.value.display()
        )
    } else {
        format!("Profile {} has no {key}; nothing changed.", profile.value)
    };
    Ok(
        Report::new("config unset", None, false).with_details(Details::Message {
            human: None,
            message,
            path: Some(path.value.display().to_string()),
        }),
    )
}

fn set_secret(ctx: &Context, store: SecretStore) -> Result<Report, AppError> {
    let (path, profile) = ctx.locate()?;
    let (secret, from) = read_new_secret(ctx)?;
    if secret::looks_like_secret_id(&secret) {
        return Err(AppError::Usage(
            "that value is a GUID: the Secret ID, not the secret's Value (failure class secret-id-not-value). \
             The Value is shown only once, when the secret is created: create a new client secret and copy its Value column"
                .into(),
        ));
    }
    let message = match store {
        SecretStore::Keyring => {
            let entry = KeyringEntry {
                profile: profile.value.clone(),
            };
            entry.set(&secret)?;
            // A secret file named in the profile would win over the keyring: drop the reference.
            let file = ConfigFile::load(&path.value)?;
            if file
                .profile(&profile.value)
                .is_some_and(|t| t.contains_key("client_secret_file"))
            {
                config_file::edit(&path.value, |doc| {
                    config_file::profile_table(doc, &profile.value).remove("client_secret_file");
                })?;
            }
            format!("Stored the client secret (from {from}) in the OS keyring as {entry}.")
        }
        SecretStore::File => {
            let file = ConfigFile::load(&path.value)?;
            let secret_path = file.dir().join(format!("{}.secret", profile.value));
            {
                use secrecy::ExposeSecret;
                config_file::write_private_file(
                    &secret_path,
                    format!("{}\n", secret.expose_secret()).as_bytes(),
                )
                .map_err(|e| {
                    AppError::Io(format!("cannot write {}: {e}", secret_path.display()))
                })?;
            }
            let shown = secret_path.display().to_string();
            config_file::edit(&path.value, |doc| {
                config_file::profile_table(doc, &profile.value)
                    .insert("client_secret_file", toml_edit::value(shown.clone()));
            })?;
            format!(
                "Stored the client secret (from {from}) in {shown} (mode 0600), referenced by profile {}.",
                profile.value
            )
        }
    };
    let message = message
        + "\nRecord its expiry too, so smtp-oauth can warn before mail stops: smtp-oauth config set secret-expires YYYY-MM-DD";
    Ok(
        Report::new("config set-secret", None, false).with_details(Details::Message {
            human: None,
            message,
            path: Some(path.value.display().to_string()),
        }),
    )
}

/// The secret to store: --client-secret-file, --client-secret-stdin, SMTP_OAUTH_CLIENT_SECRET,
/// or a prompt without echo when a terminal is attached.
fn read_new_secret(ctx: &Context) -> Result<(SecretString, String), AppError> {
    let a = &ctx.cli_settings;
    if let Some(p) = &a.client_secret_file {
        return Ok((
            secret::read_private_file("client secret", p)?,
            format!("file {}", p.display()),
        ));
    }
    if a.client_secret_stdin {
        return Ok((secret::read_stdin("client secret")?, "stdin".into()));
    }
    if let Some(v) = ctx.env_var("SMTP_OAUTH_CLIENT_SECRET") {
        return Ok((
            secret::non_empty("client secret", "SMTP_OAUTH_CLIENT_SECRET", &v)?,
            "env SMTP_OAUTH_CLIENT_SECRET".into(),
        ));
    }
    if !ctx.interactive() {
        return Err(AppError::Usage(
            "no client secret given: pipe it with --client-secret-stdin, name a 0600 file with --client-secret-file, \
             or set SMTP_OAUTH_CLIENT_SECRET (without a terminal there is no prompt)"
                .into(),
        ));
    }
    let mut p = crate::wizard::Terminal;
    p.note(
        "Paste the client secret's Value (Entra admin center › App registrations › your app › Certificates & secrets).\n\
         It is not echoed. The Value is shown only once in the portal; the Secret ID (a GUID) will not work.",
    );
    let text = p.password("Client secret value").map_err(|e| match e {
        crate::wizard::WizardError::Cancelled => AppError::Interrupted,
        crate::wizard::WizardError::Io(io) => AppError::Io(format!("cannot read the secret: {io}")),
    })?;
    Ok((
        secret::non_empty(
            "client secret",
            "the prompt",
            secrecy::ExposeSecret::expose_secret(&text),
        )?,
        "prompt".into(),
    ))
}
