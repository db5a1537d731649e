//! Client-credentials token requests to Entra ID (a client secret or a certificate assertion),
//! with bounded retries, proxies and timeouts, and the parsing of AADSTS errors into the facts
//! the failure catalog keys on (`error`, `error_codes[0]`) plus Microsoft's trace ids.
//!
//! Knows nothing about printing; the token stays a `SecretString` from the response to the
//! XOAUTH2 writer.

pub mod assertion;
pub mod claims;
pub mod inspect;

use std::time::{Duration, Instant, SystemTime};

use secrecy::{ExposeSecret, SecretString};
use serde_json::Value;
use url::Url;

use crate::net;
use crate::net::Network;
use crate::tls::{Captured, Trust};
pub use claims::Claims;

/// How the app proves who it is.
pub enum Credential {
    Secret(SecretString),
    Certificate(Box<assertion::CertificateCredential>),
    /// A token of a trusted OIDC issuer (workload identity federation), sent as the assertion.
    Federated(SecretString),
}

/// A parsed token-endpoint error (`microsoft-wire-facts.md` §1.5).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct AadstsError {
    pub status: u16,
    pub error: String,
    pub code: Option<u32>,
    /// The description without its trace suffix.
    pub message: String,
    pub trace_id: Option<String>,
    pub correlation_id: Option<String>,
    pub timestamp: Option<String>,
    /// `suberror` (e.g. `message_only` with AADSTS53003).
    pub suberror: Option<String>,
    /// The Conditional Access policy ids of a `claims` challenge (`access_token.capolids.values`).
    pub ca_policies: Vec<String>,
}

/// Parses an error body; accepts both the `\r\n` and the single-space separator forms.
pub fn parse_error(status: u16, body: &str) -> Option<AadstsError> {
    let v: Value = serde_json::from_str(body).ok()?;
    let error = v.get("error")?.as_str()?.to_string();
    let description = v
        .get("error_description")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let code = v
        .get("error_codes")
        .and_then(Value::as_array)
        .and_then(|a| a.first())
        .and_then(Value::as_u64)
        .and_then(|c| u32::try_from(c).ok())
        .or_else(|| {
            description
                .strip_prefix("AADSTS")
                .and_then(|r| r.split(':').next())
                .and_then(|d| d.parse().ok())
        });
    let field = |json: &str, label: &str| {
        v.get(json)
            .and_then(Value::as_str)
            .map(str::to_string)
            .or_else(|| {
                let start = description.find(label)? + label.len();
                let rest = description[start..].trim_start();
                let end = ["\r\n", " Correlation ID:", " Timestamp:", " Trace ID:"]
                    .iter()
                    .filter_map(|sep| rest.find(sep))
                    .min()
                    .unwrap_or(rest.len());
                Some(rest[..end].trim().to_string())
            })
    };
    let cut = ["\r\nTrace ID:", " Trace ID:", "\nTrace ID:"]
        .iter()
        .filter_map(|s| description.find(s))
        .min()
        .unwrap_or(description.len());
    Some(AadstsError {
        status,
        error,
        code,
        message: description[..cut].trim().to_string(),
        trace_id: field("trace_id", "Trace ID:"),
        correlation_id: field("correlation_id", "Correlation ID:"),
        timestamp: field("timestamp", "Timestamp:"),
        suberror: v
            .get("suberror")
            .and_then(Value::as_str)
            .map(str::to_string),
        ca_policies: v
            .get("claims")
            .and_then(Value::as_str)
            .and_then(|c| serde_json::from_str::<Value>(c).ok())
            .and_then(|c| {
                c.pointer("/access_token/capolids/values")
                    .and_then(Value::as_array)
                    .cloned()
            })
            .unwrap_or_default()
            .iter()
            .filter_map(|p| p.as_str().map(str::to_string))
            .take(20)
            .collect(),
    })
}

/// Why no token came back.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TokenFailure {
    /// Entra answered with an AADSTS error.
    Aadsts(Box<AadstsError>),
    /// An HTTP answer that is not Entra's error JSON (a proxy page, a 5xx after retries, a 200
    /// without a token): the status and what the body said.
    Http { status: u16, body: String },
    /// The HTTP client could not be set up with the proxy.
    ProxySetup(String),
    /// The request did not get an answer.
    Network(net::RequestError),
}

