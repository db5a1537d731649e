//! The simulated Graph actions that change an app's credentials: `addPassword`,
//! `removePassword`, `addKey` and `removeKey` on `/applications/{id}` or
//! `/applications(appId='…')`, with Graph's permission rules and its proof of possession.
//!
//! Shapes (learn.microsoft.com, application-addpassword / -removepassword / -addkey /
//! -removekey): `addPassword` takes `{"passwordCredential": {displayName, endDateTime}}` and
//! answers 200 with the passwordCredential, `secretText` included (the only time it is shown);
//! `removePassword` takes `{"keyId"}` and answers 204. `addKey` takes `{keyCredential, proof}`
//! and answers 200 with the keyCredential; `removeKey` takes `{keyId, proof}` and answers 204.
//! The proof is a JWT signed with the key of one of the app's current certificates, `aud`
//! `00000002-0000-0000-c000-000000000000`, `iss` the application's object id, valid for at most
//! 10 minutes. Permissions: `Application.ReadWrite.All`, or `Application.ReadWrite.OwnedBy` for
//! an app the caller owns; delegated, `Application.ReadWrite.All` for an Application
//! Administrator or an owner; "an application does not need any specific permission to roll its
//! own keys".

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use serde_json::{Value, json};

use super::graph::graph_error;
use super::http::{HttpRequest, HttpResponse};
use super::jwt::guid;
use super::login::{SignedJwtProblem, verify_signed_by_app};
use super::tenant::{App, Secret, Tenant, certificate_key_id};
use super::{SimState, iso};

/// The audience of a proof of possession (Azure AD Graph's app id, as Microsoft documents it).
const PROOF_AUDIENCE: &str = "00000002-0000-0000-c000-000000000000";

#[derive(Clone, Copy, PartialEq, Eq)]
enum Action {
    AddPassword,
    RemovePassword,
    AddKey,
    RemoveKey,
}

/// A POST to Graph: one of the four credential actions, else 405 as for any other write.
pub fn handle(state: &SimState, claims: &Value, path: &str, req: &HttpRequest) -> HttpResponse {
    let Some((target, action)) = parse_path(path) else {
        return graph_error(
            405,
            "Request_BadRequest",
            "Specified HTTP method is not allowed for the request target.",
        );
    };
    let Ok(body) = serde_json::from_slice::<Value>(&req.body) else {
        return graph_error(
            400,
            "BadRequest",
            "Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.",
        );
    };
    let mut guard = state.tenant.lock().expect("tenant lock");
    let tenant: &mut Tenant = Arc::make_mut(&mut guard);
    let Some(app) = [&mut tenant.app, &mut tenant.admin_app]
        .into_iter()
        .find(|a| target.matches(a))
    else {
        return graph_error(
            404,
            "Request_ResourceNotFound",
            &format!(
                "Resource '{}' does not exist or one of its queried reference-property objects are not present.",
                target.id()
            ),
        );
    };
    if !may_change(claims, app, action) {
        return graph_error(
            403,
            "Authorization_RequestDenied",
            "Insufficient privileges to complete the operation.",
        );
    }
    if matches!(action, Action::AddKey | Action::RemoveKey)
        && let Err(refused) = check_proof(app, body["proof"].as_str().unwrap_or_default())
    {
        return refused;
    }
    match action {
        Action::AddPassword => add_password(app, &body),
        Action::RemovePassword => remove_password(app, &body),
        Action::AddKey => add_key(app, &body),
        Action::RemoveKey => remove_key(app, &body),
    }
}

enum Target<'a> {
    ObjectId(&'a str),
    AppId(&'a str),
}

impl Target<'_> {
    fn matches(&self, app: &App) -> bool {
        match self {
            Target::ObjectId(id) => app.app_object_id.eq_ignore_ascii_case(id),
            Target::AppId(id) => app.client_id.eq_ignore_ascii_case(id),
        }
    }

    fn id(&self) -> &str {
        match self {
            Target::ObjectId(id) | Target::AppId(id) => id,
        }
    }
}

fn parse_path(path: &str) -> Option<(Target<'_>, Action)> {
    let (object, verb) = path.rsplit_once('/')?;
    let action = match verb {
        "addPassword" => Action::AddPassword,
        "removePassword" => Action::RemovePassword,
        "addKey" => Action::AddKey,
        "removeKey" => Action::RemoveKey,
        _ => return None,
    };
    let target = if let Some(rest) = object.strip_prefix("/applications(appId='") {
        Target::AppId(rest.strip_suffix("')")?)
    } else {
        Target::ObjectId(object.strip_prefix("/applications/")?)
    };
    Some((target, action))
}

fn strings(v: &Value) -> Vec<&str> {
    match v {
        Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
        Value::String(s) => s.split_whitespace().collect(),
        _ => Vec::new(),
    }
}

/// Graph's permission rules for changing an app's credentials.
fn may_change(claims: &Value, app: &App, action: Action) -> bool {
    let roles = strings(&claims["roles"]);
    let scp = strings(&claims["scp"]);
    let wids = strings(&claims["wids"]);
    let oid = claims["oid"].as_str().unwrap_or_default();
    let owner = app.owners.iter().any(|o| o.eq_ignore_ascii_case(oid));
    let own_keys = matches!(action, Action::AddKey | Action::RemoveKey)
        && claims["appid"]
            .as_str()
            .is_some_and(|a| a.eq_ignore_ascii_case(&app.client_id));
    roles.contains(&"Application.ReadWrite.All")
        || (roles.contains(&"Application.ReadWrite.OwnedBy") && owner)
        || (scp.contains(&"Application.ReadWrite.All")
            && (owner
                || wids.contains(&super::APPLICATION_ADMINISTRATOR)
                // Cloud Application Administrator
                || wids.contains(&"158c047a-c907-4556-b7ef-446551a6b5f7")))
        || own_keys
}

