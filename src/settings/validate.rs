//! Validation of setting values: one function per kind of value, each returning the typed value
//! or an [`Invalid`] that says what is wrong, the expected form and, where we can tell, the fix.
//!
//! Pure functions: no I/O, no knowledge of where a value came from (the caller adds that).
//! A value that looks like a client secret is never echoed back.

use std::net::IpAddr;
use std::time::Duration;

use time::Date;
use url::Url;

use crate::cloud::Cloud;

/// A message and its text values: a problem or a hint said in any language.
pub type Said = (&'static str, Vec<(&'static str, String)>);

/// Why a value was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invalid {
    /// What is wrong with the value, e.g. "`foo` is neither a GUID nor a domain name".
    pub problem: String,
    /// The expected form, e.g. "a GUID such as …".
    pub expected: &'static str,
    /// A concrete suggestion derived from the value, e.g. "use --tenant <guid>".
    pub hint: Option<String>,
    /// `problem` as a message (its English is `problem`).
    pub said: Option<Box<Said>>,
    /// `hint` as a message.
    pub hint_said: Option<Box<Said>>,
}

fn say(lang: crate::i18n::Lang, (id, args): &Said) -> Option<String> {
    let args: Vec<(&str, crate::i18n::Arg<'_>)> = args
        .iter()
        .map(|(k, v)| (*k, crate::i18n::Arg::Text(v.as_str())))
        .collect();
    crate::i18n::message_in(lang, id, &args)
}

/// A value as a message argument: `echo`ed (quoted, bounded, no control characters).
fn shown(v: &str) -> (&'static str, String) {
    ("value", echo(v))
}

impl Invalid {
    fn new(problem: impl Into<String>, expected: &'static str) -> Self {
        Invalid {
            problem: problem.into(),
            expected,
            hint: None,
            said: None,
            hint_said: None,
        }
    }

    /// A problem said by the message `id` with `args`.
    fn said(id: &'static str, args: Vec<(&'static str, String)>, expected: &'static str) -> Self {
        let said = (id, args);
        let mut e = Invalid::new(
            say(crate::i18n::Lang::En, &said).unwrap_or_default(),
            expected,
        );
        e.said = Some(Box::new(said));
        e
    }

    /// A hint said by the message `id` with `args`.
    fn hint_said(mut self, id: &'static str, args: Vec<(&'static str, String)>) -> Self {
        let said = (id, args);
        self.hint = say(crate::i18n::Lang::En, &said);
        self.hint_said = Some(Box::new(said));
        self
    }

    /// The problem in `lang` (English where it has no message).
    pub fn problem_in(&self, lang: crate::i18n::Lang) -> String {
        self.said
            .as_ref()
            .and_then(|s| say(lang, s))
            .unwrap_or_else(|| self.problem.clone())
    }

    /// The hint in `lang`.
    pub fn hint_in(&self, lang: crate::i18n::Lang) -> Option<String> {
        self.hint_said
            .as_ref()
            .and_then(|s| say(lang, s))
            .or_else(|| self.hint.clone())
    }
}

/// A tenant: its GUID or one of its domain names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tenant {
    Id(String),
    Domain(String),
}

impl Tenant {
    pub fn as_str(&self) -> &str {
        match self {
            Tenant::Id(s) | Tenant::Domain(s) => s,
        }
    }
}

pub const EXPECT_TENANT: &str = "a Directory (tenant) ID such as 72f988bf-86f1-41af-91ab-2d7cd011db47, or a domain of the tenant such as contoso.onmicrosoft.com (Entra admin center › Overview › Tenant ID)";
pub const EXPECT_CLIENT_ID: &str = "the Application (client) ID, a GUID such as 00001111-aaaa-2222-bbbb-3333cccc4444 (Entra admin center › App registrations › your app › Overview)";
pub const EXPECT_MAILBOX: &str =
    "the mailbox's e-mail address, such as no-reply@contoso.onmicrosoft.com";