impl TokenFailure {
    /// What happened, for the evidence.
    pub fn detail(&self) -> String {
        match self {
            TokenFailure::Aadsts(e) => summary_of(e),
            TokenFailure::Http { status, body } => format!("HTTP {status}: {body}"),
            TokenFailure::ProxySetup(detail) => detail.clone(),
            TokenFailure::Network(e) => e.detail.clone(),
        }
    }
}

pub struct TokenSuccess {
    pub token: SecretString,
    pub expires_in: u64,
    pub claims: Result<Claims, claims::DecodeError>,
}

/// One token request, however it ended, with what a report needs.
pub struct TokenAttempt {
    pub outcome: Result<TokenSuccess, TokenFailure>,
    pub endpoint: Url,
    pub proxy: Option<String>,
    pub tries: u32,
    pub duration: Duration,
    /// The server's Date header, for clock-skew checks.
    pub server_date: Option<SystemTime>,
    /// This machine's clock when the answer came.
    pub received_at: SystemTime,
    pub tls: Captured,
}

/// Requests an app-only token from `endpoint` for `scope`.
pub async fn request_token(
    net: &Network,
    trust: &Trust,
    endpoint: &Url,
    client_id: &str,
    credential: &Credential,
    scope: &str,
) -> TokenAttempt {
    let started = Instant::now();
    let deadline = started + net.timeout;
    let (client, seen, proxy) = match net::http_client(net, trust, endpoint) {
        Ok(x) => x,
        Err(detail) => {
            return TokenAttempt {
                outcome: Err(TokenFailure::ProxySetup(detail)),
                endpoint: endpoint.clone(),
                proxy: None,
                tries: 0,
                duration: started.elapsed(),
                server_date: None,
                received_at: SystemTime::now(),
                tls: Captured::default(),
            };
        }
    };
    let mut tries = 0;
    let mut server_date = None;
    let outcome = loop {
        tries += 1;
        let form = token_form(endpoint, client_id, credential, scope);
        let remaining = deadline
            .saturating_duration_since(Instant::now())
            .max(Duration::from_millis(100));
        let network = |e: &reqwest::Error| {
            let captured = seen.lock().map(|c| c.clone()).unwrap_or_default();
            TokenFailure::Network(net::request_error(e, proxy.is_some(), &captured))
        };
        let (status, retry_after, body) =
            match post_form(&client, endpoint, &form, remaining, &mut server_date).await {
                Ok(answer) => answer,
                Err(PostError::Network(e)) => break Err(network(&e)),
                Err(PostError::Http(f)) => break Err(f),
            };
        drop(form);
        if status == 200 {
            break parse_success(&body);
        }
        let retryable = status == 429 || status >= 500;
        if retryable && let Some(wait) = net::retry_wait(tries, retry_after, deadline) {
            tokio::time::sleep(wait).await;
            continue;
        }
        break Err(refusal(status, &body, retryable));
    };
    let tls = seen.lock().map(|c| c.clone()).unwrap_or_default();
    TokenAttempt {
        outcome,
        endpoint: endpoint.clone(),
        proxy,
        tries,
        duration: started.elapsed(),
        server_date,
        received_at: SystemTime::now(),
        tls,
    }
}

/// Why one token POST got no body to judge.
enum PostError {
    Network(reqwest::Error),
    Http(TokenFailure),
}

/// One POST of the form: status, `Retry-After` and the body (bounded); the server's `Date`
/// goes into `server_date`.
async fn post_form(
    client: &reqwest::Client,
    endpoint: &Url,
    form: &[(&str, String)],
    timeout: Duration,
    server_date: &mut Option<SystemTime>,
) -> Result<(u16, Option<u64>, String), PostError> {
    let response = client
        .post(endpoint.clone())
        .header("client-request-id", net::new_guid())
        .header("Accept", "application/json")
        .form(form)
        .timeout(timeout)
        .send()
        .await
        .map_err(PostError::Network)?;
    let status = response.status().as_u16();
    let (date, retry_after) = dates_of(response.headers());
    *server_date = date.or(*server_date);
    match net::read_text(response, net::MAX_LOGIN_BODY).await {
        Ok(body) => Ok((status, retry_after, body)),
        Err(net::BodyError::Read(e)) => Err(PostError::Network(e)),
        Err(too_large) => Err(PostError::Http(TokenFailure::Http {
            status,
            body: too_large.describe(),
        })),
    }
}

