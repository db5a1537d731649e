//! The settings table: one row per setting, from which everything else about it derives.
//!
//! A row names the setting's key (also its profile key and, with `-` for `_`, its flag), its
//! environment variables, its flag's help text and value name, its *kind* (how it is parsed,
//! shown and written to a profile, and the form it expects) and its default. From the rows the
//! [`settings!`] macro generates:
//!
//! - [`ValueArgs`], the clap flags (flattened into `cli::SettingArgs`);
//! - [`Values`], the resolved and validated values, one typed field per row;
//! - `Values::resolve`, flag › environment › profile › default, collecting every problem;
//! - `Values::rows`, the display rows of `config show` and of every report's `settings`;
//! - [`PLAIN_SPECS`], the rows as data for `config set`, `config show`, the man page and docs.
//!
//! A new setting is one row here plus, when no kind fits, a [`Kind`] with its parser. Secrets
//! (which never come from a flag value or a profile value) are the hand-written rows of
//! `settings::SECRET_SPECS`.

use std::path::{Path, PathBuf};
use std::time::Duration;

use time::Date;
use url::Url;

use super::validate::{self, Invalid, Tenant};
use super::{AdminMode, Resolver, SettingSpec, Source, Target, Val, url_text};
use crate::cloud::Cloud;

/// How one kind of value is parsed, shown, and written to a profile.
pub trait Kind {
    type Value;
    /// The form a value must have, for error messages, `config set` and the docs.
    const EXPECTED: &'static str;
    fn parse(raw: &str) -> Result<Self::Value, Invalid>;
    /// The value in `config show` and in the reports' `settings`.
    fn show(value: &Self::Value) -> serde_json::Value;
    /// The one on-disk form of the value in a profile (written by `config set` and `setup`).
    fn store(value: &Self::Value) -> toml_edit::Value;
    /// A value read from a profile, made relative to the config file's directory where that
    /// matters (paths).
    fn rebase(_value: &mut Self::Value, _dir: &Path) {}
    /// What to say about a valid value that is very likely a mistake (port 465, a scope that
    /// is not `.default`, a date that has passed, a file that is not there); `config show` and
    /// `config set` say it, whether the value came from a flag, the environment or the profile.
    fn advise(_value: &Self::Value) -> Option<String> {
        None
    }
}

/// [`Kind::advise`] of a typed value of kind `K` (nothing when it does not parse).
pub fn advise_text<K: Kind>(raw: &str) -> Option<String> {
    K::parse(raw.trim()).ok().and_then(|v| K::advise(&v))
}

/// What `config set` and `setup` write for a typed value of kind `K`: the parsed value in its
/// one on-disk form, or why it is refused.
pub fn store_text<K: Kind>(raw: &str) -> Result<toml_edit::Value, Invalid> {
    K::parse(raw.trim()).map(|v| K::store(&v))
}

/// A typed value of kind `K` as `config show` shows it (a proxy's credentials hidden).
pub fn shown_text<K: Kind>(raw: &str) -> String {
    K::parse(raw.trim()).map_or_else(
        |_| String::new(),
        |v| match K::show(&v) {
            serde_json::Value::String(s) => s,
            other => other.to_string(),
        },
    )
}

fn text(s: &str) -> serde_json::Value {
    serde_json::Value::String(s.to_string())
}