pub const EXPECT_PATH_LIST: &str = "one or more paths of trust stores, separated as in PATH (`:` on Unix, `;` on Windows), such as /opt/ise/trusted-certs:/etc/pki/java/cacerts";
pub const EXPECT_KEY_ID: &str = "the Secret ID of the client secret, a GUID such as 6a0c4e8b-2d6f-4a1c-8e3b-5f7d9a1c3e57 (Entra admin center › App registrations › your app › Certificates & secrets, column Secret ID)";
pub const EXPECT_DATE: &str = "a date written YYYY-MM-DD, such as 2027-03-31";
pub const EXPECT_PORT: &str = "a TCP port number from 1 to 65535 (Exchange Online: 587)";
pub const EXPECT_TIMEOUT: &str = "a number of seconds from 0.1 to 3600, such as 20";
pub const EXPECT_CLOUD: &str = "one of global, usgov, usgov-dod, china";
pub const EXPECT_URL: &str =
    "an https:// URL (http:// only for loopback addresses such as 127.0.0.1)";
pub const EXPECT_HOST: &str =
    "a host name or IP address without scheme or port, such as smtp.office365.com";
pub const EXPECT_PROXY: &str =
    "an http:// or https:// proxy URL such as http://proxy.example.com:3128";
pub const EXPECT_SCOPE: &str = "a scope such as https://outlook.office365.com/.default";
pub const EXPECT_ADMIN: &str = "one of none, device-code, app, token";
pub const EXPECT_TARGET: &str = "one of generic, ise";
pub const EXPECT_BOOL: &str = "true or false";
pub const EXPECT_PATH: &str = "a file path";

/// The message that says an expected form (an `EXPECT_*`) in the user's language.
pub fn expected_message(expected: &str) -> Option<&'static str> {
    const MESSAGES: &[(&str, &str)] = &[
        (EXPECT_TENANT, "expected-tenant"),
        (EXPECT_CLIENT_ID, "expected-client-id"),
        (EXPECT_MAILBOX, "expected-mailbox"),
        (EXPECT_PATH_LIST, "expected-path-list"),
        (EXPECT_KEY_ID, "expected-key-id"),
        (EXPECT_DATE, "expected-date"),
        (EXPECT_PORT, "expected-port"),
        (EXPECT_TIMEOUT, "expected-timeout"),
        (EXPECT_CLOUD, "expected-cloud"),
        (EXPECT_URL, "expected-url"),
        (EXPECT_HOST, "expected-host"),
        (EXPECT_PROXY, "expected-proxy"),
        (EXPECT_SCOPE, "expected-scope"),
        (EXPECT_ADMIN, "expected-admin"),
        (EXPECT_TARGET, "expected-target"),
        (EXPECT_BOOL, "expected-bool"),
        (EXPECT_PATH, "expected-path"),
        (EXPECT_PROFILE, "expected-profile"),
    ];
    MESSAGES
        .iter()
        .find(|(text, _)| *text == expected)
        .map(|(_, id)| *id)
}

/// Shows a user-supplied value in a message: never a secret, never a control character, never
/// more than 80 characters.
pub fn echo(value: &str) -> String {
    if looks_like_secret_value(value) {
        return "(a value shaped like a client secret, not shown)".to_string();
    }
    let mut out: String = value
        .chars()
        .take(80)
        .map(|c| if c.is_control() { '?' } else { c })
        .collect();
    if value.chars().count() > 80 {
        out.push('…');
    }
    format!("`{out}`")
}

/// Entra client secret *values* are ~40 characters of `[A-Za-z0-9~._-]` with a `~` near the
/// start (e.g. `abc8Q~…`). A value of that shape must never be echoed.
pub fn looks_like_secret_value(value: &str) -> bool {
    let v = value.trim();
    (30..=64).contains(&v.len())
        && v.contains('~')
        && v.chars()
            .all(|c| c.is_ascii_alphanumeric() || "~._-".contains(c))
}

/// A GUID in its canonical lowercase 8-4-4-4-12 form; braces are accepted and dropped.
pub fn parse_guid(value: &str) -> Option<String> {
    let v = value.trim();
    let v = v
        .strip_prefix('{')
        .and_then(|s| s.strip_suffix('}'))
        .unwrap_or(v);
    let groups: Vec<&str> = v.split('-').collect();
    let lens = [8, 4, 4, 4, 12];
    if groups.len() != 5 {
        return None;
    }
    for (g, len) in groups.iter().zip(lens) {
        if g.len() != len || !g.chars().all(|c| c.is_ascii_hexdigit()) {
            return None;
        }
    }
    Some(v.to_ascii_lowercase())
}

