//! The diagnosis: secret expiry; the token request concurrently with DNS → TCP → greeting → EHLO →
//! STARTTLS → TLS → EHLO; then AUTH with that token; then a message when recipients are given.
//! A dead host costs one timeout, and the whole run costs max(token, connect + TLS) + AUTH.

use super::CheckId;
use crate::failures::ClassId;
use std::time::{Duration, SystemTime};

use secrecy::SecretString;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

use super::{Step, title_of};
use crate::failures::Vars;
use crate::i18n::Words;
use crate::oauth::{self, Credential, TokenFailure};
use crate::report::vars_from_settings;
use crate::settings::Settings;
use crate::settings::secret::looks_like_secret_id;
use crate::smtp::session::{self, AuthForm, Target};
use crate::smtp::transcript::Transcript;
use crate::tls::Trust;

/// What to do beyond the checks.
#[derive(Debug, Clone)]
pub struct Plan {
    /// Recipients of a test message; none means no message is sent.
    pub to: Vec<String>,
    /// From address (default: the mailbox).
    pub from: Option<String>,
    pub subject: String,
    pub auth_form: AuthForm,
    /// The SMTP sessions this run may open at once for its mailbox (Exchange allows 3 per
    /// mailbox): under `--all-profiles`, profiles sharing a mailbox share this. `None`: no limit.
    pub smtp_slots: Option<std::sync::Arc<tokio::sync::Semaphore>>,
    /// Answers shared by every profile of the run that asks the same (`--all-profiles`): the
    /// app's token, the tenant's discovery, the app-level admin reads. `None`: each is asked.
    pub shared: Option<std::sync::Arc<crate::shared::Shared>>,
    /// Keep every admin answer in the facts (what `--bundle` writes and `replay` reads). A
    /// fleet's report has no bundle, and copying each profile's answers cost it a share of its
    /// CPU.
    pub keep_answers: bool,
}

impl Default for Plan {
    fn default() -> Self {
        Plan {
            to: Vec::new(),
            from: None,
            subject: "smtp-oauth test message".into(),
            auth_form: AuthForm::InitialResponse,
            smtp_slots: None,
            shared: None,
            keep_answers: true,
        }
    }
}

pub struct Diagnosis {
    pub steps: Vec<Step>,
    pub transcript: Transcript,
    pub vars: Vars,
    /// When each phase started and ended, in order (`token.start`, `smtp.end` …).
    pub timeline: Vec<(String, Duration)>,
    /// What it saw (a live run; `None` for a replay), for `diagnose --bundle`.
    pub facts: Option<Facts>,
    /// Every secret the run held (tokens it was given or obtained), to scrub from a bundle.
    pub secrets: Vec<SecretString>,
}

/// Told when a phase starts and ends (progress on a terminal); knows nothing of the checks.
pub trait Observer: Send + Sync {
    fn started(&self, phase: &str);
    fn finished(&self, phase: &str);
    /// Something the user must do now (a device-code sign-in), said while the phase runs.
    fn notice(&self, text: &str);
}

/// Nobody watching (library callers, tests).
pub struct Unobserved;

impl Observer for Unobserved {
    fn started(&self, _: &str) {}
    fn finished(&self, _: &str) {}
    fn notice(&self, _: &str) {}
}

/// Phase start and end events, in the order they happened.
#[derive(Clone)]
struct Timeline {
    start: std::time::Instant,
    events: std::sync::Arc<std::sync::Mutex<Vec<(String, Duration)>>>,
    observer: std::sync::Arc<dyn Observer>,
}

impl Timeline {
    fn new(observer: std::sync::Arc<dyn Observer>) -> Timeline {
        Timeline {
            start: std::time::Instant::now(),
            events: std::sync::Arc::default(),
            observer,
        }
    }

    fn mark(&self, event: String) {
        if let Ok(mut e) = self.events.lock() {
            e.push((event, self.start.elapsed()));
        }
    }

    async fn span<T>(&self, phase: &str, work: impl std::future::Future<Output = T>) -> T {
        self.mark(format!("{phase}.start"));
        self.observer.started(phase);
        let out = work.await;
        self.mark(format!("{phase}.end"));
        self.observer.finished(phase);
        out
    }

    fn events(&self) -> Vec<(String, Duration)> {
        self.events.lock().map(|e| e.clone()).unwrap_or_default()
    }
}

#[derive(Debug, thiserror::Error)]
pub enum DiagnoseError {
    /// Settings a run needs and does not have, in words (`missing-settings`).
    #[error("{}", .0.english())]
    Missing(Box<crate::i18n::Words>),
    #[error("{0}")]
    Credential(String),
    #[error("{0}")]
    Trust(String),
}

/// What a run needs, and the message that says where to give it.
const MISSING_HELP: &[(&str, &str)] = &[
    ("tenant", "missing-tenant"),
    ("client_id", "missing-client-id"),
    ("credential", "missing-credential"),
    ("mailbox", "missing-mailbox"),
];

/// The most a federated token file is read of: a JWT is a few KiB.
const MAX_FEDERATED_TOKEN: u64 = 64 << 10;

/// A federated token from its file: a JWT (three base64url parts), held as a secret.
fn federated_token(
    path: &crate::settings::Val<std::path::PathBuf>,
) -> Result<Credential, DiagnoseError> {
    let text = crate::settings::config_file::read_limited(&path.value, MAX_FEDERATED_TOKEN)
        .map_err(|e| {
            DiagnoseError::Credential(format!(
                "federated-token-file {} (from {}): {e}",
                path.value.display(),
                path.source
            ))
        })?;
    let token = text.trim();
    let parts: Vec<&str> = token.split('.').collect();
    let base64url = |p: &str| {
        !p.is_empty()
            && p.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    };
    if parts.len() != 3 || !parts.iter().all(|p| base64url(p)) {
        return Err(DiagnoseError::Credential(format!(
            "federated-token-file {} (from {}) does not hold a JWT (three base64url parts joined by dots): it should be the token your CI or platform writes for workload identity (AZURE_FEDERATED_TOKEN_FILE)",
            path.value.display(),
            path.source
        )));
    }
    crate::redact::hold(token);
    Ok(Credential::Federated(SecretString::from(token.to_string())))
}

