//! Resolution of every setting from flags, environment, the profile and defaults, in that order,
//! into one validated [`Settings`] that remembers where each value came from.
//!
//! Owns the SPEC's settings table ([`SPECS`]), the config-file location, and the secret sources.
//! It performs no network I/O; the keyring is only asked when a secret is actually needed.

pub mod config_file;
pub mod secret;
pub mod table;
pub mod validate;

use std::fmt::{self, Write as _};
use std::path::{Path, PathBuf};
use std::time::Duration;

use secrecy::SecretString;
use url::Url;

use crate::cli::SettingArgs;
use config_file::ConfigFile;
use secret::{KeyringEntry, SecretError};
pub use table::Values;
use validate::Invalid;

/// Where a value came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    Flag(&'static str),
    Env(&'static str),
    Profile {
        name: String,
    },
    Default,
    /// A default that depends on another setting, e.g. "cloud global".
    DefaultFor(String),
    /// Computed from other settings, e.g. "authority + tenant".
    Derived(&'static str),
    /// A value given to `config set`.
    ConfigSet,
    Keyring(KeyringEntry),
    File(PathBuf),
    Stdin,
    Prompt,
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Flag(flag) => write!(f, "flag {flag}"),
            Source::Env(var) => write!(f, "env {var}"),
            Source::Profile { name } => write!(f, "profile {name}"),
            Source::Default => f.write_str("default"),
            Source::DefaultFor(what) => write!(f, "default for {what}"),
            Source::Derived(from) => write!(f, "derived from {from}"),
            Source::ConfigSet => f.write_str("config set"),
            Source::Keyring(entry) => write!(f, "keyring {entry}"),
            Source::File(path) => write!(f, "file {}", path.display()),
            Source::Stdin => f.write_str("stdin"),
            Source::Prompt => f.write_str("prompt"),
        }
    }
}

/// A resolved value and its source.
#[derive(Clone, Debug)]
pub struct Val<T> {
    pub value: T,
    pub source: Source,
}

/// How `prereqs` gets admin access.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AdminMode {
    None,
    DeviceCode,
    App,
    Token,
}

impl AdminMode {
    pub fn name(self) -> &'static str {
        match self {
            AdminMode::None => "none",
            AdminMode::DeviceCode => "device-code",
            AdminMode::App => "app",
            AdminMode::Token => "token",
        }
    }
}

/// The client the settings are for; decides how `setup` prints the values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    Generic,
    Ise,
}

impl Target {
    pub fn name(self) -> &'static str {
        match self {
            Target::Generic => "generic",
            Target::Ise => "ise",
        }
    }
}

/// A secret setting: a value already read, the keyring entry to ask when needed, or nothing.
#[derive(Debug, Clone)]
pub enum SecretSetting {
    Value(Val<SecretString>),
    Keyring(KeyringEntry),
    Unset,
}

impl SecretSetting {
    /// The secret and its source, asking the keyring if that is where it lives.
    pub fn load(&self) -> Result<Option<(SecretString, Source)>, SecretError> {
        let loaded = match self {
            SecretSetting::Value(v) => Some((v.value.clone(), v.source.clone())),
            SecretSetting::Keyring(entry) => {
                entry.get()?.map(|s| (s, Source::Keyring(entry.clone())))
            }
            SecretSetting::Unset => None,
        };
        if let Some((s, _)) = &loaded {
            crate::redact::hold_secret(s);
        }
        Ok(loaded)
    }

    /// "set (from …)" / "not set" for display, never the value. Without `probe`, a keyring
    /// entry is named but not asked.
    pub fn describe(&self, probe: bool) -> (String, Option<String>) {
        if let (SecretSetting::Keyring(entry), false) = (self, probe) {
            return (
                format!("not checked (keyring {entry} is asked when needed)"),
                None,
            );
        }
        match self.load() {
            Ok(Some((_, source))) => (format!("set (from {source})"), Some(source.to_string())),
            Ok(None) => ("not set".into(), None),
            Err(SecretError::KeyringUnavailable(why)) => {
                (format!("not set (keyring unavailable: {why})"), None)
            }
            Err(e) => (format!("not usable: {e}"), None),
        }
    }
}

