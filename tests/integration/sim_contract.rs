//! Contract tests for the simulated tenant: raw HTTP and raw SMTP against it, asserting Microsoft's
//! exact lines and JSON, and that each scenario produces the failure class it is named after.

use base64::Engine as _;
use smtp_oauth::failures::classify_smtp_reply;
use smtp_oauth::sim::scenario::SCENARIOS;
use smtp_oauth::sim::{SimOptions, Simulation, tenant};

use crate::raw::{RawSmtp, form, https};

async fn sim(name: &str) -> Simulation {
    Simulation::start(name, SimOptions::default())
        .await
        .expect("simulation starts")
}

fn ca(s: &Simulation) -> String {
    s.state.pki.trust_pem.clone()
}

/// A token request exactly as the scenario's settings would make it.
async fn token_request(s: &Simulation) -> crate::raw::RawResponse {
    let tenant = s.export("SMTP_OAUTH_TENANT").unwrap();
    let scope = s
        .export("SMTP_OAUTH_SCOPE")
        .unwrap_or("https://outlook.office365.com/.default");
    let secret = s.export("SMTP_OAUTH_CLIENT_SECRET").unwrap_or_default();
    let body = form(&[
        ("client_id", s.export("SMTP_OAUTH_CLIENT_ID").unwrap()),
        ("scope", scope),
        ("client_secret", secret),
        ("grant_type", "client_credentials"),
    ]);
    https(
        s.login,
        &ca(s),
        "POST",
        &format!("/{tenant}/oauth2/v2.0/token"),
        &[
            ("Content-Type", "application/x-www-form-urlencoded"),
            ("client-request-id", "11111111-2222-4333-8444-555555555555"),
        ],
        &body,
    )
    .await
}

fn claims(token: &str) -> serde_json::Value {
    let payload = token.split('.').nth(1).unwrap();
    serde_json::from_slice(
        &base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(payload)
            .unwrap(),
    )
    .unwrap()
}

#[tokio::test]
async fn token_success_has_microsofts_shape_headers_and_v1_claims() {
    let s = sim("healthy").await;
    let r = token_request(&s).await;
    assert_eq!(r.status, 200);
    for (h, v) in [
        ("Cache-Control", "no-store, no-cache"),
        ("Pragma", "no-cache"),
        ("Expires", "-1"),
        ("X-Content-Type-Options", "nosniff"),
        ("Content-Type", "application/json; charset=utf-8"),
    ] {
        assert_eq!(r.header(h), Some(v), "{h}");
    }
    assert!(r.header("x-ms-request-id").is_some() && r.header("Date").is_some());
    let j = r.json();
    assert_eq!(j["token_type"], "Bearer");
    assert_eq!(j["expires_in"], 3599);
    assert_eq!(j["ext_expires_in"], 3599);
    let c = claims(j["access_token"].as_str().unwrap());
    assert_eq!(c["aud"], "https://outlook.office365.com");
    assert_eq!(
        c["iss"],
        format!("https://sts.windows.net/{}/", tenant::TENANT_ID)
    );
    assert_eq!(c["appid"], tenant::CLIENT_ID);
    assert_eq!(
        c["oid"],
        tenant::SP_OBJECT_ID,
        "oid is the Enterprise app's object id"
    );
    assert_ne!(c["oid"], tenant::APP_OBJECT_ID);
    assert_eq!(c["roles"], serde_json::json!(["SMTP.SendAsApp"]));
    assert_eq!(c["tid"], tenant::TENANT_ID);
    assert_eq!(c["ver"], "1.0");
    assert_eq!(c["appidacr"], "1");
    assert!(
        c.get("upn").is_none() && c.get("scp").is_none(),
        "app-only tokens have no upn or scp"
    );
}

