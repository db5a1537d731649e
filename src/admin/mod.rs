//! Admin access to Microsoft Graph and the Exchange Online admin REST API (`InvokeCommand`), the
//! REST path the ExchangeOnlineManagement module itself uses — so the prerequisites can be read
//! and fixed without PowerShell. 401 and 403 answers name the permission or role that is missing.

pub mod device;

/// Well-known ids (CONFIRMED in `microsoft-wire-facts.md` §4.1).
pub mod ids {
    /// The "Office 365 Exchange Online" resource application.
    pub const EXO_APP_ID: &str = "00000002-0000-0ff1-ce00-000000000000";
    /// Microsoft Graph.
    pub const GRAPH_APP_ID: &str = "00000003-0000-0000-c000-000000000000";
    /// The `SMTP.SendAsApp` app role of Office 365 Exchange Online.
    pub const SMTP_SEND_AS_APP_ROLE: &str = "7146a1f0-8703-45b3-9eae-527a64c00995";
}

use secrecy::{ExposeSecret, SecretString};
use serde_json::{Map, Value, json};

use std::sync::Arc;

use crate::net::{self, Network};
use crate::shared::Shared;
use crate::tls::Trust;

/// Why an admin call failed, in words that say what to grant.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{0}")]
pub struct AdminError(pub String, pub Option<crate::i18n::Words>);

impl AdminError {
    /// An error in English only (an API's own text, mostly).
    pub fn text(text: String) -> AdminError {
        AdminError(text, None)
    }

    /// An error said in words: its English is the text.
    pub fn said(words: crate::i18n::Words) -> AdminError {
        AdminError(words.english(), Some(words))
    }

    /// The words, or the text as it is.
    pub fn words(&self) -> crate::i18n::Words {
        self.1
            .clone()
            .unwrap_or_else(|| crate::i18n::Words::new("verbatim").text("text", self.0.clone()))
    }
}

/// An admin API that did not answer (`id` names which), and why in words.
fn no_answer(id: &'static str, e: &reqwest::Error, via_proxy: bool) -> AdminError {
    let error = net::request_error(e, via_proxy, &crate::tls::Captured::default());
    AdminError::said(crate::i18n::Words::new(id).said("why", error.words()))
}

/// Bearer tokens for the two admin APIs.
#[derive(Clone)]
pub struct AdminTokens {
    pub graph: Option<SecretString>,
    pub exchange: Option<SecretString>,
    /// Where they came from, for the report.
    pub source: String,
}

/// One answer of Graph or the Exchange admin API, as a diagnosis bundle keeps it: which request
/// (the path and query after the host; for Exchange also the cmdlet body), and what came back.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct HttpRecord {
    pub service: String,
    pub request: String,
    pub status: u16,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub location: Option<String>,
    pub body: String,
}

/// Where the admin clients' answers come from: the network, the network with each answer kept
/// (for `diagnose --bundle`), or the answers a bundle kept (for `replay`, offline).
#[derive(Clone, Default)]
pub enum Transport {
    #[default]
    Live,
    Recording(std::sync::Arc<std::sync::Mutex<Vec<HttpRecord>>>),
    Replay(std::sync::Arc<Vec<HttpRecord>>),
}

/// An HTTP answer: status, `Location`, body.
type Answer = (u16, Option<String>, Vec<u8>);

/// The first words of the Exchange admin API's refusal of one request too many at once from a
/// tenant, a plain-text body (ExoHelper retries on it whatever the status: OBSERVED in its
/// source; the status itself is UNCONFIRMED).
pub const EXCHANGE_BUSY: &str =
    "You have reached the maximum number of concurrent requests per tenant";

/// Whether an admin API's answer asks to be sent again later: HTTP 429 (Graph's throttling, with
/// `Retry-After`: documented), or Exchange's refusal of a request too many at once. Both mean
/// the request was not carried out, so a change is as safe to send again as a read. A 503 or a
/// 504 is not sent again: a change may have been made before it.
fn asks_again(status: u16, body: &[u8]) -> bool {
    status == 429 || {
        let head = &body[..body.len().min(EXCHANGE_BUSY.len() + 8)];
        String::from_utf8_lossy(head).contains(EXCHANGE_BUSY)
    }
}

