//! The diagnosis: secret expiry; the token request concurrently with DNS → TCP → greeting → EHLO →
//! STARTTLS → TLS → EHLO; then AUTH with that token; then a message when recipients are given.
//! A dead host costs one timeout, and the whole run costs max(token, connect + TLS) + AUTH.

use super::CheckId;
use crate::failures::ClassId;
use std::time::{Duration, SystemTime};

use secrecy::SecretString;
use serde_json::{Map, Value, json};

use super::{Step, title_of};
use crate::failures::Vars;
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
}

impl Default for Plan {
    fn default() -> Self {
        Plan {
            to: Vec::new(),
            from: None,
            subject: "smtp-oauth test message".into(),
            auth_form: AuthForm::Continuation,
        }
    }
}

pub struct Diagnosis {
    pub steps: Vec<Step>,
    pub transcript: Transcript,
    pub vars: Vars,
    /// When each phase started and ended, in order (`token.start`, `smtp.end` …).
    pub timeline: Vec<(String, Duration)>,
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
    #[error("missing settings:\n{}", .0.join("\n"))]
    Missing(Vec<String>),
    #[error("{0}")]
    Credential(String),
    #[error("{0}")]
    Trust(String),
}

const MISSING_HELP: &[(&str, &str)] = &[
    (
        "tenant",
        "  tenant: --tenant or SMTP_OAUTH_TENANT (Entra admin center › Overview › Tenant ID)",
    ),
    (
        "client_id",
        "  client id: --client-id or SMTP_OAUTH_CLIENT_ID (App registrations › your app › Application (client) ID)",
    ),
    (
        "credential",
        "  client secret: SMTP_OAUTH_CLIENT_SECRET, --client-secret-file, --client-secret-stdin or `smtp-oauth config set-secret` (or a certificate with --client-cert)",
    ),
    (
        "mailbox",
        "  mailbox: --mailbox or SMTP_OAUTH_MAILBOX (the address to send as)",
    ),
];

