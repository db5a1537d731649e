//! The simulated tenant: Entra ID's login host, Exchange Online's SMTP submission service,
//! Microsoft Graph and the Exchange Online admin REST API on loopback, over real TLS, sharing one
//! tenant model. Used by the tests, the benchmark and `smtp-oauth demo`.
//!
//! Owns the simulation's state, its faults and the settings that point a client at it. It never
//! opens a socket beyond 127.0.0.1 and never reads the user's configuration.

pub mod credentials;
pub mod exchange;
pub mod graph;
pub mod http;
pub mod jwt;
pub mod login;
pub mod pki;
pub mod proxy;
pub mod scenario;
pub mod smtp;
pub mod tenant;
pub mod wire;

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use tokio::task::JoinHandle;

use pki::{ChainKind, Pki};
use scenario::{ProxyMode, Scenario};
use tenant::Tenant;

/// What the SMTP server does wrong.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SmtpFault {
    #[default]
    None,
    /// Accept the connection, never send the greeting.
    NeverGreet,
    /// Answer with something that is not SMTP.
    Garbage,
    /// Send a reply far beyond any sane length.
    Oversized,
    /// Close the connection right after EHLO.
    ResetAfterEhlo,
    /// EHLO shows `XXXXXXXA` where STARTTLS was (firewall ESMTP inspection).
    StripStartTls,
    /// No STARTTLS at all.
    NoStartTls,
    /// After STARTTLS, AUTH offers no XOAUTH2.
    NoXoauth2,
    /// 421 4.7.66 after the handshake.
    TlsVersionRejected,
    /// Answer the ClientHello with a fatal handshake_failure alert.
    BadHandshake,
    /// AUTH answered with this reply instead of Exchange's verdict (`{host}` and `{bracket}`
    /// are filled with the server's name and the `[Hostname=…]` bracket of the session, `{echo}`
    /// with the XOAUTH2 string the client sent, as a hostile server would).
    AuthReply(&'static str),
    /// The message (after DATA) answered with this reply instead of queueing; same placeholders.
    SubmissionReply(&'static str),
    /// The message answered `552 5.3.4 Message size exceeds fixed maximum message size`.
    MessageTooLarge,
    /// AUTH (and everything after it, QUIT included) is never answered: a stalled server.
    StallAfterAuth,
    /// The TLS server demands a client certificate: the client's handshake completes (TLS 1.3)
    /// and its first read gets the `certificate_required` alert.
    ClientCertRequired,
    /// A relay in front of Exchange that takes XOAUTH2 only in two steps: `AUTH XOAUTH2 <blob>`
    /// gets `501 5.5.4 Invalid arguments` (not an Exchange shape; some relays answer so).
    NoInitialResponse,
}

/// How far an admin token gets on the Exchange admin API.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum AdminLevel {
    /// No Exchange.ManageAsApp: 401.
    NoGrant,
    /// The app role but no Entra role: 403 (a body of NULs).
    RoleOnly,
    /// The front door sends the tenant to a tenant-specific admin host (302), as ScubaGear has
    /// seen for some tenants.
    Redirect,
    #[default]
    Full,
}

