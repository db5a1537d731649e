//! Hostile and broken servers on loopback: whatever they answer, the tool classifies it within
//! the timeout, holds bounded memory, never panics, and never lets a secret or a terminal
//! escape sequence through to its output.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::support::{SECRET, Sandbox, check};

/// A loopback HTTP server answering every request with what `respond` makes of it (the whole
/// request as text), keeping each request it saw.
struct Hostile {
    port: u16,
    seen: Arc<Mutex<Vec<String>>>,
}

impl Hostile {
    fn http(respond: impl Fn(&str, &mut TcpStream) + Send + Sync + 'static) -> Hostile {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let seen = Arc::new(Mutex::new(Vec::new()));
        let kept = seen.clone();
        let respond = Arc::new(respond);
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { continue };
                let kept = kept.clone();
                let respond = respond.clone();
                std::thread::spawn(move || {
                    let request = read_request(&mut stream);
                    kept.lock().unwrap().push(request.clone());
                    respond(&request, &mut stream);
                });
            }
        });
        Hostile { port, seen }
    }

    /// A server that answers every request with `status` and a JSON `body`.
    fn json(
        status: u16,
        extra_headers: &'static str,
        body: impl Fn(&str) -> String + Send + Sync + 'static,
    ) -> Hostile {
        Hostile::http(move |request, stream| {
            let body = body(request);
            let _ = write!(
                stream,
                "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\n{extra_headers}Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
        })
    }

    fn token_endpoint(&self) -> String {
        format!(
            "http://127.0.0.1:{}/72f988bf-86f1-41af-91ab-2d7cd011db47/oauth2/v2.0/token",
            self.port
        )
    }

    fn requests(&self) -> Vec<String> {
        self.seen.lock().unwrap().clone()
    }
}

/// The request head and its Content-Length body.
fn read_request(stream: &mut TcpStream) -> String {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let mut buf = Vec::new();
    let mut chunk = [0u8; 8192];
    while let Ok(n) = stream.read(&mut chunk) {
        if n == 0 {
            break;
        }
        buf.extend_from_slice(&chunk[..n]);
        let text = String::from_utf8_lossy(&buf);
        if let Some(end) = text.find("\r\n\r\n") {
            let length = crate::support::content_length(&text[..end]);
            if buf.len() >= end + 4 + length {
                break;
            }
        }
    }
    String::from_utf8_lossy(&buf).into_owned()
}

/// `token` against `endpoint` with the canary secret, in `format` (`human`, `json`, `junit`).
fn token(sb: &Sandbox, endpoint: &str, format: &str) -> crate::support::Output {
    token_cmd(sb, endpoint, &["--format", format, "--timeout", "5"])
        .env("SMTP_OAUTH_MAILBOX", "no-reply@contoso.onmicrosoft.com")
        .run()
}

/// `token ARGS --token-endpoint ENDPOINT` with an app's ids and the canary secret.
fn token_cmd<'a>(sb: &'a Sandbox, endpoint: &str, args: &[&str]) -> crate::support::Run<'a> {
    sb.cmd()
        .args(["token"])
        .args(args)
        .args(["--token-endpoint", endpoint])
        .env("SMTP_OAUTH_TENANT", "72f988bf-86f1-41af-91ab-2d7cd011db47")
        .env(
            "SMTP_OAUTH_CLIENT_ID",
            "00001111-aaaa-2222-bbbb-3333cccc4444",
        )
        .env("SMTP_OAUTH_CLIENT_SECRET", SECRET)
}