fn load_credential(settings: &Settings) -> Result<Option<Credential>, DiagnoseError> {
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
        // where else a secret can come from.
        Ok(None) | Err(crate::settings::secret::SecretError::KeyringUnavailable(_)) => Ok(None),
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
    let missing: Vec<String> = MISSING_HELP
        .iter()
        .filter(|(k, _)| match *k {
            "tenant" => settings.tenant.is_none() && settings.token_endpoint.is_none(),
            "client_id" => settings.client_id.is_none(),
            "credential" => credential.is_none(),
            _ => need_mailbox && settings.mailbox.is_none(),
        })
        .map(|(_, help)| (*help).to_string())
        .collect();
    let (true, Some(endpoint), Some(client_id), Some(credential)) = (
        missing.is_empty(),
        settings.token_endpoint.as_ref(),
        settings.client_id.as_ref(),
        credential,
    ) else {
        return Err(DiagnoseError::Missing(missing));
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

/// Resolves a tenant domain (concurrently) and requests and judges a token.
pub async fn token_checks(settings: &Settings, p: &Prepared) -> TokenChecks {
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
        let name = tenant.value.as_str();
        Some(super::token::tenant_step(
            name,
            &oauth::discover_tenant(settings, &p.trust, name).await,
            settings.cloud.value,
        ))
    };
    let request = async {
        if let Credential::Secret(s) = &p.credential
            && looks_like_secret_id(s)
        {
            return None;
        }
        Some(
            oauth::request_token(settings, &p.trust, &p.endpoint, &p.client_id, &p.credential)
                .await,
        )
    };
    let (tenant_step, attempt) = tokio::join!(discovery, request);
    let mut steps: Vec<Step> = tenant_step.into_iter().collect();
    let Some(attempt) = attempt else {
        steps.push(Step::fail(
            CheckId::TOKEN,
            title_of(CheckId::TOKEN),
            Duration::ZERO,
            ClassId::SECRET_ID_NOT_VALUE,
            "the configured secret is a GUID: the secret's ID, not its value (not sent)".into(),
            Map::new(),
        ));
        steps.push(Step::skip(
            CheckId::TOKEN_CLAIMS,
            title_of(CheckId::TOKEN_CLAIMS),
            "skipped: no token".into(),
        ));
        return TokenChecks {
            steps,
            token: None,
            oid: None,
            claims_problem: None,
        };
    };
    let (token_step, claims_step, token) = token_steps(settings, &attempt);
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
        token,
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

async fn run_inner(
    settings: &Settings,
    plan: &Plan,
    observer: std::sync::Arc<dyn Observer>,
) -> Result<Diagnosis, DiagnoseError> {
    let p = prepare(settings, true)?;
    let mailbox = p.mailbox.clone().unwrap_or_default();
    let mut vars = vars_from_settings(settings);
    let mut steps = vec![secret_expiry(settings, &p.credential)];
    let target = Target {
        host: settings.smtp_host.value.clone(),
        port: settings.smtp_port.value,
        timeout: settings.timeout.value,
        ehlo_name: ehlo_name(),
    };
    let mut subject = super::prereqs::Subject {
        client_id: p.client_id.clone(),
        mailbox: mailbox.clone(),
        from: plan.from.clone(),
        secret_hint: match &p.credential {
            Credential::Secret(s) => Some(
                secrecy::ExposeSecret::expose_secret(s)
                    .chars()
                    .take(3)
                    .collect(),
            ),
            Credential::Certificate(_) => None,
        },
        oid: None,
        tenant: settings
            .tenant
            .as_ref()
            .map_or_else(String::new, |t| t.value.as_str().to_string()),
    };
    // With admin access the prerequisites need nothing from the token or the SMTP session (Graph
    // gives the object id), so they run in the first phase too.
    let admin_prereqs = async {
        match crate::admin::tokens(settings, &p.trust, &|t| observer.notice(t)).await {
            Ok(Some(tokens)) => Ok(Some(
                super::prereqs::run(settings, &p.trust, &tokens, &subject).await,
            )),
            Ok(None) => Ok(None),
            Err(e) => Err(e),
        }
    };
    let timeline = Timeline::new(observer.clone());
    let (token, connected, admin) = tokio::join!(
        timeline.span("token", token_checks(settings, &p)),
        timeline.span("smtp.connect", session::connect(&target, &p.trust)),
        timeline.span("prereqs", admin_prereqs)
    );
    if let Some(oid) = &token.oid {
        vars.set("object_id", oid);
    }
    let token_oid = token.oid.clone();
    let claims_problem = token.claims_problem;
    let bearer = token.token;
    steps.extend(token.steps);

    // The SMTP session up to AUTH.
    let mut transcript = connected.transcript;
    let mut smtp_steps = super::smtp::phase_steps(&target, &connected.phases);
    let failed = smtp_steps
        .iter()
        .find(|s| s.status == super::Status::Fail)
        .map(|s| s.title.clone());
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
            let reason = failed
                .as_ref()
                .map_or_else(|| "skipped".to_string(), |f| format!("skipped: {f} failed"));
            smtp_steps.push(Step::skip(id, title_of(id), reason));
        }
    }
    steps.extend(smtp_steps);

    let from = plan.from.clone().unwrap_or_else(|| mailbox.clone());
    vars.set("from", &from);
    subject.oid = token_oid;
    // Without admin access: the PowerShell to run, the object id taken from the token.
    let mut prereq_steps = match admin {
        Ok(Some(steps)) => steps,
        Ok(None) => super::prereqs::without_admin(&subject),
        Err(e) => super::prereqs::without_admin(&subject)
            .into_iter()
            .map(|mut st| {
                st.summary = format!("could not check: {e}");
                st
            })
            .collect(),
    };
    let smtp_part = async {
        let mut out = Vec::new();
        let transcript = &mut transcript;
        match (connected.session, bearer) {
            (Some(mut secured), Some(token)) => {
                let auth = super::smtp::auth_step(
                    &session::authenticate(
                        &mut secured,
                        &mailbox,
                        &token,
                        plan.auth_form,
                        transcript,
                    )
                    .await,
                );
                drop(token);
                let authenticated = auth.status == super::Status::Pass;
                out.push(auth);
                if plan.to.is_empty() {
                    out.push(Step::skip(
                        CheckId::SMTP_SEND,
                        title_of(CheckId::SMTP_SEND),
                        "not sent: give --to ADDRESS to send a test message".into(),
                    ));
                } else if authenticated {
                    let message = build_message(&from, &plan.to, &plan.subject);
                    match message {
                        Ok(bytes) => out.push(super::smtp::send_step(
                            &session::send(&mut secured, &from, &plan.to, &bytes, transcript).await,
                        )),
                        Err(e) => out.push(Step::fail(
                            CheckId::SMTP_SEND,
                            title_of(CheckId::SMTP_SEND),
                            Duration::ZERO,
                            ClassId::PROTOCOL_ERROR,
                            e,
                            Map::new(),
                        )),
                    }
                } else {
                    out.push(Step::skip(
                        CheckId::SMTP_SEND,
                        title_of(CheckId::SMTP_SEND),
                        "skipped: AUTH failed".into(),
                    ));
                }
                session::quit(&mut secured, transcript).await;
            }
            (secured, token) => {
                let reason = if secured.is_none() {
                    "skipped: the SMTP session did not get to AUTH"
                } else {
                    "skipped: no token"
                };
                drop(token);
                out.push(Step::skip(
                    CheckId::SMTP_AUTH,
                    title_of(CheckId::SMTP_AUTH),
                    reason.into(),
                ));
                out.push(Step::skip(
                    CheckId::SMTP_SEND,
                    title_of(CheckId::SMTP_SEND),
                    reason.into(),
                ));
            }
        }
        out
    };
    let smtp_out = timeline.span(CheckId::SMTP_AUTH.as_str(), smtp_part).await;
    steps.extend(smtp_out);
    let mut claims_problem = claims_problem;
    let rbac_assignment = prereq_steps
        .iter()
        .find_map(|st| st.evidence.get("rbac_role_assignment"))
        .and_then(Value::as_str)
        .map(str::to_string);
    let authenticated = steps
        .iter()
        .any(|st| st.id == CheckId::SMTP_AUTH && st.status == super::Status::Pass);
    let rbac_why = match (&rbac_assignment, authenticated) {
        (Some(a), _) => Some(format!("Exchange has the role assignment {a}")),
        (None, true) => Some("Exchange accepted AUTH without it".to_string()),
        (None, false) => None,
    };
    if let Some(why) = rbac_why
        && recognise_rbac(&mut steps, &why)
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
    steps.extend(prereq_steps);
    Ok(Diagnosis {
        steps,
        transcript,
        vars,
        timeline: timeline.events(),
    })
}