/// GitHub Actions' ID-token request, when the job may make one (`permissions: id-token: write`
/// sets both variables). GitHub's own variables, read as the runner sets them.
fn github_oidc_request() -> Option<(String, SecretString)> {
    let url = std::env::var("ACTIONS_ID_TOKEN_REQUEST_URL")
        .ok()
        .filter(|v| !v.is_empty())?;
    let token = std::env::var("ACTIONS_ID_TOKEN_REQUEST_TOKEN")
        .ok()
        .filter(|v| !v.is_empty())?;
    Some((url, SecretString::from(token)))
}

/// Entra's audience for a federated token.
const FEDERATED_AUDIENCE: &str = "api://AzureADTokenExchange";

/// Asks GitHub for an OIDC token with Entra's audience (`GET <url>&audience=…`, `Authorization:
/// bearer <request token>`, answer `{"value": "<JWT>"}`), on a thread and runtime of its own:
/// this runs inside the diagnosis's runtime, which must not wait on itself.
fn github_oidc_token(
    settings: &Settings,
    url: &str,
    request_token: &SecretString,
) -> Result<Credential, DiagnoseError> {
    use secrecy::ExposeSecret as _;
    crate::redact::hold_secret(request_token);
    let failed = |why: String| {
        DiagnoseError::Credential(format!(
            "cannot get the GitHub Actions OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL): {why}; the workflow needs `permissions: id-token: write`"
        ))
    };
    let mut u = url::Url::parse(url).map_err(|e| failed(format!("not a URL ({e})")))?;
    u.query_pairs_mut()
        .append_pair("audience", FEDERATED_AUDIENCE);
    let trust = Trust::new(settings.ca_file.as_ref().map(|c| c.value.as_path()))
        .map_err(|e| failed(e.to_string()))?;
    let net = settings.network();
    let fetch = || -> Result<String, String> {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| e.to_string())?;
        rt.block_on(async {
            let (client, _, _) = crate::net::build_client(&net, &trust)?;
            let response = client
                .get(u.clone())
                .header(
                    "Authorization",
                    format!("bearer {}", request_token.expose_secret()),
                )
                .send()
                .await
                .map_err(|e| e.to_string())?;
            let status = response.status();
            let body = crate::net::read_text(response, crate::net::MAX_LOGIN_BODY)
                .await
                .map_err(|e| format!("{e:?}"))?;
            if !status.is_success() {
                return Err(format!("HTTP {status}"));
            }
            serde_json::from_str::<Value>(&body)
                .ok()
                .and_then(|v| v.get("value")?.as_str().map(str::to_string))
                .ok_or_else(|| "the answer holds no `value`".to_string())
        })
    };
    let jwt = std::thread::scope(|s| s.spawn(fetch).join())
        .map_err(|_| failed("the request thread failed".into()))?
        .map_err(failed)?;
    crate::redact::hold(&jwt);
    Ok(Credential::Federated(SecretString::from(jwt)))
}

fn load_credential(settings: &Settings) -> Result<Option<Credential>, DiagnoseError> {
    if let Some(path) = &settings.federated_token_file {
        return federated_token(path).map(Some);
    }
    if let Some(cert) = &settings.client_cert {
        return oauth::assertion::CertificateCredential::from_file(
            &cert.value,
            settings.client_cert_password.as_ref().map(|p| &p.value),
        )
        .map(|c| Some(Credential::Certificate(Box::new(c))))
        .map_err(|e| DiagnoseError::Credential(format!("{e} (from {})", cert.source)));
    }
    match settings.client_secret.load() {
        Ok(Some((secret, _))) => Ok(Some(Credential::Secret(secret))),
        // No keyring on this machine is the same as no secret in it: the "missing" message says
        // where else a secret can come from. Under GitHub Actions with an ID token to be had,
        // no stored secret means workload identity federation.
        Ok(None) | Err(crate::settings::secret::SecretError::KeyringUnavailable(_)) => {
            match github_oidc_request() {
                Some((url, token)) => github_oidc_token(settings, &url, &token).map(Some),
                None => Ok(None),
            }
        }
        Err(e) => Err(DiagnoseError::Credential(e.to_string())),
    }
}

/// The values every token request needs, checked up front.
pub struct Prepared {
    pub credential: Credential,
    pub endpoint: url::Url,
    pub client_id: String,
    pub mailbox: Option<String>,
    pub trust: Trust,
}

/// Checks that the settings name a tenant (or token endpoint), a client id, a credential and —
/// when `need_mailbox` — a mailbox; loads the credential and the trust store.
pub fn prepare(settings: &Settings, need_mailbox: bool) -> Result<Prepared, DiagnoseError> {
    let credential = load_credential(settings)?;
    let missing: Vec<Words> = MISSING_HELP
        .iter()
        .filter(|(k, _)| match *k {
            "tenant" => settings.tenant.is_none() && settings.token_endpoint.is_none(),
            "client_id" => settings.client_id.is_none(),
            "credential" => credential.is_none(),
            _ => need_mailbox && settings.mailbox.is_none(),
        })
        .map(|(_, help)| Words::new(help))
        .collect();
    let (true, Some(endpoint), Some(client_id), Some(credential)) = (
        missing.is_empty(),
        settings.token_endpoint.as_ref(),
        settings.client_id.as_ref(),
        credential,
    ) else {
        let mut missing = missing;
        let others: Vec<&String> = settings
            .profiles_in_file
            .iter()
            .filter(|p| **p != settings.profile.value)
            .take(crate::settings::PROFILES_NAMED)
            .collect();
        if !others.is_empty() {
            let others: Vec<&str> = others.iter().map(|p| p.as_str()).collect();
            missing.push(
                Words::new("missing-other-profiles")
                    .text("profile", settings.profile.value.clone())
                    .text("path", settings.config_path.value.display().to_string())
                    .text("others", others.join(", ")),
            );
        }
        let list = crate::i18n::joined("list-lines", missing);
        return Err(DiagnoseError::Missing(Box::new(
            Words::new("missing-settings").said("list", list),
        )));
    };
    let trust = Trust::new(settings.ca_file.as_ref().map(|c| c.value.as_path()))
        .map_err(|e| DiagnoseError::Trust(e.to_string()))?;
    Ok(Prepared {
        credential,
        endpoint: endpoint.value.clone(),
        client_id: client_id.value.clone(),
        mailbox: settings.mailbox.as_ref().map(|m| m.value.clone()),
        trust,
    })
}

/// The token checks' outcome: `tenant` (for a domain), `token`, `token.claims`.
pub struct TokenChecks {
    pub steps: Vec<Step>,
    pub token: Option<SecretString>,
    /// The Enterprise app's object id (`oid`), when a token came back.
    pub oid: Option<String>,
    /// The class of a problem with the token's claims, if any.
    pub claims_problem: Option<ClassId>,
}