/// Faults the simulation injects.
#[derive(Clone, Debug, Default)]
pub struct Faults {
    /// Added before every SMTP reply and every HTTP response (a fixed round-trip cost).
    pub reply_delay: Duration,
    /// Every accepted connection is this far from its client each way ([`wire::Conn`]).
    pub one_way: Duration,
    pub smtp: SmtpFault,
    pub smtp_chain: ChainKind,
    /// The token endpoint answers 503 to every request.
    pub token_unavailable: bool,
    /// The first N token requests get 429 with Retry-After.
    pub token_throttle_first: u32,
    /// The first N requests to Graph or the Exchange admin API are refused as too many at once
    /// (429 with `Retry-After: 1`, each service in its own shape).
    pub admin_busy_first: u32,
    /// Seconds added to the login host's Date header.
    pub clock_offset_secs: i64,
    pub exchange_admin: AdminLevel,
    pub graph_admin_allowed: bool,
    pub device_code_expires: bool,
    /// The most rows one Exchange admin API page holds (0: Exchange's 1000).
    pub exchange_page_size: usize,
    /// A hostile tenant: every HTTP service answers 400 repeating the request it got (the form
    /// with the client secret, the bearer token) in its error text.
    pub echo_requests: bool,
    /// The token endpoint answers AADSTS50194 (a code the client's catalog has no class for).
    pub token_unlisted_code: bool,
    /// The admin app holds only read permissions (no `Application.ReadWrite.OwnedBy`), and the
    /// admin who signs in with a device code is no Application Administrator: Graph refuses
    /// every credential change with 403.
    pub graph_write_denied: bool,
}

/// A time as Graph and the Exchange admin API write it (RFC 3339).
pub fn iso(t: SystemTime) -> String {
    time::OffsetDateTime::from(t)
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

/// The Application Administrator directory role (its template id, as in a token's `wids`).
pub const APPLICATION_ADMINISTRATOR: &str = "9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3";

/// The Graph application permissions of the tenant's admin app: read the apps and users, and
/// change the credentials of the apps it owns.
pub fn admin_graph_roles(faults: &Faults) -> Vec<&'static str> {
    let mut roles = vec!["Application.Read.All", "User.Read.All"];
    if !faults.graph_write_denied {
        roles.push("Application.ReadWrite.OwnedBy");
    }
    roles
}

pub struct DeviceCode {
    pub polls: u32,
    pub scope: String,
}

/// A message the SMTP server accepted.
#[derive(Clone, Debug)]
pub struct Delivered {
    pub from: String,
    pub to: Vec<String>,
    pub message: String,
}

/// What every simulated service reads.
pub struct SimState {
    /// Shared, copied on write: a reader takes the `Arc` (cheap even with thousands of
    /// mailboxes), a change copies the tenant only while someone still reads the old one.
    pub tenant: Mutex<Arc<Tenant>>,
    pub faults: Faults,
    pub pki: Pki,
    pub signer: jwt::TokenSigner,
    pub login_base: String,
    pub exchange_base: String,
    pub token_requests: AtomicU32,
    pub device_codes: Mutex<HashMap<String, DeviceCode>>,
    pub outbox: Mutex<Vec<Delivered>>,
    /// Per mailbox (lowercase): the authenticated SMTP sessions open now, and the most that
    /// were ever open at once. Exchange Online allows three per mailbox; the simulation only
    /// counts (which reply a fourth gets at AUTH is UNCONFIRMED), so tests can hold the client to it.
    pub mailbox_sessions: Mutex<HashMap<String, (u32, u32)>>,
    /// Requests to Graph and the Exchange admin API, counted by what they asked (method, path
    /// and query, body), so tests can see what a client asked how often.
    pub admin_requests: Mutex<HashMap<String, u32>>,
    /// Admin requests refused as too many at once so far ([`Faults::admin_busy_first`]).
    pub admin_busy_given: AtomicU32,
}

impl SimState {
    /// How many requests to Graph or the Exchange admin API asked something containing `what`
    /// (`GET /v1.0/servicePrincipals`, `"Get-TransportConfig"` …).
    pub fn admin_requests(&self, what: &str) -> u32 {
        self.admin_requests
            .lock()
            .map(|m| {
                m.iter()
                    .filter(|(k, _)| k.contains(what))
                    .map(|(_, n)| *n)
                    .sum()
            })
            .unwrap_or_default()
    }

