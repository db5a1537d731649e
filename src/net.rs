//! What the HTTPS clients share: building a reqwest client on our trust store and proxy settings,
//! and turning a failed request into a failure class with words a person can act on.

use std::sync::{Arc, Mutex};

use ring::rand::SecureRandom;

use std::time::Duration;

use url::Url;

use crate::tls::{self, Captured, Trust};

/// A random GUID in Microsoft's lowercase form (for `client-request-id`, `jti`).
pub fn new_guid() -> String {
    let mut b = [0u8; 16];
    let _ = ring::rand::SystemRandom::new().fill(&mut b);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let h = crate::tls::certinfo::hex_lower(&b);
    let mut guid = String::with_capacity(36);
    for (i, part) in [&h[..8], &h[8..12], &h[12..16], &h[16..20], &h[20..]]
        .into_iter()
        .enumerate()
    {
        if i > 0 {
            guid.push('-');
        }
        guid.push_str(part);
    }
    guid
}

/// How many times a refused request is sent in all when the server asks to be asked again later
/// (429, a token endpoint's 5xx, Exchange's "Please wait and try again").
pub const TRIES: u32 = 3;

/// How long to wait before sending try `tries + 1` of a request the server asked to have again
/// later: its `Retry-After` seconds, else a back-off of a quarter second and more with jitter.
/// `None` when the tries are spent or the wait would end past `deadline` (a server's large
/// number never overflows the clock).
pub fn retry_wait(
    tries: u32,
    retry_after: Option<u64>,
    deadline: std::time::Instant,
) -> Option<Duration> {
    if tries >= TRIES {
        return None;
    }
    let wait = retry_after.map_or_else(|| backoff(tries), Duration::from_secs);
    std::time::Instant::now()
        .checked_add(wait)
        .is_some_and(|at| at < deadline)
        .then_some(wait)
}

/// Jittered exponential back-off: ~0.5 s, ~1 s, ~2 s.
fn backoff(attempt: u32) -> Duration {
    let base = 250u64 << attempt.min(4);
    let jitter = std::time::SystemTime::now()
        .duration_since(std::time::SystemTime::UNIX_EPOCH)
        .map_or(0, |d| u64::from(d.subsec_millis()))
        % (base / 2 + 1);
    Duration::from_millis(base + jitter)
}

/// The seconds a server asks to wait (`Retry-After`, seconds form only: a date or a negative
/// number is no number of seconds, and the back-off applies).
pub fn retry_after(headers: &reqwest::header::HeaderMap) -> Option<u64> {
    headers
        .get("retry-after")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok())
}

/// What the network code needs of the settings, and no more: the step timeout and the proxy.
#[derive(Clone, Debug)]
pub struct Network {
    pub timeout: Duration,
    pub proxy: Option<Url>,
    /// The proxy as the report shows it: password hidden, with where it came from.
    pub proxy_shown: Option<String>,
    /// Hosts that bypass the proxy (`NO_PROXY`).
    pub no_proxy: Option<String>,
}

/// A reqwest client, the slot its verifier records the chain into, and the proxy it uses (shown).
pub type StepClient = (reqwest::Client, Arc<Mutex<Captured>>, Option<String>);

/// The HTTPS client for requests to `url`'s origin: our trust store with a recording verifier,
/// the configured proxy (and only that one), the step timeout. Returns the proxy shown for the
/// report.
///
/// One client per (trust, network settings, origin) for the whole process, so that discovery,
/// the token, the admin calls and every profile of a fleet share its pooled connections (no
/// second TCP and TLS handshake to a host already reached). Keyed by origin so that the chain
/// the verifier records is that host's.
pub fn http_client(net: &Network, trust: &Trust, url: &Url) -> Result<StepClient, String> {
    type Pool = Mutex<std::collections::HashMap<String, StepClient>>;
    static POOL: std::sync::LazyLock<Pool> = std::sync::LazyLock::new(Pool::default);
    let key = format!(
        "{}|{}://{}:{}",
        route(net, trust),
        url.scheme(),
        url.host_str().unwrap_or_default(),
        url.port_or_known_default().unwrap_or_default()
    );
    let mut pool = POOL
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some(client) = pool.get(&key) {
        return Ok(client.clone());
    }
    let client = build_client(net, trust)?;
    pool.insert(key, client.clone());
    Ok(client)
}

/// The way a request goes out: the trust it is verified against, the timeout, the proxy and
/// what bypasses it. Two requests alike in all but this are different requests (one may fail
/// at a proxy the other never meets), so this is part of what keys a pooled client and a shared
/// answer ([`crate::shared`]).
pub fn route(net: &Network, trust: &Trust) -> String {
    format!(
        "{}|{:?}|{:?}|{:?}",
        trust.id(),
        net.timeout,
        net.proxy.as_ref().map(Url::as_str),
        net.no_proxy
    )
}

/// How long a pooled connection may sit idle before it is dropped rather than reused: short,
/// so that a connection the server has closed meanwhile is not what a request goes out on.
const POOL_IDLE: Duration = Duration::from_secs(10);