/// What the token side of a diagnosis saw: the tenant's discovery document, and the token
/// request (none when the configured secret is shaped like a secret's ID and was not sent).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TokenFacts {
    /// The tenant as configured, and what its discovery answered.
    pub discovery: Option<(String, oauth::Discovery)>,
    pub attempt: Option<TokenRecord>,
}

/// A token request as a bundle keeps it: everything but the token itself.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TokenRecord {
    pub outcome: Result<IssuedToken, TokenFailure>,
    pub endpoint: String,
    pub proxy: Option<String>,
    pub tries: u32,
    pub duration: Duration,
    pub server_date: Option<SystemTime>,
    /// This machine's clock when the answer came (skew and expiry are judged against it).
    pub received_at: SystemTime,
    pub tls: crate::tls::Captured,
}

/// A token that was issued: its lifetime and decoded claims, never its value.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct IssuedToken {
    pub expires_in: u64,
    pub claims: Result<oauth::Claims, oauth::claims::DecodeError>,
}

impl TokenRecord {
    fn of(a: &oauth::TokenAttempt) -> TokenRecord {
        TokenRecord {
            outcome: match &a.outcome {
                Ok(s) => Ok(IssuedToken {
                    expires_in: s.expires_in,
                    claims: s.claims.clone(),
                }),
                Err(f) => Err(f.clone()),
            },
            endpoint: a.endpoint.to_string(),
            proxy: a.proxy.clone(),
            tries: a.tries,
            duration: a.duration,
            server_date: a.server_date,
            received_at: a.received_at,
            tls: a.tls.clone(),
        }
    }

    /// The attempt again, for the words; the token's value is not in a record.
    fn attempt(&self) -> oauth::TokenAttempt {
        oauth::TokenAttempt {
            outcome: match &self.outcome {
                Ok(t) => Ok(oauth::TokenSuccess {
                    token: SecretString::from("(not kept)"),
                    expires_in: t.expires_in,
                    claims: t.claims.clone(),
                }),
                Err(f) => Err(f.clone()),
            },
            endpoint: url::Url::parse(&self.endpoint).unwrap_or_else(|_| {
                url::Url::parse("https://invalid.invalid/").expect("a valid URL")
            }),
            proxy: self.proxy.clone(),
            tries: self.tries,
            duration: self.duration,
            server_date: self.server_date,
            received_at: self.received_at,
            tls: self.tls.clone(),
        }
    }
}

/// Resolves a tenant domain (concurrently) and requests and judges a token.
pub async fn token_checks(settings: &Settings, p: &Prepared) -> TokenChecks {
    let (facts, token) = gather_token(settings, p, None).await;
    let mut checks = judge_token(settings, &facts);
    checks.token = token;
    checks
}

/// The token side's network part: discovery and the token request, concurrently.
async fn gather_token(
    settings: &Settings,
    p: &Prepared,
    shared: Option<&crate::shared::Shared>,
) -> (TokenFacts, Option<SecretString>) {
    // Discovery resolves a domain, and for a GUID tells the tenant's cloud; with an explicit
    // token endpoint a GUID tenant sends nothing to the authority (SPEC: only the hosts the
    // settings name).
    let discovery = async {
        let tenant = settings.tenant.as_ref()?;
        let explicit_endpoint = settings
            .token_endpoint
            .as_ref()
            .is_some_and(|e| !matches!(e.source, crate::settings::Source::Derived(_)));
        let is_domain = matches!(tenant.value, crate::settings::validate::Tenant::Domain(_));
        if !is_domain && explicit_endpoint {
            return None;
        }
        let name = tenant.value.as_str().to_string();
        let key = || {
            format!(
                "discovery|{}|{name}|{}",
                settings.authority.value,
                crate::net::route(&settings.network(), &p.trust)
            )
        };
        let d = crate::shared::maybe(
            shared,
            key,
            oauth::discover_tenant(
                &settings.network(),
                &p.trust,
                &settings.authority.value,
                &name,
            ),
        )
        .await;
        Some((name, d))
    };
    let request = async {
        if let Credential::Secret(s) = &p.credential
            && looks_like_secret_id(s)
        {
            return None;
        }
        let ask = async {
            let attempt = oauth::request_token(
                &settings.network(),
                &p.trust,
                &p.endpoint,
                &p.client_id,
                &p.credential,
                &settings.scope.value,
            )
            .await;
            let token = attempt.outcome.as_ref().ok().map(|s| s.token.clone());
            (TokenRecord::of(&attempt), token)
        };
        Some(crate::shared::maybe(shared, || token_key(settings, p), ask).await)
    };
    let (discovery, attempt) = tokio::join!(discovery, request);
    let (attempt, token) = attempt.unzip();
    (TokenFacts { discovery, attempt }, token.flatten())
}

/// What makes two token requests the same one: where, by whom, with which credential (a secret
/// as its digest), for what, through which network settings and trust.
fn token_key(settings: &Settings, p: &Prepared) -> String {
    let credential = match &p.credential {
        Credential::Secret(s) | Credential::Federated(s) => {
            crate::shared::digest(secrecy::ExposeSecret::expose_secret(s))
        }
        Credential::Certificate(c) => format!("cert {}", c.thumbprint_sha1),
    };
    format!(
        "token|{}|{}|{credential}|{}|{}",
        p.endpoint,
        p.client_id,
        settings.scope.value,
        crate::net::route(&settings.network(), &p.trust)
    )
}

/// The token side's words: the `tenant`, `token` and `token.claims` checks.
fn judge_token(settings: &Settings, facts: &TokenFacts) -> TokenChecks {
    let mut steps: Vec<Step> = facts
        .discovery
        .iter()
        .map(|(name, d)| super::token::tenant_step(name, d, settings.cloud.value))
        .collect();
    let Some(record) = &facts.attempt else {
        steps.push(
            Step::fail(
                CheckId::TOKEN,
                title_of(CheckId::TOKEN),
                Duration::ZERO,
                ClassId::SECRET_ID_NOT_VALUE,
                String::new(),
                Map::new(),
            )
            .said(Words::new("summary-secret-is-guid")),
        );
        steps.push(
            Step::skip(
                CheckId::TOKEN_CLAIMS,
                title_of(CheckId::TOKEN_CLAIMS),
                String::new(),
            )
            .said(Words::new("skip-no-token")),
        );
        return TokenChecks {
            steps,
            token: None,
            oid: None,
            claims_problem: None,
        };
    };
    let (token_step, claims_step, _) = token_steps(settings, &record.attempt());
    let oid = claims_step
        .evidence
        .get("oid")
        .and_then(Value::as_str)
        .map(str::to_string);
    let claims_problem = claims_step.class;
    steps.push(token_step);
    steps.push(claims_step);
    TokenChecks {
        steps,
        token: None,
        oid,
        claims_problem,
    }
}