    /// Whether this request to an admin API is one of the first [`Faults::admin_busy_first`],
    /// refused as too many at once.
    fn admin_busy(&self) -> bool {
        self.faults.admin_busy_first > 0
            && self
                .admin_busy_given
                .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |n| {
                    (n < self.faults.admin_busy_first).then_some(n + 1)
                })
                .is_ok()
    }

    fn count_admin(&self, req: &http::HttpRequest) {
        let key = format!(
            "{} {}?{} {}",
            req.method,
            req.path,
            req.query,
            String::from_utf8_lossy(&req.body)
        );
        if let Ok(mut m) = self.admin_requests.lock() {
            *m.entry(key).or_default() += 1;
        }
    }

    /// The most authenticated SMTP sessions that were open at once for `mailbox`.
    pub fn most_sessions(&self, mailbox: &str) -> u32 {
        self.mailbox_sessions
            .lock()
            .map(|m| {
                m.get(&mailbox.to_ascii_lowercase())
                    .map_or(0, |(_, most)| *most)
            })
            .unwrap_or_default()
    }
}

#[derive(Debug, thiserror::Error)]
pub enum SimError {
    #[error("unknown scenario `{0}`; `smtp-oauth demo --list` lists them")]
    UnknownScenario(String),
    #[error("the simulation could not start: {0}")]
    Start(String),
}

/// Options beyond the scenario.
#[derive(Clone, Debug, Default)]
pub struct SimOptions {
    /// A fixed delay per reply (for the benchmark).
    pub reply_delay: Duration,
    /// A network path's delay each way on every connection (for the benchmark): see
    /// [`wire`].
    pub one_way: Duration,
    /// The threads a [`Background`] tenant serves on (default 2). The benchmark's fleet gives it
    /// one: the two cores it shares with the client then spend less on threads waking each
    /// other (a third of the simulated side's CPU at 10,000 profiles, measured).
    pub workers: Option<usize>,
    /// Extra faults applied after the scenario (for tests).
    pub smtp_fault: Option<SmtpFault>,
    /// How far the exported Exchange admin token gets (default: all the way).
    pub exchange_admin: Option<AdminLevel>,
    /// The first N token requests get 429 with Retry-After: 1.
    pub token_throttle_first: u32,
    /// See [`Faults::admin_busy_first`].
    pub admin_busy_first: u32,
    /// The most rows per Exchange admin API page (default 1000), to make tests page.
    pub exchange_page_size: Option<usize>,
    /// Device codes expire instead of being signed in.
    pub device_code_expires: bool,
    /// See [`Faults::echo_requests`].
    pub echo_requests: bool,
    /// More mailboxes set up like the healthy one (FullAccess for the app), named
    /// [`tenant::fleet_mailbox`]`(0..n)`: a fleet of appliances, each with its own.
    pub extra_mailboxes: usize,
    /// See [`Faults::graph_write_denied`].
    pub graph_write_denied: bool,
}

/// A running simulated tenant. Dropping it stops every service.
pub struct Simulation {
    pub state: Arc<SimState>,
    pub scenario: &'static Scenario,
    pub login: SocketAddr,
    pub graph: SocketAddr,
    pub exchange: SocketAddr,
    pub smtp: SocketAddr,
    pub proxy: Option<SocketAddr>,
    /// The app's real client secret (simulated).
    pub secret: String,
    /// A From address the scenario sends as (send-as scenarios), for `send-test --from`.
    pub from: Option<String>,
    exports: Vec<(String, String)>,
    /// Holds the CA file and the client certificate while the simulation runs.
    pub dir: tempfile::TempDir,
    tasks: Vec<JoinHandle<()>>,
    /// Bound, never-listening sockets behind the refused ports.
    _closed: Vec<tokio::net::TcpSocket>,
}

impl Drop for Simulation {
    fn drop(&mut self) {
        for t in &self.tasks {
            t.abort();
        }
    }
}

fn start_err(e: impl std::fmt::Display) -> SimError {
    SimError::Start(e.to_string())
}

