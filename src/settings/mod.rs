//! Resolution of every setting from flags, environment, the profile and defaults, in that order,
//! into one validated [`Settings`] that remembers where each value came from.
//!
//! Owns the SPEC's settings table ([`SPECS`]), the config-file location, and the secret sources.
//! It performs no network I/O; the keyring is only asked when a secret is actually needed.

pub mod config_file;
pub mod secret;
pub mod validate;

use std::fmt::{self, Write as _};
use std::path::{Path, PathBuf};
use std::time::Duration;

use secrecy::SecretString;
use time::Date;
use url::Url;

use crate::cli::SettingArgs;
use crate::cloud::Cloud;
use config_file::ConfigFile;
use secret::{KeyringEntry, SecretError};
use validate::{Invalid, Tenant};

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
#[derive(Debug)]
pub enum SecretSetting {
    Value(Val<SecretString>),
    Keyring(KeyringEntry),
    Unset,
}

impl SecretSetting {
    /// The secret and its source, asking the keyring if that is where it lives.
    pub fn load(&self) -> Result<Option<(SecretString, Source)>, SecretError> {
        match self {
            SecretSetting::Value(v) => Ok(Some((v.value.clone(), v.source.clone()))),
            SecretSetting::Keyring(entry) => {
                Ok(entry.get()?.map(|s| (s, Source::Keyring(entry.clone()))))
            }
            SecretSetting::Unset => Ok(None),
        }
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

/// Every setting, resolved and validated.
#[derive(Debug)]
pub struct Settings {
    pub profile: Val<String>,
    pub config_path: Val<PathBuf>,
    pub config_exists: bool,
    pub tenant: Option<Val<Tenant>>,
    pub client_id: Option<Val<String>>,
    pub client_secret: SecretSetting,
    pub client_cert: Option<Val<PathBuf>>,
    /// The password of a PKCS#12 `--client-cert` / `--admin-client-cert` (environment only).
    pub client_cert_password: Option<Val<SecretString>>,
    pub secret_expires: Option<Val<Date>>,
    pub mailbox: Option<Val<String>>,
    pub cloud: Val<Cloud>,
    pub smtp_host: Val<String>,
    pub smtp_port: Val<u16>,
    pub authority: Val<Url>,
    pub token_endpoint: Option<Val<Url>>,
    pub scope: Val<String>,
    pub graph_url: Val<Url>,
    pub exchange_url: Val<Url>,
    pub ca_file: Option<Val<PathBuf>>,
    pub proxy: Option<Val<Url>>,
    pub no_proxy: Option<Val<String>>,
    pub timeout: Val<Duration>,
    pub admin: Val<AdminMode>,
    pub admin_client_id: Option<Val<String>>,
    pub admin_client_secret: SecretSetting,
    pub admin_client_cert: Option<Val<PathBuf>>,
    pub graph_token: Option<Val<SecretString>>,
    pub exchange_token: Option<Val<SecretString>>,
    pub target: Val<Target>,
    pub rbac_for_apps: Val<bool>,
    /// Things worth saying that do not stop the command (unknown profile keys …).
    pub warnings: Vec<String>,
    /// The profiles the config file has (to name them when settings are missing).
    pub profiles_in_file: Vec<String>,
}

/// One row of the settings table: how a setting is spelt as flag, environment variable and
/// profile key, and what it expects. The source of `config set`, `config show` and the docs.
#[derive(Debug)]
pub struct SettingSpec {
    pub key: &'static str,
    pub flag: &'static str,
    pub env: &'static [&'static str],
    pub secret: bool,
    pub expected: &'static str,
}

macro_rules! spec {
    ($key:literal, $flag:literal, [$($env:literal),*], $expected:expr) => {
        SettingSpec { key: $key, flag: $flag, env: &[$($env),*], secret: false, expected: $expected }
    };
    (secret $key:literal, $flag:literal, [$($env:literal),*], $expected:expr) => {
        SettingSpec { key: $key, flag: $flag, env: &[$($env),*], secret: true, expected: $expected }
    };
}

/// The SPEC's settings table. Profile keys are `key`; `*_secret` settings are stored in the
/// profile only as a `*_secret_file` path (or in the keyring), never as a value.
pub static SPECS: &[SettingSpec] = &[
    spec!(
        "tenant",
        "--tenant",
        ["SMTP_OAUTH_TENANT"],
        validate::EXPECT_TENANT
    ),
    spec!(
        "client_id",
        "--client-id",
        ["SMTP_OAUTH_CLIENT_ID"],
        validate::EXPECT_CLIENT_ID
    ),
    spec!(secret "client_secret", "--client-secret-file", ["SMTP_OAUTH_CLIENT_SECRET"], "a client secret value (not its ID), from a 0600 file, stdin, the environment or the keyring"),
    spec!(
        "client_secret_file",
        "--client-secret-file",
        [],
        validate::EXPECT_PATH
    ),
    spec!(
        "client_cert",
        "--client-cert",
        ["SMTP_OAUTH_CLIENT_CERT"],
        validate::EXPECT_PATH
    ),
    spec!(secret "client_cert_password", "", ["SMTP_OAUTH_CLIENT_CERT_PASSWORD"], "the password of a PKCS#12 (.pfx/.p12) client certificate; empty when unset"),
    spec!(
        "secret_expires",
        "--secret-expires",
        ["SMTP_OAUTH_SECRET_EXPIRES"],
        validate::EXPECT_DATE
    ),
    spec!(
        "mailbox",
        "--mailbox",
        ["SMTP_OAUTH_MAILBOX"],
        validate::EXPECT_MAILBOX
    ),
    spec!(
        "cloud",
        "--cloud",
        ["SMTP_OAUTH_CLOUD"],
        validate::EXPECT_CLOUD
    ),
    spec!(
        "smtp_host",
        "--smtp-host",
        ["SMTP_OAUTH_SMTP_HOST"],
        validate::EXPECT_HOST
    ),
    spec!(
        "smtp_port",
        "--smtp-port",
        ["SMTP_OAUTH_SMTP_PORT"],
        validate::EXPECT_PORT
    ),
    spec!(
        "authority",
        "--authority",
        ["SMTP_OAUTH_AUTHORITY"],
        validate::EXPECT_URL
    ),
    spec!(
        "token_endpoint",
        "--token-endpoint",
        ["SMTP_OAUTH_TOKEN_ENDPOINT"],
        validate::EXPECT_URL
    ),
    spec!(
        "scope",
        "--scope",
        ["SMTP_OAUTH_SCOPE"],
        validate::EXPECT_SCOPE
    ),
    spec!(
        "graph_url",
        "--graph-url",
        ["SMTP_OAUTH_GRAPH_URL"],
        validate::EXPECT_URL
    ),
    spec!(
        "exchange_url",
        "--exchange-url",
        ["SMTP_OAUTH_EXCHANGE_URL"],
        validate::EXPECT_URL
    ),
    spec!(
        "ca_file",
        "--ca-file",
        ["SMTP_OAUTH_CA_FILE"],
        validate::EXPECT_PATH
    ),
    spec!(
        "proxy",
        "--proxy",
        ["HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"],
        validate::EXPECT_PROXY
    ),
    spec!(
        "no_proxy",
        "",
        ["NO_PROXY", "no_proxy"],
        "a comma-separated list of hosts, domains or CIDR ranges"
    ),
    spec!(
        "timeout",
        "--timeout",
        ["SMTP_OAUTH_TIMEOUT"],
        validate::EXPECT_TIMEOUT
    ),
    spec!(
        "admin",
        "--admin",
        ["SMTP_OAUTH_ADMIN"],
        validate::EXPECT_ADMIN
    ),
    spec!(
        "admin_client_id",
        "--admin-client-id",
        ["SMTP_OAUTH_ADMIN_CLIENT_ID"],
        validate::EXPECT_CLIENT_ID
    ),
    spec!(secret "admin_client_secret", "--admin-client-secret-file", ["SMTP_OAUTH_ADMIN_CLIENT_SECRET"], "the admin app's client secret value"),
    spec!(
        "admin_client_secret_file",
        "--admin-client-secret-file",
        ["SMTP_OAUTH_ADMIN_CLIENT_SECRET_FILE"],
        validate::EXPECT_PATH
    ),
    spec!(
        "admin_client_cert",
        "--admin-client-cert",
        ["SMTP_OAUTH_ADMIN_CLIENT_CERT"],
        validate::EXPECT_PATH
    ),
    spec!(secret "graph_token", "", ["SMTP_OAUTH_GRAPH_TOKEN"], "a Microsoft Graph access token"),
    spec!(secret "exchange_token", "", ["SMTP_OAUTH_EXCHANGE_TOKEN"], "an Exchange Online admin API access token"),
    spec!(
        "target",
        "--target",
        ["SMTP_OAUTH_TARGET"],
        validate::EXPECT_TARGET
    ),
    spec!(
        "rbac_for_apps",
        "--rbac-for-apps",
        ["SMTP_OAUTH_RBAC_FOR_APPS"],
        validate::EXPECT_BOOL
    ),
];

/// Looks a setting up by its name as a user may type it (`client-id`, `client_id`, `--client-id`).
pub fn spec_for(name: &str) -> Option<&'static SettingSpec> {
    let key = name
        .trim_start_matches("--")
        .replace('-', "_")
        .to_ascii_lowercase();
    SPECS.iter().find(|s| s.key == key)
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
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str("\nsmtp-oauth: error: ");
        }
        let _ = write!(
            out,
            "invalid {} (from {}): {}\n  expected: {}",
            item.key, item.source, item.invalid.problem, item.invalid.expected
        );
        if let Some(hint) = &item.invalid.hint {
            let _ = write!(out, "\n  hint: {hint}");
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

/// Reads raw values in precedence order and validates them, collecting every problem.
struct Resolver<'a> {
    env: &'a dyn Environment,
    profile_name: String,
    profile: Option<&'a toml::Table>,
    config_dir: PathBuf,
    errors: Vec<InvalidSetting>,
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

    fn get<T>(
        &mut self,
        key: &'static str,
        flag: Option<&str>,
        check: impl Fn(&str) -> Result<T, Invalid>,
    ) -> Option<Val<T>> {
        let (raw, source) = self.raw(key, flag)?;
        match check(&raw) {
            Ok(value) => Some(Val { value, source }),
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

    fn get_or<T>(
        &mut self,
        key: &'static str,
        flag: Option<&str>,
        check: impl Fn(&str) -> Result<T, Invalid>,
        default: Val<T>,
    ) -> Val<T> {
        self.get(key, flag, check).unwrap_or(default)
    }

    /// A path from the profile is relative to the config file's directory.
    fn path(&mut self, key: &'static str, flag: Option<&str>) -> Option<Val<PathBuf>> {
        let mut v = self.get(key, flag, validate::path)?;
        if matches!(v.source, Source::Profile { .. }) && v.value.is_relative() {
            v.value = self.config_dir.join(&v.value);
        }
        Some(v)
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
        if let Some(path) = self.path(file_key, None) {
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
        let mut warnings = Vec::new();
        if let Some(t) = table {
            for key in t.keys().filter(|k| !known_profile_key(k)) {
                let hint = spec_for(key).filter(|s| s.secret).map_or(String::new(), |_| {
                    format!(" (secrets are not read from the profile; use {key}_file or the keyring)")
                });
                warnings.push(format!(
                    "profile {} in {}: unknown key `{key}` ignored{hint}",
                    profile.value,
                    file.path.display()
                ));
            }
        }
        let mut r = Resolver {
            env,
            profile_name: profile.value.clone(),
            profile: table,
            config_dir: file.dir(),
            errors: Vec::new(),
        };
        let a = args;

        let tenant = r.get("tenant", a.tenant.as_deref(), validate::tenant);
        let client_id = r.get("client_id", a.client_id.as_deref(), validate::client_id);
        let client_cert = r.path("client_cert", a.client_cert.as_deref());
        let secret_expires = r.get(
            "secret_expires",
            a.secret_expires.as_deref(),
            validate::date,
        );
        let mailbox = r.get("mailbox", a.mailbox.as_deref(), validate::mailbox);
        let cloud = r.get_or(
            "cloud",
            a.cloud.as_deref(),
            validate::cloud,
            Val {
                value: Cloud::Global,
                source: Source::Default,
            },
        );
        let ep = cloud.value.endpoints();
        let for_cloud = || Source::DefaultFor(format!("cloud {}", cloud.value));
        let smtp_host = r.get_or(
            "smtp_host",
            a.smtp_host.as_deref(),
            validate::host,
            Val {
                value: ep.smtp_host.to_string(),
                source: for_cloud(),
            },
        );
        let smtp_port = r.get_or(
            "smtp_port",
            a.smtp_port.as_deref(),
            validate::port,
            Val {
                value: 587,
                source: Source::Default,
            },
        );
        let authority = r.get_or(
            "authority",
            a.authority.as_deref(),
            validate::endpoint_url,
            Val {
                value: parse_builtin(ep.authority),
                source: for_cloud(),
            },
        );
        let explicit_endpoint = r.get(
            "token_endpoint",
            a.token_endpoint.as_deref(),
            validate::endpoint_url,
        );
        let scope = r.get_or(
            "scope",
            a.scope.as_deref(),
            validate::scope,
            Val {
                value: ep.scope.to_string(),
                source: for_cloud(),
            },
        );
        let graph_url = r.get_or(
            "graph_url",
            a.graph_url.as_deref(),
            validate::endpoint_url,
            Val {
                value: parse_builtin(ep.graph_url),
                source: for_cloud(),
            },
        );
        let exchange_url = r.get_or(
            "exchange_url",
            a.exchange_url.as_deref(),
            validate::endpoint_url,
            Val {
                value: parse_builtin(ep.exchange_url),
                source: for_cloud(),
            },
        );
        let ca_file = r.path("ca_file", a.ca_file.as_deref());
        let proxy = r.get("proxy", a.proxy.as_deref(), validate::proxy_url);
        let no_proxy = r.get("no_proxy", None, |v| Ok(v.trim().to_string()));
        let timeout = r.get_or(
            "timeout",
            a.timeout.as_deref(),
            validate::timeout,
            Val {
                value: Duration::from_secs(20),
                source: Source::Default,
            },
        );
        let admin_client_id = r.get(
            "admin_client_id",
            a.admin_client_id.as_deref(),
            validate::client_id,
        );
        let admin_client_cert = r.path("admin_client_cert", a.admin_client_cert.as_deref());
        let graph_token = env.var("SMTP_OAUTH_GRAPH_TOKEN").map(|t| Val {
            value: SecretString::from(t),
            source: Source::Env("SMTP_OAUTH_GRAPH_TOKEN"),
        });
        let client_cert_password = env.var("SMTP_OAUTH_CLIENT_CERT_PASSWORD").map(|t| Val {
            value: SecretString::from(t),
            source: Source::Env("SMTP_OAUTH_CLIENT_CERT_PASSWORD"),
        });
        let exchange_token = env.var("SMTP_OAUTH_EXCHANGE_TOKEN").map(|t| Val {
            value: SecretString::from(t),
            source: Source::Env("SMTP_OAUTH_EXCHANGE_TOKEN"),
        });
        let admin_default = if graph_token.is_some() || exchange_token.is_some() {
            Val {
                value: AdminMode::Token,
                source: Source::DefaultFor(
                    "SMTP_OAUTH_GRAPH_TOKEN / SMTP_OAUTH_EXCHANGE_TOKEN".into(),
                ),
            }
        } else {
            Val {
                value: AdminMode::None,
                source: Source::Default,
            }
        };
        let admin = r.get_or("admin", a.admin.as_deref(), parse_admin, admin_default);
        let target = r.get_or(
            "target",
            a.target.as_deref(),
            parse_target,
            Val {
                value: Target::Generic,
                source: Source::Default,
            },
        );
        let rbac_flag = a.rbac_for_apps.then_some("true");
        let rbac_for_apps = r.get_or(
            "rbac_for_apps",
            rbac_flag,
            validate::boolean,
            Val {
                value: false,
                source: Source::Default,
            },
        );

        let token_endpoint = explicit_endpoint.or_else(|| {
            let t = tenant.as_ref()?;
            let base = authority.value.as_str().trim_end_matches('/');
            let url = Url::parse(&format!("{base}/{}/oauth2/v2.0/token", t.value.as_str())).ok()?;
            Some(Val {
                value: url,
                source: Source::Derived("authority + tenant"),
            })
        });

        // Secrets are read last, and only when every other value is valid: a bad tenant should
        // not consume stdin or prompt a keyring unlock.
        if !r.errors.is_empty() {
            return Err(SettingsError::Invalid(r.errors));
        }
        let keyring = Some(KeyringEntry {
            profile: profile.value.clone(),
        });
        let client_secret = r.secret(
            "client secret",
            a.client_secret_file.as_deref(),
            a.client_secret_stdin,
            "SMTP_OAUTH_CLIENT_SECRET",
            "client_secret_file",
            keyring,
        )?;
        let admin_file_flag = a.admin_client_secret_file.clone();
        let admin_client_secret = r.secret(
            "admin client secret",
            admin_file_flag.as_deref(),
            false,
            "SMTP_OAUTH_ADMIN_CLIENT_SECRET",
            "admin_client_secret_file",
            None,
        )?;
        if !r.errors.is_empty() {
            return Err(SettingsError::Invalid(r.errors));
        }

        Ok(Settings {
            profile,
            config_exists: file.exists,
            config_path,
            tenant,
            client_id,
            client_secret,
            client_cert,
            client_cert_password,
            secret_expires,
            mailbox,
            cloud,
            smtp_host,
            smtp_port,
            authority,
            token_endpoint,
            scope,
            graph_url,
            exchange_url,
            ca_file,
            proxy,
            no_proxy,
            timeout,
            admin,
            admin_client_id,
            admin_client_secret,
            admin_client_cert,
            graph_token,
            exchange_token,
            target,
            rbac_for_apps,
            warnings,
            profiles_in_file: file.profile_names(),
        })
    }

    /// Every setting as (key, display value, source) rows, secrets as `set (from …)`.
    pub fn rows(&self, probe_keyring: bool) -> Vec<SettingRow> {
        fn row<T>(
            key: &'static str,
            v: Option<&Val<T>>,
            show: impl Fn(&T) -> serde_json::Value,
        ) -> SettingRow {
            SettingRow {
                key,
                value: v.map_or(serde_json::Value::Null, |v| show(&v.value)),
                source: v.map(|v| v.source.to_string()),
            }
        }
        let s = |x: &String| serde_json::Value::String(x.clone());
        let u = |x: &Url| serde_json::Value::String(url_text(x));
        let p = |x: &PathBuf| serde_json::Value::String(x.display().to_string());
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
        vec![
            row("tenant", self.tenant.as_ref(), |t| {
                serde_json::Value::String(t.as_str().to_string())
            }),
            row("client_id", self.client_id.as_ref(), s),
            secret_row("client_secret", &self.client_secret),
            row("client_cert", self.client_cert.as_ref(), p),
            row("secret_expires", self.secret_expires.as_ref(), |d| {
                serde_json::Value::String(d.to_string())
            }),
            row("mailbox", self.mailbox.as_ref(), s),
            row("cloud", Some(&self.cloud), |c| {
                serde_json::Value::String(c.name().into())
            }),
            row("smtp_host", Some(&self.smtp_host), s),
            row("smtp_port", Some(&self.smtp_port), |p| {
                serde_json::Value::from(*p)
            }),
            row("authority", Some(&self.authority), u),
            row("token_endpoint", self.token_endpoint.as_ref(), u),
            row("scope", Some(&self.scope), s),
            row("graph_url", Some(&self.graph_url), u),
            row("exchange_url", Some(&self.exchange_url), u),
            row("ca_file", self.ca_file.as_ref(), p),
            row("proxy", self.proxy.as_ref(), |x| {
                serde_json::Value::String(validate::redact_url(x))
            }),
            row("no_proxy", self.no_proxy.as_ref(), s),
            row("timeout", Some(&self.timeout), |d| {
                serde_json::Value::from(d.as_secs_f64())
            }),
            row("admin", Some(&self.admin), |m| {
                serde_json::Value::String(m.name().into())
            }),
            row("admin_client_id", self.admin_client_id.as_ref(), s),
            secret_row("admin_client_secret", &self.admin_client_secret),
            row("admin_client_cert", self.admin_client_cert.as_ref(), p),
            token_row("client_cert_password", self.client_cert_password.as_ref()),
            token_row("graph_token", self.graph_token.as_ref()),
            token_row("exchange_token", self.exchange_token.as_ref()),
            row("target", Some(&self.target), |t| {
                serde_json::Value::String(t.name().into())
            }),
            row("rbac_for_apps", Some(&self.rbac_for_apps), |b| {
                serde_json::Value::Bool(*b)
            }),
        ]
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

fn parse_builtin(url: &str) -> Url {
    Url::parse(url).expect("built-in cloud URLs are valid")
}

fn parse_admin(v: &str) -> Result<AdminMode, Invalid> {
    Ok(
        match validate::one_of(
            v,
            &["none", "device-code", "app", "token"],
            validate::EXPECT_ADMIN,
        )? {
            "device-code" => AdminMode::DeviceCode,
            "app" => AdminMode::App,
            "token" => AdminMode::Token,
            _ => AdminMode::None,
        },
    )
}

fn parse_target(v: &str) -> Result<Target, Invalid> {
    Ok(
        match validate::one_of(v, &["generic", "ise"], validate::EXPECT_TARGET)? {
            "ise" => Target::Ise,
            _ => Target::Generic,
        },
    )
}

/// Validates a value for `config set` and returns what to store in the profile.
pub fn profile_value(spec: &SettingSpec, value: &str) -> Result<toml_edit::Value, Invalid> {
    let v = value.trim();
    Ok(match spec.key {
        "tenant" => validate::tenant(v)?.as_str().into(),
        "client_id" | "admin_client_id" => validate::client_id(v)?.into(),
        "secret_expires" => validate::date(v)?.to_string().into(),
        "mailbox" => validate::mailbox(v)?.into(),
        "cloud" => validate::cloud(v)?.name().into(),
        "smtp_host" => validate::host(v)?.into(),
        "smtp_port" => i64::from(validate::port(v)?).into(),
        "authority" | "token_endpoint" | "graph_url" | "exchange_url" => {
            validate::endpoint_url(v)?.to_string().into()
        }
        "scope" => validate::scope(v)?.into(),
        "proxy" => {
            validate::proxy_url(v)?;
            v.into()
        }
        "timeout" => validate::timeout(v)?.as_secs_f64().into(),
        "admin" => parse_admin(v)?.name().into(),
        "target" => parse_target(v)?.name().into(),
        "rbac_for_apps" => validate::boolean(v)?.into(),
        _ => validate::path(v)?.display().to_string().into(),
    })
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
            tenant: Some("flag.example.com".into()),
            ..Default::default()
        };
        let s = resolve(&args, &env, profile).unwrap();
        assert_eq!(
            s.tenant.as_ref().unwrap().value.as_str(),
            "flag.example.com"
        );
        assert_eq!(s.tenant.unwrap().source, Source::Flag("--tenant"));
        assert_eq!(s.mailbox.unwrap().source, Source::Env("SMTP_OAUTH_MAILBOX"));
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
            s.token_endpoint.unwrap().value.as_str(),
            "https://login.microsoftonline.us/contoso.onmicrosoft.com/oauth2/v2.0/token"
        );
        assert_eq!(s.smtp_host.value, "smtp.office365.us");
    }

    #[test]
    fn every_invalid_value_is_reported_at_once() {
        let env = HashMap::from([("SMTP_OAUTH_SMTP_PORT", "99999")]);
        let args = SettingArgs {
            tenant: Some("not-a-tenant".into()),
            ..Default::default()
        };
        let SettingsError::Invalid(items) = resolve(&args, &env, "").unwrap_err() else {
            panic!()
        };
        let keys: Vec<_> = items.iter().map(|i| i.key).collect();
        assert_eq!(keys, ["tenant", "smtp_port"]);
    }
}