/// How many other profiles a "missing settings" error names.
pub const PROFILES_NAMED: usize = 10;

/// Every setting, resolved and validated: the table's [`Values`] (reached through `Deref`, so
/// `settings.tenant` reads a row) and the secrets, which resolve by their own rules.
#[derive(Debug, Clone)]
pub struct Settings {
    pub profile: Val<String>,
    pub config_path: Val<PathBuf>,
    pub config_exists: bool,
    pub values: Values,
    pub client_secret: SecretSetting,
    /// The password of a PKCS#12 `--client-cert` / `--admin-client-cert` (environment only).
    pub client_cert_password: Option<Val<SecretString>>,
    /// The password of a PKCS#12 or JKS `--truststore` (environment only).
    pub truststore_password: Option<Val<SecretString>>,
    pub admin_client_secret: SecretSetting,
    pub graph_token: Option<Val<SecretString>>,
    pub exchange_token: Option<Val<SecretString>>,
    /// Things worth saying that do not stop the command (unknown profile keys …).
    pub warnings: Vec<String>,
    /// The first profiles the config file has, one more than [`PROFILES_NAMED`] (to name the
    /// others when settings are missing); not all, so that each of a fleet's settings stays small.
    pub profiles_in_file: Vec<String>,
}

impl std::ops::Deref for Settings {
    type Target = Values;
    fn deref(&self) -> &Values {
        &self.values
    }
}

impl std::ops::DerefMut for Settings {
    fn deref_mut(&mut self) -> &mut Values {
        &mut self.values
    }
}

/// One row of the settings table as data: how a setting is spelt as flag, environment variable
/// and profile key, what it expects, and how `config set` stores a typed value.
#[derive(Debug)]
pub struct SettingSpec {
    pub key: &'static str,
    pub flag: &'static str,
    pub env: &'static [&'static str],
    pub secret: bool,
    pub expected: &'static str,
    /// Validates a typed value and returns its one on-disk profile form.
    pub store: fn(&str) -> Result<toml_edit::Value, Invalid>,
    /// A typed value as it may be shown (a proxy's credentials hidden).
    pub shown: fn(&str) -> String,
    /// What to say about a valid value that is very likely a mistake.
    pub advise: fn(&str) -> Option<String>,
}

/// The secret rows: never a flag value or a profile value. `*_secret_file` keys name the 0600
/// file a profile keeps a secret in.
/// A secret row: never stored as a profile value, never shown.
const fn secret_row(
    key: &'static str,
    flag: &'static str,
    env: &'static [&'static str],
    expected: &'static str,
) -> SettingSpec {
    SettingSpec {
        key,
        flag,
        env,
        secret: true,
        expected,
        store: refuse_secret,
        shown: |_| "<secret>".into(),
        advise: |_| None,
    }
}

/// The profile key naming the 0600 file a secret is kept in.
const fn secret_file_row(
    key: &'static str,
    flag: &'static str,
    env: &'static [&'static str],
) -> SettingSpec {
    SettingSpec {
        key,
        flag,
        env,
        secret: false,
        expected: validate::EXPECT_PATH,
        store: table::store_text::<table::PathK>,
        shown: table::shown_text::<table::PathK>,
        advise: table::advise_text::<table::PathK>,
    }
}

