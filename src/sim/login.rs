//! The simulated Entra ID login host: the v2.0 token endpoint (client credentials with a secret or
//! a certificate assertion, and the device-code grant), OpenID discovery and the device-code
//! endpoint. Answers with Microsoft's JSON, AADSTS texts, HTTP statuses and headers
//! (`microsoft-wire-facts.md` §1, §6); decisions come from the tenant model.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::{Value, json};

use super::SimState;
use super::http::{HttpRequest, HttpResponse};
use super::jwt::{guid, opaque};
use super::tenant::{App, EXO_APP_ID, GRAPH_APP_ID, Tenant};

/// Public clients the admin sign-in uses (§6): Microsoft Graph Command Line Tools and the
/// Exchange REST API based PowerShell.
pub const GRAPH_CLI_CLIENT_ID: &str = "14d82eec-204b-4c2f-b7e8-296a70dab67e";
pub const EXO_POWERSHELL_CLIENT_ID: &str = "fb78d390-0c51-40cd-8e17-fdbfab77341b";

pub fn handle(state: &SimState, req: &HttpRequest) -> HttpResponse {
    if state.faults.echo_requests {
        return echo(req);
    }
    let path = req.path.trim_start_matches('/');
    let segments: Vec<String> = path.split('/').map(percent_decode).collect();
    let segs: Vec<&str> = segments.iter().map(String::as_str).collect();
    let response = match (req.method.as_str(), segs.as_slice()) {
        ("POST", [tenant, "oauth2", "v2.0", "token"]) => token(state, tenant, req),
        ("POST", [tenant, "oauth2", "v2.0", "devicecode"]) => device_code(state, tenant, req),
        ("GET", [tenant, "v2.0", ".well-known", "openid-configuration"]) => {
            discovery(state, tenant, req)
        }
        _ => HttpResponse {
            status: 404,
            headers: vec![("Content-Type".into(), "text/html".into())],
            body: b"<html><body>Not found</body></html>".to_vec(),
        },
    };
    with_ms_headers(state, response)
}

/// A form-encoded request body.
struct Form(Vec<(String, String)>);