fn ehlo_name() -> String {
    std::env::var("HOSTNAME")
        .ok()
        .filter(|h| crate::settings::validate::is_dns_name(h))
        .unwrap_or_else(|| "smtp-oauth.localdomain".into())
}

pub fn secret_expiry(settings: &Settings, credential: &Credential) -> Step {
    let title = title_of(CheckId::SECRET_EXPIRY);
    if matches!(credential, Credential::Certificate(_)) {
        return Step::skip(
            CheckId::SECRET_EXPIRY,
            title,
            "a certificate is used, not a secret".into(),
        );
    }
    let Some(expires) = &settings.secret_expires else {
        return Step::skip(CheckId::SECRET_EXPIRY, title, "no expiry date known: set secret-expires (App registrations › Certificates & secrets › Expires)".into());
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
            format!("expired on {} ({} days ago)", expires.value, -days),
            ev,
        )
    } else if days <= 60 {
        let urgency = if days <= 30 { "soon: " } else { "" };
        Step::warn(
            CheckId::SECRET_EXPIRY,
            title,
            Duration::ZERO,
            ClassId::SECRET_EXPIRING,
            format!("expires {urgency}on {} (in {days} days)", expires.value),
            ev,
        )
    } else {
        Step::pass(
            CheckId::SECRET_EXPIRY,
            title,
            None,
            format!("expires on {} (in {days} days)", expires.value),
            ev,
        )
    }
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
                TokenFailure::Aadsts(e) => {
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
                    ev.insert("description".into(), json!(e.message));
                    for (k, v) in [
                        ("trace_id", &e.trace_id),
                        ("correlation_id", &e.correlation_id),
                        ("timestamp", &e.timestamp),
                    ] {
                        if let Some(v) = v {
                            ev.insert(k.into(), json!(v));
                        }
                    }
                    e.message.clone()
                }
                TokenFailure::Http { status, .. } => {
                    ev.insert("http_status".into(), json!(status));
                    failure.detail()
                }
                TokenFailure::ProxySetup(_) | TokenFailure::Network(_) => failure.detail(),
            };
            let host = a.endpoint.host_str().unwrap_or_default();
            let step = Step::fail(
                CheckId::TOKEN,
                title,
                a.duration,
                crate::failures::classify::token_failure(failure, host, &a.tls),
                summary,
                ev,
            );
            (
                step,
                Step::skip(
                    CheckId::TOKEN_CLAIMS,
                    title_of(CheckId::TOKEN_CLAIMS),
                    "skipped: no token".into(),
                ),
                None,
            )
        }
        Ok(success) => {
            let step = Step::pass(
                CheckId::TOKEN,
                title,
                Some(a.duration),
                format!("token issued, valid for {} min", success.expires_in / 60),
                ev,
            );
            let claims = judge_claims(settings, success, a.server_date);
            (step, claims, Some(success.token.clone()))
        }
    }
}