/// Declares a kind whose value is shown and stored as text.
macro_rules! text_kind {
    ($(#[$doc:meta])* $name:ident: $value:ty, $expected:expr, $parse:expr, |$v:ident| $shown:expr) => {
        $(#[$doc])*
        pub struct $name;
        impl Kind for $name {
            type Value = $value;
            const EXPECTED: &'static str = $expected;
            fn parse(raw: &str) -> Result<$value, Invalid> {
                $parse(raw)
            }
            fn show($v: &$value) -> serde_json::Value {
                text(&$shown)
            }
            fn store($v: &$value) -> toml_edit::Value {
                toml_edit::Value::from($shown.to_string())
            }
        }
    };
}

text_kind!(
    /// A tenant GUID or domain.
    TenantK: Tenant, validate::EXPECT_TENANT, validate::tenant, |v| v.as_str()
);
text_kind!(
    /// An application (client) id.
    ClientIdK: String, validate::EXPECT_CLIENT_ID, validate::client_id, |v| v.as_str()
);
text_kind!(
    /// The `keyId` of a client secret.
    KeyIdK: String, validate::EXPECT_KEY_ID, validate::key_id, |v| v.as_str()
);
/// A calendar date (the client secret's expiry).
pub struct DateK;
impl Kind for DateK {
    type Value = Date;
    const EXPECTED: &'static str = validate::EXPECT_DATE;
    fn parse(raw: &str) -> Result<Date, Invalid> {
        validate::date(raw)
    }
    fn show(value: &Date) -> serde_json::Value {
        text(&value.to_string())
    }
    fn store(value: &Date) -> toml_edit::Value {
        value.to_string().into()
    }
    fn advise(value: &Date) -> Option<String> {
        (*value < time::OffsetDateTime::now_utc().date()).then(|| {
            format!("{value} has passed: the secret has expired (secret-expired); create a new one and set its expiry")
        })
    }
}
text_kind!(
    /// A mailbox address.
    MailboxK: String, validate::EXPECT_MAILBOX, validate::mailbox, |v| v.as_str()
);
text_kind!(
    /// A Microsoft cloud.
    CloudK: Cloud, validate::EXPECT_CLOUD, validate::cloud, |v| v.name()
);
text_kind!(
    /// A host name or IP address.
    HostK: String, validate::EXPECT_HOST, validate::host, |v| v.as_str()
);
/// A token scope.
pub struct ScopeK;
impl Kind for ScopeK {
    type Value = String;
    const EXPECTED: &'static str = validate::EXPECT_SCOPE;
    fn parse(raw: &str) -> Result<String, Invalid> {
        validate::scope(raw)
    }
    fn show(value: &String) -> serde_json::Value {
        text(value)
    }
    fn store(value: &String) -> toml_edit::Value {
        value.as_str().into()
    }
    fn advise(value: &String) -> Option<String> {
        (!value.ends_with("/.default")).then(|| format!(
            "`{value}` is not `<resource>/.default`: an app-only token is requested with the resource's .default scope, such as https://outlook.office365.com/.default (Entra ID refuses this one: invalid-scope)"
        ))
    }
}
text_kind!(
    /// An endpoint URL (https, or http on loopback).
    UrlK: Url, validate::EXPECT_URL, validate::endpoint_url, |v| url_text(v)
);
/// A proxy URL; its user name and password are never shown (but kept in the profile).
pub struct ProxyK;
impl Kind for ProxyK {
    type Value = Url;
    const EXPECTED: &'static str = validate::EXPECT_PROXY;
    fn parse(raw: &str) -> Result<Url, Invalid> {
        validate::proxy_url(raw)
    }
    fn show(value: &Url) -> serde_json::Value {
        text(&validate::redact_url(value))
    }
    fn store(value: &Url) -> toml_edit::Value {
        url_text(value).into()
    }
}
text_kind!(
    /// A list of hosts, domains or CIDR ranges that bypass the proxy.
    HostListK: String,
    "a comma-separated list of hosts, domains or CIDR ranges",
    |raw: &str| Ok::<_, Invalid>(raw.trim().to_string()),
    |v| v.as_str()
);
text_kind!(
    /// How `prereqs` gets admin access.
    AdminK: AdminMode, validate::EXPECT_ADMIN, parse_admin, |v| v.name()
);
text_kind!(
    /// The client the settings are for.
    TargetK: Target, validate::EXPECT_TARGET, parse_target, |v| v.name()
);

/// A TCP port.
pub struct PortK;
impl Kind for PortK {
    type Value = u16;
    const EXPECTED: &'static str = validate::EXPECT_PORT;
    fn parse(raw: &str) -> Result<u16, Invalid> {
        validate::port(raw)
    }
    fn show(value: &u16) -> serde_json::Value {
        serde_json::Value::from(*value)
    }
    fn store(value: &u16) -> toml_edit::Value {
        i64::from(*value).into()
    }
    fn advise(value: &u16) -> Option<String> {
        match value {
            465 => Some("port 465 is implicit TLS (SMTPS), which Exchange Online client submission does not offer: use 587 (STARTTLS)".into()),
            25 => Some("port 25 is server-to-server relay; Exchange Online client submission (SMTP AUTH) is 587".into()),
            _ => None,
        }
    }
}

/// A timeout in seconds (fractions allowed).
pub struct SecondsK;
impl Kind for SecondsK {
    type Value = Duration;
    const EXPECTED: &'static str = validate::EXPECT_TIMEOUT;
    fn parse(raw: &str) -> Result<Duration, Invalid> {
        validate::timeout(raw)
    }
    fn show(value: &Duration) -> serde_json::Value {
        serde_json::Value::from(value.as_secs_f64())
    }
    fn store(value: &Duration) -> toml_edit::Value {
        value.as_secs_f64().into()
    }
}

/// True or false.
pub struct BoolK;
impl Kind for BoolK {
    type Value = bool;
    const EXPECTED: &'static str = validate::EXPECT_BOOL;
    fn parse(raw: &str) -> Result<bool, Invalid> {
        validate::boolean(raw)
    }
    fn show(value: &bool) -> serde_json::Value {
        serde_json::Value::Bool(*value)
    }
    fn store(value: &bool) -> toml_edit::Value {
        (*value).into()
    }
}

/// A file path; one read from a profile is relative to the config file's directory.
pub struct PathK;
impl Kind for PathK {
    type Value = PathBuf;
    const EXPECTED: &'static str = validate::EXPECT_PATH;
    fn parse(raw: &str) -> Result<PathBuf, Invalid> {
        validate::path(raw)
    }
    fn show(value: &PathBuf) -> serde_json::Value {
        text(&value.display().to_string())
    }
    fn store(value: &PathBuf) -> toml_edit::Value {
        value.display().to_string().into()
    }
    fn rebase(value: &mut PathBuf, dir: &Path) {
        if value.is_relative() {
            *value = dir.join(&*value);
        }
    }
    fn advise(value: &PathBuf) -> Option<String> {
        (!value.exists()).then(|| format!("there is no file at {} (yet)", value.display()))
    }
}

fn joined(paths: &[PathBuf]) -> String {
    std::env::join_paths(paths).map_or_else(|_| String::new(), |j| j.to_string_lossy().into_owned())
}

/// Paths separated as in `PATH` (`:` on Unix, `;` on Windows): the client trust stores.
pub struct PathListK;
impl Kind for PathListK {
    type Value = Vec<PathBuf>;
    const EXPECTED: &'static str = validate::EXPECT_PATH_LIST;
    fn parse(raw: &str) -> Result<Vec<PathBuf>, Invalid> {
        validate::path_list(raw)
    }
    fn show(value: &Vec<PathBuf>) -> serde_json::Value {
        // As written: a `config set` of the shown value stores the same paths.
        text(&joined(value))
    }
    fn store(value: &Vec<PathBuf>) -> toml_edit::Value {
        joined(value).into()
    }
    fn rebase(value: &mut Vec<PathBuf>, dir: &Path) {
        for p in value.iter_mut() {
            PathK::rebase(p, dir);
        }
    }
    fn advise(value: &Vec<PathBuf>) -> Option<String> {
        let absent: Vec<String> = value
            .iter()
            .filter(|p| !p.exists())
            .map(|p| p.display().to_string())
            .collect();
        (!absent.is_empty()).then(|| format!("nothing at {} (yet)", absent.join(", ")))
    }
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

/// How a row's value is held: absent when nothing gave one, or always there by its default.
pub trait Shape<K: Kind> {
    type Field;
    fn resolve(value: Option<Val<K::Value>>, default: Option<Val<K::Value>>) -> Self::Field;
    fn get(field: &Self::Field) -> Option<&Val<K::Value>>;
}

/// A setting without a default (`Option<Val<_>>`).
pub struct Optional;
impl<K: Kind> Shape<K> for Optional {
    type Field = Option<Val<K::Value>>;
    fn resolve(value: Option<Val<K::Value>>, _: Option<Val<K::Value>>) -> Self::Field {
        value
    }
    fn get(field: &Self::Field) -> Option<&Val<K::Value>> {
        field.as_ref()
    }
}

/// A setting with a default (`Val<_>`); its row must give one.
pub struct Defaulted;
impl<K: Kind> Shape<K> for Defaulted {
    type Field = Val<K::Value>;
    fn resolve(value: Option<Val<K::Value>>, default: Option<Val<K::Value>>) -> Self::Field {
        value
            .or(default)
            .expect("every Defaulted row of the settings table gives a default")
    }
    fn get(field: &Self::Field) -> Option<&Val<K::Value>> {
        Some(field)
    }
}

/// A fixed default.
fn fixed<T>(value: T) -> Val<T> {
    Val {
        value,
        source: Source::Default,
    }
}

/// The default a cloud gives.
fn for_cloud<T>(cloud: &Val<Cloud>, value: T) -> Val<T> {
    Val {
        value,
        source: Source::DefaultFor(format!("cloud {}", cloud.value)),
    }
}

/// A URL of the built-in cloud table.
fn builtin(url: &str) -> Url {
    Url::parse(url).expect("built-in cloud URLs are valid")
}

/// With admin tokens in the environment, `--admin token` is the default.
fn admin_default(tokens_given: bool) -> Val<AdminMode> {
    if tokens_given {
        Val {
            value: AdminMode::Token,
            source: Source::DefaultFor("SMTP_OAUTH_GRAPH_TOKEN / SMTP_OAUTH_EXCHANGE_TOKEN".into()),
        }
    } else {
        fixed(AdminMode::None)
    }
}

macro_rules! settings {
    (
        resolve($r:ident, $tokens_given:ident);
        $(
            $(#[doc = $help:literal])*
            $(#[arg($($arg:tt)*)])*
            $key:ident: $shape:ident<$kind:ty> $(= $default:expr)?,
            flag $long:literal $value_name:literal,
            env [$($env:literal),*];
        )*
    ) => {
        /// The flags of the settings table (flattened into `cli::SettingArgs`).
        #[derive(clap::Args, Debug, Default, Clone)]
        pub struct ValueArgs {
            $(
                $(#[doc = $help])*
                #[arg(long = $long, global = true, value_name = $value_name)]
                $(#[arg($($arg)*)])*
                pub $key: Option<String>,
            )*
        }

        /// Every setting of the table, resolved and validated, with its source.
        #[derive(Debug, Clone)]
        pub struct Values {
            $( pub $key: <$shape as Shape<$kind>>::Field, )*
        }

        /// The rows of the table that are not secrets, as data.
        pub static PLAIN_SPECS: &[SettingSpec] = &[
            $(
                SettingSpec {
                    key: stringify!($key),
                    flag: concat!("--", $long),
                    env: &[$($env),*],
                    secret: false,
                    expected: <$kind as Kind>::EXPECTED,
                    store: store_text::<$kind>,
                    shown: shown_text::<$kind>,
                    advise: advise_text::<$kind>,
                },
            )*
        ];

        impl Values {
            /// Flag › environment › profile › default for every row, in the table's order (a
            /// default may depend on a row above it, as the SMTP host on the cloud). Problems
            /// are collected in `r`.
            pub(super) fn resolve($r: &mut Resolver<'_>, args: &ValueArgs, $tokens_given: bool) -> Values {
                $(
                    let $key = {
                        let value = $r.get::<$kind>(stringify!($key), args.$key.as_deref());
                        let default: Option<Val<<$kind as Kind>::Value>> = None $(.or(Some($default)))?;
                        <$shape as Shape<$kind>>::resolve(value, default)
                    };
                )*
                Values { $($key),* }
            }

            /// Each row as (key, shown value, source).
            pub(super) fn rows(&self) -> Vec<super::SettingRow> {
                vec![$(
                    {
                        let v = <$shape as Shape<$kind>>::get(&self.$key);
                        super::SettingRow {
                            key: stringify!($key),
                            value: v.map_or(serde_json::Value::Null, |v| <$kind as Kind>::show(&v.value)),
                            source: v.map(|v| v.source.to_string()),
                        }
                    },
                )*]
            }
        }
    };
}

settings! {
    resolve(r, tokens_given);

    /// Directory (tenant) ID or a domain of the tenant [env: SMTP_OAUTH_TENANT]
    tenant: Optional<TenantK>, flag "tenant" "GUID|DOMAIN", env ["SMTP_OAUTH_TENANT"];

    /// Application (client) ID of the app registration [env: SMTP_OAUTH_CLIENT_ID]
    client_id: Optional<ClientIdK>, flag "client-id" "GUID", env ["SMTP_OAUTH_CLIENT_ID"];

    /// Client certificate instead of a secret: PEM with key, or PKCS#12 (.pfx/.p12; its password from SMTP_OAUTH_CLIENT_CERT_PASSWORD) [env: SMTP_OAUTH_CLIENT_CERT]
    client_cert: Optional<PathK>, flag "client-cert" "FILE", env ["SMTP_OAUTH_CLIENT_CERT"];

    /// A federated token (a JWT from the CI's or the platform's OIDC issuer) as the client's proof, instead of a secret: workload identity federation [env: SMTP_OAUTH_FEDERATED_TOKEN_FILE, AZURE_FEDERATED_TOKEN_FILE]
    federated_token_file: Optional<PathK>, flag "federated-token-file" "FILE", env ["SMTP_OAUTH_FEDERATED_TOKEN_FILE", "AZURE_FEDERATED_TOKEN_FILE"];

    /// Expiry date of the client secret [env: SMTP_OAUTH_SECRET_EXPIRES]
    secret_expires: Optional<DateK>, flag "secret-expires" "YYYY-MM-DD", env ["SMTP_OAUTH_SECRET_EXPIRES"];

    /// The Secret ID (keyId) of the client secret in Entra; `secret rotate` and `prereqs` write it [env: SMTP_OAUTH_SECRET_KEY_ID]
    secret_key_id: Optional<KeyIdK>, flag "secret-key-id" "GUID", env ["SMTP_OAUTH_SECRET_KEY_ID"];

    /// Mailbox to authenticate as and send from [env: SMTP_OAUTH_MAILBOX]
    mailbox: Optional<MailboxK>, flag "mailbox" "ADDRESS", env ["SMTP_OAUTH_MAILBOX"];

    /// Microsoft cloud: global, usgov, usgov-dod, china [env: SMTP_OAUTH_CLOUD] [default: global]
    cloud: Defaulted<CloudK> = fixed(Cloud::Global),
        flag "cloud" "CLOUD", env ["SMTP_OAUTH_CLOUD"];

    /// SMTP host [env: SMTP_OAUTH_SMTP_HOST] [default: the cloud's, smtp.office365.com]
    smtp_host: Defaulted<HostK> = for_cloud(&cloud, cloud.value.endpoints().smtp_host.to_string()),
        flag "smtp-host" "HOST", env ["SMTP_OAUTH_SMTP_HOST"];

    /// SMTP port [env: SMTP_OAUTH_SMTP_PORT] [default: 587]
    smtp_port: Defaulted<PortK> = fixed(587),
        flag "smtp-port" "PORT", env ["SMTP_OAUTH_SMTP_PORT"];

    /// Login host base URL [env: SMTP_OAUTH_AUTHORITY] [default: the cloud's]
    authority: Defaulted<UrlK> = for_cloud(&cloud, builtin(cloud.value.endpoints().authority)),
        flag "authority" "URL", env ["SMTP_OAUTH_AUTHORITY"];

    /// Token endpoint [env: SMTP_OAUTH_TOKEN_ENDPOINT] [default: <authority>/<tenant>/oauth2/v2.0/token]
    token_endpoint: Optional<UrlK>, flag "token-endpoint" "URL", env ["SMTP_OAUTH_TOKEN_ENDPOINT"];

    /// Scope of the token request [env: SMTP_OAUTH_SCOPE] [default: the cloud's Exchange scope]
    scope: Defaulted<ScopeK> = for_cloud(&cloud, cloud.value.endpoints().scope.to_string()),
        flag "scope" "SCOPE", env ["SMTP_OAUTH_SCOPE"];

    /// Microsoft Graph base URL [env: SMTP_OAUTH_GRAPH_URL] [default: the cloud's]
    graph_url: Defaulted<UrlK> = for_cloud(&cloud, builtin(cloud.value.endpoints().graph_url)),
        flag "graph-url" "URL", env ["SMTP_OAUTH_GRAPH_URL"];

    /// Exchange Online admin API base URL [env: SMTP_OAUTH_EXCHANGE_URL] [default: the cloud's]
    exchange_url: Defaulted<UrlK> = for_cloud(&cloud, builtin(cloud.value.endpoints().exchange_url)),
        flag "exchange-url" "URL", env ["SMTP_OAUTH_EXCHANGE_URL"];

    /// The client's own trust stores to audit (PEM, a directory of PEM/DER files, PKCS#12 or JKS; several separated as in PATH); their password from SMTP_OAUTH_TRUSTSTORE_PASSWORD [env: SMTP_OAUTH_TRUSTSTORE]
    truststore: Optional<PathListK>, flag "truststore" "PATHS", env ["SMTP_OAUTH_TRUSTSTORE"];

    /// Extra trust anchors (PEM), added to the system roots [env: SMTP_OAUTH_CA_FILE]
    ca_file: Optional<PathK>, flag "ca-file" "FILE", env ["SMTP_OAUTH_CA_FILE"];

    /// HTTP proxy for the token, Graph and Exchange requests [env: HTTPS_PROXY, ALL_PROXY; NO_PROXY]
    proxy: Optional<ProxyK>, flag "proxy" "URL",
        env ["HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"];

    /// Hosts that bypass the proxy, comma-separated (domains, CIDR ranges) [env: NO_PROXY]
    no_proxy: Optional<HostListK>, flag "no-proxy" "HOSTS", env ["NO_PROXY", "no_proxy"];

    /// Timeout per network step, in seconds [env: SMTP_OAUTH_TIMEOUT] [default: 20]
    timeout: Defaulted<SecondsK> = fixed(Duration::from_secs(20)),
        flag "timeout" "SECS", env ["SMTP_OAUTH_TIMEOUT"];

    /// Admin access for prereqs: none, device-code, app, token [env: SMTP_OAUTH_ADMIN]
    admin: Defaulted<AdminK> = admin_default(tokens_given),
        flag "admin" "MODE", env ["SMTP_OAUTH_ADMIN"];

    /// Client id of the admin app (--admin app) [env: SMTP_OAUTH_ADMIN_CLIENT_ID]
    admin_client_id: Optional<ClientIdK>, flag "admin-client-id" "GUID", env ["SMTP_OAUTH_ADMIN_CLIENT_ID"];

    /// Certificate of the admin app [env: SMTP_OAUTH_ADMIN_CLIENT_CERT]
    admin_client_cert: Optional<PathK>, flag "admin-client-cert" "FILE", env ["SMTP_OAUTH_ADMIN_CLIENT_CERT"];

    /// The client being set up: generic or ise (Cisco ISE) [env: SMTP_OAUTH_TARGET] [default: generic]
    target: Defaulted<TargetK> = fixed(Target::Generic),
        flag "target" "TARGET", env ["SMTP_OAUTH_TARGET"];

    /// The app uses Exchange RBAC for Applications (no roles in the token); --rbac-for-apps=false
    /// turns a profile's setting off [env: SMTP_OAUTH_RBAC_FOR_APPS]
    #[arg(num_args = 0..=1, require_equals = true, default_missing_value = "true")]
    rbac_for_apps: Defaulted<BoolK> = fixed(false),
        flag "rbac-for-apps" "BOOL", env ["SMTP_OAUTH_RBAC_FOR_APPS"];
}