impl Form {
    fn get(&self, key: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

fn percent_decode(s: &str) -> String {
    form_urlencoded::parse(format!("x={}", s.replace('+', "%2B")).as_bytes())
        .next()
        .map_or_else(|| s.to_string(), |(_, v)| v.into_owned())
}

/// The headers every ESTS answer carries (§1.4), and the Date header (skewed under clock-skew).
fn with_ms_headers(state: &SimState, r: HttpResponse) -> HttpResponse {
    let skew = state.faults.clock_offset_secs;
    let now = SystemTime::now();
    let date = if skew >= 0 {
        now + Duration::from_secs(skew.unsigned_abs())
    } else {
        now - Duration::from_secs(skew.unsigned_abs())
    };
    r.header("Cache-Control", "no-store, no-cache")
        .header("Pragma", "no-cache")
        .header("Expires", "-1")
        .header(
            "Strict-Transport-Security",
            "max-age=31536000; includeSubDomains",
        )
        .header("X-Content-Type-Options", "nosniff")
        .header("P3P", "CP=\"DSP CUR OTPi IND OTRi ONL FIN\"")
        .header("x-ms-request-id", guid())
        .header("x-ms-ests-server", "2.1.11774.11 - EUS ProdSlices")
        .header("Date", http_date(date))
}

pub fn http_date(t: SystemTime) -> String {
    let dt = time::OffsetDateTime::from(t);
    let f = time::macros::format_description!(
        "[weekday repr:short], [day] [month repr:short] [year] [hour]:[minute]:[second] GMT"
    );
    dt.format(&f).unwrap_or_default()
}

fn ests_timestamp() -> String {
    let f = time::macros::format_description!("[year]-[month]-[day] [hour]:[minute]:[second]Z");
    time::OffsetDateTime::now_utc()
        .format(&f)
        .unwrap_or_default()
}

/// The id of the simulated tenant's Conditional Access policy that blocks the app.
const CA_POLICY_ID: &str = "9c2e4a6b-8d0f-4b13-a5c7-e9f1b3d5a7c2";

/// An AADSTS error in Microsoft's shape (§1.5), with the current (single-space) separators. The
/// correlation id echoes the client's `client-request-id`, as ESTS does.
fn aadsts(req: &HttpRequest, status: u16, error: &str, code: u32, text: &str) -> HttpResponse {
    aadsts_with(req, status, error, code, text, &json!({}))
}

/// [`aadsts`] with further members (`suberror`, `claims`) as ESTS adds them for some codes.
fn aadsts_with(
    req: &HttpRequest,
    status: u16,
    error: &str,
    code: u32,
    text: &str,
    extra: &serde_json::Value,
) -> HttpResponse {
    let trace = guid();
    let correlation = req
        .header("client-request-id")
        .map_or_else(guid, str::to_string);
    let ts = ests_timestamp();
    let mut body = json!({
        "error": error,
        "error_description": format!("AADSTS{code}: {text} Trace ID: {trace} Correlation ID: {correlation} Timestamp: {ts}"),
        "error_codes": [code],
        "timestamp": ts,
        "trace_id": trace,
        "correlation_id": correlation,
        "error_uri": format!("https://login.microsoftonline.com/error?code={code}"),
    });
    if let (Some(b), Some(x)) = (body.as_object_mut(), extra.as_object()) {
        b.extend(x.clone());
    }
    HttpResponse::json(status, &body)
}

/// 90002 for an unknown tenant, 900023 for a value that cannot be a tenant.
fn check_tenant(
    tenant: &Tenant,
    value: &str,
    req: &HttpRequest,
    error: &str,
) -> Result<(), HttpResponse> {
    if tenant.knows_tenant(value) {
        return Ok(());
    }
    let plausible = crate::settings::validate::parse_guid(value).is_some()
        || crate::settings::validate::is_dns_name(value);
    if plausible {
        Err(aadsts(
            req,
            400,
            error,
            90002,
            &format!(
                "Tenant '{value}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant."
            ),
        ))
    } else {
        Err(aadsts(
            req,
            400,
            "invalid_request",
            900_023,
            &format!(
                "Specified tenant identifier '{value}' is neither a valid DNS name, nor a valid external domain."
            ),
        ))
    }
}

fn token(state: &SimState, tenant_segment: &str, req: &HttpRequest) -> HttpResponse {
    // Throttling and outages first: they happen before ESTS looks at anything.
    if let Some(r) = service_fault(state, req) {
        return r;
    }
    let form = Form(req.form());
    let tenant = state.tenant.lock().expect("tenant lock").clone();
    if let Err(r) = check_tenant(&tenant, tenant_segment, req, "invalid_request") {
        return r;
    }
    match form.get("grant_type") {
        Some("client_credentials") => {
            client_credentials(state, &tenant, tenant_segment, req, &form)
        }
        Some("urn:ietf:params:oauth:grant-type:device_code") => device_poll(
            state,
            &tenant,
            req,
            form.get("device_code").unwrap_or_default(),
        ),
        Some(other) => aadsts(
            req,
            400,
            "unsupported_grant_type",
            70003,
            &format!("The app requested an unsupported grant type '{other}'."),
        ),
        None => aadsts(
            req,
            400,
            "invalid_request",
            900_144,
            "The request body must contain the following parameter: 'grant_type'.",
        ),
    }
}

/// 429/503 answers the scenario injects (their bodies are UNCONFIRMED: ESTS rarely shows them).
fn service_fault(state: &SimState, req: &HttpRequest) -> Option<HttpResponse> {
    let n = state
        .token_requests
        .fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    if state.faults.token_unavailable {
        return Some(
            aadsts(
                req,
                503,
                "temporarily_unavailable",
                90033,
                "A transient error has occurred. Please try again.",
            )
            .header("Retry-After", "1"),
        );
    }
    if n < state.faults.token_throttle_first {
        return Some(
            aadsts(
                req,
                429,
                "temporarily_unavailable",
                90033,
                "A transient error has occurred. Please try again.",
            )
            .header("Retry-After", "1"),
        );
    }
    None
}

/// Entra ID's refusals before the credential is looked at: the wrong cloud, an unknown or
/// disabled app, an app without its service principal.
fn app_refused(
    state: &SimState,
    tenant: &Tenant,
    req: &HttpRequest,
    form: &Form,
) -> Option<HttpResponse> {
    if tenant.other_cloud {
        // Captured (GCC High tenant on the global host): 400 `invalid_request`, AADSTS900382.
        return Some(aadsts(
            req,
            400,
            "invalid_request",
            900_382,
            "Confidential Client is not supported in Cross Cloud request.",
        ));
    }
    if state.faults.token_unlisted_code {
        return Some(aadsts(
            req,
            400,
            "invalid_request",
            50194,
            &format!(
                "Application '{}'({}) is not configured as a multi-tenant application. Usage of the /common endpoint is not supported for such applications created after '10/15/2018'. Use a tenant-specific endpoint or configure the application to be multi-tenant.",
                tenant.app.client_id, tenant.app.display_name
            ),
        ));
    }
    let Some(client_id) = form.get("client_id") else {
        return Some(aadsts(
            req,
            400,
            "invalid_request",
            900_144,
            "The request body must contain the following parameter: 'client_id'.",
        ));
    };
    let Some(app) = app_named(tenant, client_id) else {
        // HTTP status of 700016 is UNCONFIRMED (400 assumed, as for the other request errors).
        return Some(aadsts(
            req,
            400,
            "unauthorized_client",
            700_016,
            &format!(
                "Application with identifier '{client_id}' was not found in the directory '{}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.",
                tenant.display_name
            ),
        ));
    };
    if !app.has_enterprise_app {
        // Captured: 401 `invalid_client` (real-microsoft-shapes.md T12a).
        return Some(aadsts(
            req,
            401,
            "invalid_client",
            7_000_229,
            &format!(
                "The client application {client_id} is missing service principal in the tenant {}. See instructions here: https://go.microsoft.com/fwlink/?linkid=2225119",
                tenant.id
            ),
        ));
    }
    if !app.enabled {
        // `error` and status UNCONFIRMED; the code is OBSERVED.
        return Some(aadsts(
            req,
            400,
            "unauthorized_client",
            7_000_112,
            &format!(
                "Application '{client_id}'({}) is disabled.",
                app.display_name
            ),
        ));
    }
    None
}

/// A hostile login host: 400 with the request (form, headers) repeated in the description.
fn echo(req: &HttpRequest) -> HttpResponse {
    let headers: Vec<String> = req
        .headers
        .iter()
        .map(|(k, v)| format!("{k}: {v}"))
        .collect();
    let description = format!(
        "AADSTS900144: you sent {} {} with {} and body {}",
        req.method,
        req.path,
        headers.join("; "),
        String::from_utf8_lossy(&req.body)
    );
    aadsts(req, 400, "invalid_request", 900_144, &description)
}

/// The app a client-credentials request names: the SMTP app, or the admin app a CI job signs in
/// with (`--admin app`); `None` for any other client id (AADSTS700016).
fn app_named<'a>(tenant: &'a Tenant, client_id: &str) -> Option<&'a App> {
    [&tenant.app, &tenant.admin_app]
        .into_iter()
        .find(|a| a.client_id.eq_ignore_ascii_case(client_id))
}

