//! `token` against the simulated tenant: secret and certificate, every AADSTS class, proxies,
//! retries, --raw and --inspect, and that the token never shows unless asked for.

use base64::Engine as _;

use crate::support::{Sandbox, SimProcess, check};

#[test]
fn a_token_with_a_client_secret_and_its_claims() {
    let sim = SimProcess::start("healthy");
    let sb = Sandbox::new();
    let out = sb.cmd().args(["token"]).sim_env(&sim, &[]).run();
    out.code(0)
        .stdout_has("roles            SMTP.SendAsApp")
        .stdout_has("← the Enterprise app's object id")
        .stdout_has("appidacr         1  (client secret)");
    assert!(
        !out.stdout.contains("eyJ"),
        "the token itself is not printed"
    );
    let j = sb
        .cmd()
        .args(["token", "--json"])
        .sim_env(&sim, &[])
        .run()
        .json();
    assert_eq!(j["claims"]["oid"], smtp_oauth::sim::tenant::SP_OBJECT_ID);
    assert_eq!(check(&j, "token")["status"], "pass");
    assert_eq!(check(&j, "token.claims")["status"], "pass");
}

#[test]
fn a_token_with_a_certificate() {
    let sim = SimProcess::start("healthy");
    let cert = sim.dir.join("client-cert.pem");
    let j = Sandbox::new()
        .cmd()
        .args(["token", "--json"])
        .sim_env(&sim, &["SMTP_OAUTH_CLIENT_SECRET"])
        .env("SMTP_OAUTH_CLIENT_CERT", cert.to_str().unwrap())
        .run()
        .json();
    assert_eq!(check(&j, "token")["status"], "pass", "{j}");
    assert_eq!(j["claims"]["appidacr"], "2", "a certificate credential");
    assert_eq!(check(&j, "secret.expiry")["status"], "skip");
}

#[test]
fn a_domain_tenant_is_resolved_and_both_are_shown() {
    let sim = SimProcess::start("healthy");
    let out = Sandbox::new()
        .cmd()
        .args(["token"])
        .sim_env(&sim, &[])
        .env("SMTP_OAUTH_TENANT", "contoso.onmicrosoft.com")
        .run();
    out.code(0).stdout_has(&format!(
        "contoso.onmicrosoft.com is tenant {}",
        smtp_oauth::sim::tenant::TENANT_ID
    ));
    let sim = SimProcess::start("healthy");
    let out = Sandbox::new()
        .cmd()
        .args(["token", "--json"])
        .sim_env(&sim, &[])
        .env("SMTP_OAUTH_TENANT", "fabrikam.example")
        .run();
    out.code(1);
    assert_eq!(
        check(&out.json(), "tenant")["failure_class"]["id"],
        "invalid-tenant"
    );
}

#[test]
fn every_token_class_is_named_with_its_fix_and_trace_ids() {
    for scenario in [
        "invalid-tenant",
        "app-not-found",
        "invalid-client-secret",
        "secret-id-not-value",
        "secret-expired",
        "invalid-scope",
        "exchange-resource-missing",
        "app-disabled",
        "conditional-access-blocked",
        "invalid-client-assertion",
        "token-service-error",
    ] {
        let sim = SimProcess::start(scenario);
        let sb = Sandbox::new();
        let mut run = sb.cmd().args(["token", "--json"]).sim_env(&sim, &[]);
        if scenario == "invalid-client-assertion" {
            run = run.env(
                "SMTP_OAUTH_CLIENT_CERT",
                sim.dir.join("client-cert.pem").to_str().unwrap(),
            );
        }
        let out = run.run();
        out.code(1);
        let j = out.json();
        let token = check(&j, "token");
        assert_eq!(
            token["failure_class"]["id"], scenario,
            "{scenario}: {token}"
        );
        assert!(!token["failure_class"]["fix"].as_array().unwrap().is_empty());
        if !["secret-id-not-value", "token-service-error"].contains(&scenario) {
            for f in ["aadsts", "trace_id", "correlation_id", "timestamp"] {
                assert!(
                    token["evidence"][f].is_string(),
                    "{scenario}: {f} in {token}"
                );
            }
        }
    }
}

#[test]
fn wrong_audience_and_missing_role_are_read_from_the_claims() {
    for scenario in ["wrong-audience", "permission-not-granted"] {
        let sim = SimProcess::start(scenario);
        let j = Sandbox::new()
            .cmd()
            .args(["token", "--json"])
            .sim_env(&sim, &[])
            .run()
            .json();
        assert_eq!(check(&j, "token.claims")["failure_class"]["id"], scenario);
    }
    let sim = SimProcess::start("permission-not-granted");
    let j = Sandbox::new()
        .cmd()
        .args(["token", "--json", "--rbac-for-apps"])
        .sim_env(&sim, &[])
        .run()
        .json();
    assert_eq!(
        check(&j, "token.claims")["status"],
        "pass",
        "RBAC for Applications has no roles on purpose"
    );
}

