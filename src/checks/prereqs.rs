//! The Exchange prerequisites behind the opaque `535 5.7.3`: the Enterprise application and its
//! object id, SMTP.SendAsApp with admin consent, credential expiry, Exchange's own service
//! principal (and whether it was registered with the right object id), the mailbox, FullAccess,
//! SendAs, the effective SMTP AUTH switch, and recent changes still propagating.
//!
//! With admin access each is read through Graph and the Exchange admin API; without it each is
//! skipped with the exact PowerShell to run, the values filled in.

use super::CheckId;
use crate::failures::ClassId;
use crate::i18n::Words;
use std::time::{Duration, Instant, SystemTime};

use serde_json::{Map, Value, json};

use super::{Step, title_of};
use crate::admin::ids::{EXO_APP_ID, SMTP_SEND_AS_APP_ROLE};
use crate::admin::{AdminError, AdminTokens, Exchange, Graph, Transport};
use crate::settings::Settings;
use crate::tls::Trust;

/// What the prerequisite checks are about.
pub struct Subject {
    pub client_id: String,
    pub mailbox: String,
    /// A From address other than the mailbox (SendAs is then checked).
    pub from: Option<String>,
    /// The first three characters of the secret in use (Graph shows them as `hint`).
    pub secret_hint: Option<String>,
    /// The secret's `keyId`, when the profile remembers it (`secret_key_id`): with the hint,
    /// it tells two secrets with the same first characters apart.
    pub secret_key_id: Option<String>,
    /// The certificate in use instead: its SHA-1 thumbprint (hex) and its end of validity.
    pub certificate: Option<(String, Option<SystemTime>)>,
    /// The Enterprise app's object id, when a token told us.
    pub oid: Option<String>,
    /// The tenant as the Exchange admin API path wants it.
    pub tenant: String,
}

pub const IDS: &[CheckId] = &[
    CheckId::PREREQ_ENTERPRISE_APP,
    CheckId::PREREQ_PERMISSION,
    CheckId::PREREQ_CREDENTIALS,
    CheckId::PREREQ_EXCHANGE_SP,
    CheckId::PREREQ_MAILBOX,
    CheckId::PREREQ_MAILBOX_PERMISSION,
    CheckId::PREREQ_SEND_AS,
    CheckId::PREREQ_SMTP_AUTH,
    CheckId::PREREQ_PROPAGATION,
];

use super::evidence as ev;

fn fail(
    id: CheckId,
    started: Instant,
    class: ClassId,
    summary: String,
    evidence: Map<String, Value>,
) -> Step {
    Step::fail(
        id,
        title_of(id),
        started.elapsed(),
        class,
        summary,
        evidence,
    )
}

/// The admin API refused or failed: the check could not run, and the reason names what to grant.
fn admin_refused(id: CheckId, why: Words) -> Step {
    skip_said(id, Words::new("skip-could-not-check").said("why", why))
}

/// A skip whose reason is a message.
fn skip_said(id: CheckId, words: Words) -> Step {
    Step::skip(id, title_of(id), String::new()).said(words)
}

/// A skip for a reason given as text (an admin API's error).
fn skipped(id: CheckId, why: &str) -> Step {
    skip_said(id, Words::new("skip-skipped").text("why", why))
}

/// A pass whose summary is a message (see [`Step::pass_said`]).
fn pass_said(
    id: CheckId,
    started: Instant,
    words: crate::i18n::Words,
    evidence: Map<String, Value>,
) -> Step {
    Step::pass_said(id, title_of(id), Some(started.elapsed()), words, evidence)
}

/// Without admin access: every check skipped, with the PowerShell that answers it.
pub fn without_admin(s: &Subject) -> Vec<Step> {
    let oid = s
        .oid
        .clone()
        .unwrap_or_else(|| "<enterprise-app-object-id>".into());
    let (client, mailbox) = (&s.client_id, &s.mailbox);
    let ps = |id: CheckId, commands: Vec<String>| {
        let said = commands.iter().map(|c| {
            c.strip_prefix("(none → ")
                .and_then(|r| r.strip_suffix(')'))
                .map_or_else(
                    || Words::new("verbatim").text("text", c.clone()),
                    |command| Words::new("powershell-if-none").text("command", command),
                )
        });
        let mut step = skip_said(
            id,
            Words::new("skip-no-admin")
                .said("commands", crate::i18n::joined("list-semicolon", said)),
        );
        step.evidence.insert("powershell".into(), json!(commands));
        step
    };
    let mut steps = vec![
        ps(
            CheckId::PREREQ_ENTERPRISE_APP,
            vec![format!(
                "Connect-MgGraph -Scopes Application.Read.All; Get-MgServicePrincipal -Filter \"appId eq '{client}'\" | fl Id,AppId,DisplayName"
            )],
        ),
        ps(
            CheckId::PREREQ_PERMISSION,
            vec![format!(
                "Get-MgServicePrincipalAppRoleAssignment -ServicePrincipalId {oid} | where AppRoleId -eq '{SMTP_SEND_AS_APP_ROLE}'"
            )],
        ),
        ps(
            CheckId::PREREQ_EXCHANGE_SP,
            vec![
                "Connect-ExchangeOnline".into(),
                format!("Get-ServicePrincipal -Identity {oid}"),
                format!("(none → New-ServicePrincipal -AppId {client} -ObjectId {oid})"),
            ],
        ),
        ps(
            CheckId::PREREQ_MAILBOX_PERMISSION,
            vec![
                format!("Get-MailboxPermission -Identity {mailbox} -User {oid}"),
                format!(
                    "(none → Add-MailboxPermission -Identity {mailbox} -User {oid} -AccessRights FullAccess)"
                ),
            ],
        ),
        ps(
            CheckId::PREREQ_SMTP_AUTH,
            vec![
                format!("Get-CASMailbox -Identity {mailbox} | fl SmtpClientAuthenticationDisabled"),
                "Get-TransportConfig | fl SmtpClientAuthenticationDisabled".into(),
            ],
        ),
    ];
    if let Some(from) = s.from.as_ref().filter(|f| !f.eq_ignore_ascii_case(mailbox)) {
        steps.push(ps(CheckId::PREREQ_SEND_AS, vec![format!("Get-RecipientPermission -Identity {from} -Trustee {oid}"), format!("(none → Add-RecipientPermission -Identity {from} -Trustee {oid} -AccessRights SendAs)")]));
    }
    steps
}

fn parse_time(v: &Value) -> Option<SystemTime> {
    let text = v.as_str()?;
    time::OffsetDateTime::parse(text, &time::format_description::well_known::Rfc3339)
        .ok()
        .map(Into::into)
}

fn str_of<'a>(row: &'a Map<String, Value>, key: &str) -> &'a str {
    field(row, &[key]).unwrap_or_default()
}

