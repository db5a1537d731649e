//! The diagnostic SMTP session, one step at a time: DNS (every address, which one was used), TCP,
//! greeting, EHLO, STARTTLS, the TLS handshake and its verdict, EHLO again, AUTH XOAUTH2, the
//! message, QUIT — each step timed, bounded by the step timeout, classified when it fails, and
//! written to the transcript. `connect` stops after the second EHLO so the caller can run it
//! while the token request is in flight; `authenticate` and `send` continue the session.

use crate::checks::CheckId;
use crate::failures::ClassId;
use std::net::{IpAddr, SocketAddr};
use std::time::{Duration, Instant};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use secrecy::{ExposeSecret, SecretString};
use serde_json::{Map, Value, json};
use tokio::io::{AsyncRead, AsyncWrite, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;
use tokio_rustls::client::TlsStream;

use super::reply::{ReplyError, SmtpReply, read_reply};
use super::transcript::Transcript;
use crate::checks::Step;
use crate::failures::classify_smtp_reply;
use crate::tls::{self, Trust};

pub struct Target {
    pub host: String,
    pub port: u16,
    pub timeout: Duration,
    /// The name we greet with.
    pub ehlo_name: String,
}

/// A session after STARTTLS and the second EHLO, ready for AUTH.
pub struct Secured {
    io: BufReader<TlsStream<TcpStream>>,
    pub capabilities: Vec<String>,
    timeout: Duration,
}

pub struct Connected {
    pub steps: Vec<Step>,
    pub session: Option<Secured>,
    pub transcript: Transcript,
    /// What the TLS handshake showed, when one was attempted (for `certs`).
    pub tls: Option<TlsFacts>,
}

/// The chain a server presented, the verdict on it, and what was negotiated.
#[derive(Debug, Clone, Default)]
pub struct TlsFacts {
    pub captured: tls::Captured,
    /// The handshake error, if the handshake failed.
    pub error: Option<rustls::Error>,
    pub version: Option<String>,
    pub cipher: Option<String>,
}

fn evidence(pairs: &[(&str, Value)]) -> Map<String, Value> {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_string(), v.clone()))
        .collect()
}

/// The class of a negative reply, or `protocol-error` when nothing more specific fits.
fn reply_class(reply: &SmtpReply) -> ClassId {
    classify_smtp_reply(reply.code, reply.enhanced.as_deref(), &reply.text())
        .map_or(ClassId::PROTOCOL_ERROR, |c| c.id)
}

fn reply_evidence(reply: &SmtpReply) -> Map<String, Value> {
    let mut e = evidence(&[("reply", json!(reply.raw()))]);
    if let Some(b) = reply.bracket() {
        e.insert("exchange_bracket".into(), json!(b));
    }
    e
}

async fn read<S: AsyncRead + AsyncWrite + Unpin>(
    io: &mut BufReader<S>,
    timeout: Duration,
    t: &mut Transcript,
    tls: bool,
) -> Result<SmtpReply, ReadFailure> {
    match tokio::time::timeout(timeout, read_reply(io)).await {
        Err(_) => {
            t.event(format!("no reply within {} s", timeout.as_secs_f64()));
            Err(ReadFailure::Timeout)
        }
        Ok(Err(e)) => {
            t.event(format!("bad reply: {e}"));
            Err(ReadFailure::Protocol(e))
        }
        Ok(Ok(r)) => {
            t.received(tls, &r.raw());
            Ok(r)
        }
    }
}

enum ReadFailure {
    Timeout,
    Protocol(ReplyError),
}

impl ReadFailure {
    fn step(&self, id: CheckId, title: &str, started: Instant, waiting_for: &str) -> Step {
        match self {
            ReadFailure::Timeout => Step::fail(
                id,
                title,
                started.elapsed(),
                ClassId::NETWORK_TIMEOUT,
                format!("no {waiting_for} within the timeout"),
                Map::new(),
            ),
            ReadFailure::Protocol(e) => Step::fail(
                id,
                title,
                started.elapsed(),
                ClassId::PROTOCOL_ERROR,
                format!("{e} (waiting for {waiting_for})"),
                Map::new(),
            ),
        }
    }
}