/// A port on 127.0.0.1 where nothing listens (bound, then released).
/// A loopback port that refuses connections: bound (so no other test or process can take it
/// while the simulation runs) but never listening, so a connect gets a reset.
fn closed_port(held: &mut Vec<tokio::net::TcpSocket>) -> Result<SocketAddr, SimError> {
    let socket = tokio::net::TcpSocket::new_v4().map_err(start_err)?;
    socket
        .bind(SocketAddr::from(([127, 0, 0, 1], 0)))
        .map_err(start_err)?;
    let addr = socket.local_addr().map_err(start_err)?;
    held.push(socket);
    Ok(addr)
}

/// Where a simulation's client is pointed: its services' addresses and files.
struct Pointed<'a> {
    login: SocketAddr,
    graph: SocketAddr,
    exchange: SocketAddr,
    smtp: SocketAddr,
    proxy: Option<SocketAddr>,
    ca_path: &'a std::path::Path,
    client_cert_path: &'a std::path::Path,
    secret: &'a str,
}

/// What GitHub Actions hands a job that asks for an ID token for Entra, for `subject`, signed by
/// the simulated issuer, written to `path`.
fn write_federated_token(
    signer: &jwt::TokenSigner,
    subject: &str,
    path: &std::path::Path,
) -> std::io::Result<()> {
    let now = SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let token = signer.issue(&serde_json::json!({
        "iss": tenant::OIDC_ISSUER, "sub": subject, "aud": tenant::OIDC_AUDIENCE,
        "iat": now, "nbf": now, "exp": now + 300, "jti": jwt::guid(),
        "repository": "contoso/printer-config", "ref": "refs/heads/main",
    }));
    std::fs::write(path, token)
}

/// How the client proves itself: the certificate, a federated token (written to a file) or
/// the secret, as the scenario's client side says.
fn credential_export(
    c: &scenario::ClientSide,
    at: &Pointed<'_>,
    signer: &jwt::TokenSigner,
) -> Option<(String, String)> {
    if c.use_certificate {
        return Some((
            "SMTP_OAUTH_CLIENT_CERT".into(),
            at.client_cert_path.display().to_string(),
        ));
    }
    if let Some(subject) = &c.federated_subject {
        let path = at.client_cert_path.with_file_name("federated-token.jwt");
        write_federated_token(signer, subject, &path).ok()?;
        return Some((
            "SMTP_OAUTH_FEDERATED_TOKEN_FILE".into(),
            path.display().to_string(),
        ));
    }
    Some((
        "SMTP_OAUTH_CLIENT_SECRET".into(),
        c.secret.clone().unwrap_or_else(|| at.secret.to_string()),
    ))
}

/// The settings, as environment variables, that point a client at the simulation the way the
/// scenario's client side is configured (its wrong values included).
fn client_exports(
    c: &scenario::ClientSide,
    at: &Pointed<'_>,
    signer: &jwt::TokenSigner,
    faults: &Faults,
) -> Vec<(String, String)> {
    let mut exports = vec![
        (
            "SMTP_OAUTH_TENANT".to_string(),
            c.tenant.clone().unwrap_or_else(|| tenant::TENANT_ID.into()),
        ),
        (
            "SMTP_OAUTH_CLIENT_ID".into(),
            c.client_id
                .clone()
                .unwrap_or_else(|| tenant::CLIENT_ID.into()),
        ),
    ];
    exports.extend(credential_export(c, at, signer));
    let expires = c
        .secret_expires
        .unwrap_or_else(|| SystemTime::now() + Duration::from_secs(86_400 * 300));
    let date = time::OffsetDateTime::from(expires).date();
    exports.extend([
        ("SMTP_OAUTH_SECRET_EXPIRES".to_string(), date.to_string()),
        (
            "SMTP_OAUTH_MAILBOX".into(),
            c.mailbox.clone().unwrap_or_else(|| tenant::MAILBOX.into()),
        ),
        (
            "SMTP_OAUTH_AUTHORITY".into(),
            format!("https://{}", at.login),
        ),
        (
            "SMTP_OAUTH_SMTP_HOST".into(),
            c.smtp_host
                .clone()
                .unwrap_or_else(|| at.smtp.ip().to_string()),
        ),
        ("SMTP_OAUTH_SMTP_PORT".into(), at.smtp.port().to_string()),
        (
            "SMTP_OAUTH_GRAPH_URL".into(),
            format!("https://{}", at.graph),
        ),
        (
            "SMTP_OAUTH_EXCHANGE_URL".into(),
            format!("https://{}", at.exchange),
        ),
        (
            "SMTP_OAUTH_CA_FILE".into(),
            at.ca_path.display().to_string(),
        ),
    ]);
    if let Some(scope) = &c.scope {
        exports.push(("SMTP_OAUTH_SCOPE".into(), scope.clone()));
    }
    if let Some(t) = c.timeout_secs {
        exports.push(("SMTP_OAUTH_TIMEOUT".into(), t.to_string()));
    }
    if let Some(p) = at.proxy {
        // Without credentials: under proxy-auth-required the proxy answers 407.
        exports.push(("HTTPS_PROXY".into(), format!("http://{p}")));
    }
    if c.admin_tokens {
        exports.extend(admin_token_exports(signer, faults));
    }
    exports
}