/// Runs the diagnosis of `settings`. The state machine is large; it lives on the heap.
pub async fn run(settings: &Settings, plan: &Plan) -> Result<Diagnosis, DiagnoseError> {
    Box::pin(run_inner(settings, plan, std::sync::Arc::new(Unobserved))).await
}

/// Runs the diagnosis, telling `observer` when each phase starts and ends.
pub async fn run_observed(
    settings: &Settings,
    plan: &Plan,
    observer: std::sync::Arc<dyn Observer>,
) -> Result<Diagnosis, DiagnoseError> {
    Box::pin(run_inner(settings, plan, observer)).await
}

/// Everything a diagnosis saw, before a word is written: what `diagnose --bundle` keeps and
/// `replay` judges again, offline, with the same code as a live run.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Facts {
    /// The app proves itself with a certificate (else a secret).
    pub certificate: bool,
    pub token: TokenFacts,
    /// The SMTP session's phases up to AUTH.
    pub smtp: Vec<session::PhaseFact>,
    /// The session got to AUTH (STARTTLS, TLS and XOAUTH2 all passed).
    pub reached_auth: bool,
    pub auth: Option<session::AuthFact>,
    pub send: Option<Result<session::SendFact, String>>,
    pub admin: AdminFacts,
}

/// How the prerequisites were read.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AdminFacts {
    /// No admin access: the PowerShell to run instead.
    None,
    /// Admin access was asked for and could not be had.
    Refused(String),
    /// Read through Graph and the Exchange admin API: every answer.
    Read {
        source: String,
        graph: bool,
        exchange: bool,
        answers: Vec<crate::admin::HttpRecord>,
    },
}

/// The prerequisite steps: read with admin access, or `None` without it, or why not.
pub type PrereqOutcome = Result<Option<Vec<Step>>, String>;

async fn run_inner(
    settings: &Settings,
    plan: &Plan,
    observer: std::sync::Arc<dyn Observer>,
) -> Result<Diagnosis, DiagnoseError> {
    let p = prepare(settings, true)?;
    let timeline = Timeline::new(observer.clone());
    let (facts, prereqs, transcript, secrets) =
        Box::pin(gather(settings, plan, &p, &timeline, &*observer)).await;
    let mut d = judge(settings, plan, &facts, prereqs, transcript);
    d.timeline = timeline.events();
    d.facts = Some(facts);
    d.secrets = secrets;
    if let Credential::Secret(s) = &p.credential {
        d.secrets.push(s.clone());
    }
    Ok(d)
}

/// The first three characters of a secret credential: what Graph shows of it as `hint`.
pub fn secret_hint(credential: &Credential) -> Option<String> {
    match credential {
        Credential::Secret(s) => Some(
            secrecy::ExposeSecret::expose_secret(s)
                .chars()
                .take(3)
                .collect(),
        ),
        Credential::Certificate(_) | Credential::Federated(_) => None,
    }
}

/// The prerequisites through admin access, when the settings give it; with the tokens used.
/// Under `shared` the admin tokens (an admin app's, a device-code sign-in) are had once per run.
async fn admin_prereqs(
    settings: &Settings,
    trust: &Trust,
    subject: &super::prereqs::Subject,
    recording: &crate::admin::Transport,
    observer: &dyn Observer,
    shared: Option<&std::sync::Arc<crate::shared::Shared>>,
) -> Result<Option<(Vec<Step>, crate::admin::AdminTokens)>, String> {
    let ask = async {
        crate::checks::access::admin_tokens(settings, trust, &|t| observer.notice(t))
            .await
            .map_err(|e| e.to_string())
    };
    let tokens = match (
        shared,
        crate::checks::access::admin_tokens_key(settings, trust),
    ) {
        (Some(shared), Some(key)) => shared.once(&key, ask).await,
        _ => ask.await,
    };
    match tokens {
        Ok(Some(tokens)) => {
            let steps =
                super::prereqs::run(settings, trust, &tokens, subject, recording, shared).await;
            Ok(Some((steps, tokens)))
        }
        Ok(None) => Ok(None),
        Err(e) => Err(e),
    }
}

/// The certificate a credential is, as the prerequisites match it: SHA-1 thumbprint, end.
pub fn certificate_in_use(credential: &Credential) -> Option<(String, Option<SystemTime>)> {
    match credential {
        Credential::Certificate(c) => Some((c.thumbprint_sha1.clone(), c.not_after)),
        _ => None,
    }
}

/// The subject of the prerequisite checks, from the settings and what the token said.
pub fn subject_of(
    settings: &Settings,
    plan: &Plan,
    secret_hint: Option<String>,
) -> super::prereqs::Subject {
    super::prereqs::Subject {
        client_id: settings
            .client_id
            .as_ref()
            .map(|c| c.value.clone())
            .unwrap_or_default(),
        mailbox: settings
            .mailbox
            .as_ref()
            .map(|m| m.value.clone())
            .unwrap_or_default(),
        from: plan.from.clone(),
        secret_hint,
        secret_key_id: settings.secret_key_id.as_ref().map(|k| k.value.clone()),
        certificate: None,
        oid: None,
        tenant: settings
            .tenant
            .as_ref()
            .map_or_else(String::new, |t| t.value.as_str().to_string()),
    }
}