async fn write<S: AsyncRead + AsyncWrite + Unpin>(
    io: &mut BufReader<S>,
    line: &str,
    timeout: Duration,
) -> std::io::Result<()> {
    let fut = async {
        io.get_mut().write_all(line.as_bytes()).await?;
        io.get_mut().write_all(b"\r\n").await?;
        io.get_mut().flush().await
    };
    tokio::time::timeout(timeout, fut)
        .await
        .map_err(|_| std::io::Error::from(std::io::ErrorKind::TimedOut))?
}

/// DNS, TCP, greeting, EHLO, STARTTLS, TLS, EHLO. Every step's time is bounded by the timeout.
pub async fn connect(target: &Target, trust: &Trust) -> Connected {
    let mut facts: Option<TlsFacts> = None;
    let mut t = Transcript::default();
    let mut steps = Vec::new();
    let timeout = target.timeout;

    // DNS (skipped for an IP literal).
    let addrs: Vec<SocketAddr> = if let Ok(ip) = target.host.parse::<IpAddr>() {
        steps.push(Step::pass(
            CheckId::DNS,
            "DNS",
            None,
            format!("{ip} is an address; no lookup"),
            Map::new(),
        ));
        vec![SocketAddr::new(ip, target.port)]
    } else {
        let started = Instant::now();
        t.event(format!("resolving {}", target.host));
        match tokio::time::timeout(
            timeout,
            tokio::net::lookup_host((target.host.as_str(), target.port)),
        )
        .await
        {
            Ok(Ok(found)) => {
                let addrs: Vec<SocketAddr> = found.collect();
                let shown: Vec<String> = addrs.iter().map(|a| a.ip().to_string()).collect();
                steps.push(Step::pass(
                    CheckId::DNS,
                    "DNS",
                    Some(started.elapsed()),
                    format!("{} → {}", target.host, shown.join(", ")),
                    evidence(&[("addresses", json!(shown))]),
                ));
                addrs
            }
            Ok(Err(e)) => {
                steps.push(Step::fail(
                    CheckId::DNS,
                    "DNS",
                    started.elapsed(),
                    ClassId::DNS_FAILURE,
                    format!("{} does not resolve: {e}", target.host),
                    Map::new(),
                ));
                return stopped(steps, t, facts);
            }
            Err(_) => {
                steps.push(Step::fail(
                    CheckId::DNS,
                    "DNS",
                    started.elapsed(),
                    ClassId::DNS_FAILURE,
                    format!("no DNS answer for {} within the timeout", target.host),
                    Map::new(),
                ));
                return stopped(steps, t, facts);
            }
        }
    };

    // TCP: the addresses in order, all within one timeout.
    let started = Instant::now();
    let deadline = started + timeout;
    let mut last_error = None;
    let mut tcp = None;
    for addr in &addrs {
        t.event(format!("connecting to {addr}"));
        let left = deadline.saturating_duration_since(Instant::now());
        match tokio::time::timeout(left, TcpStream::connect(addr)).await {
            Ok(Ok(s)) => {
                tcp = Some((s, *addr));
                break;
            }
            Ok(Err(e)) => last_error = Some(e),
            Err(_) => {
                last_error = Some(std::io::Error::from(std::io::ErrorKind::TimedOut));
                break;
            }
        }
    }
    let Some((tcp, used)) = tcp else {
        let e = last_error.unwrap_or_else(|| std::io::Error::other("no address"));
        let class = match e.kind() {
            std::io::ErrorKind::ConnectionRefused => ClassId::CONNECTION_REFUSED,
            _ => ClassId::NETWORK_TIMEOUT,
        };
        let summary = if class == ClassId::NETWORK_TIMEOUT {
            format!(
                "no TCP connection to {}:{} within {} s ({e})",
                target.host,
                target.port,
                timeout.as_secs_f64()
            )
        } else {
            format!("{}:{} refused the connection", target.host, target.port)
        };
        t.event(summary.clone());
        steps.push(Step::fail(
            CheckId::TCP,
            "TCP connection",
            started.elapsed(),
            class,
            summary,
            evidence(&[("port", json!(target.port))]),
        ));
        return stopped(steps, t, facts);
    };
    let _ = tcp.set_nodelay(true);
    steps.push(Step::pass(
        CheckId::TCP,
        "TCP connection",
        Some(started.elapsed()),
        format!("connected to {used}"),
        evidence(&[("address", json!(used.to_string()))]),
    ));
    t.event(format!("connected to {used}"));
    let mut io = BufReader::new(tcp);

    // Greeting.
    let started = Instant::now();
    let greeting = match read(&mut io, timeout, &mut t, false).await {
        Ok(r) => r,
        Err(f) => {
            let mut step = f.step(
                CheckId::SMTP_GREETING,
                "SMTP greeting",
                started,
                "220 greeting",
            );
            if matches!(f, ReadFailure::Timeout) {
                step.summary = format!(
                    "connected, but no greeting within {} s: the classic \"connect timed out\" of a proxy-only network or a blackholing middlebox",
                    timeout.as_secs_f64()
                );
            }
            steps.push(step);
            return stopped(steps, t, facts);
        }
    };
    if greeting.code != 220 {
        let class = reply_class(&greeting);
        steps.push(Step::fail(
            CheckId::SMTP_GREETING,
            "SMTP greeting",
            started.elapsed(),
            class,
            format!("the server refused the session: {}", greeting.raw()),
            reply_evidence(&greeting),
        ));
        return stopped(steps, t, facts);
    }
    steps.push(Step::pass(
        CheckId::SMTP_GREETING,
        "SMTP greeting",
        Some(started.elapsed()),
        greeting.lines[0].clone(),
        reply_evidence(&greeting),
    ));

    // EHLO.
    let started = Instant::now();
    let ehlo_line = format!("EHLO {}", target.ehlo_name);
    let ehlo = match exchange_ehlo(
        &mut io,
        &ehlo_line,
        false,
        timeout,
        &mut t,
        (CheckId::SMTP_EHLO, "EHLO"),
    )
    .await
    {
        Ok(r) => r,
        Err(step) => {
            steps.push(step);
            return stopped(steps, t, facts);
        }
    };
    let caps: Vec<String> = ehlo.lines.iter().skip(1).cloned().collect();
    steps.push(Step::pass(
        CheckId::SMTP_EHLO,
        "EHLO",
        Some(started.elapsed()),
        format!("{} capabilities", caps.len()),
        evidence(&[("capabilities", json!(caps))]),
    ));

    // STARTTLS.
    let started = Instant::now();
    let has_starttls = caps.iter().any(|c| c.eq_ignore_ascii_case("STARTTLS"));
    if !has_starttls {
        let masked: Vec<&String> = caps
            .iter()
            .filter(|c| c.len() >= 4 && c.chars().filter(|ch| *ch == 'X').count() * 2 > c.len())
            .collect();
        let (class, summary) = if masked.is_empty() {
            (
                ClassId::STARTTLS_UNAVAILABLE,
                format!(
                    "{}:{} offers no STARTTLS, so OAuth cannot be used here",
                    target.host, target.port
                ),
            )
        } else {
            (
                ClassId::STARTTLS_STRIPPED,
                format!(
                    "EHLO shows {} where STARTTLS should be: a firewall's ESMTP inspection is masking it",
                    masked[0]
                ),
            )
        };
        steps.push(Step::fail(
            CheckId::SMTP_STARTTLS,
            "STARTTLS",
            started.elapsed(),
            class,
            summary,
            evidence(&[("capabilities", json!(caps))]),
        ));
        return stopped(steps, t, facts);
    }
    t.sent(false, "STARTTLS");
    if write(&mut io, "STARTTLS", timeout).await.is_err() {
        steps.push(Step::fail(
            CheckId::SMTP_STARTTLS,
            "STARTTLS",
            started.elapsed(),
            ClassId::PROTOCOL_ERROR,
            "the connection broke while sending STARTTLS".into(),
            Map::new(),
        ));
        return stopped(steps, t, facts);
    }
    match read(&mut io, timeout, &mut t, false).await {
        Ok(r) if r.code == 220 => steps.push(Step::pass(
            CheckId::SMTP_STARTTLS,
            "STARTTLS",
            Some(started.elapsed()),
            r.raw(),
            reply_evidence(&r),
        )),
        Ok(r) => {
            steps.push(Step::fail(
                CheckId::SMTP_STARTTLS,
                "STARTTLS",
                started.elapsed(),
                reply_class(&r),
                format!("STARTTLS refused: {}", r.raw()),
                reply_evidence(&r),
            ));
            return stopped(steps, t, facts);
        }
        Err(f) => {
            steps.push(f.step(
                CheckId::SMTP_STARTTLS,
                "STARTTLS",
                started,
                "the STARTTLS reply",
            ));
            return stopped(steps, t, facts);
        }
    }
    if !io.buffer().is_empty() {
        // Bytes pipelined behind the 220 would be read as if they came over TLS: refuse.
        steps.push(Step::fail(
            CheckId::TLS_CHAIN,
            "TLS handshake",
            Duration::ZERO,
            ClassId::PROTOCOL_ERROR,
            "the server sent data after 220 to STARTTLS, before the handshake (STARTTLS injection)"
                .into(),
            Map::new(),
        ));
        return stopped(steps, t, facts);
    }

    // TLS.
    let started = Instant::now();
    let (config, seen) = trust.recording_config();
    let Ok(server_name) = rustls::pki_types::ServerName::try_from(target.host.clone()) else {
        steps.push(Step::fail(
            CheckId::TLS_CHAIN,
            "TLS handshake",
            Duration::ZERO,
            ClassId::HOSTNAME_MISMATCH,
            format!("{} cannot be a TLS server name", target.host),
            Map::new(),
        ));
        return stopped(steps, t, facts);
    };
    let connector = tokio_rustls::TlsConnector::from(std::sync::Arc::new(config));
    t.event("TLS handshake");
    let tls = match tokio::time::timeout(timeout, connector.connect(server_name, io.into_inner()))
        .await
    {
        Err(_) => {
            steps.push(Step::fail(
                CheckId::TLS_CHAIN,
                "TLS handshake",
                started.elapsed(),
                ClassId::NETWORK_TIMEOUT,
                "the TLS handshake did not finish within the timeout".into(),
                Map::new(),
            ));
            return stopped(steps, t, facts);
        }
        Ok(Err(e)) => {
            let captured = seen.lock().map(|c| c.clone()).unwrap_or_default();
            facts = Some(TlsFacts {
                captured: captured.clone(),
                error: tls::find_rustls_error(&e).cloned(),
                version: None,
                cipher: None,
            });
            let (class, detail) = match tls::find_rustls_error(&e) {
                Some(r) => (tls::classify(r, &target.host, &captured), tls::describe(r)),
                None => (ClassId::TLS_HANDSHAKE_FAILED, e.to_string()),
            };
            t.event(format!("TLS failed: {detail}"));
            let mut ev = chain_evidence(&captured.chain);
            if let Some(issuer) = tls::interception(&target.host, &captured.chain) {
                ev.insert("issued_by".into(), json!(issuer));
            }
            steps.push(Step::fail(
                CheckId::TLS_CHAIN,
                "TLS handshake",
                started.elapsed(),
                class,
                detail,
                ev,
            ));
            return stopped(steps, t, facts);
        }
        Ok(Ok(s)) => s,
    };
    let captured = seen.lock().map(|c| c.clone()).unwrap_or_default();
    let (_, conn) = tls.get_ref();
    let version = conn
        .protocol_version()
        .map(|v| format!("{v:?}"))
        .unwrap_or_default();
    let suite = conn
        .negotiated_cipher_suite()
        .map(|s| format!("{:?}", s.suite()))
        .unwrap_or_default();
    facts = Some(TlsFacts {
        captured: captured.clone(),
        error: None,
        version: Some(version.clone()),
        cipher: Some(suite.clone()),
    });
    let mut ev = chain_evidence(&captured.chain);
    ev.insert("tls_version".into(), json!(version));
    ev.insert("cipher_suite".into(), json!(suite));
    t.event(format!("TLS established: {version}, {suite}"));
    if let Some(issuer) = tls::interception(&target.host, &captured.chain) {
        ev.insert("issued_by".into(), json!(issuer));
        steps.push(Step::warn(CheckId::TLS_CHAIN, "TLS handshake", started.elapsed(), ClassId::TLS_INTERCEPTED, format!("verified, but issued by {issuer}, not one of Microsoft's public CAs: TLS inspection"), ev));
    } else {
        steps.push(Step::pass(
            CheckId::TLS_CHAIN,
            "TLS handshake",
            Some(started.elapsed()),
            format!("{version}, chain of {} verified", captured.chain.len()),
            ev,
        ));
    }
    let mut io = BufReader::new(tls);

    // EHLO again, over TLS.
    let started = Instant::now();
    let ehlo = match exchange_ehlo(
        &mut io,
        &ehlo_line,
        true,
        timeout,
        &mut t,
        (CheckId::SMTP_XOAUTH2, "XOAUTH2 offered"),
    )
    .await
    {
        Ok(r) => r,
        Err(step) => {
            steps.push(step);
            return stopped(steps, t, facts);
        }
    };
    let caps: Vec<String> = ehlo.lines.iter().skip(1).cloned().collect();
    let auth_line = caps
        .iter()
        .find(|c| c.to_ascii_uppercase().starts_with("AUTH"))
        .cloned();
    let xoauth2 = auth_line.as_ref().is_some_and(|a| {
        a.split_whitespace()
            .any(|m| m.eq_ignore_ascii_case("XOAUTH2"))
    });
    let ev = evidence(&[("capabilities", json!(caps)), ("auth", json!(auth_line))]);
    if !xoauth2 {
        let summary = auth_line.map_or_else(
            || "no AUTH after STARTTLS".to_string(),
            |a| format!("the server offers `{a}`, without XOAUTH2"),
        );
        steps.push(Step::fail(
            CheckId::SMTP_XOAUTH2,
            "XOAUTH2 offered",
            started.elapsed(),
            ClassId::XOAUTH2_UNAVAILABLE,
            summary,
            ev,
        ));
        return stopped(steps, t, facts);
    }
    steps.push(Step::pass(
        CheckId::SMTP_XOAUTH2,
        "XOAUTH2 offered",
        Some(started.elapsed()),
        auth_line.unwrap_or_default(),
        ev,
    ));
    Connected {
        tls: facts,
        steps,
        session: Some(Secured {
            io,
            capabilities: caps,
            timeout,
        }),
        transcript: t,
    }
}