/// Admin tokens as an admin app of the tenant would hold them (for `--admin token`), issued
/// like the login host's: iat/nbf 5 minutes back, exp = now + 3599.
fn admin_token_exports(signer: &jwt::TokenSigner, faults: &Faults) -> [(String, String); 2] {
    let now = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let admin = |aud: &str, roles: &[&str]| {
        signer.issue(&serde_json::json!({
            "aud": aud, "iss": format!("https://sts.windows.net/{}/", tenant::TENANT_ID),
            "iat": now - 300, "nbf": now - 300, "exp": now + 3599,
            "appid": "3c5e7a9b-1d3f-4b6d-8f0a-2c4e6a8b0d14", "appidacr": "1", "idtyp": "app",
            "oid": "6e8a0c2f-4b6d-4f81-a3c5-7e9b1d3f5a86", "roles": roles, "tid": tenant::TENANT_ID, "ver": "1.0",
        }))
    };
    [
        (
            "SMTP_OAUTH_GRAPH_TOKEN".into(),
            admin("https://graph.microsoft.com", &admin_graph_roles(faults)),
        ),
        (
            "SMTP_OAUTH_EXCHANGE_TOKEN".into(),
            admin("https://outlook.office365.com", &["Exchange.ManageAsApp"]),
        ),
    ]
}

impl SimOptions {
    /// The healthy tenant with the scenario's faults and then the test's own.
    fn setup(&self, scenario: &Scenario, secret: &str, client_cert: &[u8]) -> scenario::Setup {
        let mut setup = scenario::healthy_setup(secret.to_string());
        setup.faults.graph_admin_allowed = true;
        setup.tenant.app.certificates.push(client_cert.to_vec());
        setup
            .tenant
            .admin_app
            .certificates
            .push(client_cert.to_vec());
        (scenario.apply)(&mut setup);
        self.apply(&mut setup.faults);
        if let Some(first) = setup.tenant.mailboxes.first().cloned() {
            setup
                .tenant
                .mailboxes
                .extend((0..self.extra_mailboxes).map(|i| tenant::Mailbox {
                    id: format!("0a4e8c2f-6b1d-4f93-a5e7-{i:012x}"),
                    address: tenant::fleet_mailbox(i),
                    upn: tenant::fleet_mailbox(i),
                    display_name: format!("Appliance {i}"),
                    ..first.clone()
                }));
        }
        setup
    }