/// The network part of a diagnosis: the token, the SMTP session and the prerequisites
/// concurrently, then AUTH and the message. Writes no words.
async fn gather(
    settings: &Settings,
    plan: &Plan,
    p: &Prepared,
    timeline: &Timeline,
    observer: &dyn Observer,
) -> (Facts, PrereqOutcome, Transcript, Vec<SecretString>) {
    let mailbox = p.mailbox.clone().unwrap_or_default();
    let target = Target {
        host: settings.smtp_host.value.clone(),
        port: settings.smtp_port.value,
        timeout: settings.timeout.value,
        ehlo_name: ehlo_name(),
    };
    let mut subject = subject_of(settings, plan, secret_hint(&p.credential));
    subject.certificate = certificate_in_use(&p.credential);
    let recording = crate::admin::Transport::kept_if(plan.keep_answers);
    // With admin access the prerequisites need nothing from the token or the SMTP session (Graph
    // gives the object id), so they run in the first phase too.
    let admin_prereqs = admin_prereqs(
        settings,
        &p.trust,
        &subject,
        &recording,
        observer,
        plan.shared.as_ref(),
    );
    // AUTH goes as soon as the token and the session are ready, beside the prerequisites still
    // running: it needs nothing from them, and the verdict should not wait a round trip more.
    let smtp_side = async {
        let connect = connect_in_turn(&target, &p.trust, plan);
        let ((token, bearer), (connected, slot)) = tokio::join!(
            timeline.span("token", gather_token(settings, p, plan.shared.as_deref())),
            timeline.span("smtp.connect", connect),
        );
        let mut transcript = connected.transcript;
        let reached_auth = connected.session.is_some();
        let secrets: Vec<SecretString> = bearer.iter().cloned().collect();
        let session = connected.session.map(|s| (s, slot));
        let smtp_part = auth_and_send(session, bearer, &mailbox, plan, &mut transcript);
        let (auth, send) = timeline.span(CheckId::SMTP_AUTH.as_str(), smtp_part).await;
        (
            token,
            connected.phases,
            reached_auth,
            auth,
            send,
            transcript,
            secrets,
        )
    };
    let ((token, smtp, reached_auth, auth, send, transcript, mut secrets), admin) =
        tokio::join!(smtp_side, timeline.span("prereqs", admin_prereqs));
    let (admin_facts, prereqs) = admin_outcome(admin, recording.take_kept(), &mut secrets);
    let facts = Facts {
        // No client secret to expire: a certificate, or a federated token.
        certificate: matches!(
            p.credential,
            Credential::Certificate(_) | Credential::Federated(_)
        ),
        token,
        smtp,
        reached_auth,
        auth,
        send,
        admin: admin_facts,
    };
    (facts, prereqs, transcript, secrets)
}

/// What the prerequisites' run leaves: the admin facts (with the `answers` kept, when read) and
/// the steps; the admin tokens join the run's `secrets`.
fn admin_outcome(
    admin: Result<Option<(Vec<Step>, crate::admin::AdminTokens)>, String>,
    answers: Vec<crate::admin::HttpRecord>,
    secrets: &mut Vec<SecretString>,
) -> (AdminFacts, PrereqOutcome) {
    match admin {
        Ok(Some((steps, tokens))) => {
            secrets.extend(tokens.graph.iter().chain(tokens.exchange.iter()).cloned());
            (
                AdminFacts::Read {
                    source: tokens.source.clone(),
                    graph: tokens.graph.is_some(),
                    exchange: tokens.exchange.is_some(),
                    answers,
                },
                Ok(Some(steps)),
            )
        }
        Ok(None) => (AdminFacts::None, Ok(None)),
        Err(e) => (AdminFacts::Refused(e.clone()), Err(e)),
    }
}

/// The SMTP connection once the mailbox has a free session (the slot is held from the
/// connection to QUIT: the mailbox's share of Exchange's three).
async fn connect_in_turn(
    target: &Target,
    trust: &Trust,
    plan: &Plan,
) -> (
    session::Connected,
    Option<tokio::sync::OwnedSemaphorePermit>,
) {
    let slot = match &plan.smtp_slots {
        Some(slots) => slots.clone().acquire_owned().await.ok(),
        None => None,
    };
    (session::connect(target, trust).await, slot)
}

/// AUTH over the secured session with the token, then the message when one was asked for and
/// AUTH passed, then QUIT.
async fn auth_and_send(
    session: Option<(session::Secured, Option<tokio::sync::OwnedSemaphorePermit>)>,
    bearer: Option<SecretString>,
    mailbox: &str,
    plan: &Plan,
    transcript: &mut Transcript,
) -> (
    Option<session::AuthFact>,
    Option<Result<session::SendFact, String>>,
) {
    let (Some((mut secured, slot)), Some(token)) = (session, bearer) else {
        return (None, None);
    };
    let auth =
        session::authenticate(&mut secured, mailbox, &token, plan.auth_form, transcript).await;
    drop(token);
    let authenticated = matches!(&auth.outcome, Ok(r) if r.code == 235);
    let from = plan.from.clone().unwrap_or_else(|| mailbox.to_string());
    let send = if plan.to.is_empty() || !authenticated {
        None
    } else {
        Some(match build_message(&from, &plan.to, &plan.subject) {
            Ok(bytes) => Ok(session::send(&mut secured, &from, &plan.to, &bytes, transcript).await),
            Err(e) => Err(e),
        })
    };
    session::quit(secured, slot, transcript).await;
    (Some(auth), send)
}

/// The words of a diagnosis: every check from the facts, the 535 narrowed by the claims and the
/// prerequisites, RBAC for Applications recognised, and what AUTH proved. No network.
pub fn judge(
    settings: &Settings,
    plan: &Plan,
    facts: &Facts,
    prereqs: PrereqOutcome,
    transcript: Transcript,
) -> Diagnosis {
    let mailbox = settings
        .mailbox
        .as_ref()
        .map(|m| m.value.clone())
        .unwrap_or_default();
    let target = Target {
        host: settings.smtp_host.value.clone(),
        port: settings.smtp_port.value,
        timeout: settings.timeout.value,
        ehlo_name: String::new(),
    };
    let mut vars = vars_from_settings(settings);
    let mut steps = vec![secret_expiry_of(settings, facts.certificate)];
    let token = judge_token(settings, &facts.token);
    if let Some(oid) = &token.oid {
        vars.set("object_id", oid);
    }
    let claims_problem = token.claims_problem;
    let token_issued = facts
        .token
        .attempt
        .as_ref()
        .is_some_and(|a| a.outcome.is_ok());
    steps.extend(token.steps);
    steps.extend(smtp_steps(&target, &facts.smtp));
    if let Some(name) = covered_name(&facts.smtp, cloud_smtp_host(settings)) {
        vars.set("cert_name", name);
    }

    let from = plan.from.clone().unwrap_or_else(|| mailbox.clone());
    vars.set("from", &from);
    let mut subject = subject_of(settings, plan, None);
    subject.oid.clone_from(&token.oid);
    // Without admin access: the PowerShell to run, the object id taken from the token.
    let mut prereq_steps = match prereqs {
        Ok(Some(steps)) => steps,
        Ok(None) => super::prereqs::without_admin(&subject),
        Err(e) => super::prereqs::without_admin(&subject)
            .into_iter()
            .map(|st| st.said(Words::new("skip-could-not-check").text("why", e.clone())))
            .collect(),
    };
    steps.extend(auth_and_send_steps(plan, facts, token_issued));
    let mut claims_problem = claims_problem;
    let authenticated = steps
        .iter()
        .any(|st| st.id == CheckId::SMTP_AUTH && st.status == super::Status::Pass);
    if let Some(why) = rbac_evidence(&prereq_steps, authenticated)
        && recognise_rbac(&mut steps, why)
        && claims_problem == Some(ClassId::PERMISSION_NOT_GRANTED)
    {
        claims_problem = None;
    }
    if let Some(auth) = steps
        .iter_mut()
        .find(|st| st.id == CheckId::SMTP_AUTH && st.class == Some(ClassId::AUTH_REJECTED))
    {
        narrow_auth_rejected(auth, claims_problem, &prereq_steps);
    }
    if authenticated {
        proven_by_auth(&mut prereq_steps);
        accepted_audience(&mut steps);
    }
    steps.extend(prereq_steps);
    Diagnosis {
        steps,
        transcript,
        vars,
        timeline: Vec::new(),
        facts: None,
        secrets: Vec::new(),
    }
}