/// `send` until its answer does not ask to be sent again later, at most [`net::TRIES`] times,
/// waiting what the server asks (`Retry-After`) or a back-off, never past `timeout` from the
/// first try; the last answer either way.
async fn patiently<F, Fut>(timeout: std::time::Duration, mut send: F) -> Result<Answer, AdminError>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<(Answer, Option<u64>), AdminError>>,
{
    let deadline = std::time::Instant::now() + timeout;
    let mut tries = 0;
    loop {
        tries += 1;
        // Boxed: a request's future is large, and every caller's future would hold it inline.
        let (answer, retry_after) = Box::pin(send()).await?;
        if !asks_again(answer.0, &answer.2) {
            return Ok(answer);
        }
        match net::retry_wait(tries, retry_after, deadline) {
            Some(wait) => tokio::time::sleep(wait).await,
            None => return Ok(answer),
        }
    }
}

/// The most of one answer a bundle keeps.
const KEPT_BODY: usize = 256 * 1024;

impl Transport {
    /// Live, keeping every answer if `keep`.
    pub fn kept_if(keep: bool) -> Transport {
        if keep {
            Transport::Recording(std::sync::Arc::default())
        } else {
            Transport::Live
        }
    }

    /// The answers kept so far (none unless recording), taken out.
    pub fn take_kept(&self) -> Vec<HttpRecord> {
        match self {
            Transport::Recording(r) => r
                .lock()
                .map(|mut r| std::mem::take(&mut *r))
                .unwrap_or_default(),
            _ => Vec::new(),
        }
    }

    /// The recorded answer to the request `key` names (when replaying).
    fn replayed(
        &self,
        service: &str,
        key: impl FnOnce() -> String,
    ) -> Option<Result<Answer, AdminError>> {
        let Transport::Replay(records) = self else {
            return None;
        };
        let request = key();
        Some(
            records
                .iter()
                .find(|r| r.service == service && r.request == request)
                .map(|r| (r.status, r.location.clone(), r.body.clone().into_bytes()))
                .ok_or_else(|| {
                    AdminError::text(format!(
                        "the bundle has no answer of {service} to {request}"
                    ))
                }),
        )
    }

    /// Keeps the answer to the request `key` names (when recording).
    fn keep(
        &self,
        service: &str,
        key: impl FnOnce() -> String,
        status: u16,
        location: Option<&str>,
        body: &[u8],
    ) {
        if let Transport::Recording(records) = self
            && let Ok(mut r) = records.lock()
        {
            let request = key();
            let text = String::from_utf8_lossy(&body[..body.len().min(KEPT_BODY)]).into_owned();
            r.push(HttpRecord {
                service: service.into(),
                request,
                status,
                location: location.map(str::to_string),
                body: text,
            });
        }
    }
}

/// What starts the key of every shared answer of an admin client: its token (as a digest) and
/// its route, which make two alike requests the same one.
fn share_prefix(token: &SecretString, net: &Network, trust: &Trust) -> String {
    format!(
        "{}|{}",
        crate::shared::digest(token.expose_secret()),
        net::route(net, trust)
    )
}

/// `ask`'s answer, or the one the run already has for the same request (`request` after the
/// client's prefix). Not an `async fn` of its own: that would hold `ask` once more.
fn shared_answer<'a, T: Clone + Send + Sync + 'static>(
    shared: Option<&'a (Arc<Shared>, String)>,
    request: impl FnOnce() -> String + 'a,
    ask: impl std::future::Future<Output = T> + 'a,
) -> impl std::future::Future<Output = T> + 'a {
    crate::shared::maybe(
        shared.map(|(s, _)| &**s),
        move || format!("{}|{}", shared.map_or("", |(_, p)| p.as_str()), request()),
        ask,
    )
}

/// The path and query of a URL: what identifies a request whatever host answered it.
fn request_key(url: &str) -> String {
    url::Url::parse(url).map_or_else(
        |_| url.to_string(),
        |u| {
            format!(
                "{}{}",
                u.path(),
                u.query().map(|q| format!("?{q}")).unwrap_or_default()
            )
        },
    )
}

pub struct Graph {
    client: reqwest::Client,
    via_proxy: bool,
    /// How long a request may take, retries after a throttled answer included.
    timeout: std::time::Duration,
    base: String,
    token: SecretString,
    transport: Transport,
    /// The run's shared answers, and what every key of this client's requests starts with
    /// (the token as a digest, the route).
    shared: Option<(Arc<Shared>, String)>,
}