/// The first of `keys` the row has, looked up case-insensitively: PowerShell property names come
/// back in PascalCase over the admin API, but nothing promises the case, and some cmdlets name the
/// same thing `ObjectId`, `Identity` or `Id`. `None` when none is there: "could not tell".
fn field<'a>(row: &'a Map<String, Value>, keys: &[&str]) -> Option<&'a str> {
    keys.iter().find_map(|k| {
        row.iter()
            .find(|(name, _)| name.eq_ignore_ascii_case(k))
            .and_then(|(_, v)| v.as_str())
            .filter(|v| !v.is_empty())
    })
}

/// Every prerequisite, read with admin access. After the one lookup everything depends on (the
/// Enterprise app), all reads run concurrently: the whole costs about two round trips. With
/// `shared`, a read another profile of the run made with the same token is not made again.
pub async fn run(
    settings: &Settings,
    trust: &Trust,
    tokens: &AdminTokens,
    s: &Subject,
    transport: &Transport,
    shared: Option<&std::sync::Arc<crate::shared::Shared>>,
) -> Vec<Step> {
    let (graph, exchange) = clients(settings, trust, tokens, s, transport, shared);
    // The Enterprise app first: its object id is what Exchange must know.
    let started = Instant::now();
    let (mut steps, sp_found, app_missing) = enterprise_app(graph.as_ref(), s, started).await;
    let oid = sp_found
        .as_ref()
        .map(|(id, _)| id.clone())
        .or_else(|| s.oid.clone());
    let app_checks = app_steps(
        graph.as_ref().ok(),
        sp_found.as_ref(),
        app_missing,
        settings.rbac_for_apps.value,
        s,
        started,
    );
    let mailbox = mailbox_check(graph.as_ref().ok(), exchange.as_ref().ok(), &graph, s);
    let exchange_checks = async {
        match &exchange {
            // Without the app, what Exchange knows of its service principal says nothing: those
            // checks are skipped, not failed with classes of their own.
            Ok(x) if app_missing => (app_missing_steps(x, s).await, None),
            Ok(x) => exchange_steps(x, s, oid.as_deref()).await,
            Err(e) => (vec![skipped(CheckId::PREREQ_EXCHANGE_SP, e)], None),
        }
    };
    let ((app_steps, granted_at), mailbox_step, (exchange_steps, rbac)) =
        tokio::join!(app_checks, mailbox, exchange_checks);
    steps.extend(app_steps);
    steps.push(mailbox_step);
    steps.extend(exchange_steps);
    match rbac {
        Some(rbac) => apply_rbac(&mut steps, &rbac),
        // RBAC for Applications is configured, but Exchange has no assignment for the app.
        None if settings.rbac_for_apps.value && !app_missing && exchange.is_ok() => {
            no_rbac_assignment(&mut steps, s);
        }
        None => {}
    }

    steps.extend(propagation(&steps, granted_at));
    steps
}

/// The Enterprise app (service principal) of the app: its object id and name when found, a
/// failed or skipped check otherwise, and whether the app is missing from the tenant.
async fn enterprise_app(
    graph: Result<&Graph, &String>,
    s: &Subject,
    started: Instant,
) -> (Vec<Step>, Option<(String, Value)>, bool) {
    let id = CheckId::PREREQ_ENTERPRISE_APP;
    let g = match graph {
        Ok(g) => g,
        Err(e) => {
            return (vec![skipped(id, e)], None, false);
        }
    };
    let path = format!(
        "/servicePrincipals(appId='{}')?$select=id,appId,displayName,accountEnabled",
        s.client_id
    );
    match g.get(&path).await {
        Ok(Some(sp)) => {
            let object_id = sp["id"].as_str().unwrap_or_default().to_string();
            (
                Vec::new(),
                Some((object_id, sp["displayName"].clone())),
                false,
            )
        }
        Ok(None) => {
            let summary =
                Words::new("summary-no-enterprise-app").text("client_id", s.client_id.clone());
            let step = fail(
                id,
                started,
                ClassId::APP_NOT_FOUND,
                String::new(),
                Map::new(),
            )
            .said(summary);
            (vec![step], None, true)
        }
        Err(e) => (vec![admin_refused(id, e.words())], None, false),
    }
}

/// The Graph and Exchange admin clients the tokens allow, or why there is none.
fn clients(
    settings: &Settings,
    trust: &Trust,
    tokens: &AdminTokens,
    s: &Subject,
    transport: &Transport,
    shared: Option<&std::sync::Arc<crate::shared::Shared>>,
) -> (Result<Graph, String>, Result<Exchange, String>) {
    let graph = match &tokens.graph {
        Some(t) => Graph::new(
            &settings.network(),
            trust,
            &settings.graph_url.value,
            t.clone(),
        )
        .map(|g| {
            g.with_transport(transport.clone())
                .sharing(shared, &settings.network(), trust)
        })
        .map_err(|e| e.0),
        None => Err("no Graph token (SMTP_OAUTH_GRAPH_TOKEN)".into()),
    };
    let exchange = match &tokens.exchange {
        Some(t) => Exchange::new(
            &settings.network(),
            trust,
            &settings.exchange_url.value,
            t.clone(),
            &s.tenant,
        )
        .map(|x| {
            x.with_transport(transport.clone())
                .sharing(shared, &settings.network(), trust)
        })
        .map_err(|e| e.0),
        None => Err("no Exchange admin token (SMTP_OAUTH_EXCHANGE_TOKEN)".into()),
    };

    (graph, exchange)
}

/// The checks of the app itself once its Enterprise app is found: the Enterprise app's object
/// id, the credentials and the permission; and when the permission was granted.
async fn app_steps(
    graph: Option<&Graph>,
    sp_found: Option<&(String, Value)>,
    app_missing: bool,
    rbac_for_apps: bool,
    s: &Subject,
    started: Instant,
) -> (Vec<Step>, Option<SystemTime>) {
    let (Some(g), Some((id, name))) = (graph, sp_found) else {
        let skipped = [CheckId::PREREQ_PERMISSION, CheckId::PREREQ_CREDENTIALS]
            .into_iter()
            .filter(|_| app_missing)
            .map(|id| {
                skip_said(
                    id,
                    Words::new("skip-app-not-found").text("client_id", s.client_id.clone()),
                )
            })
            .collect();
        return (skipped, None);
    };
    let app_path = format!(
        "/applications(appId='{}')?$select=id,appId,displayName,passwordCredentials,keyCredentials,requiredResourceAccess",
        s.client_id
    );
    let (app, (permission, granted_at)) =
        tokio::join!(g.get(&app_path), permission_check(g, id, rbac_for_apps));
    let app = app.ok().flatten();
    let app_oid = app
        .as_ref()
        .and_then(|a| a["id"].as_str())
        .unwrap_or("(in another tenant)")
        .to_string();
    let enterprise = pass_said(
        CheckId::PREREQ_ENTERPRISE_APP,
        started,
        crate::i18n::Words::new("summary-enterprise-app")
            .text("oid", id.clone())
            .text("app_oid", app_oid.clone()),
        ev(&[
            ("enterprise_app_object_id", json!(id)),
            ("app_registration_object_id", json!(app_oid)),
            ("display_name", name.clone()),
        ]),
    );
    (
        vec![
            enterprise,
            credentials_check(app.as_ref(), in_use_of(s)),
            permission,
        ],
        granted_at,
    )
}