fn client_credentials(
    state: &SimState,
    tenant: &Tenant,
    tenant_segment: &str,
    req: &HttpRequest,
    form: &Form,
) -> HttpResponse {
    if let Some(refused) = app_refused(state, tenant, req, form) {
        return refused;
    }
    let app = app_named(tenant, form.get("client_id").unwrap_or_default()).unwrap_or(&tenant.app);
    let scope = form.get("scope").unwrap_or_default();
    let resource = match resource_of(tenant, scope, req) {
        Ok(r) => r,
        Err(r) => return r,
    };
    let appidacr = match credential(state, app, tenant, tenant_segment, req, form) {
        Ok(acr) => acr,
        Err(r) => return r,
    };
    if app.blocked_by_conditional_access {
        // As captured for client credentials (real-microsoft-shapes.md T10): 400
        // `invalid_grant`, `suberror: message_only`, and a `claims` challenge naming the policies.
        return aadsts_with(
            req,
            400,
            "invalid_grant",
            53003,
            "Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.",
            &json!({
                "suberror": "message_only",
                "claims": json!({"access_token": {"capolids": {"essential": true, "values": [CA_POLICY_ID]}}}).to_string(),
            }),
        );
    }
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let roles: Vec<&str> = if app.client_id == super::tenant::ADMIN_CLIENT_ID {
        if resource.is_exchange {
            vec!["Exchange.ManageAsApp"]
        } else {
            super::admin_graph_roles(&state.faults)
        }
    } else if resource.is_exchange && app.smtp_role_granted {
        vec!["SMTP.SendAsApp"]
    } else {
        vec![]
    };
    let mut claims = json!({
        "aud": resource.audience,
        "iss": format!("https://sts.windows.net/{}/", tenant.id),
        // iat/nbf 5 minutes back, exp = now + expires_in: decoded tokens commonly show
        // exp - iat = 3899 with expires_in 3599 (UNCONFIRMED by a capture in shared/reference).
        "iat": now - 300, "nbf": now - 300, "exp": now + 3599,
        "aio": opaque(40),
        "app_displayname": app.display_name,
        "appid": app.client_id,
        "appidacr": appidacr,
        "idp": format!("https://sts.windows.net/{}/", tenant.id),
        "idtyp": "app",
        "oid": app.sp_object_id,
        "rh": opaque(30),
        "sub": app.sp_object_id,
        "tid": tenant.id,
        "uti": opaque(16),
        "ver": "1.0",
    });
    if !roles.is_empty() {
        claims["roles"] = json!(roles);
    }
    let token = state.signer.issue(&claims);
    HttpResponse::json(
        200,
        &json!({"token_type": "Bearer", "expires_in": 3599, "ext_expires_in": 3599, "access_token": token}),
    )
}