/// A DNS name with at least two labels and an alphabetic top-level label.
pub fn is_dns_name(value: &str) -> bool {
    let v = value.strip_suffix('.').unwrap_or(value);
    if v.is_empty() || v.len() > 253 {
        return false;
    }
    let labels: Vec<&str> = v.split('.').collect();
    if labels.len() < 2 {
        return false;
    }
    let label_ok = |l: &str| {
        !l.is_empty()
            && l.len() <= 63
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
    };
    let tld = labels[labels.len() - 1];
    labels.iter().all(|l| label_ok(l))
        && (tld.chars().all(|c| c.is_ascii_alphabetic()) || tld.starts_with("xn--"))
}

pub fn tenant(value: &str) -> Result<Tenant, Invalid> {
    let v = value.trim();
    if v.is_empty() {
        return Err(Invalid::said("invalid-empty", vec![], EXPECT_TENANT));
    }
    if looks_like_secret_value(v) {
        return Err(
            Invalid::said("invalid-secret-not-tenant", vec![], EXPECT_TENANT)
                .hint_said("hint-no-secret-in-argv", vec![]),
        );
    }
    if let Some(guid) = parse_guid(v) {
        if guid.chars().all(|c| c == '0' || c == '-') {
            return Err(Invalid::said("invalid-zero-guid", vec![], EXPECT_TENANT));
        }
        return Ok(Tenant::Id(guid));
    }
    if v.contains("://") || v.contains('/') {
        let found = tenant_in_url(v);
        let mut e = Invalid::said("invalid-url-not-tenant", vec![shown(v)], EXPECT_TENANT);
        if let Some(t) = found {
            e = e.hint_said("hint-tenant-in-url", vec![("tenant", t)]);
        }
        return Err(e);
    }
    if let Some((_, domain)) = v.rsplit_once('@') {
        let mut e = Invalid::said("invalid-email-not-tenant", vec![shown(v)], EXPECT_TENANT);
        if is_dns_name(domain) {
            e = e.hint_said("hint-tenant-domain", vec![("domain", domain.to_string())]);
        }
        return Err(e);
    }
    let lower = v.to_ascii_lowercase();
    if matches!(lower.as_str(), "common" | "organizations" | "consumers") {
        return Err(Invalid::said(
            "invalid-tenant-alias",
            vec![shown(v)],
            EXPECT_TENANT,
        ));
    }
    if is_dns_name(&lower) {
        return Ok(Tenant::Domain(lower.trim_end_matches('.').to_string()));
    }
    Err(Invalid::said(
        "invalid-not-tenant",
        vec![shown(v)],
        EXPECT_TENANT,
    ))
}

/// The tenant (GUID or domain) in a pasted login URL such as
/// `https://login.microsoftonline.com/<guid>/oauth2/v2.0/token`.
fn tenant_in_url(value: &str) -> Option<String> {
    let path = match Url::parse(value) {
        Ok(url) => url.path().to_string(),
        Err(_) => value.to_string(),
    };
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    if let Some(g) = segments.iter().find_map(|s| parse_guid(s)) {
        return Some(g);
    }
    // A bare "contoso.onmicrosoft.com/oauth2/authorize" has the domain first.
    segments
        .iter()
        .find(|s| is_dns_name(s) && !s.starts_with("login."))
        .map(|s| s.to_ascii_lowercase())
}

/// Paths separated as in `PATH`, each a valid path.
pub fn path_list(raw: &str) -> Result<Vec<std::path::PathBuf>, Invalid> {
    let paths: Vec<std::path::PathBuf> = std::env::split_paths(raw.trim())
        .filter(|p| !p.as_os_str().is_empty())
        .collect();
    if paths.is_empty() {
        return Err(Invalid::said("invalid-empty", vec![], EXPECT_PATH_LIST));
    }
    for p in &paths {
        path(&p.display().to_string())?;
    }
    Ok(paths)
}