/// Every token-side scenario answers with its AADSTS code, in Microsoft's error shape, and
/// classifies to the class the scenario is named after.
#[tokio::test]
async fn token_scenarios_answer_their_aadsts_error() {
    let cases = [
        ("invalid-tenant", 400, "invalid_request", 90002),
        ("app-not-found", 400, "unauthorized_client", 700_016),
        ("invalid-client-secret", 401, "invalid_client", 7_000_215),
        ("secret-id-not-value", 401, "invalid_client", 7_000_215),
        ("secret-expired", 401, "invalid_client", 7_000_222),
        ("invalid-scope", 400, "invalid_scope", 1_002_012),
        (
            "exchange-resource-missing",
            400,
            "invalid_resource",
            500_011,
        ),
        ("app-disabled", 400, "unauthorized_client", 7_000_112),
        // As captured for client credentials: `invalid_grant`, not `access_denied` (T10).
        ("conditional-access-blocked", 400, "invalid_grant", 53003),
        ("enterprise-app-missing", 401, "invalid_client", 7_000_229),
        ("other-cloud-tenant", 400, "invalid_request", 900_382),
        ("token-request-refused", 400, "invalid_request", 50194),
    ];
    for (name, status, error, code) in cases {
        let s = sim(name).await;
        let r = token_request(&s).await;
        assert_eq!(r.status, status, "{name}");
        let j = r.json();
        assert_eq!(j["error"], error, "{name}");
        assert_eq!(j["error_codes"][0], code, "{name}");
        let d = j["error_description"].as_str().unwrap();
        assert!(has_trace_suffix(d), "{name}: {d}");
        assert!(d.starts_with(&format!("AADSTS{code}: ")), "{name}");
        assert_eq!(
            j["error_uri"],
            format!("https://login.microsoftonline.com/error?code={code}")
        );
        assert_eq!(j["correlation_id"], "11111111-2222-4333-8444-555555555555");
        for f in ["timestamp", "trace_id"] {
            assert!(j[f].is_string(), "{name}: {f}");
        }
        let parsed = smtp_oauth::oauth::parse_error(status, &j.to_string()).unwrap();
        let class = smtp_oauth::failures::classify::aadsts(&parsed);
        let expected = match name {
            "secret-id-not-value" => "invalid-client-secret",
            other => smtp_oauth::sim::scenario::find(other).unwrap().yields(),
        };
        assert_eq!(class, expected, "{name}");
    }
}

/// `AADSTSn: text Trace ID: <guid> Correlation ID: <guid> Timestamp: YYYY-MM-DD HH:MM:SSZ`.
fn has_trace_suffix(text: &str) -> bool {
    let (Some(a), Some(b), Some(c)) = (
        text.find(" Trace ID: "),
        text.find(" Correlation ID: "),
        text.find(" Timestamp: "),
    ) else {
        return false;
    };
    let stamp = &text[c + 12..];
    a < b
        && b < c
        && text[a + 11..b].len() == 36
        && text[b + 17..c].len() == 36
        && stamp.len() == 20
        && stamp.ends_with('Z')
}

#[tokio::test]
async fn throttling_and_outage_answer_429_and_503_with_retry_after() {
    let s = sim("token-service-error").await;
    let r = token_request(&s).await;
    assert_eq!(r.status, 503);
    assert_eq!(r.header("Retry-After"), Some("1"));
}

#[tokio::test]
async fn clock_skew_shows_in_the_date_header() {
    let s = sim("clock-skew").await;
    let r = token_request(&s).await;
    let date = r.header("Date").unwrap();
    let f = time::macros::format_description!(
        "[weekday repr:short], [day] [month repr:short] [year] [hour]:[minute]:[second] GMT"
    );
    let server = time::PrimitiveDateTime::parse(date, &f)
        .unwrap()
        .assume_utc();
    let skew = (server - time::OffsetDateTime::now_utc()).whole_seconds();
    assert!((590..=610).contains(&skew), "{skew}");
}

#[tokio::test]
async fn discovery_resolves_a_domain_to_the_tenant_guid() {
    let s = sim("healthy").await;
    let r = https(
        s.login,
        &ca(&s),
        "GET",
        "/contoso.onmicrosoft.com/v2.0/.well-known/openid-configuration",
        &[],
        b"",
    )
    .await;
    assert_eq!(r.status, 200);
    let j = r.json();
    assert!(
        j["token_endpoint"]
            .as_str()
            .unwrap()
            .ends_with(&format!("/{}/oauth2/v2.0/token", tenant::TENANT_ID))
    );
    assert_eq!(
        j["issuer"],
        format!(
            "https://login.microsoftonline.com/{}/v2.0",
            tenant::TENANT_ID
        )
    );
    let r = https(
        s.login,
        &ca(&s),
        "GET",
        "/fabrikam.example/v2.0/.well-known/openid-configuration",
        &[],
        b"",
    )
    .await;
    assert_eq!(r.status, 400);
    assert_eq!(r.json()["error"], "invalid_tenant");
    assert_eq!(r.json()["error_codes"][0], 90002);
}