impl Graph {
    /// A Graph client for `base` (the cloud's `https://graph.microsoft.com` or an override).
    pub fn new(
        net: &Network,
        trust: &Trust,
        base: &url::Url,
        token: SecretString,
    ) -> Result<Graph, AdminError> {
        let (client, _, proxy) = net::http_client(net, trust, base).map_err(AdminError::text)?;
        Ok(Graph {
            client,
            via_proxy: proxy.is_some(),
            timeout: net.timeout,
            base: crate::settings::url_text(base),
            token,
            transport: Transport::Live,
            shared: None,
        })
    }

    /// The same client, its answers from (or kept into) `transport`.
    #[must_use]
    pub fn with_transport(mut self, transport: Transport) -> Graph {
        self.transport = transport;
        self
    }

    /// The same client, its reads shared with every client of the run that sends the same
    /// request with the same token along the same route (see [`crate::shared`]). Changes are
    /// never shared.
    #[must_use]
    pub fn sharing(mut self, shared: Option<&Arc<Shared>>, net: &Network, trust: &Trust) -> Graph {
        self.shared = shared.map(|s| (s.clone(), share_prefix(&self.token, net, trust)));
        self
    }

    /// GET a Graph path; `Ok(None)` for 404.
    pub async fn get(&self, path: &str) -> Result<Option<Value>, AdminError> {
        self.get_with(path, false).await
    }

    /// GET with `ConsistencyLevel: eventual`, which Graph's advanced queries need
    /// (`$filter` on `proxyAddresses`, `$count`).
    pub async fn get_advanced(&self, path: &str) -> Result<Option<Value>, AdminError> {
        self.get_with(path, true).await
    }

    async fn get_with(&self, path: &str, advanced: bool) -> Result<Option<Value>, AdminError> {
        let url = format!("{}/v1.0{path}", self.base);
        // The key of a recorded answer; live, the request needs none.
        let key = || request_key(&url);
        let (status, bytes) = if let Some(answer) = self.transport.replayed("graph", key) {
            let (status, _, bytes) = answer?;
            (status, bytes)
        } else {
            let (status, bytes) = shared_answer(
                self.shared.as_ref(),
                || format!("graph|{url}|{advanced}"),
                self.fetch(&url, advanced),
            )
            .await?;
            self.transport.keep("graph", key, status, None, &bytes);
            (status, bytes)
        };
        let body: Value = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
        Graph::interpret(status, body)
    }

    async fn fetch(&self, url: &str, advanced: bool) -> Result<(u16, Vec<u8>), AdminError> {
        let mut request = self.client.get(url);
        if advanced {
            request = request.header("ConsistencyLevel", "eventual");
        }
        self.send(request).await
    }

    /// Sends a request with the bearer token and a client-request-id (a new one each try), again
    /// while Graph answers 429 (see [`patiently`]); the status and the bounded body.
    async fn send(&self, request: reqwest::RequestBuilder) -> Result<(u16, Vec<u8>), AdminError> {
        let (status, _, bytes) = patiently(self.timeout, || {
            // Every request here has a body in memory (none or JSON), so it clones.
            let request = request.try_clone().ok_or_else(|| {
                AdminError::text("a Graph request that cannot be sent again".into())
            });
            async move {
                let r = request?
                    .bearer_auth(self.token.expose_secret())
                    .header("client-request-id", net::new_guid())
                    .send()
                    .await
                    .map_err(|e| no_answer("admin-graph-no-answer", &e, self.via_proxy))?;
                let status = r.status().as_u16();
                let retry_after = net::retry_after(r.headers());
                let bytes = net::read_body(r, net::MAX_ADMIN_BODY)
                    .await
                    .map_err(|e| AdminError::text(e.describe()))?;
                Ok(((status, None, bytes), retry_after))
            }
        })
        .await?;
        Ok((status, bytes))
    }

    /// POST a Graph action (`addPassword`, `removeKey` …): its JSON answer, or `None` for 204.
    /// `needs` says what a 403 means for this action (the permission or role to grant). The
    /// answer may carry a secret (`secretText`): it is never kept in a recording.
    pub async fn post(
        &self,
        path: &str,
        body: &Value,
        needs: &str,
    ) -> Result<Option<Value>, AdminError> {
        if matches!(self.transport, Transport::Replay(_)) {
            return Err(AdminError::text(
                "a replayed bundle makes no changes to a tenant".into(),
            ));
        }
        let url = format!("{}/v1.0{path}", self.base);
        let (status, bytes) = self.send(self.client.post(&url).json(body)).await?;
        let answer: Value = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
        match status {
            200 | 201 => Ok(Some(answer)),
            204 => Ok(None),
            403 => {
                let (code, message) = error_of(&answer);
                Err(AdminError::text(format!(
                    "Graph: 403 {code}: {message} — {needs}"
                )))
            }
            // Never "done" for an answer that is no success (404 included).
            _ => Err(Graph::refusal(status, &answer)),
        }
    }