fn cloud_smtp_host(settings: &Settings) -> &'static str {
    settings.cloud.value.endpoints().smtp_host
}

/// A host name the SMTP server's certificate covers, for a fix that names one: a name from the
/// leaf's SANs (the cloud's SMTP host when a wildcard covers it), never the host that failed.
fn covered_name(phases: &[session::PhaseFact], cloud_host: &str) -> Option<String> {
    let chain = phases.iter().find_map(|p| match &p.outcome {
        Ok(session::Seen::Tls { chain, .. }) => Some(chain),
        Err(session::Fault::Tls { captured, .. }) => Some(&captured.chain),
        _ => None,
    })?;
    let names = crate::tls::cert_names(chain.first()?.as_ref())?.dns_names;
    let covers = |pattern: &str, host: &str| match pattern.strip_prefix("*.") {
        Some(suffix) => host
            .split_once('.')
            .is_some_and(|(_, rest)| rest.eq_ignore_ascii_case(suffix)),
        None => pattern.eq_ignore_ascii_case(host),
    };
    if names.iter().any(|n| covers(n, cloud_host)) {
        return Some(cloud_host.to_string());
    }
    names
        .into_iter()
        .find(|n| !n.starts_with('*') && n.parse::<std::net::IpAddr>().is_err())
}

/// The SMTP session's checks up to AUTH; a phase that did not run is skipped, naming the one
/// that failed.
fn smtp_steps(target: &Target, phases: &[session::PhaseFact]) -> Vec<Step> {
    let mut smtp_steps = super::smtp::phase_steps(target, phases);
    let failed = smtp_steps
        .iter()
        .find(|s| s.status == super::Status::Fail)
        .map(|s| s.id);
    for id in [
        CheckId::DNS,
        CheckId::TCP,
        CheckId::SMTP_GREETING,
        CheckId::SMTP_EHLO,
        CheckId::SMTP_STARTTLS,
        CheckId::TLS_CHAIN,
        CheckId::SMTP_XOAUTH2,
    ] {
        if !smtp_steps.iter().any(|s| s.id == id) {
            let reason = failed.map_or_else(
                || Words::new("skip-plain"),
                |f| Words::new("skip-check-failed").check_title("check", f.as_str()),
            );
            smtp_steps.push(Step::skip(id, title_of(id), String::new()).said(reason));
        }
    }
    smtp_steps
}

/// The `smtp.auth` and `smtp.send` checks.
fn auth_and_send_steps(plan: &Plan, facts: &Facts, token_issued: bool) -> Vec<Step> {
    let skip = |id: CheckId, reason: &'static str| {
        Step::skip(id, title_of(id), String::new()).said(Words::new(reason))
    };
    let Some(auth) = &facts.auth else {
        let reason = if !facts.reached_auth {
            "skip-no-auth-reached"
        } else if !token_issued {
            "skip-no-token"
        } else {
            "skip-plain"
        };
        return vec![
            skip(CheckId::SMTP_AUTH, reason),
            skip(CheckId::SMTP_SEND, reason),
        ];
    };
    let auth = super::smtp::auth_step(auth);
    let authenticated = auth.status == super::Status::Pass;
    let send = if plan.to.is_empty() {
        skip(CheckId::SMTP_SEND, "skip-not-sent")
    } else if !authenticated {
        skip(CheckId::SMTP_SEND, "skip-auth-failed")
    } else {
        match &facts.send {
            Some(Ok(fact)) => super::smtp::send_step(fact),
            Some(Err(e)) => Step::fail(
                CheckId::SMTP_SEND,
                title_of(CheckId::SMTP_SEND),
                Duration::ZERO,
                ClassId::PROTOCOL_ERROR,
                e.clone(),
                Map::new(),
            ),
            None => skip(CheckId::SMTP_SEND, "skipped"),
        }
    };
    vec![auth, send]
}

/// A token for another Exchange identifier is a warning until AUTH decides; Exchange accepted it.
fn accepted_audience(steps: &mut [Step]) {
    for st in steps.iter_mut().filter(|st| {
        st.id == CheckId::TOKEN_CLAIMS
            && st.status == super::Status::Warn
            && st.class == Some(ClassId::WRONG_AUDIENCE)
    }) {
        let aud = st
            .evidence
            .get("aud")
            .and_then(Value::as_str)
            .unwrap_or_default();
        st.status = super::Status::Pass;
        st.class = None;
        st.summary = format!(
            "the token is for {aud}, another name of Exchange Online, and Exchange accepted it for AUTH"
        );
    }
}

fn ehlo_name() -> String {
    std::env::var("HOSTNAME")
        .ok()
        .filter(|h| crate::settings::validate::is_dns_name(h))
        .unwrap_or_else(|| "smtp-oauth.localdomain".into())
}

pub fn secret_expiry(settings: &Settings, credential: &Credential) -> Step {
    secret_expiry_of(
        settings,
        matches!(
            credential,
            Credential::Certificate(_) | Credential::Federated(_)
        ),
    )
}