    /// The test's own faults on top of the scenario's.
    fn apply(&self, faults: &mut Faults) {
        faults.reply_delay = self.reply_delay;
        faults.one_way = self.one_way;
        if let Some(f) = self.smtp_fault {
            faults.smtp = f;
        }
        faults.token_throttle_first = self.token_throttle_first;
        faults.admin_busy_first = self.admin_busy_first;
        faults.device_code_expires |= self.device_code_expires;
        if let Some(level) = self.exchange_admin {
            faults.exchange_admin = level;
        }
        faults.exchange_page_size = self.exchange_page_size.unwrap_or(0);
        faults.echo_requests |= self.echo_requests;
        faults.graph_write_denied |= self.graph_write_denied;
    }
}

/// Serves the login host, Graph and the Exchange admin API over HTTPS and SMTP on the given
/// listeners; returns their tasks.
fn serve_all(
    state: &Arc<SimState>,
    https: [tokio::net::TcpListener; 3],
    smtp_l: tokio::net::TcpListener,
) -> Result<Vec<tokio::task::JoinHandle<()>>, SimError> {
    let delay = http::Delays {
        reply: state.faults.reply_delay,
        one_way: state.faults.one_way,
    };
    let [login_l, graph_l, exchange_l] = https;
    let mut tasks = Vec::new();
    // An admin API's requests are counted (for the tests); the login host's are not.
    let handler = |f: fn(&SimState, &http::HttpRequest) -> http::HttpResponse,
                   admin: bool|
     -> http::Handler {
        let s = state.clone();
        Arc::new(move |req| {
            if admin {
                s.count_admin(req);
            }
            f(&s, req)
        })
    };
    tasks.push(tokio::spawn(http::serve(
        login_l,
        state.pki.login.server_config().map_err(start_err)?,
        // UNCONFIRMED whether login.microsoftonline.com negotiates h2; HTTP/1.1 is the
        // conservative shape (every client must cope with it).
        http::Versions::Http1,
        handler(login::handle, false),
        delay,
    )));
    tasks.push(tokio::spawn(http::serve(
        graph_l,
        state.pki.graph.server_config().map_err(start_err)?,
        // Graph serves HTTP/2 (Microsoft Graph team, Feb 2024:
        // https://baywet.github.io/microsoft-graph-http2/).
        http::Versions::Http2,
        handler(graph::handle, true),
        delay,
    )));
    tasks.push(tokio::spawn(http::serve(
        exchange_l,
        state.pki.exchange.server_config().map_err(start_err)?,
        // outlook.office365.com was seen answering HTTP/1.1 (a 2021 Q&A); UNCONFIRMED for the
        // admin API's InvokeCommand endpoint today.
        http::Versions::Http1,
        handler(exchange::handle, true),
        delay,
    )));
    tasks.push(tokio::spawn(smtp::serve(smtp_l, state.clone())));
    Ok(tasks)
}

/// The proxy of the scenario's client side: none, a closed port, or one (asking for
/// credentials or not) serving on loopback.
async fn start_proxy(
    mode: ProxyMode,
    closed: &mut Vec<tokio::net::TcpSocket>,
    tasks: &mut Vec<tokio::task::JoinHandle<()>>,
) -> Result<Option<SocketAddr>, SimError> {
    Ok(match mode {
        ProxyMode::None => None,
        ProxyMode::Unreachable => Some(closed_port(closed)?),
        mode @ (ProxyMode::Open | ProxyMode::AuthRequired) => {
            let (l, addr) = http::bind().await.map_err(start_err)?;
            let creds = (mode == ProxyMode::AuthRequired)
                .then(|| ("proxyuser".to_string(), "proxy-password".to_string()));
            tasks.push(tokio::spawn(proxy::serve(l, creds)));
            Some(addr)
        }
    })
}