struct Resource {
    audience: String,
    is_exchange: bool,
}

/// The one `<resource>/.default` scope of a client-credentials request.
fn resource_of(tenant: &Tenant, scope: &str, req: &HttpRequest) -> Result<Resource, HttpResponse> {
    let scopes: Vec<&str> = scope.split_whitespace().collect();
    if scopes.len() != 1 {
        return Err(aadsts(
            req,
            400,
            "invalid_scope",
            70011,
            &format!(
                "The provided value for the input parameter 'scope' is not valid. The scope {scope} is not valid."
            ),
        ));
    }
    let Some(resource) = scopes[0].strip_suffix("/.default") else {
        return Err(aadsts(
            req,
            400,
            "invalid_scope",
            1_002_012,
            &format!(
                "The provided value for scope {scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI)."
            ),
        ));
    };
    let r = resource.trim_end_matches('/');
    let exchange = [
        "https://outlook.office365.com",
        "https://outlook.office.com",
        EXO_APP_ID,
    ]
    .contains(&r);
    let graph = ["https://graph.microsoft.com", GRAPH_APP_ID].contains(&r);
    if (exchange && tenant.exchange_resource_sp.is_some()) || graph {
        return Ok(Resource {
            audience: r.to_string(),
            is_exchange: exchange,
        });
    }
    // Status UNCONFIRMED (400 assumed); text CONFIRMED.
    Err(aadsts(
        req,
        400,
        "invalid_resource",
        500_011,
        &format!(
            "The resource principal named {r} was not found in the tenant named {}. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You might have sent your authentication request to the wrong tenant.",
            tenant.display_name
        ),
    ))
}