#[tokio::test]
async fn device_code_flow_pends_then_succeeds() {
    let s = sim("healthy").await;
    let body = form(&[
        ("client_id", "14d82eec-204b-4c2f-b7e8-296a70dab67e"),
        ("scope", "https://graph.microsoft.com/.default"),
    ]);
    let r = https(
        s.login,
        &ca(&s),
        "POST",
        &format!("/{}/oauth2/v2.0/devicecode", tenant::TENANT_ID),
        &[("Content-Type", "application/x-www-form-urlencoded")],
        &body,
    )
    .await;
    let j = r.json();
    assert_eq!(j["verification_uri"], "https://microsoft.com/devicelogin");
    assert!(
        j["message"]
            .as_str()
            .unwrap()
            .contains(j["user_code"].as_str().unwrap())
    );
    let poll = form(&[
        ("grant_type", "urn:ietf:params:oauth:grant-type:device_code"),
        ("client_id", "14d82eec-204b-4c2f-b7e8-296a70dab67e"),
        ("device_code", j["device_code"].as_str().unwrap()),
    ]);
    let path = format!("/{}/oauth2/v2.0/token", tenant::TENANT_ID);
    let first = https(s.login, &ca(&s), "POST", &path, &[], &poll).await;
    assert_eq!(first.status, 400);
    assert_eq!(first.json()["error"], "authorization_pending");
    assert_eq!(first.json()["error_codes"][0], 70016);
    let second = https(s.login, &ca(&s), "POST", &path, &[], &poll).await;
    assert_eq!(second.status, 200);
    assert!(second.json()["refresh_token"].is_string());
}

async fn access_token(s: &Simulation) -> String {
    token_request(s).await.json()["access_token"]
        .as_str()
        .unwrap()
        .to_string()
}

fn xoauth2(user: &str, token: &str) -> String {
    base64::engine::general_purpose::STANDARD
        .encode(format!("user={user}\x01auth=Bearer {token}\x01\x01"))
}

const BRACKET_HOST: &str = "[AM0PR06CA0126.eurprd06.prod.outlook.com ";