static SECRET_SPECS: &[SettingSpec] = &[
    secret_row(
        "client_secret",
        "--client-secret-file",
        &["SMTP_OAUTH_CLIENT_SECRET"],
        "a client secret value (not its ID), from a 0600 file, stdin, the environment or the keyring",
    ),
    secret_file_row("client_secret_file", "--client-secret-file", &[]),
    secret_row(
        "client_cert_password",
        "",
        &["SMTP_OAUTH_CLIENT_CERT_PASSWORD"],
        "the password of a PKCS#12 (.pfx/.p12) client certificate; empty when unset",
    ),
    secret_row(
        "truststore_password",
        "",
        &["SMTP_OAUTH_TRUSTSTORE_PASSWORD"],
        "the password of a PKCS#12 or JKS trust store (--truststore); unset tries Java's `changeit`",
    ),
    secret_row(
        "admin_client_secret",
        "--admin-client-secret-file",
        &["SMTP_OAUTH_ADMIN_CLIENT_SECRET"],
        "the admin app's client secret value",
    ),
    secret_file_row(
        "admin_client_secret_file",
        "--admin-client-secret-file",
        &["SMTP_OAUTH_ADMIN_CLIENT_SECRET_FILE"],
    ),
    secret_row(
        "graph_token",
        "",
        &["SMTP_OAUTH_GRAPH_TOKEN"],
        "a Microsoft Graph access token",
    ),
    secret_row(
        "exchange_token",
        "",
        &["SMTP_OAUTH_EXCHANGE_TOKEN"],
        "an Exchange Online admin API access token",
    ),
];

fn refuse_secret(_: &str) -> Result<toml_edit::Value, Invalid> {
    Err(Invalid {
        problem: "a secret is never stored as a profile value".into(),
        expected: "a 0600 file (`*_secret_file`) or the keyring: `smtp-oauth config set-secret`",
        hint: None,
        said: None,
        hint_said: None,
    })
}

/// The whole settings table: the typed rows, then the secrets.
pub static SPECS: std::sync::LazyLock<Vec<&'static SettingSpec>> =
    std::sync::LazyLock::new(|| table::PLAIN_SPECS.iter().chain(SECRET_SPECS).collect());

/// Looks a setting up by its name as a user may type it (`client-id`, `client_id`, `--client-id`).
pub fn spec_for(name: &str) -> Option<&'static SettingSpec> {
    // Compared byte by byte rather than normalised into a new string: settings are looked up
    // many times a profile.
    let name = name.trim_start_matches("--").as_bytes();
    let same = |key: &str| {
        key.len() == name.len()
            && key.bytes().zip(name).all(|(k, &n)| {
                k == if n == b'-' {
                    b'_'
                } else {
                    n.to_ascii_lowercase()
                }
            })
    };
    SPECS.iter().copied().find(|s| same(s.key))
}

/// Why settings could not be resolved. Every variant maps to exit status 2.
#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    #[error("{}", render_invalid(.0))]
    Invalid(Vec<InvalidSetting>),
    #[error("the config file {} {problem}", path.display())]
    ConfigFile { path: PathBuf, problem: String },
    #[error("profile `{name}` is not in {} (profiles there: {})", path.display(), if known.is_empty() { "none".to_string() } else { known.join(", ") })]
    UnknownProfile {
        name: String,
        path: PathBuf,
        known: Vec<String>,
    },
    #[error(transparent)]
    Secret(#[from] SecretError),
}

/// One refused value: which setting, from where, and why.
#[derive(Debug)]
pub struct InvalidSetting {
    pub key: &'static str,
    pub source: Source,
    pub invalid: Invalid,
}

fn render_invalid(items: &[InvalidSetting]) -> String {
    render_invalid_in(crate::i18n::Lang::En, items)
}

/// The refused values in `lang`: the frame, where the value came from, the problem (where it
/// has words), the expected form and the hint.
pub fn render_invalid_in(lang: crate::i18n::Lang, items: &[InvalidSetting]) -> String {
    use crate::i18n::Arg;
    let say = |id: &str, args: &[(&str, Arg<'_>)]| crate::i18n::tr_in(lang, id, args);
    let label = say("error-label", &[]);
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            let _ = write!(out, "\nsmtp-oauth: {label} ");
        }
        let source = crate::i18n::source_words_in(lang, &item.source.to_string());
        let expected = validate::expected_message(item.invalid.expected)
            .map_or_else(|| item.invalid.expected.to_string(), |id| say(id, &[]));
        let _ = write!(
            out,
            "{}\n  {}",
            say(
                "error-invalid",
                &[
                    ("key", Arg::Text(item.key)),
                    ("source", Arg::Text(&source)),
                    ("problem", Arg::Text(&item.invalid.problem_in(lang))),
                ],
            ),
            say("error-expected", &[("expected", Arg::Text(&expected))]),
        );
        if let Some(hint) = item.invalid.hint_in(lang) {
            let _ = write!(
                out,
                "\n  {}",
                say("error-hint", &[("hint", Arg::Text(&hint))])
            );
        }
    }
    out
}