/// A client of its own, outside the pool: for a one-off request made on a runtime that ends
/// right after it (whose pooled connections would die with it).
pub fn build_client(net: &Network, trust: &Trust) -> Result<StepClient, String> {
    let (mut config, seen) = trust.recording_config();
    // HTTP/2 where the server offers it (Graph does, since 2024:
    // https://baywet.github.io/microsoft-graph-http2/): a fleet's concurrent requests share one
    // connection per origin instead of a TLS handshake each. HTTP/1.1 elsewhere.
    config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    let mut builder = reqwest::Client::builder()
        .tls_backend_preconfigured(config)
        // The connect phase (TCP, a proxy's CONNECT, TLS) ends a little before the request's
        // own deadline, so a stall there reads as one (a silent proxy is `proxy-unreachable`).
        .connect_timeout(net.timeout.mul_f64(0.9))
        .timeout(net.timeout)
        .user_agent(concat!("smtp-oauth/", env!("CARGO_PKG_VERSION")))
        .pool_idle_timeout(POOL_IDLE)
        .redirect(reqwest::redirect::Policy::none());
    if let Some(p) = &net.proxy {
        // Only https:// requests go through the proxy: a plain-http (loopback) endpoint is
        // never sent to it, so a form with a client secret never crosses a proxy in clear.
        let mut proxy = reqwest::Proxy::https(p.as_str())
            .map_err(|e| format!("the proxy URL is not usable: {e}"))?;
        if let Some(list) = &net.no_proxy {
            proxy = proxy.no_proxy(reqwest::NoProxy::from_string(list));
        }
        builder = builder.proxy(proxy);
    } else {
        builder = builder.no_proxy();
    }
    let client = builder
        .build()
        .map_err(|e| format!("cannot build the HTTPS client: {e}"))?;
    Ok((client, seen, net.proxy_shown.clone()))
}

/// The largest answer read from the login host (token, discovery, device code): a token
/// response is a few KiB.
pub const MAX_LOGIN_BODY: usize = 1 << 20;
/// The largest page read from Graph or the Exchange admin API.
pub const MAX_ADMIN_BODY: usize = 16 << 20;

/// Why a body was not read whole.
#[derive(Debug)]
pub enum BodyError {
    /// The server sent (or announced) more than `cap` bytes; reading stopped there.
    TooLarge { cap: usize },
    /// The connection failed while reading.
    Read(reqwest::Error),
}

impl BodyError {
    /// What to say about it, for evidence.
    pub fn describe(&self) -> String {
        match self {
            BodyError::TooLarge { cap } => format!(
                "the answer is larger than {} KiB; it was not read further",
                cap / 1024
            ),
            BodyError::Read(e) => format!("the answer broke off: {}", error_chain(e)),
        }
    }
}