/// `prereq.propagation`: everything in place, but changed within the hour (Exchange may not
/// know yet). Nothing while a prerequisite fails.
fn propagation(steps: &[Step], granted_at: Option<SystemTime>) -> Option<Step> {
    // All in place, but changed within the hour: Exchange may not know yet.
    let started = Instant::now();
    // What changed: the grant, or a check (by its title, in the user's language).
    let mut recent: Vec<(Words, SystemTime)> = granted_at
        .map(|t| (Words::new("changed-grant"), t))
        .into_iter()
        .collect();
    recent.extend(steps.iter().filter_map(|st| {
        st.evidence.get("changed").and_then(parse_time).map(|t| {
            let what = Words::new("changed-check").check_title("check", st.id.as_str());
            (what, t)
        })
    }));
    let all_pass = steps.iter().all(|st| st.status != super::Status::Fail);
    let fresh: Vec<Words> = recent
        .into_iter()
        .filter_map(|(what, t)| {
            let age = t.elapsed().ok()?;
            (age < Duration::from_secs(3600)).then(|| {
                Words::new("changed-ago")
                    .said("what", what)
                    .number("minutes", age.as_secs() / 60)
            })
        })
        .collect();
    if all_pass && !fresh.is_empty() {
        let english: Vec<String> = fresh
            .iter()
            .filter_map(|w| w.in_lang(crate::i18n::Lang::En))
            .collect();
        let list = crate::i18n::joined("list-semicolon", fresh);
        Some(
            Step::warn(
                CheckId::PREREQ_PROPAGATION,
                title_of(CheckId::PREREQ_PROPAGATION),
                started.elapsed(),
                ClassId::PROPAGATION_PENDING,
                String::new(),
                ev(&[("recent", json!(english))]),
            )
            .said(Words::new("summary-propagation-pending").said("changes", list)),
        )
    } else if all_pass {
        Some(pass_said(
            CheckId::PREREQ_PROPAGATION,
            started,
            crate::i18n::Words::new("summary-propagated"),
            Map::new(),
        ))
    } else {
        None
    }
}

/// One of the app's credentials as Graph lists it.
#[derive(Clone, Debug)]
struct Credential {
    /// `secret <displayName>` or `certificate <thumbprint>`.
    name: String,
    key_id: String,
    /// The first three characters of a secret (Graph's `hint`); `None` for a certificate.
    hint: Option<String>,
    /// A certificate's SHA-1 thumbprint in upper-case hex, from its `customKeyIdentifier`.
    thumbprint: Option<String>,
    start: Option<SystemTime>,
    end: SystemTime,
}

/// A `customKeyIdentifier` as a SHA-1 thumbprint in upper-case hex. The portal puts the
/// thumbprint there; whether Graph v1.0 shows it as hex or as base64 of the 20 bytes is
/// UNCONFIRMED, so both are read.
fn thumbprint_of(text: &str) -> Option<String> {
    use base64::Engine as _;
    if text.len() == 40 && text.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Some(text.to_ascii_uppercase());
    }
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(text)
        .ok()?;
    (bytes.len() == 20).then(|| crate::tls::certinfo::hex(&bytes))
}

/// Which credential this client uses, as the app's list can show it.
#[derive(Clone, Copy)]
enum InUse<'a> {
    /// A secret, by its first three characters and, when remembered, its `keyId`.
    Secret(&'a str, Option<&'a str>),
    /// A certificate, by its SHA-1 thumbprint, with its end of validity.
    Certificate(&'a str, Option<SystemTime>),
    /// Not known (no credential could be loaded): the certificates are looked at.
    Unknown,
}

fn in_use_of(s: &Subject) -> InUse<'_> {
    match (&s.secret_hint, &s.certificate) {
        (Some(h), _) => InUse::Secret(h, s.secret_key_id.as_deref()),
        (None, Some((thumb, end))) => InUse::Certificate(thumb, *end),
        (None, None) => InUse::Unknown,
    }
}

/// Every credential of the app registration: its secrets, then its certificates.
fn credentials_of(app: &Value) -> Vec<Credential> {
    let mut creds = Vec::new();
    for p in app["passwordCredentials"].as_array().into_iter().flatten() {
        if let Some(end) = parse_time(&p["endDateTime"]) {
            creds.push(Credential {
                name: format!("secret {}", p["displayName"].as_str().unwrap_or(""))
                    .trim()
                    .to_string(),
                key_id: p["keyId"].as_str().unwrap_or_default().to_string(),
                hint: p["hint"].as_str().map(str::to_string),
                thumbprint: None,
                start: parse_time(&p["startDateTime"]),
                end,
            });
        }
    }
    for k in app["keyCredentials"].as_array().into_iter().flatten() {
        if let Some(end) = parse_time(&k["endDateTime"]) {
            creds.push(Credential {
                name: format!(
                    "certificate {}",
                    k["customKeyIdentifier"].as_str().unwrap_or("")
                )
                .trim()
                .to_string(),
                key_id: k["keyId"].as_str().unwrap_or_default().to_string(),
                hint: None,
                thumbprint: k["customKeyIdentifier"].as_str().and_then(thumbprint_of),
                start: parse_time(&k["startDateTime"]),
                end,
            });
        }
    }
    creds
}

/// What the app's credentials say about the one in use (the secret whose `hint` is that of
/// the configured one; without a hint, the certificate that ends first).
struct CredentialFacts {
    in_use: Credential,
    /// More than one secret has the hint: which one is in use cannot be told.
    same_hint: usize,
    /// A credential of the same kind, created after the one in use and ending later: rotated in
    /// Entra, not on this client.
    newer: Option<Credential>,
    /// Credentials that have not ended, the one in use included.
    valid: usize,
    /// Credentials past their end, still listed.
    expired: Vec<String>,
}