/// The process environment as seen by settings: an empty variable counts as unset.
pub trait Environment {
    fn var(&self, name: &str) -> Option<String>;
}

/// The real process environment.
#[derive(Clone, Copy, Debug)]
pub struct ProcessEnv;

impl Environment for ProcessEnv {
    fn var(&self, name: &str) -> Option<String> {
        std::env::var(name).ok().filter(|v| !v.trim().is_empty())
    }
}

impl<F: Fn(&str) -> Option<String>> Environment for F {
    fn var(&self, name: &str) -> Option<String> {
        self(name).filter(|v| !v.trim().is_empty())
    }
}

/// The config file path and profile name, before the file is read.
pub fn locate(args: &SettingArgs, env: &dyn Environment) -> (Val<PathBuf>, Val<String>) {
    let path = if let Some(p) = &args.config {
        Val {
            value: p.clone(),
            source: Source::Flag("--config"),
        }
    } else if let Some(p) = env.var("SMTP_OAUTH_CONFIG") {
        Val {
            value: PathBuf::from(p),
            source: Source::Env("SMTP_OAUTH_CONFIG"),
        }
    } else {
        Val {
            value: default_config_path(env),
            source: Source::Default,
        }
    };
    let profile = if let Some(p) = &args.profile {
        Val {
            value: p.clone(),
            source: Source::Flag("--profile"),
        }
    } else if let Some(p) = env.var("SMTP_OAUTH_PROFILE") {
        Val {
            value: p,
            source: Source::Env("SMTP_OAUTH_PROFILE"),
        }
    } else {
        Val {
            value: "default".to_string(),
            source: Source::Default,
        }
    };
    (path, profile)
}

/// The default config file location, for messages.
pub fn default_config_path_shown() -> String {
    default_config_path(&ProcessEnv).display().to_string()
}

/// `$XDG_CONFIG_HOME/smtp-oauth/config.toml` (XDG also on macOS; Known Folders on Windows).
fn default_config_path(env: &dyn Environment) -> PathBuf {
    use etcetera::AppStrategy;
    if let Some(xdg) = env
        .var("XDG_CONFIG_HOME")
        .filter(|p| Path::new(p).is_absolute())
    {
        return PathBuf::from(xdg).join("smtp-oauth").join("config.toml");
    }
    etcetera::choose_app_strategy(etcetera::AppStrategyArgs {
        top_level_domain: "org".into(),
        author: "smtp-oauth".into(),
        app_name: "smtp-oauth".into(),
    })
    .map_or_else(
        |_| PathBuf::from(".smtp-oauth.toml"),
        |s| s.config_dir().join("config.toml"),
    )
}

/// Profile keys that are not settings: what `setup` records about the client (ISE's release).
const NOTE_KEYS: &[&str] = &["ise_version"];

/// Whether a profile key is one this version understands (anything else is kept, and warned
/// about): every setting of [`SPECS`] except the secrets, which live in a file or the keyring.
fn known_profile_key(key: &str) -> bool {
    NOTE_KEYS.contains(&key) || SPECS.iter().any(|s| !s.secret && s.key == key)
}

/// Warnings for the keys of a profile this version does not know (kept in the file).
fn unknown_keys(table: &toml::Table, profile: &str, file: &ConfigFile) -> Vec<String> {
    table
        .keys()
        .filter(|k| !known_profile_key(k))
        .map(|key| {
            let hint = spec_for(key)
                .filter(|s| s.secret)
                .map_or(String::new(), |_| {
                    format!(
                        " (secrets are not read from the profile; use {key}_file or the keyring)"
                    )
                });
            format!(
                "profile {profile} in {}: unknown key `{key}` ignored{hint}",
                file.path.display()
            )
        })
        .collect()
}