#[tokio::test]
async fn a_whole_smtp_session_has_exchanges_lines() {
    let s = sim("healthy").await;
    let token = access_token(&s).await;
    let mut c = RawSmtp::connect(s.smtp).await;
    let banner = c.reply().await;
    assert!(
        banner[0].starts_with(
            "220 AM0PR06CA0126.outlook.office365.com Microsoft ESMTP MAIL Service ready at "
        ),
        "{banner:?}"
    );
    assert!(
        banner[0].ends_with(']') && banner[0].rsplit('[').next().unwrap().len() == 17,
        "16-hex session id: {banner:?}"
    );
    let ehlo = c.cmd("EHLO client.example").await;
    assert!(ehlo[0].starts_with("250-AM0PR06CA0126.outlook.office365.com Hello [127.0.0.1]"));
    assert!(
        ehlo.contains(&"250-STARTTLS".to_string())
            && ehlo.contains(&"250-ENHANCEDSTATUSCODES".to_string())
    );
    assert!(
        !ehlo.iter().any(|l| l.contains("AUTH")),
        "no AUTH before STARTTLS"
    );
    assert_eq!(ehlo.last().unwrap(), "250 SMTPUTF8");
    let auth = c
        .cmd(&format!(
            "AUTH XOAUTH2 {}",
            xoauth2(tenant::MAILBOX, &token)
        ))
        .await;
    assert!(
        auth[0].starts_with("504 5.7.4 Unrecognized authentication type ")
            && auth[0].contains(BRACKET_HOST),
        "{auth:?}"
    );
    assert_eq!(c.cmd("STARTTLS").await, ["220 2.0.0 SMTP server ready"]);
    let mut c = c.starttls(&ca(&s)).await;
    let ehlo = c.cmd("EHLO client.example").await;
    assert!(
        ehlo.contains(&"250-AUTH LOGIN XOAUTH2".to_string())
            && !ehlo.iter().any(|l| l.contains("STARTTLS")),
        "{ehlo:?}"
    );
    let mail = c.cmd(&format!("MAIL FROM:<{}>", tenant::MAILBOX)).await;
    assert!(
        mail[0].starts_with("530 5.7.57 Client not authenticated to send mail. ["),
        "{mail:?}"
    );
    assert_eq!(c.cmd("AUTH XOAUTH2").await, ["334 "]);
    assert_eq!(
        c.cmd(&xoauth2(tenant::MAILBOX, &token)).await,
        ["235 2.7.0 Authentication successful"]
    );
    assert_eq!(
        c.cmd(&format!("MAIL FROM:<{}>", tenant::MAILBOX)).await,
        ["250 2.1.0 Sender OK"]
    );
    assert_eq!(
        c.cmd("RCPT TO:<someone@example.com>").await,
        ["250 2.1.5 Recipient OK"]
    );
    assert_eq!(
        c.cmd("DATA").await,
        ["354 Start mail input; end with <CRLF>.<CRLF>"]
    );
    c.send_raw(&format!("From: {}\r\nTo: someone@example.com\r\nMessage-ID: <test-1@client.example>\r\nSubject: hi\r\n\r\n..a dot-stuffed line\r\n", tenant::MAILBOX)).await;
    let done = c.cmd(".").await;
    assert_eq!(
        done,
        ["250 2.0.0 OK <test-1@client.example> [Hostname=AM0PR06CA0126.EURPRD06.PROD.OUTLOOK.COM]"]
    );
    assert_eq!(
        c.cmd("QUIT").await,
        ["221 2.0.0 Service closing transmission channel"]
    );
    let delivered = s.delivered();
    assert_eq!(delivered.len(), 1);
    assert!(
        delivered[0].message.contains("\r\n.a dot-stuffed line\r\n"),
        "dot-stuffing undone"
    );
}

/// AUTH outcome for a scenario, using a token fetched as the client would (healthy credentials).
async fn auth_reply(name: &str, user: Option<&str>) -> String {
    let s = sim(name).await;
    let token = access_token(&s).await;
    let mut c = RawSmtp::connect(s.smtp).await;
    c.reply().await;
    c.cmd("EHLO client.example").await;
    c.cmd("STARTTLS").await;
    let mut c = c.starttls(&ca(&s)).await;
    c.cmd("EHLO client.example").await;
    let user = user.map_or_else(
        || s.export("SMTP_OAUTH_MAILBOX").unwrap().to_string(),
        str::to_string,
    );
    c.cmd(&format!("AUTH XOAUTH2 {}", xoauth2(&user, &token)))
        .await
        .join("\n")
}

fn class_of(reply: &str) -> Option<&'static str> {
    let code: u16 = reply[..3].parse().ok()?;
    let enhanced = reply.get(4..).and_then(|r| r.split_whitespace().next());
    classify_smtp_reply(code, enhanced, reply).map(|c| c.id.as_str())
}

#[tokio::test]
async fn exchange_gives_the_same_opaque_535_for_every_prerequisite_miss() {
    for name in [
        "service-principal-missing",
        "service-principal-wrong-object-id",
        "mailbox-permission-missing",
        "auth-rejected",
        "permission-not-granted",
        "mailbox-not-found",
        "propagation-pending",
    ] {
        let reply = auth_reply(name, None).await;
        assert!(
            reply.starts_with("535 5.7.3 Authentication unsuccessful ")
                && reply.contains(BRACKET_HOST),
            "{name}: {reply}"
        );
        assert_eq!(class_of(&reply), Some("auth-rejected"), "{name}");
    }
    assert_eq!(
        auth_reply("healthy", None).await,
        "235 2.7.0 Authentication successful"
    );
}