/// Checks the client secret or certificate assertion; returns `appidacr` ("1" or "2").
fn credential(
    state: &SimState,
    app: &App,
    tenant: &Tenant,
    tenant_segment: &str,
    req: &HttpRequest,
    form: &Form,
) -> Result<&'static str, HttpResponse> {
    if let Some(secret) = form.get("client_secret") {
        // A secret added within the tenant's delay is not known everywhere yet.
        let new_secret_delay = tenant.new_secret_delay;
        let now = SystemTime::now();
        let matching = app
            .secrets
            .iter()
            .find(|s| s.value == secret)
            .filter(|s| s.start + new_secret_delay <= now);
        return match matching {
            Some(s) if s.end < SystemTime::now() => Err(aadsts(
                req,
                401,
                "invalid_client",
                7_000_222,
                &format!(
                    "The provided client secret keys for app '{}' are expired. Visit the Azure portal to create new keys for your app: https://aka.ms/NewClientSecret, or consider using certificate credentials for added security: https://aka.ms/certCreds.",
                    app.client_id
                ),
            )),
            Some(_) => Ok("1"),
            None => Err(aadsts(
                req,
                401,
                "invalid_client",
                7_000_215,
                &format!(
                    "Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '{}'.",
                    app.client_id
                ),
            )),
        };
    }
    if let Some(assertion) = form.get("client_assertion") {
        if let Some(issuer) = federated_issuer(assertion, &app.client_id) {
            return check_federated(state, app, assertion, &issuer, req).map(|()| "2");
        }
        let expected_aud = format!("{}/{tenant_segment}/oauth2/v2.0/token", state.login_base);
        return check_assertion(app, assertion, &expected_aud, req).map(|()| "2");
    }
    // Status UNCONFIRMED (401 assumed).
    Err(aadsts(
        req,
        401,
        "invalid_client",
        7_000_218,
        "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
    ))
}

/// The issuer of an assertion that is a federated token (its `iss` is not the client id, as a
/// client assertion's is), read before any check.
fn federated_issuer(assertion: &str, client_id: &str) -> Option<String> {
    let claims = assertion.split('.').nth(1)?;
    let claims: Value = serde_json::from_slice(&URL_SAFE_NO_PAD.decode(claims).ok()?).ok()?;
    let iss = claims.get("iss")?.as_str()?;
    (iss != client_id).then(|| iss.to_string())
}

/// Workload identity federation: a token of a trusted issuer whose issuer, audience and
/// subject match a federated credential of the app. AADSTS700213 and AADSTS7002138 and their
/// texts are captured (Azure/login#482, #515); 700211 and 700212 follow their pattern, and the
/// HTTP status and `error` of all four (401, `invalid_client`) follow AADSTS7002137's capture
/// (microsoft/Agents#202): UNCONFIRMED.
fn check_federated(
    state: &SimState,
    app: &App,
    assertion: &str,
    issuer: &str,
    req: &HttpRequest,
) -> Result<(), HttpResponse> {
    const CHECK: &str = "Check your federated identity credential Subject, Audience and Issuer against the presented assertion. https://learn.microsoft.com/entra/workload-id/workload-identity-federation";
    let refuse = |code: u32, text: String| Err(aadsts(req, 401, "invalid_client", code, &text));
    let by_issuer: Vec<_> = app
        .federated
        .iter()
        .filter(|f| f.issuer == issuer)
        .collect();
    // Only the simulated issuer's key is trusted: a token it did not sign is not its token.
    let (false, Some(claims)) = (by_issuer.is_empty(), state.signer.verify(assertion)) else {
        return refuse(
            700_211,
            format!(
                "No matching federated identity record found for presented assertion issuer '{issuer}'. {CHECK}"
            ),
        );
    };
    let claim = |k: &str| {
        claims
            .get(k)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string()
    };
    let (aud, sub) = (claim("aud"), claim("sub"));
    let by_audience: Vec<_> = by_issuer
        .into_iter()
        .filter(|f| f.audience == aud)
        .collect();
    if by_audience.is_empty() {
        return refuse(
            700_212,
            format!(
                "No matching federated identity record found for presented assertion audience '{aud}'. {CHECK}"
            ),
        );
    }
    if by_audience.iter().any(|f| f.subject == sub) {
        return Ok(());
    }
    if by_audience
        .iter()
        .any(|f| f.subject.eq_ignore_ascii_case(&sub))
    {
        return refuse(
            7_002_138,
            format!(
                "No matching federated identity record found for presented assertion subject '{sub}'. The subject matches with case-insensitive comparison, but not with case-sensitive comparison. {CHECK}"
            ),
        );
    }
    refuse(
        700_213,
        format!(
            "No matching federated identity record found for presented assertion subject '{sub}'. {CHECK}"
        ),
    )
}