impl Values {
    /// Without an explicit token endpoint: the authority's, for the tenant.
    fn derive_token_endpoint(&mut self) {
        if self.token_endpoint.is_some() {
            return;
        }
        let Some(t) = self.tenant.as_ref() else {
            return;
        };
        let base = self.authority.value.as_str().trim_end_matches('/');
        if let Ok(url) = Url::parse(&format!("{base}/{}/oauth2/v2.0/token", t.value.as_str())) {
            self.token_endpoint = Some(Val {
                value: url,
                source: Source::Derived("authority + tenant"),
            });
        }
    }
}

/// Reads raw values in precedence order and validates them, collecting every problem.
struct Resolver<'a> {
    env: &'a dyn Environment,
    profile_name: String,
    profile: Option<&'a toml::Table>,
    config_dir: PathBuf,
    errors: Vec<InvalidSetting>,
    /// What to say about valid values that are very likely mistakes.
    advice: Vec<String>,
}

impl Resolver<'_> {
    /// The first of flag, environment, profile that has a value.
    fn raw(&self, key: &'static str, flag: Option<&str>) -> Option<(String, Source)> {
        let spec = spec_for(key).expect("every resolved key is in SPECS");
        if let Some(v) = flag {
            return Some((v.to_string(), Source::Flag(spec.flag)));
        }
        for var in spec.env {
            if let Some(v) = self.env.var(var) {
                return Some((v, Source::Env(var)));
            }
        }
        let value = self.profile?.get(key)?;
        let text = match value {
            toml::Value::String(s) => s.clone(),
            toml::Value::Integer(i) => i.to_string(),
            toml::Value::Float(f) => f.to_string(),
            toml::Value::Boolean(b) => b.to_string(),
            toml::Value::Datetime(d) => d.to_string(),
            _ => String::new(),
        };
        Some((
            text,
            Source::Profile {
                name: self.profile_name.clone(),
            },
        ))
    }

    /// The value of `key` parsed as kind `K`, or nothing; a refused value is recorded.
    fn get<K: table::Kind>(
        &mut self,
        key: &'static str,
        flag: Option<&str>,
    ) -> Option<Val<K::Value>> {
        let (raw, source) = self.raw(key, flag)?;
        match K::parse(&raw) {
            Ok(mut value) => {
                if matches!(source, Source::Profile { .. }) {
                    K::rebase(&mut value, &self.config_dir);
                }
                if let Some(advice) = K::advise(&value) {
                    self.advice.push(format!("{key} (from {source}): {advice}"));
                }
                Some(Val { value, source })
            }
            Err(invalid) => {
                self.errors.push(InvalidSetting {
                    key,
                    source,
                    invalid,
                });
                None
            }
        }
    }

    /// The app's secret and the admin app's, each from its flag, stdin, the environment, its
    /// profile file or (the app's) the keyring.
    fn secrets(
        &mut self,
        args: &SettingArgs,
        profile: &str,
    ) -> Result<(SecretSetting, SecretSetting), SecretError> {
        let keyring = Some(KeyringEntry {
            profile: profile.to_string(),
        });
        let client_secret = self.secret(
            "client secret",
            args.client_secret_file.as_deref(),
            args.client_secret_stdin,
            "SMTP_OAUTH_CLIENT_SECRET",
            "client_secret_file",
            keyring,
        )?;
        let admin_client_secret = self.secret(
            "admin client secret",
            args.admin_client_secret_file.as_deref(),
            false,
            "SMTP_OAUTH_ADMIN_CLIENT_SECRET",
            "admin_client_secret_file",
            None,
        )?;
        Ok((client_secret, admin_client_secret))
    }

    fn secret(
        &mut self,
        what: &'static str,
        file_flag: Option<&Path>,
        stdin: bool,
        env: &'static str,
        file_key: &'static str,
        keyring: Option<KeyringEntry>,
    ) -> Result<SecretSetting, SecretError> {
        let loaded = |secret, source| {
            Ok(SecretSetting::Value(Val {
                value: secret,
                source,
            }))
        };
        if let Some(path) = file_flag {
            return loaded(
                secret::read_private_file(what, path)?,
                Source::File(path.to_path_buf()),
            );
        }
        if stdin {
            return loaded(secret::read_stdin(what)?, Source::Stdin);
        }
        if let Some(v) = self.env.var(env) {
            return loaded(secret::non_empty(what, env, &v)?, Source::Env(env));
        }
        if let Some(path) = self.get::<table::PathK>(file_key, None) {
            return loaded(
                secret::read_private_file(what, &path.value)?,
                Source::File(path.value),
            );
        }
        Ok(keyring.map_or(SecretSetting::Unset, SecretSetting::Keyring))
    }
}