    /// A read's answer: the object, `None` for 404, else why not.
    fn interpret(status: u16, body: Value) -> Result<Option<Value>, AdminError> {
        match status {
            200 => Ok(Some(body)),
            404 => Ok(None),
            _ => Err(Graph::refusal(status, &body)),
        }
    }

    /// Why Graph did not do what was asked, in its own words (`error.code`, `error.message`).
    fn refusal(status: u16, body: &Value) -> AdminError {
        let (code, message) = error_of(body);
        match status {
            401 => AdminError::text(format!(
                "Graph refused the token (401 {code}: {message}); it must be a Microsoft Graph token (scope https://graph.microsoft.com/.default)"
            )),
            403 => AdminError::text(format!(
                "Graph: 403 {code}: {message} — the admin app needs Application.Read.All and User.Read.All (application permissions, admin consent)"
            )),
            _ => AdminError::text(format!("Graph answered HTTP {status} {code}: {message}")),
        }
    }
}

/// Graph's error code and message (empty when the answer has none).
fn error_of(body: &Value) -> (&str, &str) {
    (
        body["error"]["code"].as_str().unwrap_or_default(),
        body["error"]["message"].as_str().unwrap_or_default(),
    )
}

pub struct Exchange {
    client: reqwest::Client,
    via_proxy: bool,
    /// How long a cmdlet's page may take, retries after a throttled answer included.
    timeout: std::time::Duration,
    url: String,
    token: SecretString,
    tenant: String,
    transport: Transport,
    /// The run's shared answers, and what every key of this client's requests starts with
    /// (the token as a digest, the route).
    shared: Option<(Arc<Shared>, String)>,
}

impl Exchange {
    /// An Exchange admin API client for `base` (the cloud's `https://outlook.office365.com`
    /// or an override) and `tenant`.
    pub fn new(
        net: &Network,
        trust: &Trust,
        base: &url::Url,
        token: SecretString,
        tenant: &str,
    ) -> Result<Exchange, AdminError> {
        let (client, _, proxy) = net::http_client(net, trust, base).map_err(AdminError::text)?;
        let base = crate::settings::url_text(base);
        Ok(Exchange {
            client,
            via_proxy: proxy.is_some(),
            timeout: net.timeout,
            url: format!("{base}/adminapi/beta/{tenant}/InvokeCommand"),
            token,
            tenant: tenant.to_string(),
            transport: Transport::Live,
            shared: None,
        })
    }

    /// The same client, its answers from (or kept into) `transport`.
    #[must_use]
    pub fn with_transport(mut self, transport: Transport) -> Exchange {
        self.transport = transport;
        self
    }

    /// The same client, its cmdlets shared with every client of the run that runs the same
    /// cmdlet with the same token along the same route (see [`crate::shared`]). Only reads are
    /// run through [`Exchange::invoke`] in a diagnosis; a run that changes the tenant shares
    /// nothing.
    #[must_use]
    pub fn sharing(
        mut self,
        shared: Option<&Arc<Shared>>,
        net: &Network,
        trust: &Trust,
    ) -> Exchange {
        self.shared = shared.map(|s| (s.clone(), share_prefix(&self.token, net, trust)));
        self
    }

    /// Posts a cmdlet, again while Exchange answers that it is busy (see [`patiently`]).
    async fn post(&self, cmdlet: &str, url: &str, body: &Value) -> Result<Answer, AdminError> {
        patiently(self.timeout, || self.post_once(cmdlet, url, body)).await
    }

    async fn post_once(
        &self,
        cmdlet: &str,
        url: &str,
        body: &Value,
    ) -> Result<(Answer, Option<u64>), AdminError> {
        let r = self
            .client
            .post(url)
            .bearer_auth(self.token.expose_secret())
            .header("X-CmdletName", cmdlet)
            .header("Prefer", "odata.maxpagesize=1000")
            .header(
                "X-AnchorMailbox",
                format!(
                    "APP:SystemMailbox{{bb558c35-97f1-4cb9-8ff7-d53741dc928c}}@{}",
                    self.tenant
                ),
            )
            .header("client-request-id", net::new_guid())
            .json(body)
            .send()
            .await
            .map_err(|e| no_answer("admin-exchange-no-answer", &e, self.via_proxy))?;
        let status = r.status().as_u16();
        let location = r
            .headers()
            .get("location")
            .and_then(|l| l.to_str().ok())
            .map(|l| l.chars().take(300).collect::<String>());
        let retry_after = net::retry_after(r.headers());
        let bytes = net::read_body(r, net::MAX_ADMIN_BODY)
            .await
            .map_err(|e| AdminError::text(e.describe()))?;
        Ok(((status, location, bytes), retry_after))
    }