/// The registered certificate an assertion's `x5t#S256` or `x5t` names.
fn registered_certificate<'a>(
    app: &'a App,
    thumb256: Option<&str>,
    thumb1: Option<&str>,
) -> Option<&'a Vec<u8>> {
    app.certificates.iter().find(|der| {
        let s256 = URL_SAFE_NO_PAD.encode(ring::digest::digest(&ring::digest::SHA256, der));
        let s1 = URL_SAFE_NO_PAD.encode(ring::digest::digest(
            &ring::digest::SHA1_FOR_LEGACY_USE_ONLY,
            der,
        ));
        thumb256 == Some(s256.as_str()) || thumb1 == Some(s1.as_str())
    })
}

/// Why a JWT signed with a certificate's key was not accepted.
pub(super) enum SignedJwtProblem {
    /// Not three base64url parts of JSON.
    Malformed,
    /// No registered certificate matches its thumbprint, or the signature does not verify.
    Signature,
}

/// The claims of a JWT signed (RS256 or PS256) with the key of one of the app's registered
/// certificates, named by `x5t#S256` or `x5t`: a client assertion, or Graph's proof of
/// possession for `addKey` / `removeKey`.
pub(super) fn verify_signed_by_app(app: &App, jwt: &str) -> Result<Value, SignedJwtProblem> {
    use SignedJwtProblem::{Malformed, Signature};
    let mut parts = jwt.split('.');
    let (Some(h), Some(c), Some(s), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(Malformed);
    };
    let decode = |p: &str| {
        URL_SAFE_NO_PAD
            .decode(p)
            .ok()
            .and_then(|b| serde_json::from_slice::<Value>(&b).ok())
    };
    let (Some(header), Some(claims), Ok(sig)) = (decode(h), decode(c), URL_SAFE_NO_PAD.decode(s))
    else {
        return Err(Malformed);
    };
    let thumb256 = header.get("x5t#S256").and_then(Value::as_str);
    let thumb1 = header.get("x5t").and_then(Value::as_str);
    let cert = registered_certificate(app, thumb256, thumb1).ok_or(Signature)?;
    let (_, parsed) = x509_parser::parse_x509_certificate(cert).map_err(|_| Signature)?;
    let key = parsed.public_key().subject_public_key.data.to_vec();
    let alg: &'static dyn ring::signature::VerificationAlgorithm =
        match header.get("alg").and_then(Value::as_str) {
            Some("RS256") => &ring::signature::RSA_PKCS1_2048_8192_SHA256,
            Some("PS256") => &ring::signature::RSA_PSS_2048_8192_SHA256,
            _ => return Err(Signature),
        };
    ring::signature::UnparsedPublicKey::new(alg, key)
        .verify(format!("{h}.{c}").as_bytes(), &sig)
        .map_err(|_| Signature)?;
    Ok(claims)
}

/// Verifies a client-assertion JWT against the app's registered certificates (§1.2): RS256 or
/// PS256, `x5t#S256` or `x5t`, `aud` = the token endpoint, `iss` = `sub` = client id, time window.
fn check_assertion(
    app: &App,
    assertion: &str,
    expected_aud: &str,
    req: &HttpRequest,
) -> Result<(), HttpResponse> {
    let claims = verify_signed_by_app(app, assertion).map_err(|p| match p {
        SignedJwtProblem::Malformed => aadsts(
            req,
            401,
            "invalid_client",
            50027,
            "JWT token is invalid or malformed.",
        ),
        SignedJwtProblem::Signature => aadsts(
            req,
            401,
            "invalid_client",
            700_027,
            "Client assertion failed signature validation.",
        ),
    })?;
    assertion_claims(app, &claims, expected_aud, req)
}