impl Settings {
    /// Resolves every setting. `file` is the loaded config file (see [`locate`]).
    pub fn resolve(
        args: &SettingArgs,
        env: &dyn Environment,
        file: &ConfigFile,
        profile: Val<String>,
        config_path: Val<PathBuf>,
    ) -> Result<Settings, SettingsError> {
        let table = file.profile(&profile.value);
        if table.is_none() && profile.source != Source::Default {
            return Err(SettingsError::UnknownProfile {
                name: profile.value.clone(),
                path: file.path.clone(),
                known: file.profile_names(),
            });
        }
        let mut warnings = table.map_or_else(Vec::new, |t| unknown_keys(t, &profile.value, file));
        let mut r = Resolver {
            env,
            profile_name: profile.value.clone(),
            profile: table,
            config_dir: file.dir(),
            errors: Vec::new(),
            advice: Vec::new(),
        };
        let a = args;
        let token = |var: &'static str| {
            env.var(var).map(|t| {
                crate::redact::hold(&t);
                Val {
                    value: SecretString::from(t),
                    source: Source::Env(var),
                }
            })
        };
        let graph_token = token("SMTP_OAUTH_GRAPH_TOKEN");
        let exchange_token = token("SMTP_OAUTH_EXCHANGE_TOKEN");
        let client_cert_password = token("SMTP_OAUTH_CLIENT_CERT_PASSWORD");
        let truststore_password = token("SMTP_OAUTH_TRUSTSTORE_PASSWORD");
        let mut values = Values::resolve(
            &mut r,
            &a.values,
            graph_token.is_some() || exchange_token.is_some(),
        );
        if let Some(p) = values.proxy.as_ref().and_then(|p| p.value.password()) {
            crate::redact::hold(p);
        }
        values.derive_token_endpoint();
        // Secrets are read last, and only when every other value is valid: a bad tenant should
        // not consume stdin or prompt a keyring unlock.
        if !r.errors.is_empty() {
            return Err(SettingsError::Invalid(r.errors));
        }
        let (client_secret, admin_client_secret) = r.secrets(args, &profile.value)?;
        if !r.errors.is_empty() {
            return Err(SettingsError::Invalid(r.errors));
        }