/// A response body, read chunk by chunk and never beyond `cap` bytes, so a hostile or broken
/// server cannot make the process hold more than that.
pub async fn read_body(mut response: reqwest::Response, cap: usize) -> Result<Vec<u8>, BodyError> {
    if response.content_length().is_some_and(|n| n > cap as u64) {
        return Err(BodyError::TooLarge { cap });
    }
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(BodyError::Read)? {
        if body.len() + chunk.len() > cap {
            return Err(BodyError::TooLarge { cap });
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// [`read_body`] as text (invalid UTF-8 replaced).
pub async fn read_text(response: reqwest::Response, cap: usize) -> Result<String, BodyError> {
    read_body(response, cap)
        .await
        .map(|b| String::from_utf8_lossy(&b).into_owned())
}

/// Whether an error's text says the TLS handshake failed (rustls' own words, as they reach
/// reqwest's error chain): a refused certificate, an alert, or bytes that are not TLS (plain
/// HTTP on the HTTPS port).
fn tls_failure_text(lower: &str) -> bool {
    [
        "invalid peer certificate",
        "received corrupt message",
        "received fatal alert",
        "peer is incompatible",
        "peer misbehaved",
        "tls handshake eof",
    ]
    .iter()
    .any(|t| lower.contains(t))
}

/// The sources of an error, joined, for evidence.
pub fn error_chain(e: &(dyn std::error::Error + 'static)) -> String {
    let mut parts = vec![e.to_string()];
    let mut cur = e.source();
    while let Some(s) = cur {
        let text = s.to_string();
        if !parts.iter().any(|p| p.contains(&text)) {
            parts.push(text);
        }
        cur = s.source();
    }
    parts.join(": ")
}

fn io_kind(e: &(dyn std::error::Error + 'static)) -> Option<std::io::ErrorKind> {
    let mut cur: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(s) = cur {
        if let Some(io) = s.downcast_ref::<std::io::Error>() {
            return Some(io.kind());
        }
        cur = s.source();
    }
    None
}

/// Why a request got no HTTP answer: the kind the failure classes key on.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RequestFault {
    /// The TLS handshake failed with this error.
    Tls(#[serde(with = "crate::tls::record::error")] rustls::Error),
    /// The proxy asked for credentials (407 to CONNECT).
    ProxyAuth,
    /// The proxy could not be reached.
    ProxyUnreachable,
    Timeout,
    Dns,
    Refused,
    Other,
}

/// A request that got no HTTP answer: the kind, and the error's text for the evidence.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct RequestError {
    pub fault: RequestFault,
    pub detail: String,
}

impl RequestError {
    /// What went wrong, in words; the library's own text (`detail`) is evidence.
    pub fn words(&self) -> crate::i18n::Words {
        use crate::i18n::Words;
        match &self.fault {
            RequestFault::Tls(e) => tls::words(e),
            RequestFault::ProxyAuth => Words::new("net-proxy-auth"),
            RequestFault::ProxyUnreachable => Words::new("net-proxy-unreachable"),
            RequestFault::Timeout => Words::new("net-timeout"),
            RequestFault::Dns => Words::new("net-dns"),
            RequestFault::Refused => Words::new("net-refused"),
            RequestFault::Other => Words::new("net-other"),
        }
    }

    /// The library's text as evidence, where the words do not already say it (a TLS failure's
    /// words are its detail).
    pub fn evidence(&self) -> Option<(&'static str, serde_json::Value)> {
        (!matches!(self.fault, RequestFault::Tls(_)))
            .then(|| ("request_error", serde_json::json!(self.detail)))
    }
}

/// Whether an error's text names the status 407 on its own: not as part of a port, a path or
/// an id in a URL it quotes (`127.0.0.1:40713`, a tenant GUID with `407` in it).
fn says_407(text: &str) -> bool {
    text.match_indices("407").any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + 3..].chars().next();
        !before.is_some_and(|c| c.is_ascii_alphanumeric() || ":/.-_".contains(c))
            && !after.is_some_and(|c| c.is_ascii_alphanumeric() || c == '.')
    })
}

/// What a reqwest error says happened. `captured` is what the recording verifier saw: a chain
/// it refused is a TLS failure even where the error chain hides rustls' error.
pub fn request_error(e: &reqwest::Error, via_proxy: bool, captured: &Captured) -> RequestError {
    let detail = error_chain(e);
    let lower = detail.to_ascii_lowercase();
    let tls_error = tls::find_rustls_error(e)
        .cloned()
        .or_else(|| captured.verdict.clone().and_then(Result::err))
        .or_else(|| tls_failure_text(&lower).then(|| rustls::Error::General(detail.clone())));
    let fault = if let Some(tls_error) = tls_error {
        return RequestError {
            detail: tls::describe(&tls_error),
            fault: RequestFault::Tls(tls_error),
        };
    } else if via_proxy
        && (says_407(&lower)
            || lower.contains("proxy authentication required")
            || lower.contains("proxy authorization required"))
    {
        RequestFault::ProxyAuth
    } else if via_proxy && e.is_connect() {
        RequestFault::ProxyUnreachable
    } else if e.is_timeout() {
        RequestFault::Timeout
    } else if lower.contains("dns error")
        || lower.contains("failed to lookup address")
        || lower.contains("name or service not known")
    {
        RequestFault::Dns
    } else {
        match io_kind(e) {
            Some(std::io::ErrorKind::ConnectionRefused) => RequestFault::Refused,
            Some(std::io::ErrorKind::TimedOut) => RequestFault::Timeout,
            _ if e.is_connect() => RequestFault::Refused,
            _ => RequestFault::Other,
        }
    };
    RequestError { fault, detail }
}

#[cfg(test)]
mod says_407_tests {
    #[test]
    fn only_a_status_407_counts() {
        assert!(super::says_407(
            "unsuccessful tunnel (407 proxy authentication required)"
        ));
        assert!(super::says_407("status 407"));
        // A port or an id that holds the digits is not the status.
        assert!(!super::says_407(
            "error sending request for url (https://127.0.0.1:40713/x): tunnel error: failed to create underlying connection"
        ));
        assert!(!super::says_407(
            "https://127.0.0.1:34071/4b7c1e2a-9d3f-4a65-8e21-6f0c34070000/token"
        ));
        assert!(!super::says_407("https://h/4072/"));
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_new_guid_is_a_version_4_guid_in_microsofts_lowercase_form() {
        let a = super::new_guid();
        assert!(crate::settings::validate::parse_guid(&a).is_some(), "{a}");
        let parts: Vec<&str> = a.split('-').collect();
        assert_eq!(
            parts.iter().map(|p| p.len()).collect::<Vec<_>>(),
            [8, 4, 4, 4, 12]
        );
        assert!(
            a.bytes()
                .all(|b| b == b'-' || b.is_ascii_digit() || b.is_ascii_lowercase())
        );
        assert!(parts[2].starts_with('4'), "version 4: {a}");
        assert!(
            matches!(&parts[3][..1], "8" | "9" | "a" | "b"),
            "RFC 4122 variant: {a}"
        );
        assert_ne!(a, super::new_guid());
    }

    #[test]
    fn hex_is_two_digits_a_byte() {
        use crate::tls::certinfo::{hex, hex_lower};
        assert_eq!(hex(&[0x00, 0x0f, 0xa5, 0xff]), "000FA5FF");
        assert_eq!(hex_lower(&[0x00, 0x0f, 0xa5, 0xff]), "000fa5ff");
        assert_eq!(hex(&[]), "");
    }
}