/// The `secret.expiry` check; `certificate`: the app uses a certificate, not a secret.
fn secret_expiry_of(settings: &Settings, certificate: bool) -> Step {
    let title = title_of(CheckId::SECRET_EXPIRY);
    if certificate {
        let what = if settings.federated_token_file.is_some() {
            "skip-federated-not-secret"
        } else {
            "skip-certificate-not-secret"
        };
        return Step::skip(CheckId::SECRET_EXPIRY, title, String::new()).said(Words::new(what));
    }
    let Some(expires) = &settings.secret_expires else {
        return Step::skip(CheckId::SECRET_EXPIRY, title, String::new())
            .said(Words::new("skip-no-expiry-date"));
    };
    let today = time::OffsetDateTime::now_utc().date();
    let days = (expires.value - today).whole_days();
    let ev: Map<String, Value> = [
        ("expires".to_string(), json!(expires.value.to_string())),
        ("days_left".into(), json!(days)),
    ]
    .into_iter()
    .collect();
    if days < 0 {
        Step::fail(
            CheckId::SECRET_EXPIRY,
            title,
            Duration::ZERO,
            ClassId::SECRET_EXPIRED,
            String::new(),
            ev,
        )
        .said(
            Words::new("summary-secret-expired")
                .text("date", expires.value.to_string())
                .number("days", -days),
        )
    } else if days <= 60 {
        let id = if days <= 30 {
            "summary-secret-expires-soon"
        } else {
            "summary-secret-expires"
        };
        Step::warn(
            CheckId::SECRET_EXPIRY,
            title,
            Duration::ZERO,
            ClassId::SECRET_EXPIRING,
            String::new(),
            ev,
        )
        .said(
            Words::new(id)
                .text("date", expires.value.to_string())
                .number("days", days),
        )
    } else {
        Step::pass_said(
            CheckId::SECRET_EXPIRY,
            title,
            None,
            crate::i18n::Words::new("summary-secret-expires")
                .text("date", expires.value.to_string())
                .number("days", days),
            ev,
        )
    }
}

/// A server's text as one summary line: its first line, at most `max` characters.
fn one_line(text: &str, max: usize) -> String {
    let first = text.lines().next().unwrap_or_default();
    if first.chars().count() <= max && first.len() == text.trim_end().len() {
        return first.to_string();
    }
    let cut: String = first.chars().take(max).collect();
    format!("{cut}… (the whole description is in the evidence)")
}

/// Entra ID's error as evidence (code, lookup link, Conditional Access policies, trace ids)
/// and the summary: Microsoft's description, once.
fn aadsts_evidence(e: &oauth::AadstsError, ev: &mut Map<String, Value>) -> String {
    ev.insert("http_status".into(), json!(e.status));
    ev.insert("error".into(), json!(e.error));
    if let Some(c) = e.code {
        ev.insert("aadsts".into(), json!(format!("AADSTS{c}")));
        ev.insert(
            "lookup".into(),
            json!(format!("https://login.microsoftonline.com/error?code={c}")),
        );
    }
    if let Some(s) = &e.suberror {
        ev.insert("suberror".into(), json!(s));
    }
    if !e.ca_policies.is_empty() {
        ev.insert("conditional_access_policies".into(), json!(e.ca_policies));
    }
    // Microsoft's description once: in the summary, or, when it is too long for one line, cut
    // there and whole (up to the output cap) in the evidence.
    let summary = one_line(&e.message, 400);
    if summary != e.message {
        ev.insert("description".into(), json!(e.message));
    }
    for (k, v) in [
        ("trace_id", &e.trace_id),
        ("correlation_id", &e.correlation_id),
        ("timestamp", &e.timestamp),
    ] {
        if let Some(v) = v {
            ev.insert(k.into(), json!(v));
        }
    }
    summary
}

/// The `token` and `token.claims` steps of an attempt, and the token itself when there is one.
fn token_steps(settings: &Settings, a: &oauth::TokenAttempt) -> (Step, Step, Option<SecretString>) {
    let mut ev = Map::new();
    ev.insert("endpoint".into(), json!(a.endpoint.as_str()));
    ev.insert("tries".into(), json!(a.tries));
    if let Some(p) = &a.proxy {
        ev.insert("proxy".into(), json!(p));
    }
    let title = title_of(CheckId::TOKEN);
    match &a.outcome {
        Err(failure) => {
            let summary = match failure {
                TokenFailure::Aadsts(e) => aadsts_evidence(e, &mut ev),
                TokenFailure::Http { status, .. } => {
                    ev.insert("http_status".into(), json!(status));
                    failure.detail()
                }
                TokenFailure::Network(e) => {
                    if matches!(e.fault, crate::net::RequestFault::Tls(_)) {
                        // The chain the login host presented (or the interceptor in its place).
                        ev.extend(crate::checks::smtp::chain_evidence(&a.tls.chain));
                    }
                    ev.extend(e.evidence().map(|(k, v)| (k.to_string(), v)));
                    failure.detail()
                }
                TokenFailure::ProxySetup(_) => failure.detail(),
            };
            let host = a.endpoint.host_str().unwrap_or_default();
            let mut step = Step::fail(
                CheckId::TOKEN,
                title,
                a.duration,
                crate::failures::classify::token_failure(failure, host, &a.tls),
                summary,
                ev,
            )
            .with_var("certs_target", "login");
            if let TokenFailure::Network(e) = failure {
                step.set_said(e.words());
            }
            (
                step,
                Step::skip(
                    CheckId::TOKEN_CLAIMS,
                    title_of(CheckId::TOKEN_CLAIMS),
                    String::new(),
                )
                .said(Words::new("skip-no-token")),
                None,
            )
        }
        Ok(success) => {
            let step = Step::pass_said(
                CheckId::TOKEN,
                title,
                Some(a.duration),
                crate::i18n::Words::new("summary-token-issued")
                    .number("minutes", success.expires_in / 60),
                ev,
            );
            let claims = judge_claims(settings, success, a.server_date, a.received_at);
            (step, claims, Some(success.token.clone()))
        }
    }
}