fn credential_facts(
    creds: &[Credential],
    in_use: InUse<'_>,
    now: SystemTime,
) -> Option<CredentialFacts> {
    let secret = matches!(in_use, InUse::Secret(..));
    let mut mine: Vec<&Credential> = creds
        .iter()
        .filter(|c| match in_use {
            InUse::Secret(h, _) => c.hint.as_deref() == Some(h),
            InUse::Certificate(thumb, _) => c.thumbprint.as_deref() == Some(thumb),
            InUse::Unknown => c.hint.is_none(),
        })
        .collect();
    // A remembered keyId picks one of the secrets with the hint (and is ignored when none of
    // them has it: the profile's record is then stale, the hint is what is known).
    if let InUse::Secret(_, Some(key_id)) = in_use
        && mine.iter().any(|c| c.key_id.eq_ignore_ascii_case(key_id))
    {
        mine.retain(|c| c.key_id.eq_ignore_ascii_case(key_id));
    }
    let in_use = (*mine.iter().min_by_key(|c| c.end)?).clone();
    let newer = creds
        .iter()
        .filter(|c| c.hint.is_some() == secret && c.key_id != in_use.key_id)
        .filter(|c| c.end > in_use.end && c.end > now)
        .filter(|c| match (c.start, in_use.start) {
            (Some(a), Some(b)) => a > b,
            _ => false,
        })
        .max_by_key(|c| c.end)
        .cloned();
    Some(CredentialFacts {
        same_hint: mine.len(),
        newer: newer.filter(|_| mine.len() == 1),
        valid: creds.iter().filter(|c| c.end > now).count(),
        expired: creds
            .iter()
            .filter(|c| c.end <= now)
            .map(|c| c.name.clone())
            .collect(),
        in_use,
    })
}

/// The credentials check when the app lists no credential like the one in use.
fn no_matching_credential(in_use: InUse<'_>, took: Duration) -> Step {
    let id = CheckId::PREREQ_CREDENTIALS;
    if let InUse::Certificate(thumb, _) = in_use {
        return Step::fail(
            id,
            title_of(id),
            took,
            ClassId::INVALID_CLIENT_ASSERTION,
            String::new(),
            ev(&[("thumbprint", json!(thumb))]),
        )
        .said(Words::new("summary-certificate-not-registered").text("thumbprint", thumb));
    }
    Step::fail(
        id,
        title_of(id),
        took,
        ClassId::INVALID_CLIENT_SECRET,
        String::new(),
        Map::new(),
    )
    .said(Words::new("summary-no-credential"))
}

/// The evidence of the credential in use, and what to add to its summary (a local
/// certificate that ends on another day than its registered key, expired credentials listed).
fn credential_evidence(
    f: &CredentialFacts,
    in_use: InUse<'_>,
    date: &str,
    days: i64,
) -> (Map<String, Value>, Words) {
    let date_of = |t: SystemTime| time::OffsetDateTime::from(t).date();
    let mut e = ev(&[
        ("credential", json!(f.in_use.name)),
        ("key_id", json!(f.in_use.key_id)),
        ("expires", json!(date)),
        ("days_left", json!(days)),
        ("valid_credentials", json!(f.valid)),
    ]);
    if f.same_hint > 1 {
        e.insert("secrets_with_this_hint".into(), json!(f.same_hint));
    }
    if !f.expired.is_empty() {
        e.insert("expired_still_listed".into(), json!(f.expired));
    }
    // The local certificate and the key registered from it should end together.
    let mut local_end = "none".to_string();
    if let InUse::Certificate(_, Some(local)) = in_use
        && date_of(local) != date_of(f.in_use.end)
    {
        local_end = date_of(local).to_string();
        e.insert("local_not_after".into(), json!(local_end));
    }
    let cleanup = Words::new("summary-credential-cleanup")
        .text("local", local_end)
        .number("expired", f.expired.len());
    (e, cleanup)
}

/// A credential's name in words: `secret NAME` or `certificate THUMBPRINT`, as Graph lists it.
fn credential_said(name: &str) -> Words {
    match name.split_once(' ') {
        Some(("secret", n)) => Words::new("credential-secret").text("name", n),
        Some(("certificate", t)) => Words::new("credential-certificate").text("thumbprint", t),
        _ => Words::new("verbatim").text("text", name),
    }
}

fn credentials_check(app: Option<&Value>, in_use: InUse<'_>) -> Step {
    let id = CheckId::PREREQ_CREDENTIALS;
    let started = Instant::now();
    let Some(app) = app else {
        return skip_said(id, Words::new("skip-app-not-readable"));
    };
    let now = SystemTime::now();
    let Some(f) = credential_facts(&credentials_of(app), in_use, now) else {
        return no_matching_credential(in_use, started.elapsed());
    };
    let date_of = |t: SystemTime| time::OffsetDateTime::from(t).date();
    let date = date_of(f.in_use.end).to_string();
    // Calendar days, as the secret-expiry check counts them: one date, one day count.
    let days = (date_of(f.in_use.end) - date_of(now)).whole_days();
    let (mut e, cleanup) = credential_evidence(&f, in_use, &date, days);
    let name = credential_said(&f.in_use.name);
    // The credential's name, end and clean-up notes, in the words of one of the summaries.
    let with_expiry = |id: &'static str| {
        Words::new(id)
            .said("name", name.clone())
            .text("date", date.clone())
            .number("days", days)
            .said("cleanup", cleanup.clone())
    };
    let warn = |class, e, words| {
        Step::warn(id, title_of(id), started.elapsed(), class, String::new(), e).said(words)
    };
    if f.in_use.end < now {
        let words = Words::new("summary-credential-expired")
            .said("name", name)
            .text("date", date);
        return Step::fail(
            id,
            title_of(id),
            started.elapsed(),
            ClassId::SECRET_EXPIRED,
            String::new(),
            e,
        )
        .said(words);
    }
    if let Some(newer) = &f.newer {
        let until = date_of(newer.end).to_string();
        e.insert("newer_credential".into(), json!(newer.name));
        e.insert("newer_key_id".into(), json!(newer.key_id));
        e.insert("newer_expires".into(), json!(until));
        let summary = with_expiry("summary-credential-rotated")
            .said("newer", credential_said(&newer.name))
            .text("until", until);
        return warn(ClassId::SECRET_ROTATED, e, summary);
    }
    if f.valid == 1 && days <= 30 {
        return warn(
            ClassId::SECRET_EXPIRING,
            e,
            with_expiry("summary-credential-only-one"),
        );
    }
    let expires = with_expiry("summary-credential-expires");
    if days <= 60 {
        warn(ClassId::SECRET_EXPIRING, e, expires)
    } else {
        Step::pass(id, title_of(id), Some(started.elapsed()), String::new(), e).said(expires)
    }
}

