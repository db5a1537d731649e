//! Interop with a real third-party SMTP server: Dovecot's submission service (Debian's
//! dovecot-submissiond) with STARTTLS and an `oauth2` passdb that validates our tokens through an
//! introspection endpoint served here, relaying accepted mail to a sink served here. Tokens come
//! from the simulated login host. `.ci/run` installs Dovecot; elsewhere the test says it is skipped
//! (and fails under CI=true, where Dovecot must be present).

use std::net::TcpListener as StdListener;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};

use crate::support::{Sandbox, SimProcess};

const DOVECOT: &str = "/usr/sbin/dovecot";

fn available() -> bool {
    if Path::new(DOVECOT).exists() {
        return true;
    }
    assert!(
        std::env::var("CI").is_err(),
        "CI must install dovecot-submissiond (see .ci/run)"
    );
    eprintln!(
        "skipped: Dovecot is not installed (apt-get install dovecot-core dovecot-submissiond)"
    );
    false
}

fn free_port() -> u16 {
    StdListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// The mailbox Dovecot's introspection accepts for any token it is shown.
const VALID_USER: &str = "no-reply@contoso.onmicrosoft.com";

/// The introspection endpoint and the relay sink, on their own runtime.
struct Helpers {
    introspection: u16,
    relay: u16,
    relayed: Arc<Mutex<Vec<String>>>,
    introspected: Arc<Mutex<u32>>,
    _runtime: tokio::runtime::Runtime,
}

/// The OAuth introspection endpoint Dovecot asks: a token of the simulated login host is
/// active for the valid user; every request is counted.
async fn serve_introspection(intro: tokio::net::TcpListener, count: Arc<Mutex<u32>>) {
    loop {
        let Ok((mut s, _)) = intro.accept().await else {
            continue;
        };
        let count = count.clone();
        tokio::spawn(async move {
            let mut buf = vec![0u8; 65536];
            let mut got = 0;
            // Read the whole request (head + Content-Length body).
            loop {
                let Ok(n) = s.read(&mut buf[got..]).await else {
                    return;
                };
                if n == 0 {
                    break;
                }
                got += n;
                let text = String::from_utf8_lossy(&buf[..got]).to_string();
                if let Some(i) = text.find("\r\n\r\n") {
                    let len = crate::support::content_length(&text[..i]);
                    if got >= i + 4 + len {
                        break;
                    }
                }
            }
            *count.lock().unwrap() += 1;
            let text = String::from_utf8_lossy(&buf[..got]).to_string();
            // A token the simulated login host issued has three parts and an Exchange audience.
            let active = text.contains("token=eyJ");
            let body = if active {
                format!(r#"{{"active":true,"username":"{VALID_USER}","scope":"mail"}}"#)
            } else {
                r#"{"active":false}"#.to_string()
            };
            let resp = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
            let _ = s.write_all(resp.as_bytes()).await;
        });
    }
}

/// The relay Dovecot's submission service hands messages to: it keeps each message in `sink`.
async fn serve_relay(relay: tokio::net::TcpListener, sink: Arc<Mutex<Vec<String>>>) {
    loop {
        let Ok((s, _)) = relay.accept().await else {
            continue;
        };
        let sink = sink.clone();
        tokio::spawn(async move {
            let mut io = BufReader::new(s);
            let _ = io.get_mut().write_all(b"220 relay.test ESMTP\r\n").await;
            let mut line = String::new();
            let mut in_data = false;
            let mut message = String::new();
            loop {
                line.clear();
                if io.read_line(&mut line).await.unwrap_or(0) == 0 {
                    return;
                }
                if in_data {
                    if line.trim_end() == "." {
                        in_data = false;
                        sink.lock().unwrap().push(std::mem::take(&mut message));
                        let _ = io.get_mut().write_all(b"250 2.0.0 queued\r\n").await;
                    } else {
                        message.push_str(&line);
                    }
                    continue;
                }
                let verb = line
                    .split_whitespace()
                    .next()
                    .unwrap_or_default()
                    .to_ascii_uppercase();
                let reply: &[u8] = match verb.as_str() {
                    "EHLO" | "LHLO" => b"250-relay.test\r\n250 8BITMIME\r\n",
                    "DATA" => {
                        in_data = true;
                        b"354 go ahead\r\n"
                    }
                    "QUIT" => {
                        let _ = io.get_mut().write_all(b"221 bye\r\n").await;
                        return;
                    }
                    _ => b"250 2.0.0 ok\r\n",
                };
                let _ = io.get_mut().write_all(reply).await;
            }
        });
    }
}

fn helpers() -> Helpers {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let intro = rt
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .unwrap();
    let relay = rt
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .unwrap();
    let (introspection, relay_port) = (
        intro.local_addr().unwrap().port(),
        relay.local_addr().unwrap().port(),
    );
    let relayed = Arc::new(Mutex::new(Vec::new()));
    let introspected = Arc::new(Mutex::new(0));
    rt.spawn(serve_introspection(intro, introspected.clone()));
    rt.spawn(serve_relay(relay, relayed.clone()));
    Helpers {
        introspection,
        relay: relay_port,
        relayed,
        introspected,
        _runtime: rt,
    }
}

struct Dovecot {
    child: Child,
    port: u16,
    dir: tempfile::TempDir,
    /// The CA that signed Dovecot's certificate.
    ca_pem: String,
}

impl Drop for Dovecot {
    fn drop(&mut self) {
        // SIGTERM lets the master stop its children; then make sure.
        let _ = Command::new("kill")
            .arg("-TERM")
            .arg(self.child.id().to_string())
            .status();
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Writes Dovecot's certificate (for localhost, signed by a test CA) and key into `d`;
/// returns the CA's PEM.
fn write_certificate(d: &std::path::Path) -> String {
    let ca_key = rcgen::KeyPair::generate().unwrap();
    let mut ca_params = rcgen::CertificateParams::new(Vec::<String>::new()).unwrap();
    ca_params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
    ca_params
        .distinguished_name
        .push(rcgen::DnType::CommonName, "Dovecot interop test CA");
    let ca = rcgen::CertifiedIssuer::self_signed(ca_params, ca_key).unwrap();
    let key = rcgen::KeyPair::generate().unwrap();
    let mut params =
        rcgen::CertificateParams::new(vec!["localhost".to_string(), "127.0.0.1".to_string()])
            .unwrap();
    params
        .distinguished_name
        .push(rcgen::DnType::CommonName, "dovecot.test");
    let cert = params.signed_by(&key, &ca).unwrap();
    std::fs::write(d.join("cert.pem"), format!("{}{}", cert.pem(), ca.pem())).unwrap();
    std::fs::write(d.join("key.pem"), key.serialize_pem()).unwrap();
    ca.pem()
}

fn start_dovecot(h: &Helpers) -> Dovecot {
    let dir = tempfile::Builder::new()
        .prefix("smtp-oauth-dovecot-")
        .tempdir()
        .unwrap();
    let d = dir.path();
    for sub in ["run", "state", "home"] {
        std::fs::create_dir_all(d.join(sub)).unwrap();
    }
    // Dovecot's own processes (user dovecot) read the certificate and write state.
    let _ = Command::new("chmod").args(["-R", "a+rwX"]).arg(d).status();
    let _ = Command::new("chmod").arg("755").arg(d).status();
    let ca_pem = write_certificate(d);
    let port = free_port();
    let conf = format!(
        r"protocols = submission
listen = 127.0.0.1
base_dir = {dir}/run
state_dir = {dir}/state
log_path = {dir}/dovecot.log
hostname = dovecot.test
first_valid_uid = 1
mail_location = maildir:{dir}/home/%u/Maildir
ssl = required
ssl_cert = <{dir}/cert.pem
ssl_key = <{dir}/key.pem
ssl_min_protocol = TLSv1.2
disable_plaintext_auth = yes
auth_mechanisms = xoauth2 oauthbearer
passdb {{
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = {dir}/dovecot-oauth2.conf.ext
}}
userdb {{
  driver = static
  args = uid=dovecot gid=dovecot home={dir}/home/%u
}}
service submission-login {{
  inet_listener submission {{
    address = 127.0.0.1
    port = {port}
  }}
}}
submission_relay_host = 127.0.0.1
submission_relay_port = {relay}
submission_relay_trusted = yes
",
        dir = d.display(),
        relay = h.relay,
    );
    std::fs::write(d.join("dovecot.conf"), conf).unwrap();
    std::fs::write(
        d.join("dovecot-oauth2.conf.ext"),
        format!(
            "introspection_url = http://127.0.0.1:{}/introspect\nintrospection_mode = post\nforce_introspection = yes\nusername_attribute = username\nactive_attribute = active\nactive_value = true\n",
            h.introspection
        ),
    )
    .unwrap();
    let child = Command::new(DOVECOT)
        .arg("-F")
        .arg("-c")
        .arg(d.join("dovecot.conf"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut dovecot = Dovecot {
        child,
        port,
        dir,
        ca_pem,
    };
    let deadline = Instant::now() + Duration::from_secs(15);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        if let Ok(Some(status)) = dovecot.child.try_wait() {
            let log =
                std::fs::read_to_string(dovecot.dir.path().join("dovecot.log")).unwrap_or_default();
            panic!("dovecot exited ({status}):\n{log}");
        }
        assert!(
            Instant::now() < deadline,
            "dovecot did not listen within 15 s"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    dovecot
}

/// A CA file trusting both the simulated login host and Dovecot.
fn ca_file(sb: &Sandbox, sim: &SimProcess, dovecot: &Dovecot) -> String {
    let sim_ca = std::fs::read_to_string(sim.export("SMTP_OAUTH_CA_FILE").unwrap()).unwrap();
    sb.file("both-ca.pem", &format!("{sim_ca}{}", dovecot.ca_pem), 0o644)
        .display()
        .to_string()
}

#[test]
fn dovecot_accepts_our_auth_and_our_message_and_a_wrong_mailbox_is_classified() {
    if !available() {
        return;
    }
    let h = helpers();
    let dovecot = start_dovecot(&h);
    let sim = SimProcess::start("healthy");
    let sb = Sandbox::new();
    let ca = ca_file(&sb, &sim, &dovecot);
    let port = dovecot.port.to_string();
    let run = |args: &[&str], mailbox: &str| {
        sb.cmd()
            .args(args)
            .sim_env(&sim, &[])
            .env("SMTP_OAUTH_SMTP_PORT", &port)
            .env("SMTP_OAUTH_CA_FILE", &ca)
            .env("SMTP_OAUTH_MAILBOX", mailbox)
            .run()
    };
    let log = || {
        std::thread::sleep(Duration::from_millis(300));
        std::fs::read_to_string(dovecot.dir.path().join("dovecot.log")).unwrap_or_default()
    };

    let ok = run(&["test-connection", "-v"], VALID_USER);
    assert_eq!(
        ok.code,
        0,
        "{}\n{}\n--- dovecot.log\n{}",
        ok.stdout,
        ok.stderr,
        log()
    );
    // Dovecot's submission service takes no AUTH line as long as a token (`500 5.5.2 Line too
    // long`): the initial response falls back to the two-step form on the same connection.
    ok.stdout_has("<~  500 5.5.2 Line too long")
        .stdout_has("the server refused the initial response: AUTH again in two steps");
    ok.stdout_has("Successfully connected to 127.0.0.1.")
        .stdout_has("XOAUTH2");
    assert!(
        *h.introspected.lock().unwrap() >= 1,
        "Dovecot asked our introspection endpoint"
    );

    let sent = run(
        &["send-test", "--to", "helpdesk@fabrikam.example", "--json"],
        VALID_USER,
    );
    assert_eq!(sent.code, 0, "{}\n--- dovecot.log\n{}", sent.stdout, log());
    let relayed = h.relayed.lock().unwrap().clone();
    assert_eq!(relayed.len(), 1, "Dovecot relayed our message");
    assert!(relayed[0].contains("Subject: smtp-oauth test message"));

    // The token is valid for another user than the one in XOAUTH2: Dovecot refuses, with its
    // XOAUTH2 error challenge first (334 + base64 JSON), which we answer and decode.
    let wrong = run(
        &["test-connection", "--json"],
        "ghost@contoso.onmicrosoft.com",
    );
    wrong.code(1);
    let j = wrong.json();
    let auth = j["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "smtp.auth")
        .unwrap();
    assert_eq!(auth["failure_class"]["id"], "auth-rejected", "{auth}");
    assert!(
        auth["evidence"]["reply"]
            .as_str()
            .unwrap()
            .starts_with("535"),
        "{auth}"
    );
    assert_eq!(
        auth["evidence"]["error_challenge"]["status"], "401",
        "the 334 error challenge is answered and decoded: {auth}"
    );

    // certs against a real third-party TLS server: trusted with its CA, and the same chain openssl sees.
    let target = format!("127.0.0.1:{port}");
    let certs = sb
        .cmd()
        .args(["certs", &target, "--starttls", "smtp", "--json"])
        .env("SMTP_OAUTH_CA_FILE", &ca)
        .run();
    let j = certs.json();
    assert_eq!(j["checks"][0]["status"], "pass", "{j}");
    let ours: Vec<String> = j["chain"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["sha256"].as_str().unwrap().to_string())
        .collect();
    let untrusted = sb
        .cmd()
        .args(["certs", &target, "--starttls", "smtp", "--json"])
        .run()
        .json();
    assert_eq!(
        untrusted["checks"][0]["failure_class"]["id"], "untrusted-certificate",
        "without its CA: {untrusted}"
    );
    if let Some(theirs) = crate::support::openssl_chain(&target) {
        assert_eq!(
            ours, theirs,
            "the chain Dovecot presents, as openssl sees it"
        );
    }
}