    /// Runs one cmdlet and returns its rows (`value`; absent or null is no rows), following
    /// `@odata.nextLink` page after page: the same body posted to the next URL, as the
    /// ExchangeOnlineManagement module's REST clients do. Whether Exchange always honours a
    /// followed link is UNCONFIRMED (wire facts §5.2); a refused page is reported, never dropped.
    pub async fn invoke(
        &self,
        cmdlet: &str,
        parameters: Value,
    ) -> Result<Vec<Map<String, Value>>, AdminError> {
        /// 100 pages of 1000 rows: far beyond any tenant's service principals or permissions.
        const MAX_PAGES: usize = 100;
        let body = json!({"CmdletInput": {"CmdletName": cmdlet, "Parameters": parameters}});
        let mut rows = Vec::new();
        let mut url = self.url.clone();
        for page in 1..=MAX_PAGES {
            let (mut more, next) =
                self.invoke_page(cmdlet, &url, &body)
                    .await
                    .map_err(|e| match page {
                        1 => e,
                        n => AdminError::text(format!("{} (page {n} of the answer)", e.0)),
                    })?;
            rows.append(&mut more);
            let Some(next) = next else {
                return Ok(rows);
            };
            // The bearer token goes only where the first request went.
            if !same_origin(&next, &self.url) {
                return Err(AdminError::text(format!(
                    "{cmdlet}: the answer continues at {next}, which is not the Exchange admin API this token was sent to; not following it"
                )));
            }
            url = next;
        }
        Err(AdminError::text(format!(
            "{cmdlet}: the answer did not end after {MAX_PAGES} pages"
        )))
    }

    async fn invoke_page(
        &self,
        cmdlet: &str,
        url: &str,
        body: &Value,
    ) -> Result<(Vec<Map<String, Value>>, Option<String>), AdminError> {
        let key = || format!("{} {body}", request_key(url));
        let (status, location, bytes) =
            if let Some(answer) = self.transport.replayed("exchange", key) {
                answer?
            } else {
                let (status, location, bytes) = shared_answer(
                    self.shared.as_ref(),
                    || format!("exchange|{url}|{body}"),
                    self.post(cmdlet, url, body),
                )
                .await?;
                self.transport
                    .keep("exchange", key, status, location.as_deref(), &bytes);
                (status, location, bytes)
            };
        match status {
            // Some tenants are sent to a tenant-specific admin host (real-microsoft-shapes.md
            // X14). Redirects are not followed: the bearer token goes only where it was meant to.
            300..=399 => Err(AdminError::text(format!(
                "{cmdlet}: the Exchange admin API answered HTTP {status}, a redirect to {}; it is not followed with the admin token. If that is your tenant's admin host, set --exchange-url to its origin",
                location.as_deref().unwrap_or("(no Location)")
            ))),
            200 => {
                let mut v: Value = serde_json::from_slice(&bytes)
                    .map_err(|_| AdminError::text(format!("{cmdlet}: the answer is not JSON")))?;
                let next = v
                    .get("@odata.nextLink")
                    .and_then(Value::as_str)
                    .map(str::to_string);
                let rows = match v.get_mut("value").map(Value::take) {
                    Some(Value::Array(rows)) => rows
                        .into_iter()
                        .filter_map(|r| match r {
                            Value::Object(row) => Some(row),
                            _ => None,
                        })
                        .collect(),
                    _ => Vec::new(),
                };
                Ok((rows, next))
            }
            401 => Err(AdminError::text(format!(
                "{cmdlet}: 401 — the token is not an Exchange token with Exchange.ManageAsApp (Office 365 Exchange Online › Application permissions, admin consent; scope https://outlook.office365.com/.default)"
            ))),
            403 => Err(AdminError::text(format!(
                "{cmdlet}: 403 — the app has Exchange.ManageAsApp but no Entra role: assign Exchange Administrator (or Global Reader to only read) to the admin app's service principal"
            ))),
            _ => {
                let v: Value = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
                let inner = v["error"]["innererror"]["internalexception"]["message"]
                    .as_str()
                    .or_else(|| v["error"]["details"][0]["message"].as_str())
                    .or_else(|| v["error"]["message"].as_str());
                // A body that is no JSON error (Exchange's "too many at once" is plain text) is
                // quoted as it came, cut short: scrubbed of held secrets first, so the cut never
                // leaves a part of one (a bearer token, 2 KB at most, fits in the 4 KiB scrubbed).
                let said = match inner {
                    Some(inner) => exchange_message(inner).to_string(),
                    None => crate::redact::scrub(&String::from_utf8_lossy(
                        &bytes[..bytes.len().min(4096)],
                    ))
                    .trim()
                    .chars()
                    .take(300)
                    .collect(),
                };
                Err(AdminError::text(format!("{cmdlet}: HTTP {status}: {said}")))
            }
        }
    }
}