/// A signed assertion's claims: `iss` = `sub` = the client id, `aud` = the token endpoint, and
/// a time window around now (5 minutes of skew allowed).
fn assertion_claims(
    app: &App,
    claims: &Value,
    expected_aud: &str,
    req: &HttpRequest,
) -> Result<(), HttpResponse> {
    let client_id = &app.client_id;
    let str_claim = |k: &str| claims.get(k).and_then(Value::as_str).unwrap_or_default();
    if str_claim("iss") != client_id || str_claim("sub") != client_id {
        return Err(aadsts(
            req,
            401,
            "invalid_client",
            700_021,
            "Client assertion application identifier doesn't match 'client_id' parameter.",
        ));
    }
    if str_claim("aud") != expected_aud {
        return Err(aadsts(
            req,
            401,
            "invalid_client",
            700_023,
            &format!(
                "Client assertion audience claim does not match Realm issuer. Expected audience: {expected_aud}."
            ),
        ));
    }
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
        .cast_signed();
    let num = |k: &str| claims.get(k).and_then(Value::as_i64).unwrap_or(0);
    if num("exp") < now - 300 || num("nbf") > now + 300 {
        return Err(aadsts(
            req,
            401,
            "invalid_client",
            700_024,
            "Client assertion is not within its valid time range.",
        ));
    }
    Ok(())
}