/// A proxy that records every connection made to it and answers nothing useful.
fn recording_proxy() -> (u16, Arc<Mutex<Vec<String>>>) {
    let proxy = Hostile::http(|_, stream| {
        let _ = stream.write_all(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n");
    });
    (proxy.port, proxy.seen)
}

/// Issue 15.7 (HIGH): a plain-http endpoint with a proxy configured sent the form, client secret
/// included, in clear text to the proxy. Plain-http requests now never go through the proxy.
#[test]
fn a_plain_http_endpoint_never_sends_the_secret_through_a_proxy() {
    let endpoint = Hostile::json(401, "", |_| {
        r#"{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided.","error_codes":[7000215]}"#.into()
    });
    let (proxy_port, proxied) = recording_proxy();
    let sb = Sandbox::new();
    let out = token_cmd(
        &sb,
        &endpoint.token_endpoint(),
        &["--json", "--timeout", "5"],
    )
    .env("HTTPS_PROXY", &format!("http://127.0.0.1:{proxy_port}"))
    .env("NO_PROXY", "")
    .run();
    assert!(
        proxied.lock().unwrap().is_empty(),
        "the proxy saw: {:?}",
        proxied.lock().unwrap()
    );
    assert_eq!(
        endpoint.requests().len(),
        1,
        "the endpoint was asked directly"
    );
    assert_eq!(
        check(&out.json(), "token")["failure_class"]["id"],
        "invalid-client-secret"
    );
}

/// Issue 15.3: `Retry-After: 18446744073709551615` overflowed `Instant` and lost the whole report.
#[test]
fn a_retry_after_beyond_the_clock_is_classified_not_a_panic() {
    let endpoint = Hostile::json(429, "Retry-After: 18446744073709551615\r\n", |_| {
        r#"{"error":"temporarily_unavailable","error_description":"AADSTS50196: The server terminated an operation because it encountered a client request loop.","error_codes":[50196]}"#.into()
    });
    let sb = Sandbox::new();
    let started = Instant::now();
    let out = token(&sb, &endpoint.token_endpoint(), "json");
    assert_eq!(out.code, 1, "{}\n{}", out.stdout, out.stderr);
    assert!(!out.stderr.contains("panicked"), "{}", out.stderr);
    assert_eq!(
        check(&out.json(), "token")["failure_class"]["id"],
        "token-service-error"
    );
    assert!(started.elapsed() < Duration::from_secs(10));
    // Negative and date forms are no number of seconds: the tool's own back-off applies.
    for value in [
        "-5",
        "Wed, 21 Oct 2037 07:28:00 GMT",
        "9999999999999999999999",
    ] {
        let header: &'static str = Box::leak(format!("Retry-After: {value}\r\n").into_boxed_str());
        let endpoint = Hostile::json(503, header, |_| r#"{"error":"server_error"}"#.into());
        let out = token(&sb, &endpoint.token_endpoint(), "json");
        assert_eq!(out.code, 1, "{value}: {}", out.stderr);
        assert_eq!(
            check(&out.json(), "token")["failure_class"]["id"],
            "token-service-error",
            "{value}"
        );
    }
}

/// Issue 15.4: a token body without end was read whole (200 MiB took 410 MiB of memory). The
/// body is read up to 1 MiB, and the report says so.
#[test]
fn an_endless_token_body_is_cut_and_reported() {
    let endpoint = Hostile::http(|_, stream| {
        let _ = stream.write_all(
            b"HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n",
        );
        let chunk = format!("{:x}\r\n{}\r\n", 65536, "a".repeat(65536));
        // At most 64 MiB, so a client that keeps reading ends too (and the test fails).
        for _ in 0..1024 {
            if stream.write_all(chunk.as_bytes()).is_err() {
                return;
            }
        }
    });
    let sb = Sandbox::new();
    let started = Instant::now();
    let out = token(&sb, &endpoint.token_endpoint(), "json");
    assert_eq!(out.code, 1, "{}", out.stderr);
    let token = check(&out.json(), "token").clone();
    assert!(
        token.to_string().contains("larger than 1024 KiB"),
        "{token:#}"
    );
    assert!(started.elapsed() < Duration::from_secs(10));
    // Announced too large: not read at all.
    let announced = Hostile::http(|_, stream| {
        let _ = stream.write_all(
            b"HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nContent-Length: 209715200\r\n\r\n{",
        );
    });
    let out = self::token(&sb, &announced.token_endpoint(), "json");
    assert!(
        out.stdout.contains("larger than 1024 KiB"),
        "{}",
        out.stdout
    );
}

/// Issue 15.5 and 15.6: a token endpoint that echoes the request (the client secret in it) and
/// writes terminal escape sequences and a workflow command into its description. No output
/// form shows the secret, an escape byte, or a line the Actions runner would obey.
#[test]
fn an_echoing_server_shows_no_secret_no_escape_and_no_workflow_command() {
    let endpoint = Hostile::json(400, "", |request| {
        let body = request.split("\r\n\r\n").nth(1).unwrap_or_default();
        let description = format!(
            "AADSTS90000: bad request \u{1b}]0;pwned\u{7}\u{1b}[2J\r\n::stop-commands::pwned\r\nyou sent: {body}"
        );
        serde_json::json!({
            "error": "invalid_request",
            "error_description": description,
            "error_codes": [90000],
        })
        .to_string()
    });
    let sb = Sandbox::new();
    for format in ["human", "json", "junit"] {
        let out = token_cmd(
            &sb,
            &endpoint.token_endpoint(),
            &["-v", "--format", format, "--timeout", "5"],
        )
        .env("GITHUB_ACTIONS", "true")
        .run();
        assert_eq!(out.code, 1, "{format}: {}", out.stderr);
        let both = format!("{}{}", out.stdout, out.stderr);
        let encoded: String = form_urlencoded::byte_serialize(SECRET.as_bytes()).collect();
        assert!(
            !both.contains(SECRET) && !both.contains(&encoded),
            "{format} shows the secret:\n{both}"
        );
        assert!(
            !both.contains('\u{1b}') && !both.contains('\u{7}'),
            "{format}: {both:?}"
        );
        assert!(
            !both
                .lines()
                .any(|l| l.trim_start().starts_with("::stop-commands")),
            "{format}: {both}"
        );
        if format != "junit" {
            // JUnit carries the summary (the description's first line); the rest is evidence.
            assert!(
                both.contains("<redacted>"),
                "{format}: the echo is shown, scrubbed"
            );
        }
    }
}

/// Issue 15.1: TLS failures on the token endpoint were `connection-refused` with advice about
/// port 587. An untrusted chain is `untrusted-certificate` with the chain as evidence and the
/// `certs login` export; plain HTTP on the HTTPS port is a TLS failure; a refused or silent
/// login host is `login-host-unreachable`; a proxy that never answers CONNECT is
/// `proxy-unreachable`.
#[test]
fn tls_and_network_failures_of_the_login_host_are_named_for_it() {
    let sim = crate::support::SimProcess::start("healthy");
    let out = Sandbox::new()
        .cmd()
        .args(["token", "--json"])
        .sim_env(&sim, &["SMTP_OAUTH_CA_FILE"])
        .run();
    let token = check(&out.json(), "token").clone();
    assert_eq!(
        token["failure_class"]["id"], "untrusted-certificate",
        "{token:#}"
    );
    assert!(
        token["evidence"]["chain"][0]["subject"]
            .as_str()
            .unwrap()
            .contains("login.microsoftonline.com")
    );
    assert!(
        token.to_string().contains("smtp-oauth certs login --out"),
        "{token:#}"
    );
    assert_no_smtp_advice(&token);

    // An HTTP server where TLS is expected: it answers the ClientHello at once with HTTP.
    let plain_port = loopback(|plain| {
        for mut s in plain.incoming().flatten() {
            let _ = s.write_all(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 2\r\n\r\n{}");
        }
    });
    let out = token_out(
        &format!("https://127.0.0.1:{plain_port}/t/oauth2/v2.0/token"),
        &[],
    );
    let class = check(&out.json(), "token")["failure_class"]["id"].clone();
    assert_eq!(
        class, "tls-handshake-failed",
        "plain HTTP on the HTTPS port"
    );

    let closed = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = closed.local_addr().unwrap().port();
    drop(closed);
    let out = token_out(
        &format!("https://127.0.0.1:{port}/t/oauth2/v2.0/token"),
        &[],
    );
    let token = check(&out.json(), "token").clone();
    assert_eq!(
        token["failure_class"]["id"], "login-host-unreachable",
        "{token:#}"
    );
    assert_no_smtp_advice(&token);

    // A proxy that takes the connection and never answers the CONNECT.
    let silent_port = loopback(|silent| {
        let mut held = Vec::new();
        for s in silent.incoming() {
            held.push(s);
        }
    });
    let started = Instant::now();
    let out = token_out(
        "https://login.example.test/t/oauth2/v2.0/token",
        &[("HTTPS_PROXY", &format!("http://127.0.0.1:{silent_port}"))],
    );
    assert_eq!(
        check(&out.json(), "token")["failure_class"]["id"],
        "proxy-unreachable",
        "{}",
        out.stdout
    );
    assert!(started.elapsed() < Duration::from_secs(10));
}

/// A failure of the login host carries no SMTP-port advice (the evidence's random port may
/// hold "587", so only the class's texts are looked at).
#[track_caller]
fn assert_no_smtp_advice(token: &serde_json::Value) {
    assert!(
        !token["failure_class"].to_string().contains("587"),
        "{token:#}"
    );
}

/// A loopback listener served by `serve` on its own thread; returns its port.
fn loopback(serve: impl FnOnce(TcpListener) + Send + 'static) -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || serve(listener));
    port
}

/// `token --json` against `endpoint` with a 2 s timeout and these extra variables.
fn token_out(endpoint: &str, env: &[(&str, &str)]) -> crate::support::Output {
    let sb = Sandbox::new();
    let mut run = token_cmd(&sb, endpoint, &["--json", "--timeout", "2"]).env("NO_PROXY", "");
    for (k, v) in env {
        run = run.env(k, v);
    }
    run.run()
}

/// Issue 15.6: an SMTP server that echoes the AUTH line (the XOAUTH2 string, the token in it)
/// in its reply, with an escape sequence: neither reaches any output.
#[test]
fn an_smtp_server_echoing_the_auth_line_shows_neither_blob_nor_escape() {
    let sim = crate::support::SimProcess::start_with(
        "healthy",
        smtp_oauth::sim::SimOptions {
            smtp_fault: Some(smtp_oauth::sim::SmtpFault::AuthReply(
                "535 5.7.3 Authentication unsuccessful \u{1b}[2J you sent {echo} {bracket}",
            )),
            ..smtp_oauth::sim::SimOptions::default()
        },
    );
    let sb = Sandbox::new();
    for format in ["human", "json", "junit"] {
        let out = sb
            .cmd()
            .args(["test-connection", "-v", "--format", format])
            .sim_env(&sim, &[])
            .env("GITHUB_ACTIONS", "true")
            .run();
        assert_eq!(out.code, 1, "{format}: {}", out.stderr);
        let both = format!("{}{}", out.stdout, out.stderr);
        // base64 of "user=", the start of every XOAUTH2 string.
        assert!(
            !both.contains("dXNlcj0"),
            "{format} shows the XOAUTH2 string:\n{both}"
        );
        assert!(!both.contains("eyJ"), "{format} shows a token:\n{both}");
        assert!(!both.contains('\u{1b}'), "{format}: {both:?}");
        assert!(both.contains("you sent <redacted>"), "{format}: {both}");
    }
}

/// Issue 15.8, 15.9, 15.12, 15.13: what a user types or names never carries a secret further.
#[test]
fn argv_files_and_quotes_carry_no_secret() {
    let sim = crate::support::SimProcess::start("healthy");
    let sb = Sandbox::new();
    // token --raw never mixes into a machine format; to --output it is a 0600 file.
    for format in [&["--json"][..], &["--format", "junit"]] {
        let out = sb
            .cmd()
            .args(["token", "--raw"])
            .args(format)
            .sim_env(&sim, &[])
            .run();
        assert_eq!(out.code, 2, "{format:?}: {}", out.stderr);
        assert!(!out.stdout.contains("eyJ"), "{format:?}");
    }
    let file = sb.dir.path().join("token.txt");
    let out = sb
        .cmd()
        .args(["token", "--raw", "--output", file.to_str().unwrap()])
        .sim_env(&sim, &[])
        .run();
    out.code(0);
    assert!(out.stdout.is_empty(), "the token went to the file only");
    assert!(std::fs::read_to_string(&file).unwrap().starts_with("eyJ"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    // --output never replaces the config file.
    sb.write_config("[default]\ntenant = \"contoso.onmicrosoft.com\"\n");
    let config = sb.config_path();
    let out = sb
        .cmd()
        .args(["explain", "--json", "--output", config.to_str().unwrap()])
        .run();
    assert_ne!(out.code, 0);
    assert!(sb.read_config().contains("contoso"), "the config is intact");

    // A proxy's credentials on argv are refused without echo; `config set` never echoes them.
    let out = sb
        .cmd()
        .args([
            "config",
            "show",
            "--proxy",
            "http://bob:Hunter2Proxy@proxy.example:3128",
        ])
        .run();
    out.code(2);
    assert!(
        !out.stderr.contains("Hunter2Proxy") && !out.stderr.contains("bob"),
        "{}",
        out.stderr
    );
    let out = sb
        .cmd()
        .args([
            "config",
            "set",
            "proxy",
            "http://bob:Hunter2Proxy@proxy.example:3128",
        ])
        .run();
    out.code(0);
    assert!(
        !out.stdout.contains("Hunter2Proxy") && !out.stdout.contains("bob"),
        "{}",
        out.stdout
    );
    assert!(
        sb.read_config().contains("bob:Hunter2Proxy@"),
        "the profile keeps the URL"
    );
    let out = sb.cmd().args(["config", "show", "--json"]).run();
    assert!(!out.stdout.contains("Hunter2Proxy"), "{}", out.stdout);

    // A secret pasted where its file's path belongs: refused, not echoed, not stored.
    let out = sb
        .cmd()
        .args(["config", "set", "client-secret-file", SECRET])
        .run();
    out.code(2);
    assert!(!out.stderr.contains(SECRET) && !out.stdout.contains(SECRET));
    assert!(!sb.read_config().contains(SECRET));

    // explain --log quotes its lines without the secrets a log held.
    let log = sb.file(
        "guest.log",
        &format!(
            "POST /token client_id=x&client_secret={SECRET}&scope=y\nAuthorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJ4In0.c2ln 535 5.7.3 Authentication unsuccessful\nInvalid client secret is provided client_secret={SECRET}\n"
        ),
        0o600,
    );
    let out = sb
        .cmd()
        .args(["explain", "--log", log.to_str().unwrap()])
        .run();
    assert!(out.stdout.contains("auth-rejected"), "{}", out.stdout);
    assert!(
        !out.stdout.contains(SECRET) && !out.stdout.contains("eyJhbGci"),
        "{}",
        out.stdout
    );
}

/// Issue 15.10: the config file is believed only when it is the user's own, two writers never
/// lose one another's change, and a profile name cannot walk out of the config directory.
#[test]
fn the_config_file_is_locked_trusted_and_contained() {
    let sb = Sandbox::new();
    sb.write_config("[default]\ntenant = \"contoso.onmicrosoft.com\"\n");
    // Two `config set` at once on different profiles, 30 rounds: both always land.
    for round in 0..30 {
        let path = sb.config_path();
        let config = path.to_str().unwrap().to_string();
        let run = |profile: &str, value: String| {
            let config = config.clone();
            let profile = profile.to_string();
            std::thread::spawn(move || {
                std::process::Command::new(env!("CARGO_BIN_EXE_smtp-oauth"))
                    .args([
                        "config",
                        "set",
                        "mailbox",
                        &value,
                        "--profile",
                        &profile,
                        "--config",
                        &config,
                    ])
                    .env_clear()
                    .env("PATH", std::env::var_os("PATH").unwrap_or_default())
                    .output()
                    .unwrap()
            })
        };
        let a = run("a", format!("a{round}@contoso.com"));
        let b = run("b", format!("b{round}@contoso.com"));
        assert!(a.join().unwrap().status.success());
        assert!(b.join().unwrap().status.success());
        let text = sb.read_config();
        assert!(
            text.contains(&format!("a{round}@contoso.com"))
                && text.contains(&format!("b{round}@contoso.com")),
            "round {round} lost a change:\n{text}"
        );
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let path = sb.config_path();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o666)).unwrap();
        let out = sb.cmd().args(["config", "show"]).run();
        out.code(2)
            .stderr_has("writable by other users")
            .stderr_has("chmod 600");
        let out = sb.cmd().args(["config", "set", "timeout", "30"]).run();
        out.code(2).stderr_has("chmod 600");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    let out = sb
        .cmd()
        .args(["config", "set", "timeout", "30", "--profile", "../outside"])
        .run();
    out.code(2).stderr_has("not a profile name");
    assert!(!sb.dir.path().join("xdg").join("outside").exists());
}

/// Issue 15.11: `certs --out` never writes through a symlink and never replaces a file with
/// other contents; exporting the same chain twice is fine.
#[test]
fn certs_out_never_follows_links_or_overwrites() {
    let sim = crate::support::SimProcess::start("healthy");
    let sb = Sandbox::new();
    let dir = sb.dir.path().join("chain");
    let export = || {
        sb.cmd()
            .args(["certs", "--out", dir.to_str().unwrap()])
            .sim_env(&sim, &[])
            .run()
    };
    export().code(0);
    export().code(0);
    let bundle = dir.join("chain-bundle.pem");
    std::fs::write(&bundle, "mine").unwrap();
    let out = export();
    assert_ne!(out.code, 0);
    assert!(out.stderr.contains("not overwritten"), "{}", out.stderr);
    assert_eq!(std::fs::read_to_string(&bundle).unwrap(), "mine");
    #[cfg(unix)]
    {
        std::fs::remove_file(&bundle).unwrap();
        let victim = sb.dir.path().join("victim");
        std::fs::write(&victim, "keep").unwrap();
        std::os::unix::fs::symlink(&victim, &bundle).unwrap();
        let out = export();
        assert_ne!(out.code, 0);
        assert!(out.stderr.contains("symbolic link"), "{}", out.stderr);
        assert_eq!(std::fs::read_to_string(&victim).unwrap(), "keep");
    }
}

/// Issue 15.14: after a stalled reply, QUIT waits a short bound, not a second full timeout.
#[test]
fn a_stalled_auth_costs_one_timeout_not_two() {
    let sim = crate::support::SimProcess::start_with(
        "healthy",
        smtp_oauth::sim::SimOptions {
            smtp_fault: Some(smtp_oauth::sim::SmtpFault::StallAfterAuth),
            ..smtp_oauth::sim::SimOptions::default()
        },
    );
    let started = Instant::now();
    let out = Sandbox::new()
        .cmd()
        .args(["test-connection", "--json", "--timeout", "3"])
        .sim_env(&sim, &[])
        .run();
    let elapsed = started.elapsed();
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert_eq!(check(&out.json(), "smtp.auth")["status"], "fail");
    assert!(
        elapsed < Duration::from_secs(3 + 2),
        "took {elapsed:?}: QUIT waited more than its bound"
    );
}

/// Issue 15.14: `demo --serve` stopped by SIGTERM (or Ctrl-C) removes its temporary directory.
#[cfg(unix)]
#[test]
fn demo_serve_cleans_up_on_sigterm() {
    use std::io::BufRead;
    for signal in ["-TERM", "-INT"] {
        let sb = Sandbox::new();
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_smtp-oauth"))
            .args(["demo", "--serve"])
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", sb.dir.path())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let ca = std::io::BufReader::new(stdout)
            .lines()
            .map_while(Result::ok)
            .find_map(|l| {
                l.strip_prefix("export SMTP_OAUTH_CA_FILE='")
                    .map(|p| p.trim_end_matches('\'').to_string())
            })
            .expect("the exports name the CA file");
        let dir = std::path::Path::new(&ca).parent().unwrap().to_path_buf();
        assert!(dir.exists());
        let status = std::process::Command::new("kill")
            .args([signal, &child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
        let _ = child.wait();
        assert!(!dir.exists(), "{signal}: {} was left behind", dir.display());
    }
}

/// Issue 15.2: a TLS alert right after a TLS 1.3 handshake (the server wants a client
/// certificate) is a TLS failure, and the TLS step does not show as passed.
#[test]
fn an_alert_after_the_handshake_fails_the_tls_step() {
    let sim = crate::support::SimProcess::start_with(
        "healthy",
        smtp_oauth::sim::SimOptions {
            smtp_fault: Some(smtp_oauth::sim::SmtpFault::ClientCertRequired),
            ..smtp_oauth::sim::SimOptions::default()
        },
    );
    let out = Sandbox::new()
        .cmd()
        .args(["test-connection", "--json"])
        .sim_env(&sim, &[])
        .run();
    let j = out.json();
    let tls = check(&j, "tls.chain");
    assert_eq!(tls["status"], "fail", "{tls:#}");
    assert_eq!(
        tls["failure_class"]["id"], "tls-handshake-failed",
        "{tls:#}"
    );
    assert!(
        tls["summary"]
            .as_str()
            .unwrap()
            .to_ascii_lowercase()
            .contains("certificate"),
        "{tls:#}"
    );
    assert_ne!(check(&j, "smtp.xoauth2")["status"], "pass");
}

/// Issue 15.4: an oversized AADSTS description is shown once, cut, not twice in full.
#[test]
fn an_oversized_description_is_shown_once_and_cut() {
    let endpoint = Hostile::json(400, "", |_| {
        let description = format!(
            "AADSTS90002: Tenant not found. {}",
            "MARKER ".repeat(60_000)
        );
        serde_json::json!({"error": "invalid_request", "error_description": description, "error_codes": [90002]})
            .to_string()
    });
    let sb = Sandbox::new();
    let human = token(&sb, &endpoint.token_endpoint(), "human");
    assert_eq!(human.code, 1, "{}", human.stderr);
    let markers = human.stdout.matches("MARKER").count();
    assert!(
        (100..2 * 4096 / 7).contains(&markers),
        "{markers} markers: the description is shown once, cut"
    );
    assert!(human.stdout.contains("more characters)"), "the cut says so");
    let json = token(&sb, &endpoint.token_endpoint(), "json");
    let t = check(&json.json(), "token").clone();
    assert!(
        t["summary"].as_str().unwrap().len() < 1000,
        "{}",
        t["summary"]
    );
}

/// Issue 15.13: `action.yml` passes its inputs through the environment; no `${{ … }}` is
/// pasted into a shell script, where an input could run commands.
#[test]
fn the_action_never_pastes_inputs_into_its_scripts() {
    let action =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/action.yml")).unwrap();
    let mut in_run = false;
    for line in action.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("run:") {
            in_run = true;
            assert!(!trimmed.contains("${{"), "expression in a script: {line}");
            continue;
        }
        if in_run
            && (trimmed.starts_with("- ")
                || trimmed.starts_with("env:")
                || trimmed.starts_with("shell:"))
        {
            in_run = false;
        }
        if in_run {
            assert!(!line.contains("${{"), "expression in a script: {line}");
        }
    }
    assert!(action.contains("SMTP_OAUTH_ARGS: ${{ inputs.args }}"));
}

/// The sweep of issue 15's "done when": every network command × format × verbosity against a
/// tenant whose services echo everything they receive (the login host the form with the
/// secret, Graph and Exchange the bearer token, SMTP the XOAUTH2 string) shows no secret in
/// any form, on stdout, stderr or in a bundle.
#[test]
fn no_command_format_or_verbosity_shows_an_echoed_secret() {
    use base64::Engine as _;
    let modes = [
        smtp_oauth::sim::SimOptions {
            echo_requests: true,
            ..smtp_oauth::sim::SimOptions::default()
        },
        smtp_oauth::sim::SimOptions {
            smtp_fault: Some(smtp_oauth::sim::SmtpFault::AuthReply(
                "535 5.7.3 you sent {echo} {bracket}",
            )),
            ..smtp_oauth::sim::SimOptions::default()
        },
    ];
    let commands: &[&[&str]] = &[
        &["diagnose"],
        &["test-connection"],
        &["send-test", "--to", "someone@example.com"],
        &["token"],
        &["prereqs"],
    ];
    // Anything the login host issues is a JWT (`eyJ…`), looked for everywhere but inside the
    // certificates a bundle keeps as base64 DER (`MII…`): their random keys and signatures hold
    // `eyJ` by chance (about 1,000 random characters a bundle, ~0.4 % of runs; CI failed once
    // with the bare `eyJ`, the bundle itself not shown; it is now).
    let der = regex::Regex::new(r"MII[A-Za-z0-9+/]{60,}={0,2}").unwrap();
    for options in modes {
        let sim = crate::support::SimProcess::start_with("healthy", options);
        let mut secrets: Vec<String> = [
            "SMTP_OAUTH_CLIENT_SECRET",
            "SMTP_OAUTH_GRAPH_TOKEN",
            "SMTP_OAUTH_EXCHANGE_TOKEN",
        ]
        .iter()
        .filter_map(|k| sim.export(k).map(str::to_string))
        .collect();
        let encoded: Vec<String> = secrets
            .iter()
            .flat_map(|s| {
                [
                    form_urlencoded::byte_serialize(s.as_bytes()).collect::<String>(),
                    base64::engine::general_purpose::STANDARD.encode(s),
                ]
            })
            .collect();
        secrets.extend(encoded);
        // Anything the simulated login host issues, and every XOAUTH2 string: its base64 begins
        // with that of `user=<mailbox>\x01auth=Bearer ` (whole 3-byte groups of it).
        let prefix = format!("user={}\x01auth=Bearer ", smtp_oauth::sim::tenant::MAILBOX);
        let aligned = &prefix.as_bytes()[..prefix.len() / 3 * 3];
        secrets.extend([
            "dXNlcj0".to_string(),
            base64::engine::general_purpose::STANDARD.encode(aligned),
        ]);
        let shows = |text: &str| {
            der.replace_all(text, "")
                .contains("eyJ")
                .then_some("eyJ")
                .or_else(|| {
                    secrets
                        .iter()
                        .map(String::as_str)
                        .find(|s| text.contains(s))
                })
        };
        let sb = Sandbox::new();
        let bundle = sb.dir.path().join("bundle.json");
        for command in commands {
            for format in ["human", "json", "junit"] {
                for verbose in [&[][..], &["-v"]] {
                    let out = sb
                        .cmd()
                        .args(*command)
                        .args(["--format", format])
                        .args(verbose)
                        .sim_env(&sim, &[])
                        .env("GITHUB_ACTIONS", "true")
                        .run();
                    let both = format!("{}{}", out.stdout, out.stderr);
                    if let Some(s) = shows(&both) {
                        panic!("{command:?} {format} {verbose:?} shows {s}:\n{both}");
                    }
                    assert!(!both.contains("panicked"), "{command:?}: {both}");
                }
            }
        }
        sb.cmd()
            .args(["diagnose", "--json", "--bundle", bundle.to_str().unwrap()])
            .sim_env(&sim, &[])
            .run();
        let written = std::fs::read_to_string(&bundle).unwrap();
        if let Some(s) = shows(&written) {
            panic!("the bundle holds {s}:\n{written}");
        }
    }
}

/// Issue 15.10: a symlinked config (a dotfile manager's) stays a link, and `config set` says
/// that it wrote the file the link points to.
#[cfg(unix)]
#[test]
fn a_symlinked_config_is_not_rewritten_silently() {
    let sb = Sandbox::new();
    let real = sb.dir.path().join("dotfiles").join("smtp-oauth.toml");
    std::fs::create_dir_all(real.parent().unwrap()).unwrap();
    std::fs::write(&real, "[default]\n").unwrap();
    let link = sb.config_path();
    std::fs::create_dir_all(link.parent().unwrap()).unwrap();
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let out = sb.cmd().args(["config", "set", "timeout", "30"]).run();
    out.code(0).stdout_has("where the symlink points");
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(
        std::fs::read_to_string(&real)
            .unwrap()
            .contains("timeout = 30")
    );
}