#[test]
fn throttling_is_retried_honouring_retry_after() {
    let sim = SimProcess::start_with(
        "healthy",
        smtp_oauth::sim::SimOptions {
            token_throttle_first: 2,
            ..Default::default()
        },
    );
    let j = Sandbox::new()
        .cmd()
        .args(["token", "--json"])
        .sim_env(&sim, &[])
        .run()
        .json();
    let token = check(&j, "token");
    assert_eq!(token["status"], "pass", "{token}");
    assert_eq!(token["evidence"]["tries"], 3);
    assert!(
        token["duration_ms"].as_u64().unwrap() >= 2000,
        "two Retry-After: 1 waits"
    );
}

#[test]
fn through_a_connect_proxy_and_a_proxy_that_wants_credentials() {
    let sim = SimProcess::start("proxy-auth-required");
    let sb = Sandbox::new();
    // NO_PROXY (set by the sandbox so a CI proxy never captures loopback) would bypass the proxy.
    let j = sb
        .cmd()
        .args(["token", "--json"])
        .sim_env(&sim, &[])
        .env("NO_PROXY", "")
        .run()
        .json();
    let token = check(&j, "token");
    assert_eq!(token["failure_class"]["id"], "proxy-auth-required");
    assert!(
        token["evidence"]["proxy"]
            .as_str()
            .unwrap()
            .contains("(from env HTTPS_PROXY)"),
        "the report says which proxy: {token}"
    );
    let sim = SimProcess::start("proxy-unreachable");
    let j = sb
        .cmd()
        .args(["token", "--json"])
        .sim_env(&sim, &[])
        .env("NO_PROXY", "")
        .run()
        .json();
    assert_eq!(
        check(&j, "token")["failure_class"]["id"],
        "proxy-unreachable"
    );
    // An open proxy tunnels to the token endpoint.
    let sim = SimProcess::start("healthy");
    let rt = tokio::runtime::Runtime::new().unwrap();
    let listener = rt
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .unwrap();
    let addr = listener.local_addr().unwrap();
    rt.spawn(smtp_oauth::sim::proxy::serve(listener, None));
    let j = sb
        .cmd()
        .args(["token", "--json", "--proxy", &format!("http://{addr}")])
        .sim_env(&sim, &[])
        .env("NO_PROXY", "")
        .run()
        .json();
    let token = check(&j, "token");
    assert_eq!(token["status"], "pass", "{token}");
    assert_eq!(
        token["evidence"]["proxy"],
        format!("http://{addr}/ (from flag --proxy)")
    );
}

#[test]
fn raw_prints_only_the_token_and_failures_go_to_stderr() {
    let sim = SimProcess::start("healthy");
    let sb = Sandbox::new();
    let out = sb.cmd().args(["token", "--raw"]).sim_env(&sim, &[]).run();
    out.code(0);
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0].split('.').count(), 3);
    assert!(lines[0].starts_with("eyJ"));
    assert!(out.stderr.is_empty(), "{}", out.stderr);
    let sim = SimProcess::start("invalid-client-secret");
    let out = sb.cmd().args(["token", "--raw"]).sim_env(&sim, &[]).run();
    out.code(1).stderr_has("invalid-client-secret");
    assert!(out.stdout.is_empty());
}

#[test]
fn inspect_judges_tokens_and_xoauth2_strings_offline() {
    let sim = SimProcess::start("healthy");
    let sb = Sandbox::new();
    let token = sb
        .cmd()
        .args(["token", "--raw"])
        .sim_env(&sim, &[])
        .run()
        .stdout;
    let out = sb
        .cmd()
        .args(["token", "--inspect", "-"])
        .stdin(&token)
        .run();
    out.code(0)
        .stdout_has("app-only token for https://outlook.office365.com");
    assert!(!out.stdout.contains("eyJ"));
    let graph = sim.export("SMTP_OAUTH_GRAPH_TOKEN").unwrap().to_string();
    let j = sb
        .cmd()
        .args(["token", "--inspect", "-", "--json"])
        .stdin(&graph)
        .run()
        .json();
    assert_eq!(
        check(&j, "token.claims")["failure_class"]["id"],
        "wrong-audience"
    );
    let blob = base64::engine::general_purpose::STANDARD.encode(format!(
        "user=other@contoso.com\x01auth=Bearer {}\x01\x01",
        token.trim()
    ));
    let file = sb.file("auth.log", &format!("AUTH XOAUTH2 {blob}\n"), 0o600);
    let out = sb
        .cmd()
        .args([
            "token",
            "--inspect",
            file.to_str().unwrap(),
            "--mailbox",
            "no-reply@contoso.com",
        ])
        .run();
    out.code(0)
        .stdout_has("user=other@contoso.com, but the configured mailbox is no-reply@contoso.com");
    assert!(!out.stdout.contains(&blob));
    sb.cmd()
        .args(["token", "--inspect", "-"])
        .stdin("hello world")
        .run()
        .code(2)
        .stderr_has("neither a JWT nor an XOAUTH2 string");
}