/// SMTP.SendAsApp on the Exchange resource: the resource lookup and the assignments concurrently.
/// Returns the check and when the grant was made.
async fn permission_check(g: &Graph, sp_id: &str, rbac: bool) -> (Step, Option<SystemTime>) {
    let started = Instant::now();
    let exo_path = format!("/servicePrincipals(appId='{EXO_APP_ID}')?$select=id,appId,displayName");
    let assignments_path = format!("/servicePrincipals/{sp_id}/appRoleAssignments");
    let (exo, assignments) = tokio::join!(g.get(&exo_path), g.get(&assignments_path));
    let exo = match exo {
        Ok(Some(v)) => v["id"].as_str().unwrap_or_default().to_string(),
        Ok(None) => {
            return (
                fail(
                    CheckId::PREREQ_PERMISSION,
                    started,
                    ClassId::EXCHANGE_RESOURCE_MISSING,
                    String::new(),
                    Map::new(),
                )
                .said(Words::new("summary-no-exchange-resource")),
                None,
            );
        }
        Err(e) => return (admin_refused(CheckId::PREREQ_PERMISSION, e.words()), None),
    };
    let assignments = match assignments {
        Ok(Some(v)) => v["value"].as_array().cloned().unwrap_or_default(),
        Ok(None) => Vec::new(),
        Err(e) => return (admin_refused(CheckId::PREREQ_PERMISSION, e.words()), None),
    };
    let granted = assignments
        .iter()
        .find(|a| a["appRoleId"] == SMTP_SEND_AS_APP_ROLE && a["resourceId"] == exo.as_str());
    match (granted, rbac) {
        (Some(a), _) => (
            pass_said(
                CheckId::PREREQ_PERMISSION,
                started,
                crate::i18n::Words::new("summary-permission-granted"),
                ev(&[("granted", a["createdDateTime"].clone())]),
            ),
            parse_time(&a["createdDateTime"]),
        ),
        (None, true) => (
            pass_said(
                CheckId::PREREQ_PERMISSION,
                started,
                Words::new("summary-no-permission-rbac"),
                Map::new(),
            ),
            None,
        ),
        (None, false) => (
            fail(
                CheckId::PREREQ_PERMISSION,
                started,
                ClassId::PERMISSION_NOT_GRANTED,
                String::new(),
                ev(&[("exchange_resource_id", json!(exo))]),
            )
            .said(Words::new("summary-permission-missing")),
            None,
        ),
    }
}

/// What Exchange knows: its service principal, FullAccess, SendAs and the SMTP AUTH switches, all
/// asked at once.
async fn exchange_steps(x: &Exchange, s: &Subject, oid: Option<&str>) -> (Vec<Step>, Option<Rbac>) {
    let oid = oid.unwrap_or_default();
    let (sp, full_access, send_as, smtp_auth, rbac) = tokio::join!(
        exchange_sp_check(x, s, oid),
        full_access_check(x, s, oid),
        send_as_check(x, s, oid),
        smtp_auth_check(x, s),
        rbac_check(x, s, oid)
    );
    let mut steps = vec![sp, full_access];
    steps.extend(send_as);
    steps.push(smtp_auth);
    (steps, rbac)
}

/// What Exchange says of the app's RBAC for Applications setup: its `Application SMTP.SendAsApp`
/// role assignment, and the check of the mailbox against the assignment's scope (which replaces
/// FullAccess, unless the mixed setup brings FullAccess back).
pub struct Rbac {
    pub assignment: String,
    pub scope: Option<String>,
    pub scope_step: Step,
}

async fn rbac_check(x: &Exchange, s: &Subject, oid: &str) -> Option<Rbac> {
    if oid.is_empty() {
        return None;
    }
    let rows = x
        .invoke("Get-ManagementRoleAssignment", json!({"RoleAssignee": oid}))
        .await
        .ok()?;
    let row = rows.iter().find(|r| {
        field(r, &["Role"])
            .is_some_and(|role| role.eq_ignore_ascii_case("Application SMTP.SendAsApp"))
    })?;
    let assignment = field(row, &["Name", "Identity"])
        .unwrap_or("(unnamed)")
        .to_string();
    let scope = field(row, &["CustomResourceScope"]).map(str::to_string);
    let scope_step = scope_check(x, s, oid, &assignment, scope.as_deref()).await;
    Some(Rbac {
        assignment,
        scope,
        scope_step,
    })
}

/// `Test-ServicePrincipalAuthorization -Identity <sp> -Resource <mailbox>`: is the mailbox in the
/// scope of the role assignment (`InScope`)?
async fn scope_check(
    x: &Exchange,
    s: &Subject,
    oid: &str,
    assignment: &str,
    scope: Option<&str>,
) -> Step {
    let started = Instant::now();
    let id = CheckId::PREREQ_MAILBOX_PERMISSION;
    let rows = match x
        .invoke(
            "Test-ServicePrincipalAuthorization",
            json!({"Identity": oid, "Resource": s.mailbox}),
        )
        .await
    {
        Ok(rows) => rows,
        Err(e) => return admin_refused(id, e.words()),
    };
    let smtp_rows: Vec<_> = rows
        .iter()
        .filter(|r| field(r, &["RoleName"]).is_some_and(|n| n.contains("SMTP.SendAsApp")))
        .collect();
    let in_scope = |r: &&Map<String, Value>| {
        r.iter()
            .find(|(k, _)| k.eq_ignore_ascii_case("InScope"))
            .and_then(|(_, v)| {
                v.as_bool()
                    .or_else(|| v.as_str().map(|t| t.eq_ignore_ascii_case("true")))
            })
    };
    let shown_scope = scope_said(scope);
    let e = ev(&[
        ("role_assignment", json!(assignment)),
        ("scope", json!(scope)),
    ]);
    match smtp_rows
        .iter()
        .map(in_scope)
        .collect::<Option<Vec<bool>>>()
    {
        Some(v) if v.iter().any(|b| *b) => pass_said(
            id,
            started,
            Words::new("summary-rbac-in-scope")
                .text("mailbox", s.mailbox.clone())
                .said("scope", shown_scope)
                .text("assignment", assignment),
            e,
        ),
        Some(v) if !v.is_empty() => fail(
            id,
            started,
            ClassId::MAILBOX_OUTSIDE_RBAC_SCOPE,
            String::new(),
            e,
        )
        .said(
            Words::new("summary-rbac-out-of-scope")
                .text("mailbox", s.mailbox.clone())
                .said("scope", shown_scope)
                .text("assignment", assignment),
        ),
        _ => skip_said(
            id,
            Words::new("skip-rbac-scope-unknown")
                .text("mailbox", s.mailbox.clone())
                .text("assignment", assignment),
        ),
    }
}

/// A management scope's name in words, or "the organisation" when the assignment has none.
fn scope_said(scope: Option<&str>) -> Words {
    match scope {
        Some(name) => Words::new("verbatim").text("text", name),
        None => Words::new("scope-organisation"),
    }
}