        warnings.append(&mut r.advice);
        Ok(Settings {
            profile,
            config_exists: file.exists,
            config_path,
            values,
            client_secret,
            client_cert_password,
            truststore_password,
            admin_client_secret,
            graph_token,
            exchange_token,
            warnings,
            // One more than are named: the profile in use is among them, and left out there.
            profiles_in_file: file.profile_names_upto(PROFILES_NAMED + 1),
        })
    }

    /// The narrow view the network code gets: timeout and proxy.
    pub fn network(&self) -> crate::net::Network {
        crate::net::Network {
            timeout: self.timeout.value,
            proxy: self.proxy.as_ref().map(|p| p.value.clone()),
            proxy_shown: self
                .proxy
                .as_ref()
                .map(|p| format!("{} (from {})", validate::redact_url(&p.value), p.source)),
            no_proxy: self.no_proxy.as_ref().map(|n| n.value.clone()),
        }
    }

    /// Every setting as (key, display value, source) rows in the table's order, secrets as
    /// `set (from …)`.
    pub fn rows(&self, probe_keyring: bool) -> Vec<SettingRow> {
        let secret_row = |key, setting: &SecretSetting| {
            let (text, source) = setting.describe(probe_keyring);
            SettingRow {
                key,
                value: serde_json::Value::String(text),
                source,
            }
        };
        let token_row = |key, v: Option<&Val<SecretString>>| SettingRow {
            key,
            value: serde_json::Value::String(
                v.map_or("not set".into(), |v| format!("set (from {})", v.source)),
            ),
            source: v.map(|v| v.source.to_string()),
        };
        let mut rows = self.values.rows();
        rows.extend([
            secret_row("client_secret", &self.client_secret),
            token_row("client_cert_password", self.client_cert_password.as_ref()),
            token_row("truststore_password", self.truststore_password.as_ref()),
            secret_row("admin_client_secret", &self.admin_client_secret),
            token_row("graph_token", self.graph_token.as_ref()),
            token_row("exchange_token", self.exchange_token.as_ref()),
        ]);
        rows
    }
}

/// One setting for display.
#[derive(Debug, Clone)]
pub struct SettingRow {
    pub key: &'static str,
    pub value: serde_json::Value,
    pub source: Option<String>,
}

/// A URL as people write it: no trailing `/` on a bare host.
pub fn url_text(url: &Url) -> String {
    let s = url.as_str();
    if url.path() == "/" && url.query().is_none() {
        s.trim_end_matches('/').to_string()
    } else {
        s.to_string()
    }
}

/// Whole seconds as an integer, fractions as a float.
pub fn seconds_json(d: Duration) -> serde_json::Value {
    if d.subsec_nanos() == 0 {
        serde_json::Value::from(d.as_secs())
    } else {
        serde_json::Value::from(d.as_secs_f64())
    }
}