/// EHLO and its 250 reply, or the failed step (`check` names the step it counts for).
async fn exchange_ehlo<S: AsyncRead + AsyncWrite + Unpin>(
    io: &mut BufReader<S>,
    line: &str,
    tls: bool,
    timeout: Duration,
    t: &mut Transcript,
    (id, title): (CheckId, &str),
) -> Result<SmtpReply, Step> {
    let started = Instant::now();
    let over = if tls { " over TLS" } else { "" };
    t.sent(tls, line);
    if write(io, line, timeout).await.is_err() {
        return Err(Step::fail(
            id,
            title,
            started.elapsed(),
            ClassId::PROTOCOL_ERROR,
            format!("the connection broke while sending EHLO{over}"),
            Map::new(),
        ));
    }
    match read(io, timeout, t, tls).await {
        Ok(r) if r.code == 250 => Ok(r),
        Ok(r) => Err(Step::fail(
            id,
            title,
            started.elapsed(),
            reply_class(&r),
            format!("EHLO{over} refused: {}", r.raw()),
            reply_evidence(&r),
        )),
        Err(f) => Err(f.step(id, title, started, &format!("the EHLO reply{over}"))),
    }
}

/// The session ended before AUTH: what happened so far.
fn stopped(steps: Vec<Step>, transcript: Transcript, tls: Option<TlsFacts>) -> Connected {
    Connected {
        steps,
        session: None,
        transcript,
        tls,
    }
}