#[tokio::test]
async fn smtp_auth_switches_answer_5_7_139() {
    let reply = auth_reply("smtp-auth-disabled", None).await;
    assert!(reply.starts_with("535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. ["), "{reply}");
    assert_eq!(class_of(&reply), Some("smtp-auth-disabled"));
    let reply = auth_reply("security-defaults", None).await;
    assert_eq!(class_of(&reply), Some("security-defaults"), "{reply}");
}

#[tokio::test]
async fn a_fix_through_the_admin_api_makes_auth_pass_after_propagation() {
    let s = sim("mailbox-permission-missing").await;
    let exo_token = s.export("SMTP_OAUTH_EXCHANGE_TOKEN").unwrap().to_string();
    let path = format!("/adminapi/beta/{}/InvokeCommand", tenant::TENANT_ID);
    let auth = format!("Bearer {exo_token}");
    let headers = [
        ("Authorization", auth.as_str()),
        ("Content-Type", "application/json"),
    ];
    let get = serde_json::json!({"CmdletInput": {"CmdletName": "Get-MailboxPermission", "Parameters": {"Identity": tenant::MAILBOX, "User": tenant::SP_OBJECT_ID}}});
    let r = https(
        s.exchange,
        &ca(&s),
        "POST",
        &path,
        &headers,
        get.to_string().as_bytes(),
    )
    .await;
    assert_eq!(r.status, 200);
    assert_eq!(
        r.json()["value"],
        serde_json::json!([]),
        "no FullAccess: the prerequisite the 535 hides"
    );
    assert_eq!(r.json()["@adminapi.warnings"], serde_json::json!([]));
    let add = serde_json::json!({"CmdletInput": {"CmdletName": "Add-MailboxPermission", "Parameters": {"Identity": tenant::MAILBOX, "User": tenant::SP_OBJECT_ID, "AccessRights": ["FullAccess"]}}});
    assert_eq!(
        https(
            s.exchange,
            &ca(&s),
            "POST",
            &path,
            &headers,
            add.to_string().as_bytes()
        )
        .await
        .status,
        200
    );
    let r = https(
        s.exchange,
        &ca(&s),
        "POST",
        &path,
        &headers,
        get.to_string().as_bytes(),
    )
    .await;
    assert_eq!(
        r.json()["value"][0]["AccessRights"],
        serde_json::json!(["FullAccess"])
    );
    // Right after the change Exchange still says no; the simulated propagation takes 3 s.
    std::sync::Arc::make_mut(&mut s.state.tenant.lock().unwrap()).propagation_delay =
        std::time::Duration::from_millis(300);
    tokio::time::sleep(std::time::Duration::from_millis(400)).await;
    let token = access_token(&s).await;
    let mut c = RawSmtp::connect(s.smtp).await;
    c.reply().await;
    c.cmd("EHLO x").await;
    c.cmd("STARTTLS").await;
    let mut c = c.starttls(&ca(&s)).await;
    c.cmd("EHLO x").await;
    assert_eq!(
        c.cmd(&format!(
            "AUTH XOAUTH2 {}",
            xoauth2(tenant::MAILBOX, &token)
        ))
        .await,
        ["235 2.7.0 Authentication successful"]
    );
}