impl Simulation {
    /// Starts every service of the scenario on ephemeral loopback ports. Needs a Tokio runtime.
    pub async fn start(scenario_name: &str, options: SimOptions) -> Result<Simulation, SimError> {
        let scenario = scenario::find(scenario_name)
            .ok_or_else(|| SimError::UnknownScenario(scenario_name.to_string()))?;
        let secret = jwt::secret_value();
        let dir = tempfile::Builder::new().prefix("smtp-oauth-sim-").tempdir();
        let (dir, pki) = (dir.map_err(start_err)?, Pki::generate().map_err(start_err)?);
        // The client certificate (RSA, so it can sign RS256/PS256 assertions): registered on
        // both apps before the scenario applies, so a scenario about its absence removes it.
        let client_cert_path = dir.path().join("client-cert.pem");
        let client_cert_der = client_certificate(&client_cert_path)?;
        let setup = options.setup(scenario, &secret, &client_cert_der);

        let (login_l, login) = http::bind().await.map_err(start_err)?;
        let (graph_l, graph) = http::bind().await.map_err(start_err)?;
        let (exchange_l, exchange) = http::bind().await.map_err(start_err)?;
        let smtp_l = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .map_err(start_err)?;
        let smtp_listen = smtp_l.local_addr().map_err(start_err)?;

        let state = Arc::new(SimState {
            tenant: Mutex::new(Arc::new(setup.tenant)),
            faults: setup.faults.clone(),
            signer: jwt::TokenSigner::new(),
            login_base: format!("https://{login}"),
            exchange_base: format!("https://{exchange}"),
            token_requests: AtomicU32::new(0),
            admin_requests: Mutex::default(),
            admin_busy_given: AtomicU32::new(0),
            device_codes: Mutex::new(HashMap::new()),
            outbox: Mutex::new(Vec::new()),
            mailbox_sessions: Mutex::default(),
            pki,
        });
        let mut tasks = serve_all(&state, [login_l, graph_l, exchange_l], smtp_l)?;

        let mut closed = Vec::new();
        let proxy = start_proxy(setup.client.proxy, &mut closed, &mut tasks).await?;
        let smtp = if setup.client.smtp_port_closed {
            closed_port(&mut closed)?
        } else {
            smtp_listen
        };

        let ca_path = dir.path().join("ca.pem");
        std::fs::write(&ca_path, &state.pki.trust_pem).map_err(start_err)?;

        let exports = client_exports(
            &setup.client,
            &Pointed {
                login,
                graph,
                exchange,
                smtp,
                proxy,
                ca_path: &ca_path,
                client_cert_path: &client_cert_path,
                secret: &secret,
            },
            &state.signer,
            &state.faults,
        );
        let from = setup.client.from.clone();
        Ok(Simulation {
            state,
            scenario,
            login,
            graph,
            exchange,
            smtp,
            proxy,
            secret,
            from,
            exports,
            dir,
            tasks,
            _closed: closed,
        })
    }

    /// The settings that point every other command at this simulation, as environment variables.
    pub fn exports(&self) -> &[(String, String)] {
        &self.exports
    }

    pub fn export(&self, name: &str) -> Option<&str> {
        self.exports
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// Messages the SMTP server accepted so far.
    pub fn delivered(&self) -> Vec<Delivered> {
        self.state
            .outbox
            .lock()
            .map(|o| o.clone())
            .unwrap_or_default()
    }
}

const CLIENT_KEY_PEM: &str = include_str!("simulator-client-key.pem");

/// Writes the client certificate and key (PEM) and returns the certificate's DER.
fn client_certificate(path: &std::path::Path) -> Result<Vec<u8>, SimError> {
    let key = rcgen::KeyPair::from_pem(CLIENT_KEY_PEM).map_err(start_err)?;
    let mut params = rcgen::CertificateParams::default();
    let mut dn = rcgen::DistinguishedName::new();
    dn.push(rcgen::DnType::CommonName, "smtp-sender");
    params.distinguished_name = dn;
    let now = time::OffsetDateTime::now_utc();
    params.not_before = now - time::Duration::days(1);
    params.not_after = now + time::Duration::days(365);
    let cert = params.self_signed(&key).map_err(start_err)?;
    let pem = format!("{}{}", cert.pem(), CLIENT_KEY_PEM);
    std::fs::write(path, pem).map_err(start_err)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
            .map_err(start_err)?;
    }
    Ok(cert.der().to_vec())
}