/// Audience, role, expiry and clock of a fresh token.
fn judge_claims(
    settings: &Settings,
    t: &oauth::TokenSuccess,
    server_date: Option<SystemTime>,
) -> Step {
    let claims = match &t.claims {
        Ok(c) => c,
        Err(e) => {
            return Step::warn(
                CheckId::TOKEN_CLAIMS,
                title_of(CheckId::TOKEN_CLAIMS),
                Duration::ZERO,
                ClassId::PROTOCOL_ERROR,
                format!("the token cannot be decoded: {e}"),
                Map::new(),
            );
        }
    };
    let mut step =
        super::claims::claims_step(claims, settings.cloud.value, settings.rbac_for_apps.value);
    // A fresh token also tells the server's time: more than five minutes off is clock skew.
    if let (Some(date), super::Status::Pass) = (server_date, step.status) {
        let skew = match SystemTime::now().duration_since(date) {
            Ok(d) => d.as_secs().cast_signed(),
            Err(e) => -e.duration().as_secs().cast_signed(),
        };
        step.evidence.insert("clock_skew_s".into(), json!(skew));
        if skew.abs() > 300 {
            let dir = if skew > 0 { "ahead of" } else { "behind" };
            return Step::fail(
                CheckId::TOKEN_CLAIMS,
                title_of(CheckId::TOKEN_CLAIMS),
                Duration::ZERO,
                ClassId::CLOCK_SKEW,
                format!(
                    "this machine's clock is {} min {dir} the token server's",
                    skew.abs() / 60
                ),
                step.evidence,
            );
        }
    }
    step
}

/// A token without the SMTP.SendAsApp role is how RBAC for Applications looks (Microsoft: no API
/// permission at all). When Exchange shows the role assignment, or accepts AUTH anyway, the
/// claims check that called the role missing is corrected. Returns whether it was.
fn recognise_rbac(steps: &mut [Step], why: &str) -> bool {
    let Some(st) = steps.iter_mut().find(|st| {
        st.id == CheckId::TOKEN_CLAIMS && st.class == Some(ClassId::PERMISSION_NOT_GRANTED)
    }) else {
        return false;
    };
    st.status = super::Status::Pass;
    st.class = None;
    st.summary = format!("an app-only token without roles: RBAC for Applications ({why})");
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
        st.summary = format!(
            "{} — but Exchange accepted SMTP AUTH for the mailbox in this run, so this does not stop sending",
            st.summary
        );
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
    let (points_to, text) = match (claims_problem, found) {
        (Some(class), _) => (class.to_string(), format!("the token itself is wrong: see {class} above")),
        (None, Some(p)) => (p.class.map(|c| c.to_string()).unwrap_or_default(), format!("the prerequisite checks found it: {} ({})", p.summary, p.title)),
        (None, None) => (
            "exchange-prerequisites".to_string(),
            "the token is right (audience, role): the likely cause is on the Exchange side — the service principal (New-ServicePrincipal with the Enterprise app's object id), FullAccess on the mailbox, or a change that has not propagated; `smtp-oauth prereqs` with admin access tells which".to_string(),
        ),
    };
    step.evidence.insert("points_to".into(), json!(points_to));
    step.evidence.insert("narrowed".into(), json!(text));
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