#[tokio::test]
async fn the_admin_api_permission_ladder_is_401_403_200() {
    use smtp_oauth::sim::AdminLevel;
    for (level, status) in [
        (AdminLevel::NoGrant, 401),
        (AdminLevel::RoleOnly, 403),
        (AdminLevel::Full, 200),
    ] {
        let s = Simulation::start(
            "healthy",
            SimOptions {
                exchange_admin: Some(level),
                ..SimOptions::default()
            },
        )
        .await
        .unwrap();
        let auth = format!("Bearer {}", s.export("SMTP_OAUTH_EXCHANGE_TOKEN").unwrap());
        let body = serde_json::json!({"CmdletInput": {"CmdletName": "Get-TransportConfig", "Parameters": {}}});
        let path = format!("/adminapi/beta/{}/InvokeCommand", tenant::TENANT_ID);
        let r = https(
            s.exchange,
            &ca(&s),
            "POST",
            &path,
            &[("Authorization", &auth)],
            body.to_string().as_bytes(),
        )
        .await;
        assert_eq!(r.status, status, "{level:?}");
        if status == 403 {
            assert!(
                !r.body.is_empty() && r.body.iter().all(|b| *b == 0),
                "the 403 body is NULs, not JSON"
            );
        }
        if status == 200 {
            assert_eq!(
                r.json()["value"][0]["SmtpClientAuthenticationDisabled"],
                true
            );
        }
    }
    // A token for another audience never gets past 401.
    let s = sim("healthy").await;
    let auth = format!("Bearer {}", s.export("SMTP_OAUTH_GRAPH_TOKEN").unwrap());
    let r = https(
        s.exchange,
        &ca(&s),
        "POST",
        &format!("/adminapi/beta/{}/InvokeCommand", tenant::TENANT_ID),
        &[("Authorization", &auth)],
        b"{}",
    )
    .await;
    assert_eq!(r.status, 401);
}

#[tokio::test]
async fn graph_answers_with_its_entities_and_error_json() {
    let s = sim("healthy").await;
    let tok = s.export("SMTP_OAUTH_GRAPH_TOKEN").unwrap().to_string();
    let auth = format!("Bearer {tok}");
    let get = |path: String| {
        let auth = auth.clone();
        let ca = ca(&s);
        let addr = s.graph;
        async move { https(addr, &ca, "GET", &path, &[("Authorization", &auth)], b"").await }
    };
    let sp = get(format!(
        "/v1.0/servicePrincipals(appId='{}')",
        tenant::CLIENT_ID
    ))
    .await
    .json();
    assert_eq!(sp["id"], tenant::SP_OBJECT_ID);
    let app = get(format!("/v1.0/applications(appId='{}')", tenant::CLIENT_ID))
        .await
        .json();
    assert_eq!(
        app["id"],
        tenant::APP_OBJECT_ID,
        "the App registration's object id differs from the SP's"
    );
    assert_eq!(app["passwordCredentials"][0]["keyId"], tenant::SECRET_ID);
    assert!(app["passwordCredentials"][0]["secretText"].is_null());
    let roles = get(format!(
        "/v1.0/servicePrincipals/{}/appRoleAssignments",
        tenant::SP_OBJECT_ID
    ))
    .await
    .json();
    assert_eq!(
        roles["value"][0]["appRoleId"],
        tenant::SMTP_SEND_AS_APP_ROLE
    );
    assert_eq!(
        roles["value"][0]["resourceDisplayName"],
        "Office 365 Exchange Online"
    );
    let missing = get("/v1.0/users/ghost@contoso.onmicrosoft.com".into()).await;
    assert_eq!(missing.status, 404);
    let e = missing.json();
    assert_eq!(e["error"]["code"], "Request_ResourceNotFound");
    assert!(
        !e["error"]["innerError"]["date"]
            .as_str()
            .unwrap()
            .ends_with('Z')
    );
    let no_token = https(s.graph, &ca(&s), "GET", "/v1.0/users/x", &[], b"").await;
    assert_eq!(no_token.status, 401);
    assert_eq!(
        no_token.json()["error"]["code"],
        "InvalidAuthenticationToken"
    );
}

#[tokio::test]
async fn smtp_faults_are_on_the_wire() {
    // STARTTLS masked by a firewall.
    let s = sim("starttls-stripped").await;
    let mut c = RawSmtp::connect(s.smtp).await;
    c.reply().await;
    let ehlo = c.cmd("EHLO x").await;
    assert!(
        ehlo.contains(&"250-XXXXXXXA".to_string()) && !ehlo.iter().any(|l| l.contains("STARTTLS")),
        "{ehlo:?}"
    );
    // Something that is not SMTP.
    let s = sim("protocol-error").await;
    let mut c = RawSmtp::connect(s.smtp).await;
    assert!(c.reply().await[0].starts_with("HTTP/1.1 400"));
    // Closed port.
    let s = sim("connection-refused").await;
    let port: u16 = s.export("SMTP_OAUTH_SMTP_PORT").unwrap().parse().unwrap();
    let err = tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .unwrap_err();
    assert_eq!(err.kind(), std::io::ErrorKind::ConnectionRefused);
    // Never greets.
    let s = sim("network-timeout").await;
    let mut c = RawSmtp::connect(s.smtp).await;
    assert!(
        tokio::time::timeout(std::time::Duration::from_millis(300), c.reply())
            .await
            .is_err()
    );
    // 421 4.7.66 after TLS.
    let s = sim("tls-version-rejected").await;
    let mut c = RawSmtp::connect(s.smtp).await;
    c.reply().await;
    c.cmd("EHLO x").await;
    c.cmd("STARTTLS").await;
    let mut c = c.starttls(&ca(&s)).await;
    let r = c.cmd("EHLO x").await.join("\n");
    assert_eq!(class_of(&r), Some("tls-version-rejected"), "{r}");
}