fn parse_time(v: &Value) -> Option<SystemTime> {
    time::OffsetDateTime::parse(v.as_str()?, &time::format_description::well_known::Rfc3339)
        .ok()
        .map(SystemTime::from)
}

/// The shape of a Graph error whose exact text no public capture shows (UNCONFIRMED): 400
/// `Request_BadRequest` with a plain sentence.
fn bad_request(message: &str) -> HttpResponse {
    graph_error(400, "Request_BadRequest", message)
}

fn check_proof(app: &App, proof: &str) -> Result<(), HttpResponse> {
    // The wording of a refused proof is UNCONFIRMED (no public capture); the status and code
    // follow Graph's other validation errors.
    let refused = || bad_request("Proof of possession validation failed.");
    let claims = verify_signed_by_app(app, proof).map_err(|p| match p {
        SignedJwtProblem::Malformed | SignedJwtProblem::Signature => refused(),
    })?;
    let now = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let nbf = claims["nbf"].as_u64().unwrap_or(u64::MAX);
    let exp = claims["exp"].as_u64().unwrap_or(0);
    let fits = claims["aud"] == PROOF_AUDIENCE
        && claims["iss"]
            .as_str()
            .is_some_and(|i| i.eq_ignore_ascii_case(&app.app_object_id))
        && nbf <= now + 60
        && now <= exp
        && exp.saturating_sub(nbf) <= 600;
    if fits { Ok(()) } else { Err(refused()) }
}

fn add_password(app: &mut App, body: &Value) -> HttpResponse {
    let now = SystemTime::now();
    let p = &body["passwordCredential"];
    // Graph's default lifetime is two years.
    let end = parse_time(&p["endDateTime"]).unwrap_or(now + Duration::from_secs(86_400 * 730));
    if end <= now {
        return bad_request("Credential end date must be in the future.");
    }
    let secret = Secret {
        key_id: guid(),
        value: super::jwt::secret_value(),
        display_name: p["displayName"].as_str().unwrap_or_default().to_string(),
        start: now,
        end,
    };
    let answer = json!({
        "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#microsoft.graph.passwordCredential",
        "customKeyIdentifier": null, "displayName": secret.display_name, "endDateTime": iso(secret.end),
        "hint": secret.value.chars().take(3).collect::<String>(), "keyId": secret.key_id,
        "secretText": secret.value, "startDateTime": iso(secret.start),
    });
    app.secrets.push(secret);
    HttpResponse::json(200, &answer)
}

fn remove_password(app: &mut App, body: &Value) -> HttpResponse {
    let key_id = body["keyId"].as_str().unwrap_or_default();
    let before = app.secrets.len();
    app.secrets
        .retain(|s| !s.key_id.eq_ignore_ascii_case(key_id));
    if app.secrets.len() == before {
        return bad_request(&format!(
            "No password credential found with keyId '{key_id}'."
        ));
    }
    no_content()
}

fn no_content() -> HttpResponse {
    HttpResponse {
        status: 204,
        headers: Vec::new(),
        body: Vec::new(),
    }
}

fn add_key(app: &mut App, body: &Value) -> HttpResponse {
    use base64::Engine as _;
    let k = &body["keyCredential"];
    let der = k["key"]
        .as_str()
        .and_then(|b| base64::engine::general_purpose::STANDARD.decode(b).ok());
    let parsed = der
        .as_deref()
        .and_then(|d| x509_parser::parse_x509_certificate(d).ok());
    let (Some(der), Some((_, cert))) = (der.as_ref(), parsed) else {
        return bad_request("Invalid certificate: key value is invalid certificate");
    };
    if k["type"] != "AsymmetricX509Cert" || k["usage"] != "Verify" {
        return bad_request("Key credential type and usage must be AsymmetricX509Cert and Verify.");
    }
    if !cert.validity().is_valid() {
        return bad_request("Key credential end date is invalid.");
    }
    let entry = key_credential(der);
    app.certificates.push(der.clone());
    let mut answer = entry;
    answer["@odata.context"] =
        json!("https://graph.microsoft.com/v1.0/$metadata#microsoft.graph.keyCredential");
    HttpResponse::json(200, &answer)
}

fn remove_key(app: &mut App, body: &Value) -> HttpResponse {
    let key_id = body["keyId"].as_str().unwrap_or_default();
    let before = app.certificates.len();
    app.certificates
        .retain(|der| !certificate_key_id(der).eq_ignore_ascii_case(key_id));
    if app.certificates.len() == before {
        return bad_request(&format!("No key credential found with keyId '{key_id}'."));
    }
    no_content()
}

/// A registered certificate as Graph lists it (`keyCredentials[]`; `key` only with `$select`).
pub fn key_credential(der: &[u8]) -> Value {
    let thumb: String = ring::digest::digest(&ring::digest::SHA1_FOR_LEGACY_USE_ONLY, der)
        .as_ref()
        .iter()
        .map(|b| format!("{b:02X}"))
        .collect();
    let rfc = |t: x509_parser::time::ASN1Time| {
        t.to_datetime()
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap_or_default()
    };
    let (subject, start, end) = x509_parser::parse_x509_certificate(der).map_or_else(
        |_| (String::new(), String::new(), String::new()),
        |(_, c)| {
            (
                c.subject().to_string(),
                rfc(c.validity().not_before),
                rfc(c.validity().not_after),
            )
        },
    );
    json!({
        "customKeyIdentifier": thumb, "displayName": subject, "endDateTime": end,
        "key": null, "keyId": certificate_key_id(der), "startDateTime": start,
        "type": "AsymmetricX509Cert", "usage": "Verify",
    })
}