/// The reason in an Exchange error message: Exchange writes `<error id>|<exception type>|<text>`
/// (`Ex6F9304|Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException|The
/// operation couldn't be performed because object '…' couldn't be found on '…'.`), sometimes
/// without the id (`|Type|text`); the text is what a person needs.
pub fn exchange_message(raw: &str) -> &str {
    let mut parts = raw.splitn(3, '|');
    match (parts.next(), parts.next(), parts.next()) {
        (Some(_), Some(kind), Some(text)) if kind.contains("Exception") => text,
        _ => raw,
    }
}

/// The object an Exchange "couldn't be found" error names (`object 'X' couldn't be found`): the
/// same error answers any identity Exchange cannot resolve, so which one it was tells the cause.
pub fn not_found_object(message: &str) -> Option<&str> {
    let rest = &message[message.find("object '")? + "object '".len()..];
    let end = rest.find("' couldn't be found")?;
    Some(&rest[..end])
}

/// Whether two URLs share scheme, host and port.
fn same_origin(a: &str, b: &str) -> bool {
    match (url::Url::parse(a), url::Url::parse(b)) {
        (Ok(a), Ok(b)) => a.origin() == b.origin(),
        _ => false,
    }
}

#[cfg(test)]
mod shape_tests {
    use super::*;

    #[test]
    fn only_an_answer_that_was_not_carried_out_is_sent_again() {
        let busy = b"You have reached the maximum number of concurrent requests per tenant. Please wait and try again.";
        assert!(asks_again(429, b"{}"));
        assert!(asks_again(500, busy) && asks_again(429, busy));
        // A change may have been made before a 503 or a 504; Exchange's text quoted deep in
        // another error is not its refusal.
        assert!(!asks_again(503, b"") && !asks_again(504, b""));
        let quoted = format!("{{\"error\":{{\"message\":\"{}\"}}}}", "x".repeat(40));
        assert!(!asks_again(
            400,
            format!("{quoted} {}", String::from_utf8_lossy(busy)).as_bytes()
        ));
        assert!(!asks_again(200, b""));
    }

    #[test]
    fn exchange_error_texts_as_exchange_writes_them() {
        let real = "Ex6F9304|Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException|The operation couldn't be performed because object '1e5d9b3f-7a2c-4d80-b6e4-3c8a0f2d6b95' couldn't be found on 'YQBPR01A12DC007.CANPR01A012.PROD.OUTLOOK.COM'.";
        let text = exchange_message(real);
        assert!(
            text.starts_with("The operation couldn't be performed"),
            "{text}"
        );
        assert_eq!(
            not_found_object(text),
            Some("1e5d9b3f-7a2c-4d80-b6e4-3c8a0f2d6b95")
        );
        assert_eq!(
            exchange_message("|Microsoft.Exchange.X.FooException|text"),
            "text"
        );
        assert_eq!(exchange_message("a | b"), "a | b");
        assert_eq!(not_found_object("object 'x"), None);
    }
}

#[cfg(test)]
mod tests {
    use super::same_origin;

    #[test]
    fn a_next_link_is_followed_only_on_the_same_origin() {
        let first = "https://outlook.office365.com/adminapi/beta/t/InvokeCommand";
        assert!(same_origin(
            "https://outlook.office365.com/adminapi/beta/t/InvokeCommand?%24skiptoken=ADZm",
            first
        ));
        for other in [
            "https://outlook.office365.com.evil.example/adminapi/beta/t/InvokeCommand",
            "http://outlook.office365.com/adminapi/beta/t/InvokeCommand",
            "https://outlook.office365.com:8443/adminapi/beta/t/InvokeCommand",
            "not a url",
        ] {
            assert!(!same_origin(other, first), "{other}");
        }
    }
}