/// The `keyId` of a client secret (the portal's "Secret ID"); never its value.
pub fn key_id(value: &str) -> Result<String, Invalid> {
    let v = value.trim();
    if let Some(g) = parse_guid(v) {
        return Ok(g);
    }
    if looks_like_secret_value(v) {
        return Err(
            Invalid::said("invalid-secret-not-key-id", vec![], EXPECT_KEY_ID)
                .hint_said("hint-no-secret-in-argv", vec![]),
        );
    }
    Err(Invalid::said(
        "invalid-not-guid",
        vec![shown(v)],
        EXPECT_KEY_ID,
    ))
}

pub fn client_id(value: &str) -> Result<String, Invalid> {
    let v = value.trim();
    if v.is_empty() {
        return Err(Invalid::said("invalid-empty", vec![], EXPECT_CLIENT_ID));
    }
    if let Some(g) = parse_guid(v) {
        return Ok(g);
    }
    if looks_like_secret_value(v) {
        return Err(
            Invalid::said("invalid-secret-not-client-id", vec![], EXPECT_CLIENT_ID)
                .hint_said("hint-no-secret-in-argv", vec![]),
        );
    }
    if v.contains('@') {
        return Err(Invalid::said(
            "invalid-email-not-client-id",
            vec![shown(v)],
            EXPECT_CLIENT_ID,
        )
        .hint_said("hint-mailbox-flag", vec![]));
    }
    if v.starts_with("api://") || v.starts_with("https://") {
        return Err(Invalid::said(
            "invalid-app-id-uri",
            vec![shown(v)],
            EXPECT_CLIENT_ID,
        ));
    }
    Err(Invalid::said(
        "invalid-not-guid",
        vec![shown(v)],
        EXPECT_CLIENT_ID,
    ))
}

pub fn mailbox(value: &str) -> Result<String, Invalid> {
    let v = value.trim();
    if v.is_empty() {
        return Err(Invalid::said("invalid-empty", vec![], EXPECT_MAILBOX));
    }
    if let (Some(open), Some(close)) = (v.find('<'), v.rfind('>'))
        && open < close
    {
        let inner = &v[open + 1..close];
        return Err(
            Invalid::said("invalid-display-name", vec![shown(v)], EXPECT_MAILBOX).hint_said(
                "hint-address-only",
                vec![("address", inner.trim().to_string())],
            ),
        );
    }
    let Some((local, domain)) = v.rsplit_once('@') else {
        return Err(Invalid::said(
            "invalid-no-at",
            vec![shown(v)],
            EXPECT_MAILBOX,
        ));
    };
    let local_ok = !local.is_empty()
        && local.len() <= 64
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "!#$%&'*+-/=?^_`{|}~.".contains(c));
    if !local_ok {
        return Err(Invalid::said(
            "invalid-local-part",
            vec![shown(v)],
            EXPECT_MAILBOX,
        ));
    }
    if !is_dns_name(domain) {
        return Err(Invalid::said(
            "invalid-mail-domain",
            vec![shown(v)],
            EXPECT_MAILBOX,
        ));
    }
    Ok(format!("{local}@{}", domain.to_ascii_lowercase()))
}

pub fn date(value: &str) -> Result<Date, Invalid> {
    let v = value.trim();
    let format = time::macros::format_description!("[year]-[month]-[day]");
    if let Ok(d) = Date::parse(v, &format) {
        Ok(d)
    } else if v.contains('/') || v.contains('.') {
        Err(
            Invalid::said("invalid-date-form", vec![shown(v)], EXPECT_DATE)
                .hint_said("hint-date-order", vec![]),
        )
    } else if v.len() == 10 && v.as_bytes()[4] == b'-' {
        Err(Invalid::said(
            "invalid-calendar-date",
            vec![shown(v)],
            EXPECT_DATE,
        ))
    } else {
        Err(Invalid::said(
            "invalid-date-form",
            vec![shown(v)],
            EXPECT_DATE,
        ))
    }
}