/// A simulation running on its own runtime thread, for callers without one (tests that run the
/// real binary, the benchmark). Dropping it stops the simulation.
pub struct Background {
    pub exports: Vec<(String, String)>,
    pub state: Arc<SimState>,
    pub dir: std::path::PathBuf,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Background {
    pub fn start(scenario: &str, options: SimOptions) -> Result<Background, SimError> {
        let (ready_tx, ready_rx) = std::sync::mpsc::channel();
        let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
        let name = scenario.to_string();
        let thread = std::thread::spawn(move || {
            let runtime = match tokio::runtime::Builder::new_multi_thread()
                .worker_threads(options.workers.unwrap_or(2).max(1))
                .enable_all()
                .build()
            {
                Ok(r) => r,
                Err(e) => {
                    let _ = ready_tx.send(Err(start_err(e)));
                    return;
                }
            };
            runtime.block_on(async move {
                match Simulation::start(&name, options).await {
                    Ok(sim) => {
                        let _ = ready_tx.send(Ok((
                            sim.exports().to_vec(),
                            sim.dir.path().to_path_buf(),
                            sim.state.clone(),
                        )));
                        let _ = stop_rx.await;
                    }
                    Err(e) => {
                        let _ = ready_tx.send(Err(e));
                    }
                }
            });
        });
        let (exports, dir, state) = ready_rx.recv().map_err(start_err)??;
        Ok(Background {
            exports,
            state,
            dir,
            stop: Some(stop_tx),
            thread: Some(thread),
        })
    }

    pub fn export(&self, name: &str) -> Option<&str> {
        self.exports
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// The settings of the tenant's admin app (`--admin app`): its client id and its
    /// certificate (with the private key, PEM).
    pub fn admin_app_exports(&self) -> Vec<(String, String)> {
        vec![
            (
                "SMTP_OAUTH_ADMIN_CLIENT_ID".into(),
                tenant::ADMIN_CLIENT_ID.into(),
            ),
            (
                "SMTP_OAUTH_ADMIN_CLIENT_CERT".into(),
                self.dir.join("client-cert.pem").display().to_string(),
            ),
        ]
    }

    /// A config-file profile that points at this simulation, its secret read from `secret_file`.
    pub fn profile_toml(&self, name: &str, secret_file: &std::path::Path) -> String {
        profile_toml(name, secret_file, &self.exports)
    }
}

/// A config-file profile with the settings `exports` give (`SMTP_OAUTH_*` as the simulation
/// exports them, or rewritten to point elsewhere), its secret read from `secret_file`.
pub fn profile_toml(
    name: &str,
    secret_file: &std::path::Path,
    exports: &[(String, String)],
) -> String {
    let mut t = format!(
        "[{name}]\nclient_secret_file = \"{}\"\n",
        secret_file.display()
    );
    for (key, var) in [
        ("tenant", "SMTP_OAUTH_TENANT"),
        ("client_id", "SMTP_OAUTH_CLIENT_ID"),
        ("mailbox", "SMTP_OAUTH_MAILBOX"),
        ("authority", "SMTP_OAUTH_AUTHORITY"),
        ("smtp_host", "SMTP_OAUTH_SMTP_HOST"),
        ("smtp_port", "SMTP_OAUTH_SMTP_PORT"),
        ("ca_file", "SMTP_OAUTH_CA_FILE"),
        ("graph_url", "SMTP_OAUTH_GRAPH_URL"),
        ("exchange_url", "SMTP_OAUTH_EXCHANGE_URL"),
    ] {
        if let Some((_, v)) = exports.iter().find(|(k, _)| k == var) {
            t.push_str(&format!("{key} = \"{v}\"\n"));
        }
    }
    t
}

impl Drop for Background {
    fn drop(&mut self) {
        if let Some(s) = self.stop.take() {
            let _ = s.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}