/// RBAC for Applications is the configured setup (`rbac-for-apps`), and Exchange has no
/// `Application SMTP.SendAsApp` assignment for the app: the permission is missing in both forms,
/// and FullAccess is not what this setup needs.
fn no_rbac_assignment(steps: &mut [Step], s: &Subject) {
    for st in steps.iter_mut() {
        if st.id == CheckId::PREREQ_PERMISSION
            && st.status == super::Status::Pass
            && !st.evidence.contains_key("granted")
        {
            *st = Step::fail(
                CheckId::PREREQ_PERMISSION,
                title_of(CheckId::PREREQ_PERMISSION),
                st.duration.unwrap_or_default(),
                ClassId::PERMISSION_NOT_GRANTED,
                String::new(),
                ev(&[("rbac_role_assignment", Value::Null)]),
            )
            .said(Words::new("summary-rbac-no-assignment").text("client_id", s.client_id.clone()));
        }
        if st.id == CheckId::PREREQ_MAILBOX_PERMISSION && st.status == super::Status::Fail {
            *st = skip_said(
                CheckId::PREREQ_MAILBOX_PERMISSION,
                Words::new("skip-rbac-no-full-access"),
            );
        }
    }
}

/// The RBAC for Applications setup, once both Graph and Exchange were read: with a role
/// assignment and no API permission the scope check replaces FullAccess and the missing API
/// permission is as it should be; with both, the mixed setup is named and FullAccess stays.
fn apply_rbac(steps: &mut [Step], rbac: &Rbac) {
    let granted = steps.iter().any(|st| {
        st.id == CheckId::PREREQ_PERMISSION
            && st.status == super::Status::Pass
            && st.evidence.contains_key("granted")
    });
    let scope = scope_said(rbac.scope.as_deref());
    let rbac_evidence = ev(&[
        ("rbac_role_assignment", json!(rbac.assignment)),
        ("scope", json!(rbac.scope)),
    ]);
    for st in steps
        .iter_mut()
        .filter(|st| st.id == CheckId::PREREQ_PERMISSION)
    {
        let mut evidence = st.evidence.clone();
        evidence.extend(rbac_evidence.clone());
        *st = if granted {
            Step::warn(
                CheckId::PREREQ_PERMISSION,
                title_of(CheckId::PREREQ_PERMISSION),
                st.duration.unwrap_or_default(),
                ClassId::RBAC_MIXED_PERMISSIONS,
                String::new(),
                evidence,
            )
            .said(Words::new("summary-rbac-mixed").text("assignment", rbac.assignment.clone()))
        } else {
            Step::pass(
                CheckId::PREREQ_PERMISSION,
                title_of(CheckId::PREREQ_PERMISSION),
                st.duration,
                String::new(),
                evidence,
            )
            .said(
                Words::new("summary-rbac-assignment")
                    .text("assignment", rbac.assignment.clone())
                    .said("scope", scope.clone()),
            )
        };
    }
    if !granted {
        for st in steps
            .iter_mut()
            .filter(|st| st.id == CheckId::PREREQ_MAILBOX_PERMISSION)
        {
            *st = rbac.scope_step.clone();
        }
    }
}

/// The user behind the mailbox address: Graph's `/users/{x}` resolves an id or a UPN only, so an
/// SMTP address that is not the UPN (common for service and shared mailboxes) is looked up by
/// `mail` and `proxyAddresses` (real-microsoft-shapes.md G2). `Ok(None)`: neither finds it.
async fn find_user(g: &Graph, mailbox: &str) -> Result<Option<(Value, &'static str)>, AdminError> {
    const SELECT: &str =
        "$select=id,userPrincipalName,mail,accountEnabled,userType,assignedLicenses";
    if let Some(u) = g.get(&format!("/users/{mailbox}?{SELECT}")).await? {
        return Ok(Some((u, "userPrincipalName")));
    }
    let quoted = mailbox.replace('\'', "''");
    let filter = format!("mail eq '{quoted}' or proxyAddresses/any(p:p eq 'smtp:{quoted}')");
    let query: String = form_urlencoded::Serializer::new(String::new())
        .append_pair("$filter", &filter)
        .append_pair("$count", "true")
        .finish();
    let found = g.get_advanced(&format!("/users?{query}&{SELECT}")).await?;
    Ok(found
        .and_then(|v| v["value"].as_array().and_then(|a| a.first().cloned()))
        .map(|u| (u, "mail")))
}

/// The `prereq.mailbox` check: the mailbox exists, and is usable for app-only SMTP. A shared
/// mailbox with sign-in blocked and no licence is Microsoft's recommended no-reply setup and
/// passes; a user mailbox that is blocked or unlicensed is a warning, not a "does not exist".
async fn mailbox_check(
    graph: Option<&Graph>,
    exchange: Option<&Exchange>,
    graph_error: &Result<Graph, String>,
    s: &Subject,
) -> Step {
    let started = Instant::now();
    let id = CheckId::PREREQ_MAILBOX;
    let Some(graph) = graph else {
        let why = graph_error.as_ref().err().cloned().unwrap_or_default();
        return skipped(id, &why);
    };
    let recipient = async {
        match exchange {
            Some(x) => Some(
                x.invoke("Get-Mailbox", json!({"Identity": s.mailbox}))
                    .await,
            ),
            None => None,
        }
    };
    let (user, recipient) = tokio::join!(find_user(graph, &s.mailbox), recipient);
    let user = match user {
        Ok(u) => u,
        Err(e) => return admin_refused(id, e.words()),
    };
    let kind = match &recipient {
        Some(Ok(rows)) => rows
            .first()
            .and_then(|r| field(r, &["RecipientTypeDetails"]))
            .map(str::to_string),
        _ => None,
    };
    let exchange_says_missing = matches!(&recipient, Some(Err(e))
        if crate::admin::not_found_object(&e.0).is_some_and(|o| o.eq_ignore_ascii_case(&s.mailbox)));
    let Some((u, found_by)) = user else {
        let summary = Words::new(if exchange_says_missing {
            "summary-no-user-or-mailbox"
        } else {
            "summary-no-user"
        })
        .text("mailbox", s.mailbox.clone());
        return fail(
            id,
            started,
            ClassId::MAILBOX_NOT_FOUND,
            String::new(),
            Map::new(),
        )
        .said(summary);
    };
    user_verdict(s, &u, found_by, kind.as_deref(), started)
}