/// Validates a value for `config set` and returns what to store in the profile.
pub fn profile_value(spec: &SettingSpec, value: &str) -> Result<toml_edit::Value, Invalid> {
    (spec.store)(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn resolve(
        args: &SettingArgs,
        env: &HashMap<&str, &str>,
        profile: &str,
    ) -> Result<Settings, SettingsError> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(&path, profile).unwrap();
        let file = ConfigFile::load(&path).unwrap();
        let getter = |k: &str| env.get(k).map(|v| (*v).to_string());
        let (p, name) = locate(args, &getter);
        Settings::resolve(
            args,
            &getter,
            &file,
            name,
            Val {
                value: path,
                source: p.source,
            },
        )
    }

    #[test]
    fn flag_beats_env_beats_profile_beats_default() {
        let profile = "[default]\ntenant = \"profile.example.com\"\nmailbox = \"p@example.com\"\nsmtp_port = 2525\n";
        let env = HashMap::from([
            ("SMTP_OAUTH_TENANT", "env.example.com"),
            ("SMTP_OAUTH_MAILBOX", "e@example.com"),
        ]);
        let args = SettingArgs {
            values: table::ValueArgs {
                tenant: Some("flag.example.com".into()),
                ..Default::default()
            },
            ..Default::default()
        };
        let s = resolve(&args, &env, profile).unwrap();
        assert_eq!(
            s.tenant.as_ref().unwrap().value.as_str(),
            "flag.example.com"
        );
        assert_eq!(s.tenant.as_ref().unwrap().source, Source::Flag("--tenant"));
        assert_eq!(
            s.mailbox.as_ref().unwrap().source,
            Source::Env("SMTP_OAUTH_MAILBOX")
        );
        assert_eq!(s.smtp_port.value, 2525);
        assert_eq!(
            s.smtp_port.source,
            Source::Profile {
                name: "default".into()
            }
        );
        assert_eq!(s.smtp_host.value, "smtp.office365.com");
    }

    #[test]
    fn empty_env_counts_as_unset() {
        let env = HashMap::from([("SMTP_OAUTH_TENANT", "")]);
        let s = resolve(&SettingArgs::default(), &env, "").unwrap();
        assert!(s.tenant.is_none());
    }

    #[test]
    fn token_endpoint_is_derived_from_authority_and_tenant() {
        let env = HashMap::from([
            ("SMTP_OAUTH_TENANT", "contoso.onmicrosoft.com"),
            ("SMTP_OAUTH_CLOUD", "usgov"),
        ]);
        let s = resolve(&SettingArgs::default(), &env, "").unwrap();
        assert_eq!(
            s.token_endpoint.as_ref().unwrap().value.as_str(),
            "https://login.microsoftonline.us/contoso.onmicrosoft.com/oauth2/v2.0/token"
        );
        assert_eq!(s.smtp_host.value, "smtp.office365.us");
    }

    #[test]
    fn every_invalid_value_is_reported_at_once() {
        let env = HashMap::from([("SMTP_OAUTH_SMTP_PORT", "99999")]);
        let args = SettingArgs {
            values: table::ValueArgs {
                tenant: Some("not-a-tenant".into()),
                ..Default::default()
            },
            ..Default::default()
        };
        let SettingsError::Invalid(items) = resolve(&args, &env, "").unwrap_err() else {
            panic!()
        };
        let keys: Vec<_> = items.iter().map(|i| i.key).collect();
        assert_eq!(keys, ["tenant", "smtp_port"]);
    }

    /// Every row of the table written the way `config set` writes it reads back as the same
    /// value from the profile: one on-disk form per setting, whatever its kind.
    #[test]
    fn every_setting_round_trips_through_its_profile_form() {
        let sample = |key: &str| -> &str {
            match key {
                "tenant" => "contoso.onmicrosoft.com",
                "client_id" | "admin_client_id" => "00001111-aaaa-2222-bbbb-3333cccc4444",
                "client_cert" | "ca_file" | "admin_client_cert" | "federated_token_file" => {
                    "/etc/smtp-oauth/cert.pem"
                }
                "secret_expires" => "2027-03-31",
                "secret_key_id" => "6a0c4e8b-2d6f-4a1c-8e3b-5f7d9a1c3e57",
                "truststore" => "/opt/ise/trusted-certs",
                "mailbox" => "no-reply@contoso.onmicrosoft.com",
                "cloud" => "usgov",
                "smtp_host" => "smtp.office365.us",
                "smtp_port" => "2525",
                "authority" | "token_endpoint" | "graph_url" | "exchange_url" => {
                    "https://login.example.test:8443/base"
                }
                "scope" => "https://outlook.office365.us/.default",
                "proxy" => "http://proxy.example.test:3128",
                "no_proxy" => "localhost,.internal.example",
                "timeout" => "2.5",
                "admin" => "device-code",
                "target" => "ise",
                "rbac_for_apps" => "true",
                other => panic!("no sample value for the new setting `{other}`: add one here"),
            }
        };
        let mut doc = toml_edit::DocumentMut::new();
        let mut table = toml_edit::Table::new();
        for spec in table::PLAIN_SPECS {
            table.insert(
                spec.key,
                toml_edit::Item::Value(profile_value(spec, sample(spec.key)).unwrap()),
            );
        }
        doc.insert("default", toml_edit::Item::Table(table));
        let s = resolve(&SettingArgs::default(), &HashMap::new(), &doc.to_string()).unwrap();
        let profile = Source::Profile {
            name: "default".into(),
        };
        for row in s.values.rows() {
            assert_eq!(row.source, Some(profile.to_string()), "{}", row.key);
            let direct = {
                let spec = spec_for(row.key).unwrap();
                let stored = profile_value(spec, sample(row.key)).unwrap();
                stored.to_string()
            };
            let again = profile_value(
                spec_for(row.key).unwrap(),
                &row.value
                    .as_str()
                    .map_or_else(|| row.value.to_string(), str::to_string),
            )
            .unwrap();
            assert_eq!(
                direct,
                again.to_string(),
                "{} shows a value that stores differently",
                row.key
            );
        }
    }
}