pub fn port(value: &str) -> Result<u16, Invalid> {
    let v = value.trim();
    match v.parse::<u32>() {
        Ok(p) if (1..=65535).contains(&p) => Ok(u16::try_from(p).unwrap_or(u16::MAX)),
        _ => Err(Invalid::said("invalid-port", vec![shown(v)], EXPECT_PORT)),
    }
}

pub fn timeout(value: &str) -> Result<Duration, Invalid> {
    let v = value.trim();
    let number = v.strip_suffix('s').unwrap_or(v);
    match number.parse::<f64>() {
        Ok(secs) if secs.is_finite() && (0.1..=3600.0).contains(&secs) => {
            Ok(Duration::from_secs_f64(secs))
        }
        _ => Err(Invalid::said(
            "invalid-timeout",
            vec![shown(v)],
            EXPECT_TIMEOUT,
        )),
    }
}

pub fn cloud(value: &str) -> Result<Cloud, Invalid> {
    let v = value.trim().to_ascii_lowercase();
    let alias = match v.as_str() {
        "public" | "worldwide" | "azurepubliccloud" | "gcc" => "global",
        "gcchigh" | "gcc-high" | "usgovernment" => "usgov",
        "dod" => "usgov-dod",
        "21vianet" | "azurechinacloud" => "china",
        other => other,
    };
    Cloud::from_name(alias)
        .ok_or_else(|| Invalid::said("invalid-cloud", vec![shown(value.trim())], EXPECT_CLOUD))
}

/// Whether a host names this machine's loopback interface.
pub fn is_loopback_host(host: &str) -> bool {
    let h = host.trim_start_matches('[').trim_end_matches(']');
    h.eq_ignore_ascii_case("localhost") || h.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

/// An endpoint URL: https, or http on loopback only; no credentials in it.
pub fn endpoint_url(value: &str) -> Result<Url, Invalid> {
    let v = value.trim();
    let url = Url::parse(v).map_err(|e| {
        Invalid::said(
            "invalid-url-parse",
            vec![shown(v), ("why", e.to_string())],
            EXPECT_URL,
        )
    })?;
    let host = url.host_str().unwrap_or_default();
    if host.is_empty() {
        return Err(Invalid::said("invalid-no-host", vec![shown(v)], EXPECT_URL));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(Invalid::said("invalid-url-credentials", vec![], EXPECT_URL));
    }
    match url.scheme() {
        "https" => Ok(url),
        "http" if is_loopback_host(host) => Ok(url),
        "http" => Err(
            Invalid::said("invalid-url-http", vec![shown(v)], EXPECT_URL)
                .hint_said("hint-use-https", vec![("host", host.to_string())]),
        ),
        other => Err(Invalid::said(
            "invalid-url-scheme",
            vec![shown(v), ("scheme", other.to_string())],
            EXPECT_URL,
        )),
    }
}

/// A proxy URL; it may carry credentials (never shown: see [`redact_url`]).
pub fn proxy_url(value: &str) -> Result<Url, Invalid> {
    let v = value.trim();
    let shown = Url::parse(v).map_or_else(|_| echo(v), |u| format!("`{}`", redact_url(&u)));
    let value = || ("value", shown.clone());
    let url =
        Url::parse(v).map_err(|_| Invalid::said("invalid-not-url", vec![value()], EXPECT_PROXY))?;
    if url.host_str().unwrap_or_default().is_empty() {
        return Err(Invalid::said(
            "invalid-no-host",
            vec![value()],
            EXPECT_PROXY,
        ));
    }
    match url.scheme() {
        "http" | "https" => Ok(url),
        other => Err(Invalid::said(
            "invalid-proxy-scheme",
            vec![value(), ("scheme", other.to_string())],
            EXPECT_PROXY,
        )),
    }
}

/// A URL for display: its user name and password replaced by `***`.
pub fn redact_url(url: &Url) -> String {
    let mut shown = url.clone();
    if !shown.username().is_empty() {
        let _ = shown.set_username("***");
    }
    if shown.password().is_some() {
        let _ = shown.set_password(Some("***"));
    }
    shown.to_string()
}

pub fn host(value: &str) -> Result<String, Invalid> {
    let v = value.trim();
    if v.contains("://") {
        let hint = Url::parse(v)
            .ok()
            .and_then(|u| u.host_str().map(str::to_string));
        let e = Invalid::said("invalid-url-not-host", vec![shown(v)], EXPECT_HOST);
        return Err(match hint {
            Some(h) => e.hint_said("hint-host-alone", vec![("host", h)]),
            None => e,
        });
    }
    let bare = v.trim_start_matches('[').trim_end_matches(']');
    if bare.parse::<IpAddr>().is_ok() {
        return Ok(bare.to_string());
    }
    if let Some((h, p)) = v.rsplit_once(':')
        && p.chars().all(|c| c.is_ascii_digit())
        && !p.is_empty()
    {
        return Err(
            Invalid::said("invalid-host-port", vec![shown(v)], EXPECT_HOST).hint_said(
                "hint-host-and-port",
                vec![("host", h.to_string()), ("port", p.to_string())],
            ),
        );
    }
    let lower = v.to_ascii_lowercase();
    if lower == "localhost" || is_dns_name(&lower) {
        return Ok(lower.trim_end_matches('.').to_string());
    }
    Err(Invalid::said("invalid-host", vec![shown(v)], EXPECT_HOST))
}

pub fn scope(value: &str) -> Result<String, Invalid> {
    let v = value.trim();
    if v.is_empty() || v.chars().any(char::is_whitespace) {
        return Err(Invalid::said("invalid-scope", vec![shown(v)], EXPECT_SCOPE)
            .hint_said("hint-one-scope", vec![]));
    }
    Ok(v.to_string())
}

pub fn boolean(value: &str) -> Result<bool, Invalid> {
    match value.trim().to_ascii_lowercase().as_str() {
        "true" | "yes" | "1" | "on" => Ok(true),
        "false" | "no" | "0" | "off" => Ok(false),
        _ => Err(Invalid::said(
            "invalid-bool",
            vec![shown(value)],
            EXPECT_BOOL,
        )),
    }
}

pub fn one_of<'a>(
    value: &str,
    choices: &[&'a str],
    expected: &'static str,
) -> Result<&'a str, Invalid> {
    let v = value.trim().to_ascii_lowercase();
    choices
        .iter()
        .find(|c| **c == v)
        .copied()
        .ok_or_else(|| Invalid::said("invalid-choice", vec![shown(value.trim())], expected))
}