/// The `prereq.mailbox` verdict on the user found: its recipient type, sign-in and licences.
fn user_verdict(
    s: &Subject,
    u: &Value,
    found_by: &str,
    kind: Option<&str>,
    started: Instant,
) -> Step {
    let id = CheckId::PREREQ_MAILBOX;
    let enabled = u["accountEnabled"].as_bool();
    // `assignedLicenses` is absent without User.Read.All: "could not tell", never "none".
    let licences = u["assignedLicenses"].as_array().map(Vec::len);
    let mut evidence = ev(&[
        ("id", u["id"].clone()),
        ("user_principal_name", u["userPrincipalName"].clone()),
        ("found_by", json!(found_by)),
        ("account_enabled", json!(enabled)),
        ("licences", json!(licences)),
    ]);
    if let Some(k) = kind {
        evidence.insert("recipient_type".into(), json!(k));
    }
    // The mailbox as found: by its UPN, or by an SMTP address (then its UPN is named).
    let mailbox = if found_by == "mail" {
        Words::new("mailbox-with-upn")
            .text("mailbox", s.mailbox.clone())
            .text(
                "upn",
                u["userPrincipalName"].as_str().unwrap_or("different"),
            )
    } else {
        Words::new("verbatim").text("text", s.mailbox.clone())
    };
    if kind == Some("SharedMailbox") {
        let words = Words::new("summary-mailbox-shared").said("mailbox", mailbox);
        return pass_said(id, started, words, evidence);
    }
    let problem = match (enabled, licences) {
        (Some(false), _) => Some("summary-mailbox-blocked"),
        (_, Some(0)) => Some("summary-mailbox-unlicensed"),
        _ => None,
    };
    match problem {
        Some(p) => Step::warn(
            id,
            title_of(id),
            started.elapsed(),
            ClassId::MAILBOX_NOT_FOUND,
            String::new(),
            evidence,
        )
        .said(Words::new(p).said("mailbox", mailbox)),
        None if licences.is_none() => pass_said(
            id,
            started,
            Words::new("summary-mailbox-licences-unread").said("mailbox", mailbox),
            evidence,
        ),
        None => pass_said(
            id,
            started,
            Words::new("summary-mailbox-ok").said("mailbox", mailbox),
            evidence,
        ),
    }
}

/// The Exchange checks when the tenant has no Enterprise application for the client id: the ones
/// about the app's service principal are skipped, SMTP AUTH is still read.
async fn app_missing_steps(x: &Exchange, s: &Subject) -> Vec<Step> {
    let reason = Words::new("skip-no-enterprise-app").text("client_id", s.client_id.clone());
    let mut steps: Vec<Step> = [
        CheckId::PREREQ_EXCHANGE_SP,
        CheckId::PREREQ_MAILBOX_PERMISSION,
    ]
    .into_iter()
    .chain(s.from.is_some().then_some(CheckId::PREREQ_SEND_AS))
    .map(|id| skip_said(id, reason.clone()))
    .collect();
    steps.push(smtp_auth_check(x, s).await);
    steps
}

async fn exchange_sp_check(x: &Exchange, s: &Subject, oid: &str) -> Step {
    let started = Instant::now();
    // One service principal by its AppId, not the whole list (paging through thousands of
    // service principals is unreliable over the admin API, real-microsoft-shapes.md X4).
    let rows = match x
        .invoke("Get-ServicePrincipal", json!({"Identity": s.client_id}))
        .await
    {
        Ok(rows) => rows,
        Err(e)
            if crate::admin::not_found_object(&e.0)
                .is_some_and(|o| o.eq_ignore_ascii_case(&s.client_id)) =>
        {
            Vec::new()
        }
        Err(e) => return admin_refused(CheckId::PREREQ_EXCHANGE_SP, e.words()),
    };
    let Some(r) = rows
        .iter()
        .find(|r| str_of(r, "AppId").eq_ignore_ascii_case(&s.client_id))
    else {
        return fail(
            CheckId::PREREQ_EXCHANGE_SP,
            started,
            ClassId::SERVICE_PRINCIPAL_MISSING,
            String::new(),
            Map::new(),
        )
        .said(Words::new("summary-sp-missing").text("client_id", s.client_id.clone()));
    };
    let Some(registered) = field(r, &["ObjectId", "Identity", "Id"]).map(str::to_string) else {
        return skip_said(
            CheckId::PREREQ_EXCHANGE_SP,
            Words::new("skip-sp-no-object-id").text("client_id", s.client_id.clone()),
        );
    };
    let changed = r.get("WhenChangedUTC").cloned().unwrap_or(Value::Null);
    let e = ev(&[
        ("registered_object_id", json!(registered)),
        ("enterprise_app_object_id", json!(oid)),
        ("changed", changed),
    ]);
    if oid.is_empty() {
        // Unverified is not wrong: no failure class (its fix would name a cause nobody saw).
        Step::warn_unclassified(
            CheckId::PREREQ_EXCHANGE_SP,
            title_of(CheckId::PREREQ_EXCHANGE_SP),
            started.elapsed(),
            String::new(),
            e,
        )
        .said(Words::new("summary-sp-unverified").text("registered", registered))
    } else if !registered.eq_ignore_ascii_case(oid) {
        fail(
            CheckId::PREREQ_EXCHANGE_SP,
            started,
            ClassId::SERVICE_PRINCIPAL_WRONG_OBJECT_ID,
            String::new(),
            e,
        )
        .said(
            Words::new("summary-sp-wrong-object-id")
                .text("registered", registered)
                .text("oid", oid),
        )
    } else {
        pass_said(
            CheckId::PREREQ_EXCHANGE_SP,
            started,
            crate::i18n::Words::new("summary-exchange-sp-registered")
                .text("oid", registered.clone()),
            e,
        )
    }
}

async fn full_access_check(x: &Exchange, s: &Subject, oid: &str) -> Step {
    let started = Instant::now();
    if oid.is_empty() {
        return skip_said(
            CheckId::PREREQ_MAILBOX_PERMISSION,
            Words::new("skip-object-id-unknown"),
        );
    }
    match x
        .invoke(
            "Get-MailboxPermission",
            json!({"Identity": s.mailbox, "User": oid}),
        )
        .await
    {
        Ok(rows) => {
            let full = rows.iter().any(|r| {
                r.get("AccessRights")
                    .is_some_and(|a| a.to_string().contains("FullAccess"))
                    && !r.get("Deny").and_then(Value::as_bool).unwrap_or(false)
            });
            if full {
                pass_said(
                    CheckId::PREREQ_MAILBOX_PERMISSION,
                    started,
                    crate::i18n::Words::new("summary-full-access")
                        .text("mailbox", s.mailbox.clone()),
                    Map::new(),
                )
            } else {
                fail(
                    CheckId::PREREQ_MAILBOX_PERMISSION,
                    started,
                    ClassId::MAILBOX_PERMISSION_MISSING,
                    String::new(),
                    Map::new(),
                )
                .said(
                    Words::new("summary-no-full-access")
                        .text("oid", oid)
                        .text("mailbox", s.mailbox.clone()),
                )
            }
        }
        // Exchange answers "couldn't be found" for any identity it cannot resolve: the quoted
        // object says which (real-microsoft-shapes.md X10).
        Err(e) => match crate::admin::not_found_object(&e.0) {
            Some(o) if o.eq_ignore_ascii_case(oid) => skip_said(
                CheckId::PREREQ_MAILBOX_PERMISSION,
                Words::new("skip-no-sp-for-oid")
                    .text("oid", oid)
                    .check_title("check", CheckId::PREREQ_EXCHANGE_SP.as_str()),
            ),
            Some(o) if o.eq_ignore_ascii_case(&s.mailbox) => fail(
                CheckId::PREREQ_MAILBOX_PERMISSION,
                started,
                ClassId::MAILBOX_NOT_FOUND,
                String::new(),
                Map::new(),
            )
            .said(
                Words::new("summary-exchange-no-mailbox")
                    .text("mailbox", s.mailbox.clone())
                    .text("reply", e.0.clone()),
            ),
            _ => admin_refused(CheckId::PREREQ_MAILBOX_PERMISSION, e.words()),
        },
    }
}