#[test]
fn a_token_with_a_pkcs12_certificate_and_its_password() {
    let sim = SimProcess::start("healthy");
    let pem = sim.dir.join("client-cert.pem");
    let pfx = sim.dir.join("client-cert.pfx");
    let made = std::process::Command::new("openssl")
        .args(["pkcs12", "-export", "-in"])
        .arg(&pem)
        .arg("-inkey")
        .arg(&pem)
        .arg("-out")
        .arg(&pfx)
        .args(["-passout", "pass:Exported-From-Windows"])
        .status()
        .expect("openssl is installed (.ci/run installs it)");
    assert!(made.success());
    let run = |password: &str| {
        Sandbox::new()
            .cmd()
            .args(["token", "--json"])
            .sim_env(&sim, &["SMTP_OAUTH_CLIENT_SECRET"])
            .env("SMTP_OAUTH_CLIENT_CERT", pfx.to_str().unwrap())
            .env("SMTP_OAUTH_CLIENT_CERT_PASSWORD", password)
            .run()
    };
    let j = run("Exported-From-Windows").json();
    assert_eq!(check(&j, "token")["status"], "pass", "{j}");
    assert_eq!(
        j["settings"]["client_cert_password"],
        "set (from env SMTP_OAUTH_CLIENT_CERT_PASSWORD)"
    );
    assert_eq!(j["claims"]["appidacr"], "2", "a certificate credential");

    let wrong = run("not-the-password");
    wrong.code(2);
    let all = format!("{}{}", wrong.stdout, wrong.stderr);
    assert!(
        all.contains("the password for the PKCS#12 file")
            && all.contains("client-cert.pfx")
            && all.contains("set SMTP_OAUTH_CLIENT_CERT_PASSWORD"),
        "a wrong password is called that, with the file and where the password comes from: {all}"
    );
    assert!(
        !all.contains("not-the-password"),
        "the password is never shown"
    );
}

/// A token for `https://ps.outlook.com` (another identifier of Exchange Online, which MailKit's
/// guide requests for IMAP) is a warning, not a confident wrong audience: whether SMTP takes it is
/// not known, and AUTH decides.
#[test]
fn another_exchange_audience_is_a_warning_not_a_verdict() {
    use base64::Engine as _;
    let b64 = |v: &serde_json::Value| {
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(v.to_string())
    };
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let token = format!(
        "{}.{}.c2lnbmF0dXJl",
        b64(&serde_json::json!({"typ": "JWT", "alg": "RS256"})),
        b64(&serde_json::json!({
            "aud": "https://ps.outlook.com", "iss": "https://sts.windows.net/4b7c1e2a-9d3f-4a65-8e21-6f0c3b9d7a14/",
            "iat": now, "nbf": now, "exp": now + 3600, "appid": "8f2e6a1c-3b5d-4c7e-9a10-2d4f6b8c0e13",
            "appidacr": "1", "idtyp": "app", "oid": "1e5d9b3f-7a2c-4d80-b6e4-3c8a0f2d6b95",
            "roles": ["SMTP.SendAsApp"], "tid": "4b7c1e2a-9d3f-4a65-8e21-6f0c3b9d7a14", "ver": "1.0"
        }))
    );
    let claims = crate::support::Test::new()
        .args(["token", "--inspect", "-", "--json"])
        .stdin(&token)
        .run()
        .check("token.claims");
    assert_eq!(claims["status"], "warn", "{claims}");
    assert_eq!(claims["failure_class"]["id"], "wrong-audience");
    assert!(claims["summary"].as_str().unwrap().contains("AUTH decides"));
}