/// Audience, role, expiry and clock of a fresh token.
fn judge_claims(
    settings: &Settings,
    t: &oauth::TokenSuccess,
    server_date: Option<SystemTime>,
    received_at: SystemTime,
) -> Step {
    let claims = match &t.claims {
        Ok(c) => c,
        Err(e) => {
            return Step::warn(
                CheckId::TOKEN_CLAIMS,
                title_of(CheckId::TOKEN_CLAIMS),
                Duration::ZERO,
                ClassId::PROTOCOL_ERROR,
                String::new(),
                Map::new(),
            )
            .said(Words::new("summary-token-undecodable").text("why", e.to_string()));
        }
    };
    let mut step = super::claims::claims_step(
        claims,
        settings.cloud.value,
        settings.rbac_for_apps.value,
        received_at,
    );
    // A fresh token also tells the server's time: more than five minutes off is clock skew.
    if let (Some(date), super::Status::Pass) = (server_date, step.status) {
        let skew = match received_at.duration_since(date) {
            Ok(d) => d.as_secs().cast_signed(),
            Err(e) => -e.duration().as_secs().cast_signed(),
        };
        step.evidence.insert("clock_skew_s".into(), json!(skew));
        if skew.abs() > 300 {
            let dir = if skew > 0 { "ahead" } else { "behind" };
            return Step::fail(
                CheckId::TOKEN_CLAIMS,
                title_of(CheckId::TOKEN_CLAIMS),
                Duration::ZERO,
                ClassId::CLOCK_SKEW,
                String::new(),
                step.evidence,
            )
            .said(
                Words::new("summary-clock-skew")
                    .number("minutes", skew.abs() / 60)
                    .text("direction", dir),
            );
        }
    }
    step
}

/// What says the app uses RBAC for Applications: Exchange's role assignment for it, or Exchange
/// accepting AUTH without the role in the token.
fn rbac_evidence(prereq_steps: &[Step], authenticated: bool) -> Option<Words> {
    let assignment = prereq_steps
        .iter()
        .find_map(|st| st.evidence.get("rbac_role_assignment"))
        .and_then(Value::as_str);
    match (assignment, authenticated) {
        (Some(a), _) => Some(Words::new("rbac-has-assignment").text("assignment", a)),
        (None, true) => Some(Words::new("rbac-auth-accepted")),
        (None, false) => None,
    }
}

/// A token without the SMTP.SendAsApp role is how RBAC for Applications looks (Microsoft: no API
/// permission at all). When Exchange shows the role assignment, or accepts AUTH anyway, the
/// claims check that called the role missing is corrected. Returns whether it was.
fn recognise_rbac(steps: &mut [Step], why: Words) -> bool {
    let Some(st) = steps.iter_mut().find(|st| {
        st.id == CheckId::TOKEN_CLAIMS && st.class == Some(ClassId::PERMISSION_NOT_GRANTED)
    }) else {
        return false;
    };
    st.status = super::Status::Pass;
    st.class = None;
    st.set_said(Words::new("summary-token-rbac").said("why", why));
    st.evidence
        .insert("rbac_for_applications".into(), json!(true));
    true
}

/// Exchange just accepted AUTH for the mailbox: a prerequisite read that says one of AUTH's own
/// preconditions is missing contradicts what Exchange did, so it is never a failure. It stays a
/// warning with what was read, since the read may still matter (a mailbox found only by address).
fn proven_by_auth(prereqs: &mut [Step]) {
    for st in prereqs.iter_mut().filter(|st| {
        st.status == super::Status::Fail
            && st
                .class
                .is_some_and(crate::failures::classify::can_cause_auth_rejected)
    }) {
        st.status = super::Status::Warn;
        let words = Words::new("summary-but-auth-accepted").said("summary", st.summary_said());
        st.set_said(words);
    }
}

/// Exchange's 535 5.7.3 says nothing; the token's claims and the prerequisites narrow it.
fn narrow_auth_rejected(step: &mut Step, claims_problem: Option<ClassId>, prereqs: &[Step]) {
    // Only a finding that can itself produce a 535 narrows it: an expiring secret (a warning)
    // or a missing SendAs says nothing about why AUTH failed.
    let found = prereqs.iter().find(|p| {
        matches!(p.status, super::Status::Fail | super::Status::Warn)
            && p.class
                .is_some_and(crate::failures::classify::can_cause_auth_rejected)
    });
    let (points_to, words) = match (claims_problem, found) {
        (Some(class), _) => (
            class.to_string(),
            Words::new("narrowed-token-wrong").text("class", class.to_string()),
        ),
        (None, Some(p)) => (
            p.class.map(|c| c.to_string()).unwrap_or_default(),
            Words::new("narrowed-found-by")
                .said("summary", p.summary_said())
                .check_title("check", p.id.as_str()),
        ),
        (None, None) => (
            "exchange-prerequisites".to_string(),
            Words::new("narrowed-exchange-side"),
        ),
    };
    let text = words.in_lang(crate::i18n::Lang::En).unwrap_or_default();
    step.evidence.insert("points_to".into(), json!(points_to));
    step.evidence.insert("narrowed".into(), json!(text));
    step.narrowed = Some(words);
}

fn build_message(from: &str, to: &[String], subject: &str) -> Result<Vec<u8>, String> {
    use lettre::message::{Mailbox, header::ContentType};
    let from: Mailbox = from
        .parse()
        .map_err(|e| format!("the From address is not valid: {e}"))?;
    let host = ehlo_name();
    let mut builder = lettre::Message::builder()
        .from(from)
        .subject(subject)
        .date_now()
        .message_id(Some(format!("<{}@{host}>", crate::net::new_guid())))
        .header(ContentType::TEXT_PLAIN);
    for r in to {
        builder = builder.to(r
            .parse()
            .map_err(|e| format!("the recipient {r} is not valid: {e}"))?);
    }
    let body = format!(
        "This is a test message from smtp-oauth on {host}.\n\nIt was sent through Exchange Online SMTP with OAuth 2.0 client credentials (XOAUTH2).\nIf you can read it, the whole path works.\n"
    );
    builder
        .body(body)
        .map(|m| m.formatted())
        .map_err(|e| format!("the message cannot be built: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_prerequisite_auth_just_proved_is_never_a_failure() {
        let mut steps = vec![
            Step::fail(
                CheckId::PREREQ_MAILBOX,
                "Mailbox",
                Duration::ZERO,
                ClassId::MAILBOX_NOT_FOUND,
                "no user x in this tenant".into(),
                Map::new(),
            ),
            Step::fail(
                CheckId::PREREQ_SEND_AS,
                "SendAs",
                Duration::ZERO,
                ClassId::SEND_AS_DENIED,
                "no SendAs".into(),
                Map::new(),
            ),
        ];
        proven_by_auth(&mut steps);
        assert_eq!(steps[0].status, crate::report::Status::Warn);
        assert!(steps[0].summary.contains("Exchange accepted SMTP AUTH"));
        assert_eq!(
            steps[1].status,
            crate::report::Status::Fail,
            "SendAs is not proven by AUTH"
        );
    }
}