/// Subject, issuer and validity of each presented certificate.
pub fn chain_evidence(chain: &[rustls::pki_types::CertificateDer<'_>]) -> Map<String, Value> {
    let list: Vec<Value> = chain
        .iter()
        .map(|c| {
            tls::cert_names(c.as_ref()).map_or_else(
                || json!({"unparsable": true}),
                |n| json!({"subject": n.subject, "issuer": n.issuer}),
            )
        })
        .collect();
    evidence(&[("chain", json!(list))])
}

/// How the XOAUTH2 response is sent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AuthForm {
    /// `AUTH XOAUTH2`, `334`, then the blob (RFC 4954's rule for long responses; the default).
    Continuation,
    /// `AUTH XOAUTH2 <blob>` on one line.
    InitialResponse,
}

/// AUTH XOAUTH2 as `user` with `token`. The blob never reaches the transcript.
pub async fn authenticate(
    s: &mut Secured,
    user: &str,
    token: &SecretString,
    form: AuthForm,
    t: &mut Transcript,
) -> Step {
    let started = Instant::now();
    let blob = SecretString::from(STANDARD.encode(format!(
        "user={user}\x01auth=Bearer {}\x01\x01",
        token.expose_secret()
    )));
    let len = blob.expose_secret().len();
    let sent = match form {
        AuthForm::InitialResponse => {
            t.sent_secret(true, "AUTH XOAUTH2 ", len);
            write(
                &mut s.io,
                &format!("AUTH XOAUTH2 {}", blob.expose_secret()),
                s.timeout,
            )
            .await
        }
        AuthForm::Continuation => {
            t.sent(true, "AUTH XOAUTH2");
            if write(&mut s.io, "AUTH XOAUTH2", s.timeout).await.is_err() {
                return Step::fail(
                    CheckId::SMTP_AUTH,
                    "SMTP AUTH XOAUTH2",
                    started.elapsed(),
                    ClassId::PROTOCOL_ERROR,
                    "the connection broke".into(),
                    Map::new(),
                );
            }
            match read(&mut s.io, s.timeout, t, true).await {
                Ok(r) if r.code == 334 => {}
                Ok(r) => return auth_result(&r, started, None),
                Err(f) => {
                    return f.step(
                        CheckId::SMTP_AUTH,
                        "SMTP AUTH XOAUTH2",
                        started,
                        "the 334 continuation",
                    );
                }
            }
            t.sent_secret(true, "", len);
            write(&mut s.io, blob.expose_secret(), s.timeout).await
        }
    };
    drop(blob);
    if sent.is_err() {
        return Step::fail(
            CheckId::SMTP_AUTH,
            "SMTP AUTH XOAUTH2",
            started.elapsed(),
            ClassId::PROTOCOL_ERROR,
            "the connection broke while sending AUTH".into(),
            Map::new(),
        );
    }
    let mut reply = match read(&mut s.io, s.timeout, t, true).await {
        Ok(r) => r,
        Err(f) => {
            return f.step(
                CheckId::SMTP_AUTH,
                "SMTP AUTH XOAUTH2",
                started,
                "the AUTH reply",
            );
        }
    };
    // Gmail and Dovecot send an error challenge (`334 <base64 JSON>`); answer it with an empty line
    // to get the final reply, and keep the decoded JSON as evidence.
    let mut challenge = None;
    if reply.code == 334 {
        let raw = reply
            .lines
            .first()
            .map(|l| l.trim().to_string())
            .unwrap_or_default();
        challenge = STANDARD
            .decode(&raw)
            .ok()
            .map(|b| String::from_utf8_lossy(&b).into_owned());
        t.sent(true, "");
        if write(&mut s.io, "", s.timeout).await.is_err() {
            return Step::fail(
                CheckId::SMTP_AUTH,
                "SMTP AUTH XOAUTH2",
                started.elapsed(),
                ClassId::PROTOCOL_ERROR,
                "the connection broke".into(),
                Map::new(),
            );
        }
        reply = match read(&mut s.io, s.timeout, t, true).await {
            Ok(r) => r,
            Err(f) => {
                return f.step(
                    CheckId::SMTP_AUTH,
                    "SMTP AUTH XOAUTH2",
                    started,
                    "the final AUTH reply",
                );
            }
        };
    }
    auth_result(&reply, started, challenge)
}