/// The server's clock (`Date`) and the seconds it asks to wait (`Retry-After`).
fn dates_of(headers: &reqwest::header::HeaderMap) -> (Option<SystemTime>, Option<u64>) {
    let date = headers
        .get("date")
        .and_then(|v| v.to_str().ok())
        .and_then(parse_http_date);
    (date, net::retry_after(headers))
}

/// The form of a client-credentials request: the secret, or a signed assertion for `endpoint`.
fn token_form(
    endpoint: &Url,
    client_id: &str,
    credential: &Credential,
    scope: &str,
) -> Vec<(&'static str, String)> {
    let mut form: Vec<(&str, String)> = vec![
        ("client_id", client_id.to_string()),
        ("scope", scope.to_string()),
        ("grant_type", "client_credentials".into()),
    ];
    match credential {
        Credential::Secret(s) => form.push(("client_secret", s.expose_secret().to_string())),
        Credential::Certificate(c) => {
            form.push((
                "client_assertion_type",
                "urn:ietf:params:oauth:client-assertion-type:jwt-bearer".into(),
            ));
            let assertion = c.assertion(endpoint.as_str(), client_id);
            crate::redact::hold(&assertion);
            form.push(("client_assertion", assertion));
        }
        Credential::Federated(token) => {
            form.push((
                "client_assertion_type",
                "urn:ietf:params:oauth:client-assertion-type:jwt-bearer".into(),
            ));
            form.push(("client_assertion", token.expose_secret().to_string()));
        }
    }
    form
}

/// A refused token request: Entra ID's error (AADSTS), or the status and what the body says.
fn refusal(status: u16, body: &str, retryable: bool) -> TokenFailure {
    match parse_error(status, body) {
        Some(e) if !retryable => TokenFailure::Aadsts(Box::new(e)),
        Some(e) => TokenFailure::Http {
            status,
            body: summary_of(&e),
        },
        None => TokenFailure::Http {
            status,
            body: body.chars().take(300).collect(),
        },
    }
}

fn summary_of(e: &AadstsError) -> String {
    format!("{}: {}", e.error, e.message)
}

fn parse_success(body: &str) -> Result<TokenSuccess, TokenFailure> {
    let v: Value = serde_json::from_str(body).map_err(|_| TokenFailure::Http {
        status: 200,
        body: "the token response is not JSON".into(),
    })?;
    let token = v
        .get("access_token")
        .and_then(Value::as_str)
        .ok_or_else(|| TokenFailure::Http {
            status: 200,
            body: "the token response has no access_token".into(),
        })?;
    let expires_in = v
        .get("expires_in")
        .and_then(|x| {
            x.as_u64()
                .or_else(|| x.as_str().and_then(|s| s.parse().ok()))
        })
        .unwrap_or(0);
    crate::redact::hold(token);
    Ok(TokenSuccess {
        claims: claims::decode(token),
        token: SecretString::from(token.to_string()),
        expires_in,
    })
}

fn parse_http_date(s: &str) -> Option<SystemTime> {
    let f = time::macros::format_description!(
        "[weekday repr:short], [day] [month repr:short] [year] [hour]:[minute]:[second] GMT"
    );
    time::PrimitiveDateTime::parse(s.trim(), &f)
        .ok()
        .map(|d| d.assume_utc().into())
}

/// What OpenID discovery of a tenant found.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Discovery {
    /// The discovery document's URL.
    pub url: String,
    pub duration: Duration,
    pub outcome: Result<TenantFacts, DiscoveryFailure>,
}

/// The tenant as its discovery document describes it.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct TenantFacts {
    /// The tenant GUID (the first path segment of `token_endpoint`).
    pub id: String,
    /// `tenant_region_scope` (`NA`, `EU`, `USGov` …).
    pub region: Option<String>,
    /// `tenant_region_sub_scope` (`GCC`, `DODCON`, `DOD`), when present.
    pub sub_scope: Option<String>,
    /// `cloud_instance_name` (`microsoftonline.com`, `microsoftonline.us` …).
    pub cloud_instance: Option<String>,
}

/// Why discovery named no tenant.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DiscoveryFailure {
    /// The HTTP client could not be set up with the proxy.
    ProxySetup(String),
    /// No answer from the authority (`host`), with what the verifier saw.
    Network {
        error: net::RequestError,
        host: String,
        tls: Captured,
    },
    /// A non-200 answer: the status and Entra's error, if the body was one.
    Refused {
        status: u16,
        error: Option<AadstsError>,
    },
    /// A 200 whose document names no tenant.
    NoTenant,
}