#[tokio::test]
async fn tls_fault_chains_fail_verification_for_the_right_reason() {
    use rustls::client::danger::ServerCertVerifier;
    use rustls::pki_types::{ServerName, UnixTime};
    use smtp_oauth::sim::pki::ChainKind;
    let s = sim("healthy").await;
    let roots = {
        let mut r = rustls::RootCertStore::empty();
        for c in
            <rustls::pki_types::CertificateDer as rustls::pki_types::pem::PemObject>::pem_slice_iter(
                s.state.pki.trust_pem.as_bytes(),
            )
        {
            r.add(c.unwrap()).unwrap();
        }
        std::sync::Arc::new(r)
    };
    let verifier = rustls::client::WebPkiServerVerifier::builder_with_provider(
        roots,
        std::sync::Arc::new(rustls::crypto::ring::default_provider()),
    )
    .build()
    .unwrap();
    let verdict = |kind| {
        let chain = &s.state.pki.smtp_chain(kind).chain;
        verifier
            .verify_server_cert(
                &chain[0],
                &chain[1..],
                &ServerName::try_from("127.0.0.1").unwrap(),
                &[],
                UnixTime::now(),
            )
            .map(|_| ())
            .map_err(|e| format!("{e:?}"))
    };
    assert!(verdict(ChainKind::Good).is_ok());
    for (kind, reason) in [
        (ChainKind::UnknownRoot, "UnknownIssuer"),
        (ChainKind::Expired, "Expired"),
        (ChainKind::WrongName, "NotValidForName"),
    ] {
        let e = verdict(kind).unwrap_err();
        assert!(e.contains(reason), "{kind:?}: {e}");
    }
    assert!(
        verdict(ChainKind::Inspection).is_ok(),
        "the inspection CA is trusted, as a company's is"
    );
}

#[test]
fn every_scenario_yields_a_catalog_class_or_is_healthy() {
    for s in SCENARIOS {
        assert!(
            s.yields() == "healthy" || smtp_oauth::failures::by_id(s.yields()).is_some(),
            "{}",
            s.name
        );
    }
}

/// Microsoft's well-known ids, pinned on both sides to the values Microsoft publishes (the
/// Exchange Online appId in app manifests' `resourceAppId`, the SMTP.SendAsApp role id in
/// `resourceAccess`, Graph's appId). The simulator keeps its own copies so that a wrong value on
/// the client side fails here instead of being mirrored.
#[test]
fn microsofts_well_known_ids_are_the_published_literals_on_both_sides() {
    let published = [
        "00000002-0000-0ff1-ce00-000000000000",
        "00000003-0000-0000-c000-000000000000",
        "7146a1f0-8703-45b3-9eae-527a64c00995",
    ];
    let client = [
        smtp_oauth::admin::ids::EXO_APP_ID,
        smtp_oauth::admin::ids::GRAPH_APP_ID,
        smtp_oauth::admin::ids::SMTP_SEND_AS_APP_ROLE,
    ];
    let simulator = [
        smtp_oauth::sim::tenant::EXO_APP_ID,
        smtp_oauth::sim::tenant::GRAPH_APP_ID,
        smtp_oauth::sim::tenant::SMTP_SEND_AS_APP_ROLE,
    ];
    assert_eq!(client, published, "the client's ids");
    assert_eq!(simulator, published, "the simulator's ids");
}