fn discovery(state: &SimState, tenant_segment: &str, req: &HttpRequest) -> HttpResponse {
    let tenant = state.tenant.lock().expect("tenant lock").clone();
    if let Err(r) = check_tenant(&tenant, tenant_segment, req, "invalid_tenant") {
        return r;
    }
    let base = &state.login_base;
    let tid = &tenant.id;
    // A GCC High tenant: region `USGov`, sub-scope `DODCON`, instance `microsoftonline.us`, as
    // public tools read them (the exact values are UNCONFIRMED by a capture).
    let (region, instance) = if tenant.other_cloud {
        ("USGov", "microsoftonline.us")
    } else {
        // Region codes are UNCONFIRMED; "EU" is one seen in the wild.
        ("EU", "microsoftonline.com")
    };
    let mut doc = json!({
            "token_endpoint": format!("{base}/{tid}/oauth2/v2.0/token"),
            "token_endpoint_auth_methods_supported": ["client_secret_post", "private_key_jwt", "client_secret_basic"],
            "jwks_uri": format!("{base}/{tid}/discovery/v2.0/keys"),
            "response_modes_supported": ["query", "fragment", "form_post"],
            "subject_types_supported": ["pairwise"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "response_types_supported": ["code", "id_token", "code id_token", "id_token token"],
            "scopes_supported": ["openid", "profile", "email", "offline_access"],
            "issuer": format!("https://login.microsoftonline.com/{tid}/v2.0"),
            "request_uri_parameter_supported": false,
            "userinfo_endpoint": "https://graph.microsoft.com/oidc/userinfo",
            "authorization_endpoint": format!("{base}/{tid}/oauth2/v2.0/authorize"),
            "device_authorization_endpoint": format!("{base}/{tid}/oauth2/v2.0/devicecode"),
            "http_logout_supported": true,
            "frontchannel_logout_supported": true,
            "end_session_endpoint": format!("{base}/{tid}/oauth2/v2.0/logout"),
            "claims_supported": ["sub", "iss", "cloud_instance_name", "cloud_instance_host_name", "cloud_graph_host_name", "msgraph_host", "aud", "exp", "iat", "auth_time", "acr", "nonce", "preferred_username", "name", "tid", "ver", "at_hash", "c_hash", "email"],
            "kerberos_endpoint": format!("{base}/{tid}/kerberos"),
            "tenant_region_scope": region,
            "cloud_instance_name": instance,
            "cloud_graph_host_name": "graph.windows.net",
            "msgraph_host": "graph.microsoft.com",
            "rbac_url": "https://pas.windows.net",
    });
    if tenant.other_cloud {
        doc["tenant_region_sub_scope"] = json!("DODCON");
    }
    HttpResponse::json(200, &doc)
}

fn device_code(state: &SimState, tenant_segment: &str, req: &HttpRequest) -> HttpResponse {
    let tenant = state.tenant.lock().expect("tenant lock").clone();
    if let Err(r) = check_tenant(&tenant, tenant_segment, req, "invalid_request") {
        return r;
    }
    let form = req.form();
    let client_id = form
        .iter()
        .find(|(k, _)| k == "client_id")
        .map(|(_, v)| v.clone())
        .unwrap_or_default();
    if client_id != GRAPH_CLI_CLIENT_ID && client_id != EXO_POWERSHELL_CLIENT_ID {
        return aadsts(
            req,
            400,
            "unauthorized_client",
            700_016,
            &format!(
                "Application with identifier '{client_id}' was not found in the directory '{}'.",
                tenant.display_name
            ),
        );
    }
    let scope = form
        .iter()
        .find(|(k, _)| k == "scope")
        .map(|(_, v)| v.clone())
        .unwrap_or_default();
    let user_code: String = opaque(12)
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .take(9)
        .collect::<String>()
        .to_ascii_uppercase();
    let device_code = format!("DAQABAAEAAAD--DLA3VO7QrddgJg7Wevr{}", opaque(40));
    state
        .device_codes
        .lock()
        .expect("device lock")
        .insert(device_code.clone(), super::DeviceCode { polls: 0, scope });
    HttpResponse::json(
        200,
        &json!({
            "user_code": user_code,
            "device_code": device_code,
            "verification_uri": "https://microsoft.com/devicelogin",
            "expires_in": 900,
            // Microsoft says 5; the simulation polls every second so tests stay quick.
            "interval": 1,
            "message": format!("To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code {user_code} to authenticate."),
        }),
    )
}

/// The admin "signs in" after the second poll (or never, in the expired-code scenario).
fn device_poll(state: &SimState, tenant: &Tenant, req: &HttpRequest, code: &str) -> HttpResponse {
    let mut codes = state.device_codes.lock().expect("device lock");
    let Some(entry) = codes.get_mut(code) else {
        return aadsts(
            req,
            400,
            "invalid_grant",
            70000,
            "The provided value for the input parameter 'device_code' is not valid.",
        );
    };
    entry.polls += 1;
    if state.faults.device_code_expires && entry.polls > 1 {
        return aadsts(
            req,
            400,
            "expired_token",
            70020,
            "The provided value for the input parameter 'device_code' is not valid. This device code has expired.",
        );
    }
    if entry.polls < 2 {
        return aadsts(
            req,
            400,
            "authorization_pending",
            70016,
            "OAuth 2.0 device flow error. Authorization is pending. Continue polling.",
        );
    }
    let scope = entry.scope.clone();
    drop(codes);
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let aud = scope
        .split_whitespace()
        .find_map(|s| s.strip_suffix("/.default"))
        .unwrap_or("https://graph.microsoft.com")
        .to_string();
    // The admin signing in: an Exchange Administrator and (unless the tenant says otherwise) an
    // Application Administrator; delegated scopes as asked for, on top of the read ones.
    let mut wids = vec!["29232cdf-9323-42fd-ade2-1d097af3e4de"];
    let mut scp = String::from("Application.Read.All User.Read.All");
    if !state.faults.graph_write_denied {
        wids.push(super::APPLICATION_ADMINISTRATOR);
        if scope.contains("Application.ReadWrite.All") {
            scp.push_str(" Application.ReadWrite.All");
        }
    }
    let claims = json!({
        "aud": aud, "iss": format!("https://sts.windows.net/{}/", tenant.id), "iat": now - 300, "nbf": now - 300, "exp": now + 3599,
        "appid": GRAPH_CLI_CLIENT_ID, "appidacr": "0", "idtyp": "user", "name": "Contoso Admin",
        "oid": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "scp": scp,
        "tid": tenant.id, "upn": "admin@contoso.onmicrosoft.com", "ver": "1.0", "wids": wids,
    });
    HttpResponse::json(
        200,
        &json!({
            "token_type": "Bearer", "scope": scope, "expires_in": 3599, "ext_expires_in": 3599,
            "access_token": state.signer.issue(&claims), "refresh_token": opaque(48), "id_token": opaque(48),
        }),
    )
}