/// Resolves a tenant domain to its GUID through OpenID discovery.
pub async fn discover_tenant(
    net: &Network,
    trust: &Trust,
    authority: &Url,
    domain: &str,
) -> Discovery {
    let started = Instant::now();
    let base = authority.as_str().trim_end_matches('/');
    let url = format!("{base}/{domain}/v2.0/.well-known/openid-configuration");
    let outcome = discover(net, trust, authority, &url).await;
    Discovery {
        url,
        duration: started.elapsed(),
        outcome,
    }
}

async fn discover(
    net: &Network,
    trust: &Trust,
    authority: &Url,
    url: &str,
) -> Result<TenantFacts, DiscoveryFailure> {
    let (client, seen, proxy) =
        net::http_client(net, trust, authority).map_err(DiscoveryFailure::ProxySetup)?;
    let response = match client.get(url).send().await {
        Ok(r) => r,
        Err(e) => {
            return Err(DiscoveryFailure::Network {
                error: net::request_error(
                    &e,
                    proxy.is_some(),
                    &seen.lock().map(|c| c.clone()).unwrap_or_default(),
                ),
                host: authority.host_str().unwrap_or_default().to_string(),
                tls: seen.lock().map(|c| c.clone()).unwrap_or_default(),
            });
        }
    };
    let status = response.status().as_u16();
    let body = net::read_text(response, net::MAX_LOGIN_BODY)
        .await
        .unwrap_or_default();
    if status != 200 {
        return Err(DiscoveryFailure::Refused {
            status,
            error: parse_error(status, &body),
        });
    }
    let doc = serde_json::from_str::<Value>(&body).unwrap_or(Value::Null);
    let text = |k: &str| doc.get(k).and_then(Value::as_str).map(str::to_string);
    let id = text("token_endpoint")
        .and_then(|t| Url::parse(&t).ok())
        .and_then(|u| {
            u.path_segments()
                .and_then(|mut s| s.next())
                .and_then(crate::settings::validate::parse_guid)
        })
        .ok_or(DiscoveryFailure::NoTenant)?;
    Ok(TenantFacts {
        id,
        region: text("tenant_region_scope"),
        sub_scope: text("tenant_region_sub_scope"),
        cloud_instance: text("cloud_instance_name"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_both_separator_forms() {
        let old = r#"{"error":"invalid_scope","error_description":"AADSTS70011: The provided value for the input parameter 'scope' isn't valid.\r\nTrace ID: 0000aaaa-11bb-cccc-dd33-eeeeee333333\r\nCorrelation ID: aaaa0000-bb11-2222-33cc-444444dddddd\r\nTimestamp: 2016-01-09 02:02:12Z","error_codes":[70011]}"#;
        let e = parse_error(400, old).unwrap();
        assert_eq!(e.code, Some(70011));
        assert_eq!(
            e.trace_id.as_deref(),
            Some("0000aaaa-11bb-cccc-dd33-eeeeee333333")
        );
        assert_eq!(
            e.correlation_id.as_deref(),
            Some("aaaa0000-bb11-2222-33cc-444444dddddd")
        );
        assert_eq!(e.timestamp.as_deref(), Some("2016-01-09 02:02:12Z"));
        assert_eq!(
            e.message,
            "AADSTS70011: The provided value for the input parameter 'scope' isn't valid."
        );
        let new = r#"{"error":"invalid_request","error_description":"AADSTS90002: Tenant 'x' not found. Trace ID: 2e35e78b-0000-0000-0000-000000000000 Correlation ID: 0774b819-0000-0000-0000-000000000000 Timestamp: 2025-08-18 15:26:14Z"}"#;
        let e = parse_error(400, new).unwrap();
        assert_eq!(
            e.code,
            Some(90002),
            "the code is read from the description when error_codes is absent"
        );
        assert_eq!(
            e.correlation_id.as_deref(),
            Some("0774b819-0000-0000-0000-000000000000")
        );
        assert_eq!(e.timestamp.as_deref(), Some("2025-08-18 15:26:14Z"));
    }

    #[test]
    fn error_parser_never_panics() {
        for body in [
            "",
            "{",
            "[]",
            "null",
            r#"{"error":1}"#,
            r#"{"error":"x","error_description":"Trace ID:"}"#,
            r#"{"error":"x","error_codes":[-1]}"#,
            r#"{"error":"x","error_description":"AADSTS: Timestamp:"}"#,
        ] {
            let _ = parse_error(400, body);
        }
    }
}