async fn send_as_check(x: &Exchange, s: &Subject, oid: &str) -> Option<Step> {
    let from = s
        .from
        .as_ref()
        .filter(|f| !f.eq_ignore_ascii_case(&s.mailbox) && !oid.is_empty())?;
    let started = Instant::now();
    Some(
        match x
            .invoke(
                "Get-RecipientPermission",
                json!({"Identity": from, "Trustee": oid}),
            )
            .await
        {
            Ok(rows)
                if rows.iter().any(|r| {
                    r.get("AccessRights")
                        .is_some_and(|a| a.to_string().contains("SendAs"))
                }) =>
            {
                pass_said(
                    CheckId::PREREQ_SEND_AS,
                    started,
                    Words::new("summary-send-as").text("from", from.clone()),
                    Map::new(),
                )
            }
            Ok(_) => fail(
                CheckId::PREREQ_SEND_AS,
                started,
                ClassId::SEND_AS_DENIED,
                String::new(),
                Map::new(),
            )
            .said(
                Words::new("summary-no-send-as")
                    .text("oid", oid)
                    .text("from", from.clone()),
            ),
            Err(e) => admin_refused(CheckId::PREREQ_SEND_AS, e.words()),
        },
    )
}

async fn smtp_auth_check(x: &Exchange, s: &Subject) -> Step {
    let started = Instant::now();
    let (cas, org) = tokio::join!(
        x.invoke("Get-CASMailbox", json!({"Identity": s.mailbox})),
        x.invoke("Get-TransportConfig", json!({}))
    );
    match (cas, org) {
        (Ok(cas), Ok(org)) => {
            // Keys looked up case-insensitively; the mailbox's value is tri-state (null: it
            // inherits). A value Exchange did not send is "could not tell", never "enabled".
            let value_of = |rows: &[Map<String, Value>]| {
                rows.first().and_then(|r| {
                    r.iter()
                        .find(|(k, _)| k.eq_ignore_ascii_case("SmtpClientAuthenticationDisabled"))
                        .map(|(_, v)| v.as_bool())
                })
            };
            let mailbox_value = value_of(&cas).flatten();
            let Some(org_value) = value_of(&org).flatten().or(mailbox_value.map(|_| false)) else {
                return skip_said(
                    CheckId::PREREQ_SMTP_AUTH,
                    Words::new("skip-smtp-auth-unknown"),
                );
            };
            let effective = mailbox_value.unwrap_or(org_value);
            let (enabled, disabled) = match mailbox_value {
                Some(_) => (
                    "summary-smtp-auth-enabled-mailbox",
                    "summary-smtp-auth-disabled-mailbox",
                ),
                None => (
                    "summary-smtp-auth-enabled-org",
                    "summary-smtp-auth-disabled-org",
                ),
            };
            let value = mailbox_value.unwrap_or(org_value).to_string();
            let enabled = Words::new(enabled).text("value", value.clone());
            let disabled = Words::new(disabled).text("value", value);
            let e = ev(&[
                ("mailbox", json!(mailbox_value)),
                ("organisation", json!(org_value)),
            ]);
            if effective {
                fail(
                    CheckId::PREREQ_SMTP_AUTH,
                    started,
                    ClassId::SMTP_AUTH_DISABLED,
                    String::new(),
                    e,
                )
                .said(disabled)
            } else {
                pass_said(CheckId::PREREQ_SMTP_AUTH, started, enabled, e)
            }
        }
        (Err(e), _) | (_, Err(e)) => admin_refused(CheckId::PREREQ_SMTP_AUTH, e.words()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secret(key: &str, hint: &str, start_days: i64, end_days: i64) -> Credential {
        let at = |d: i64| {
            let now = SystemTime::now();
            let span = std::time::Duration::from_secs(d.unsigned_abs() * 86_400);
            if d < 0 { now - span } else { now + span }
        };
        Credential {
            name: format!("secret {key}"),
            key_id: key.into(),
            hint: Some(hint.into()),
            thumbprint: None,
            start: Some(at(start_days)),
            end: at(end_days),
        }
    }

    #[test]
    fn the_secret_in_use_and_its_siblings() {
        let now = SystemTime::now();
        let old = secret("old", "Abc", -300, 40);
        let new = secret("new", "Xyz", -2, 700);
        let gone = secret("gone", "Qrs", -900, -60);
        let f = credential_facts(
            &[old.clone(), new.clone(), gone],
            InUse::Secret("Abc", None),
            now,
        )
        .unwrap();
        assert_eq!(f.in_use.key_id, "old");
        assert_eq!(f.newer.map(|c| c.key_id).as_deref(), Some("new"));
        assert_eq!((f.valid, f.expired.len()), (2, 1));
        // The newer one in use: nothing is newer than it.
        let f =
            credential_facts(&[old.clone(), new.clone()], InUse::Secret("Xyz", None), now).unwrap();
        assert!(f.newer.is_none());
        // Two secrets with one hint: which is in use cannot be told, so no "rotated" verdict.
        let twin = secret("twin", "Abc", -1, 800);
        let three = [old, twin, new];
        let f = credential_facts(&three, InUse::Secret("Abc", None), now).unwrap();
        assert_eq!(f.same_hint, 2);
        assert!(f.newer.is_none());
        // ... unless the profile remembers the keyId: then it is that one.
        let f = credential_facts(&three, InUse::Secret("Abc", Some("twin")), now).unwrap();
        assert_eq!((f.same_hint, f.in_use.key_id.as_str()), (1, "twin"));
        // A keyId none of them has is a stale record: the hint decides, as without it.
        let f = credential_facts(&three, InUse::Secret("Abc", Some("elsewhere")), now).unwrap();
        assert_eq!(f.same_hint, 2);
        // No secret with the hint of the one configured.
        assert!(
            credential_facts(
                &[secret("a", "Abc", -1, 1)],
                InUse::Secret("Zzz", None),
                now
            )
            .is_none()
        );
    }
}