/// Issue 17.4: a federated token (workload identity) instead of a stored secret: it signs in
/// when the app's federated credential matches; a wrong subject is its own class with
/// Microsoft's text; the token is in no output; a file that holds no JWT is refused by name.
#[test]
fn a_federated_token_signs_in_and_a_wrong_subject_is_named() {
    use crate::support::Test;
    let ok = Test::scenario("federated-credential").args(["diagnose", "--json", "-v"]);
    let out = ok.run();
    out.code(0);
    let file = ok
        .sim
        .as_ref()
        .unwrap()
        .export("SMTP_OAUTH_FEDERATED_TOKEN_FILE")
        .unwrap()
        .to_string();
    let token = std::fs::read_to_string(&file).unwrap();
    assert!(
        ok.sim
            .as_ref()
            .unwrap()
            .export("SMTP_OAUTH_CLIENT_SECRET")
            .is_none()
    );
    assert_eq!(out.check("token")["status"], "pass");
    assert_eq!(
        out.check("secret.expiry")["summary"],
        "a federated token is used, not a secret"
    );

    let wrong = Test::scenario("federated-credential-mismatch").args(["diagnose", "--json", "-v"]);
    let out = wrong.run();
    out.code(1);
    let c = out.check("token");
    assert_eq!(
        c["failure_class"]["id"], "federated-credential-mismatch",
        "{c}"
    );
    assert_eq!(c["evidence"]["aadsts"], "AADSTS700213");
    assert!(
        c["summary"]
            .as_str()
            .unwrap()
            .contains("subject 'repo:contoso/printer-config:environment:production'"),
        "Microsoft's text names the subject: {c}"
    );
    let wrong_token = std::fs::read_to_string(
        wrong
            .sim
            .as_ref()
            .unwrap()
            .export("SMTP_OAUTH_FEDERATED_TOKEN_FILE")
            .unwrap(),
    )
    .unwrap();
    for (t, o) in [(&token, &ok.run()), (&wrong_token, &out)] {
        let payload = t.split('.').nth(1).unwrap();
        assert!(
            !o.stdout.contains(payload) && !o.stderr.contains(payload),
            "the token leaked"
        );
    }

    let sb = crate::support::Sandbox::new();
    let bad = sb.file("token.jwt", "not a token at all", 0o600);
    let sim = crate::support::SimProcess::start("healthy");
    sb.cmd()
        .args(["diagnose"])
        .sim_env(&sim, &["SMTP_OAUTH_CLIENT_SECRET"])
        .env("AZURE_FEDERATED_TOKEN_FILE", bad.to_str().unwrap())
        .run()
        .code(2)
        .stderr_has("does not hold a JWT")
        .stderr_has("AZURE_FEDERATED_TOKEN_FILE");
}

/// Issue 17.4, the GitHub half: under GitHub Actions with an ID token to be had and no stored
/// secret, the job's OIDC token (audience api://AzureADTokenExchange) is asked for and used.
/// A loopback server plays GitHub's ID-token endpoint; the request token is in no output.
#[test]
fn under_github_actions_the_jobs_oidc_token_replaces_a_stored_secret() {
    use std::io::{BufRead, BufReader, Write};
    const REQUEST_TOKEN: &str = "ghs-request-token-4f7d2c9a1b3e5f60";
    let sim = crate::support::SimProcess::start("healthy");
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let jwt = sim.state.signer.issue(&serde_json::json!({
        "iss": smtp_oauth::sim::tenant::OIDC_ISSUER,
        "sub": smtp_oauth::sim::tenant::OIDC_SUBJECT,
        "aud": smtp_oauth::sim::tenant::OIDC_AUDIENCE,
        "iat": now, "nbf": now, "exp": now + 300,
    }));
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::<String>::new()));
    let (seen_by_server, body) = (seen.clone(), format!("{{\"count\":1,\"value\":\"{jwt}\"}}"));
    std::thread::spawn(move || {
        for stream in listener.incoming().take(4).flatten() {
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut head = Vec::new();
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                    break;
                }
                head.push(line.trim_end().to_string());
            }
            let authorized = head
                .iter()
                .any(|l| l.eq_ignore_ascii_case(&format!("authorization: bearer {REQUEST_TOKEN}")));
            seen_by_server.lock().unwrap().extend(head);
            let (status, text) = if authorized {
                ("200 OK", body.clone())
            } else {
                ("401 Unauthorized", String::new())
            };
            let _ = write!(
                &stream,
                "HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{text}",
                text.len()
            );
        }
    });
    let out = crate::support::Sandbox::new()
        .cmd()
        .args(["diagnose", "--json", "-v"])
        .sim_env(&sim, &["SMTP_OAUTH_CLIENT_SECRET"])
        .env(
            "ACTIONS_ID_TOKEN_REQUEST_URL",
            &format!("http://127.0.0.1:{port}/_apis/distributedtask/token?api-version=2.0"),
        )
        .env("ACTIONS_ID_TOKEN_REQUEST_TOKEN", REQUEST_TOKEN)
        .env("GITHUB_ACTIONS", "true")
        .run();
    out.code(0);
    assert_eq!(out.check("token")["status"], "pass");
    let request = seen.lock().unwrap().first().cloned().unwrap_or_default();
    assert!(
        request.contains("api-version=2.0&audience=api%3A%2F%2FAzureADTokenExchange"),
        "{request}"
    );
    for secret in [REQUEST_TOKEN, jwt.split('.').nth(1).unwrap()] {
        assert!(!out.stdout.contains(secret) && !out.stderr.contains(secret));
    }
}