pub const EXPECT_PROFILE: &str =
    "a profile name of letters, digits, `-`, `_` and `.`, such as default or ise-lab (at most 64)";

/// A profile name: also the name of its secret file beside the config file, so no path in it.
pub fn profile_name(value: &str) -> Result<String, Invalid> {
    let v = value.trim();
    let ok = !v.is_empty()
        && v.len() <= 64
        && !v.starts_with('.')
        && v.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c));
    if ok {
        Ok(v.to_string())
    } else if looks_like_secret_value(v) {
        Err(Invalid::said("invalid-secret-like", vec![], EXPECT_PROFILE))
    } else {
        Err(Invalid::said(
            "invalid-profile",
            vec![shown(v)],
            EXPECT_PROFILE,
        ))
    }
}

pub fn path(value: &str) -> Result<std::path::PathBuf, Invalid> {
    let v = value.trim();
    if v.is_empty() {
        return Err(Invalid::said("invalid-empty", vec![], EXPECT_PATH));
    }
    // A client secret's value pasted where its file belongs: refused, and never echoed.
    if looks_like_secret_value(v) || v.chars().any(char::is_control) {
        return Err(
            Invalid::said("invalid-secret-not-path", vec![], EXPECT_PATH)
                .hint_said("hint-secret-file", vec![]),
        );
    }
    Ok(std::path::PathBuf::from(v))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 19: every refusal is a message, said in Japanese too (its English is the problem).
    #[test]
    fn every_refusal_is_said_in_every_language() {
        let refusals: Vec<Invalid> = [
            tenant("").err(),
            tenant("user@contoso.com").err(),
            tenant("https://login.microsoftonline.com/x").err(),
            tenant("common").err(),
            tenant("not a tenant").err(),
            client_id("api://x").err(),
            client_id("nope").err(),
            key_id("nope").err(),
            mailbox("Name <a@contoso.com>").err(),
            mailbox("nope").err(),
            date("31/03/2027").err(),
            date("2027-02-30").err(),
            port("0").err(),
            timeout("forever").err(),
            cloud("mars").err(),
            endpoint_url("http://example.com").err(),
            endpoint_url("ftp://example.com").err(),
            proxy_url("socks5://p:1").err(),
            host("https://smtp.office365.com").err(),
            host("smtp.office365.com:587").err(),
            scope("a b").err(),
            boolean("maybe").err(),
            profile_name("../x").err(),
        ]
        .into_iter()
        .map(|e| e.expect("refused"))
        .collect();
        for e in refusals {
            assert!(e.said.is_some(), "{e:?}");
            let english = e.problem_in(crate::i18n::Lang::En);
            assert_eq!(english, e.problem);
            assert_ne!(e.problem_in(crate::i18n::Lang::Ja), english, "{e:?}");
            if e.hint.is_some() {
                assert_ne!(e.hint_in(crate::i18n::Lang::Ja), e.hint, "{e:?}");
            }
        }
    }

    #[test]
    fn tenant_accepts_guid_and_domain() {
        assert_eq!(
            tenant("72F988BF-86F1-41AF-91AB-2D7CD011DB47").unwrap(),
            Tenant::Id("72f988bf-86f1-41af-91ab-2d7cd011db47".into())
        );
        assert_eq!(
            tenant("Contoso.onmicrosoft.com").unwrap(),
            Tenant::Domain("contoso.onmicrosoft.com".into())
        );
    }

    #[test]
    fn pasted_token_url_suggests_the_guid() {
        let e = tenant("https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/oauth2/v2.0/token").unwrap_err();
        assert!(
            e.hint
                .unwrap()
                .contains("--tenant 72f988bf-86f1-41af-91ab-2d7cd011db47")
        );
        let e = tenant("contoso.onmicrosoft.com/oauth2/authorize").unwrap_err();
        assert!(e.hint.unwrap().contains("contoso.onmicrosoft.com"));
    }

    #[test]
    fn client_id_email_gets_its_own_message() {
        let e = client_id("no-reply@contoso.com").unwrap_err();
        assert!(e.problem.contains("e-mail address"));
    }

    #[test]
    fn secret_shaped_values_are_never_echoed() {
        let secret = "Abc8Q~abcdefghijklmnopqrstuvwxyz0123456789";
        let e = client_id(secret).unwrap_err();
        assert!(!format!("{e:?}").contains(secret));
        assert!(!echo(secret).contains(secret));
    }

    #[test]
    fn http_only_on_loopback() {
        assert!(endpoint_url("http://127.0.0.1:8080/t").is_ok());
        assert!(endpoint_url("http://[::1]:8080/t").is_ok());
        assert!(endpoint_url("http://login.microsoftonline.com/t").is_err());
        assert!(endpoint_url("https://login.microsoftonline.com/t").is_ok());
    }

    #[test]
    fn dates_ports_timeouts() {
        assert!(date("2026-02-30").is_err());
        assert!(date("2027-03-31").is_ok());
        assert!(date("03/31/2027").unwrap_err().hint.is_some());
        assert_eq!(port("587").unwrap(), 587);
        assert!(port("0").is_err() && port("70000").is_err());
        assert_eq!(timeout("1.5").unwrap(), Duration::from_millis(1500));
        assert!(timeout("-1").is_err() && timeout("NaN").is_err());
    }

    #[test]
    fn host_with_port_is_explained() {
        let e = host("smtp.office365.com:587").unwrap_err();
        assert!(e.hint.unwrap().contains("--smtp-port 587"));
        assert_eq!(host("127.0.0.1").unwrap(), "127.0.0.1");
        assert_eq!(host("[::1]").unwrap(), "::1");
    }

    #[test]
    fn proxy_password_is_redacted() {
        let e = proxy_url("ftp://user:hunter2@proxy:21").unwrap_err();
        assert!(!e.problem.contains("hunter2"));
    }
}