fn auth_result(reply: &SmtpReply, started: Instant, challenge: Option<String>) -> Step {
    let mut ev = reply_evidence(reply);
    if let Some(c) = challenge {
        ev.insert(
            "error_challenge".into(),
            serde_json::from_str::<Value>(&c).unwrap_or(json!(c)),
        );
    }
    if reply.code == 235 {
        Step::pass(
            CheckId::SMTP_AUTH,
            "SMTP AUTH XOAUTH2",
            Some(started.elapsed()),
            reply.raw(),
            ev,
        )
    } else {
        let class = match reply_class(reply) {
            ClassId::PROTOCOL_ERROR if reply.code == 535 => ClassId::AUTH_REJECTED,
            c => c,
        };
        Step::fail(
            CheckId::SMTP_AUTH,
            "SMTP AUTH XOAUTH2",
            started.elapsed(),
            class,
            reply.raw(),
            ev,
        )
    }
}

/// MAIL, RCPT, DATA with dot-stuffing; the queue reply is the evidence.
pub async fn send(
    s: &mut Secured,
    envelope_from: &str,
    to: &[String],
    message: &[u8],
    t: &mut Transcript,
) -> Step {
    let started = Instant::now();
    let title = "Send a test message";
    let mut commands = vec![format!("MAIL FROM:<{envelope_from}>")];
    commands.extend(to.iter().map(|r| format!("RCPT TO:<{r}>")));
    commands.push("DATA".into());
    for cmd in &commands {
        t.sent(true, cmd);
        if write(&mut s.io, cmd, s.timeout).await.is_err() {
            return Step::fail(
                CheckId::SMTP_SEND,
                title,
                started.elapsed(),
                ClassId::PROTOCOL_ERROR,
                "the connection broke".into(),
                Map::new(),
            );
        }
        let expected = if cmd == "DATA" { 354 } else { 250 };
        match read(&mut s.io, s.timeout, t, true).await {
            Ok(r) if r.code == expected || (expected == 250 && r.code == 251) => {}
            Ok(r) => {
                return Step::fail(
                    CheckId::SMTP_SEND,
                    title,
                    started.elapsed(),
                    reply_class(&r),
                    format!("{cmd} refused: {}", r.raw()),
                    reply_evidence(&r),
                );
            }
            Err(f) => return f.step(CheckId::SMTP_SEND, title, started, "a reply"),
        }
    }
    let body = dot_stuff(message);
    t.event(format!("message: {} bytes", body.len()));
    let fut = async {
        s.io.get_mut().write_all(&body).await?;
        s.io.get_mut().write_all(b".\r\n").await?;
        s.io.get_mut().flush().await
    };
    if tokio::time::timeout(s.timeout, fut)
        .await
        .map_or(true, |r| r.is_err())
    {
        return Step::fail(
            CheckId::SMTP_SEND,
            title,
            started.elapsed(),
            ClassId::NETWORK_TIMEOUT,
            "the message could not be sent within the timeout".into(),
            Map::new(),
        );
    }
    t.sent(true, ".");
    match read(&mut s.io, s.timeout, t, true).await {
        Ok(r) if r.code == 250 => Step::pass(
            CheckId::SMTP_SEND,
            title,
            Some(started.elapsed()),
            r.raw(),
            reply_evidence(&r),
        ),
        Ok(r) => Step::fail(
            CheckId::SMTP_SEND,
            title,
            started.elapsed(),
            reply_class(&r),
            r.raw(),
            reply_evidence(&r),
        ),
        Err(f) => f.step(CheckId::SMTP_SEND, title, started, "the queue reply"),
    }
}

/// CRLF line endings, a dot doubled at the start of a line, and a final CRLF.
pub fn dot_stuff(message: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(message);
    let mut out = Vec::with_capacity(message.len() + 64);
    for line in text.split('\n') {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.starts_with('.') {
            out.push(b'.');
        }
        out.extend_from_slice(line.as_bytes());
        out.extend_from_slice(b"\r\n");
    }
    if text.ends_with('\n') {
        out.truncate(out.len() - 2);
    }
    out
}

pub async fn quit(s: &mut Secured, t: &mut Transcript) {
    t.sent(true, "QUIT");
    if write(&mut s.io, "QUIT", s.timeout).await.is_ok() {
        let _ = read(&mut s.io, s.timeout.min(Duration::from_secs(5)), t, true).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dot_stuffing() {
        assert_eq!(dot_stuff(b"a\n.b\r\n..c\n"), b"a\r\n..b\r\n...c\r\n");
        assert_eq!(dot_stuff(b"x"), b"x\r\n");
    }
}
