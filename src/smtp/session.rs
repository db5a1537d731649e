//! The diagnostic SMTP session, one phase at a time: DNS (every address, which one was used), TCP,
//! greeting, EHLO, STARTTLS, the TLS handshake, EHLO again, AUTH XOAUTH2, the message, QUIT —
//! each phase timed, bounded by the step timeout, and written to the transcript. It returns
//! facts (what each phase saw, or the typed fault that stopped it); `checks::smtp` turns them
//! into words and failure classes. `connect` stops after the second EHLO so the caller can run
//! it while the token request is in flight; `authenticate` and `send` continue the session.

use std::net::{IpAddr, SocketAddr};
use std::time::{Duration, Instant};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};
use tokio::io::{AsyncRead, AsyncWrite, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;
use tokio_rustls::client::TlsStream;

use super::reply::{ReplyError, SmtpReply, read_reply};
use super::transcript::Transcript;
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

/// The phases of a session up to AUTH, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    Dns,
    Tcp,
    Greeting,
    Ehlo,
    StartTls,
    Tls,
    /// The EHLO over TLS, which must offer AUTH XOAUTH2.
    Xoauth2,
}

impl Phase {
    pub const ALL: [Phase; 7] = [
        Phase::Dns,
        Phase::Tcp,
        Phase::Greeting,
        Phase::Ehlo,
        Phase::StartTls,
        Phase::Tls,
        Phase::Xoauth2,
    ];
}

/// What a phase saw when it succeeded.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Seen {
    /// The host is an IP address: no lookup.
    Address(IpAddr),
    Resolved(Vec<IpAddr>),
    Connected(SocketAddr),
    /// A positive reply (the greeting, STARTTLS's 220).
    Reply(SmtpReply),
    Capabilities(Vec<String>),
    Tls {
        #[serde(with = "tls::record::chain")]
        chain: Vec<rustls::pki_types::CertificateDer<'static>>,
        version: String,
        cipher: String,
        /// The issuer, when a Microsoft host's chain comes from a CA Microsoft does not use.
        intercepted_by: Option<String>,
    },
    Xoauth2 {
        capabilities: Vec<String>,
        auth: String,
    },
}

/// Why a phase, AUTH or the message stopped.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Fault {
    /// Nothing arrived within the timeout.
    Timeout,
    /// The host does not resolve (the resolver's error).
    DnsError(String),
    /// No TCP connection: refused (RST), or nothing within the timeout.
    TcpRefused,
    TcpTimeout(String),
    /// The server answered, negatively or unexpectedly.
    Reply(SmtpReply),
    /// What came back is not SMTP, or the connection closed.
    Broken(ReplyError),
    /// Writing to the connection failed.
    WriteFailed,
    /// EHLO lacks STARTTLS; `masked` is a capability that looks like a masked one (`XXXXXXXA`).
    StartTlsMissing {
        capabilities: Vec<String>,
        masked: Option<String>,
    },
    /// Bytes came after the 220 to STARTTLS, before the handshake.
    Injection,
    /// The host cannot be a TLS server name.
    BadServerName,
    TlsTimeout,
    /// The handshake failed: rustls's error (when it is one), its text, the chain captured.
    Tls {
        #[serde(with = "tls::record::error_opt")]
        error: Option<rustls::Error>,
        detail: String,
        captured: tls::Captured,
        intercepted_by: Option<String>,
    },
    /// No AUTH … XOAUTH2 after STARTTLS (`auth` is the AUTH line, if any).
    Xoauth2Missing {
        capabilities: Vec<String>,
        auth: Option<String>,
    },
    /// The message could not be written within the timeout.
    MessageTimeout,
}

/// One phase: how long it took and what it saw or why it stopped.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PhaseFact {
    pub phase: Phase,
    pub duration: Option<Duration>,
    pub outcome: Result<Seen, Fault>,
}

pub struct Connected {
    /// The phases that ran, in order; the last one failed when `session` is `None`.
    pub phases: Vec<PhaseFact>,
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

async fn read<S: AsyncRead + AsyncWrite + Unpin>(
    io: &mut BufReader<S>,
    timeout: Duration,
    t: &mut Transcript,
    tls: bool,
) -> Result<SmtpReply, Fault> {
    match tokio::time::timeout(timeout, read_reply(io)).await {
        Err(_) => {
            t.event(format!("no reply within {} s", timeout.as_secs_f64()));
            Err(Fault::Timeout)
        }
        Ok(Err(e)) => {
            t.event(format!("bad reply: {e}"));
            Err(Fault::Broken(e))
        }
        Ok(Ok(r)) => {
            t.received(tls, &r.raw());
            Ok(r)
        }
    }
}

async fn write<S: AsyncRead + AsyncWrite + Unpin>(
    io: &mut BufReader<S>,
    line: &str,
    timeout: Duration,
) -> Result<(), Fault> {
    // One write for the line and its CRLF: one TCP segment (and, over TLS, one record) rather
    // than two, so the server never waits for the end of a command that was already sent.
    let mut bytes = Vec::with_capacity(line.len() + 2);
    bytes.extend_from_slice(line.as_bytes());
    bytes.extend_from_slice(b"\r\n");
    let fut = async {
        io.get_mut().write_all(&bytes).await?;
        io.get_mut().flush().await
    };
    match tokio::time::timeout(timeout, fut).await {
        Ok(Ok(())) => Ok(()),
        Ok(Err(e)) => Err(match tls::find_rustls_error(&e) {
            Some(t) => Fault::Broken(ReplyError::Tls(tls::describe(t))),
            None => Fault::WriteFailed,
        }),
        Err(_) => Err(Fault::WriteFailed),
    }
}

/// Collects the phases of one session as they end.
struct Phases {
    done: Vec<PhaseFact>,
    transcript: Transcript,
    tls: Option<TlsFacts>,
}

impl Phases {
    fn pass(&mut self, phase: Phase, started: Option<Instant>, seen: Seen) {
        self.done.push(PhaseFact {
            phase,
            duration: started.map(|s| s.elapsed()),
            outcome: Ok(seen),
        });
    }

    /// The session ends here: `phase` failed with `fault`.
    fn stop(mut self, phase: Phase, started: Instant, fault: Fault) -> Connected {
        self.done.push(PhaseFact {
            phase,
            duration: Some(started.elapsed()),
            outcome: Err(fault),
        });
        Connected {
            phases: self.done,
            session: None,
            transcript: self.transcript,
            tls: self.tls,
        }
    }
}

/// DNS: every address of the host (none needed for an IP literal).
async fn resolve(target: &Target, t: &mut Transcript) -> Result<Vec<IpAddr>, Fault> {
    t.event(format!("resolving {}", target.host));
    match tokio::time::timeout(
        target.timeout,
        tokio::net::lookup_host((target.host.as_str(), target.port)),
    )
    .await
    {
        Ok(Ok(found)) => Ok(found.map(|a| a.ip()).collect()),
        Ok(Err(e)) => Err(Fault::DnsError(e.to_string())),
        Err(_) => Err(Fault::Timeout),
    }
}

/// TCP: the addresses in order, all within one timeout.
async fn open_tcp(
    target: &Target,
    addrs: &[IpAddr],
    t: &mut Transcript,
) -> Result<(TcpStream, SocketAddr), Fault> {
    let deadline = Instant::now() + target.timeout;
    let mut last_error = None;
    for ip in addrs {
        let addr = SocketAddr::new(*ip, target.port);
        t.event(format!("connecting to {addr}"));
        let left = deadline.saturating_duration_since(Instant::now());
        match tokio::time::timeout(left, TcpStream::connect(addr)).await {
            Ok(Ok(s)) => return Ok((s, addr)),
            Ok(Err(e)) => last_error = Some(e),
            Err(_) => {
                last_error = Some(std::io::Error::from(std::io::ErrorKind::TimedOut));
                break;
            }
        }
    }
    let e = last_error.unwrap_or_else(|| std::io::Error::other("no address"));
    if e.kind() == std::io::ErrorKind::ConnectionRefused {
        t.event(format!(
            "{}:{} refused the connection",
            target.host, target.port
        ));
        return Err(Fault::TcpRefused);
    }
    t.event(format!(
        "no TCP connection to {}:{} within {} s ({e})",
        target.host,
        target.port,
        target.timeout.as_secs_f64()
    ));
    Err(Fault::TcpTimeout(e.to_string()))
}

/// A capability that looks masked by a firewall's ESMTP inspection (`XXXXXXXA`).
fn masked_capability(caps: &[String]) -> Option<String> {
    caps.iter()
        .find(|c| c.len() >= 4 && c.chars().filter(|ch| *ch == 'X').count() * 2 > c.len())
        .cloned()
}

/// The plain-text part: DNS, TCP, greeting, EHLO, STARTTLS. The stream, ready for the TLS
/// handshake, or the phase that failed.
async fn up_to_starttls(
    target: &Target,
    ehlo_line: &str,
    p: &mut Phases,
) -> Result<BufReader<TcpStream>, (Phase, Instant, Fault)> {
    let timeout = target.timeout;
    let addrs = if let Ok(ip) = target.host.parse::<IpAddr>() {
        p.pass(Phase::Dns, None, Seen::Address(ip));
        vec![ip]
    } else {
        let started = Instant::now();
        match resolve(target, &mut p.transcript).await {
            Ok(addrs) => {
                p.pass(Phase::Dns, Some(started), Seen::Resolved(addrs.clone()));
                addrs
            }
            Err(f) => return Err((Phase::Dns, started, f)),
        }
    };

    let started = Instant::now();
    let (tcp, used) = match open_tcp(target, &addrs, &mut p.transcript).await {
        Ok(x) => x,
        Err(f) => return Err((Phase::Tcp, started, f)),
    };
    let _ = tcp.set_nodelay(true);
    p.pass(Phase::Tcp, Some(started), Seen::Connected(used));
    p.transcript.event(format!("connected to {used}"));
    let mut io = BufReader::new(tcp);

    let started = Instant::now();
    match read(&mut io, timeout, &mut p.transcript, false).await {
        Ok(r) if r.code == 220 => p.pass(Phase::Greeting, Some(started), Seen::Reply(r)),
        Ok(r) => return Err((Phase::Greeting, started, Fault::Reply(r))),
        Err(f) => return Err((Phase::Greeting, started, f)),
    }

    let started = Instant::now();
    let caps = match exchange_ehlo(&mut io, ehlo_line, false, timeout, &mut p.transcript).await {
        Ok(caps) => caps,
        Err(f) => return Err((Phase::Ehlo, started, f)),
    };
    p.pass(Phase::Ehlo, Some(started), Seen::Capabilities(caps.clone()));

    let started = Instant::now();
    if !caps.iter().any(|c| c.eq_ignore_ascii_case("STARTTLS")) {
        let masked = masked_capability(&caps);
        let fault = Fault::StartTlsMissing {
            capabilities: caps,
            masked,
        };
        return Err((Phase::StartTls, started, fault));
    }
    p.transcript.sent(false, "STARTTLS");
    if let Err(f) = write(&mut io, "STARTTLS", timeout).await {
        return Err((Phase::StartTls, started, f));
    }
    match read(&mut io, timeout, &mut p.transcript, false).await {
        Ok(r) if r.code == 220 => p.pass(Phase::StartTls, Some(started), Seen::Reply(r)),
        Ok(r) => return Err((Phase::StartTls, started, Fault::Reply(r))),
        Err(f) => return Err((Phase::StartTls, started, f)),
    }
    if !io.buffer().is_empty() {
        // Bytes pipelined behind the 220 would be read as if they came over TLS: refuse.
        return Err((Phase::Tls, Instant::now(), Fault::Injection));
    }

    Ok(io)
}

/// DNS, TCP, greeting, EHLO, STARTTLS, TLS, EHLO. Every phase's time is bounded by the timeout.
pub async fn connect(target: &Target, trust: &Trust) -> Connected {
    let mut p = Phases {
        done: Vec::new(),
        transcript: Transcript::default(),
        tls: None,
    };
    let timeout = target.timeout;

    let ehlo_line = format!("EHLO {}", target.ehlo_name);
    let io = match up_to_starttls(target, &ehlo_line, &mut p).await {
        Ok(io) => io,
        Err((phase, started, fault)) => return p.stop(phase, started, fault),
    };

    let started = Instant::now();
    let tls = match handshake(target, trust, io.into_inner(), &mut p).await {
        Ok(tls) => tls,
        Err(f) => return p.stop(Phase::Tls, started, f),
    };
    let mut io = BufReader::new(tls);
    let tls_took = started.elapsed();
    let started = Instant::now();
    let ehlo = match ehlo_over_tls(&mut io, target, &ehlo_line, &mut p, tls_took).await {
        Ok(ehlo) => ehlo,
        Err(fault) => {
            let began = started.checked_sub(tls_took).unwrap_or(started);
            return p.stop(Phase::Tls, began, fault);
        }
    };
    let caps = match ehlo {
        Ok(caps) => caps,
        Err(f) => return p.stop(Phase::Xoauth2, started, f),
    };
    let (auth, xoauth2) = auth_capability(&caps);
    if !xoauth2 {
        let fault = Fault::Xoauth2Missing {
            capabilities: caps,
            auth,
        };
        return p.stop(Phase::Xoauth2, started, fault);
    }
    let auth = auth.unwrap_or_default();
    p.pass(
        Phase::Xoauth2,
        Some(started),
        Seen::Xoauth2 {
            capabilities: caps.clone(),
            auth,
        },
    );
    Connected {
        phases: p.done,
        session: Some(Secured {
            io,
            capabilities: caps,
            timeout,
        }),
        transcript: p.transcript,
        tls: p.tls,
    }
}

/// EHLO again, over TLS. The TLS phase passes only once a reply came over it: a TLS 1.3
/// server that wants a client certificate (or sends a bad record) says so in an alert after
/// the handshake, and that is a TLS failure (the `Err`).
async fn ehlo_over_tls(
    io: &mut BufReader<TlsStream<TcpStream>>,
    target: &Target,
    ehlo_line: &str,
    p: &mut Phases,
    tls_took: Duration,
) -> Result<Result<Vec<String>, Fault>, Fault> {
    let facts = p.tls.clone().unwrap_or_default();
    let chain = facts.captured.chain.clone();
    let intercepted_by = tls::interception(&target.host, &chain);
    let ehlo = exchange_ehlo(io, ehlo_line, true, target.timeout, &mut p.transcript).await;
    if let Err(Fault::Broken(ReplyError::Tls(detail))) = &ehlo {
        return Err(Fault::Tls {
            error: None,
            detail: detail.clone(),
            captured: facts.captured,
            intercepted_by,
        });
    }
    p.done.push(PhaseFact {
        phase: Phase::Tls,
        duration: Some(tls_took),
        outcome: Ok(Seen::Tls {
            chain,
            version: facts.version.unwrap_or_default(),
            cipher: facts.cipher.unwrap_or_default(),
            intercepted_by,
        }),
    });
    Ok(ehlo)
}

/// EHLO's AUTH capability line, and whether it offers XOAUTH2.
fn auth_capability(caps: &[String]) -> (Option<String>, bool) {
    let auth = caps
        .iter()
        .find(|c| c.to_ascii_uppercase().starts_with("AUTH"))
        .cloned();
    let xoauth2 = auth.as_ref().is_some_and(|a| {
        a.split_whitespace()
            .any(|m| m.eq_ignore_ascii_case("XOAUTH2"))
    });
    (auth, xoauth2)
}

/// The TLS handshake over the connection; records what it showed in `p.tls`.
async fn handshake(
    target: &Target,
    trust: &Trust,
    tcp: TcpStream,
    p: &mut Phases,
) -> Result<TlsStream<TcpStream>, Fault> {
    let (config, seen) = trust.recording_config();
    let server_name = rustls::pki_types::ServerName::try_from(target.host.clone())
        .map_err(|_| Fault::BadServerName)?;
    let connector = tokio_rustls::TlsConnector::from(std::sync::Arc::new(config));
    p.transcript.event("TLS handshake");
    let done = tokio::time::timeout(target.timeout, connector.connect(server_name, tcp)).await;
    let captured = seen.lock().map(|c| c.clone()).unwrap_or_default();
    match done {
        Err(_) => Err(Fault::TlsTimeout),
        Ok(Err(e)) => {
            let error = tls::find_rustls_error(&e).cloned();
            let detail = error.as_ref().map_or_else(|| e.to_string(), tls::describe);
            p.transcript.event(format!("TLS failed: {detail}"));
            // A handshake cut off without a TLS error (an EOF, a reset) still failed: its facts
            // carry an error, so nothing reads them as a verified chain.
            p.tls = Some(TlsFacts {
                captured: captured.clone(),
                error: error
                    .clone()
                    .or_else(|| Some(rustls::Error::General(detail.clone()))),
                version: None,
                cipher: None,
            });
            Err(Fault::Tls {
                error,
                detail,
                intercepted_by: tls::interception(&target.host, &captured.chain),
                captured,
            })
        }
        Ok(Ok(s)) => {
            let (_, conn) = s.get_ref();
            let version = conn
                .protocol_version()
                .map(|v| format!("{v:?}"))
                .unwrap_or_default();
            let cipher = conn
                .negotiated_cipher_suite()
                .map(|s| format!("{:?}", s.suite()))
                .unwrap_or_default();
            p.transcript
                .event(format!("TLS established: {version}, {cipher}"));
            p.tls = Some(TlsFacts {
                captured,
                error: None,
                version: Some(version),
                cipher: Some(cipher),
            });
            Ok(s)
        }
    }
}

/// EHLO and its 250 reply's capabilities.
async fn exchange_ehlo<S: AsyncRead + AsyncWrite + Unpin>(
    io: &mut BufReader<S>,
    line: &str,
    tls: bool,
    timeout: Duration,
    t: &mut Transcript,
) -> Result<Vec<String>, Fault> {
    t.sent(tls, line);
    if let Err(f) = write(io, line, timeout).await {
        // Over TLS, a write that fails may be the server's alert waiting to be read (TLS 1.3
        // `certificate_required` comes after the client's handshake ends): read it to tell.
        if tls && matches!(f, Fault::WriteFailed) {
            let wait = timeout.min(Duration::from_secs(1));
            if let Err(Fault::Broken(ReplyError::Tls(d))) = read(io, wait, t, tls).await {
                return Err(Fault::Broken(ReplyError::Tls(d)));
            }
        }
        return Err(f);
    }
    match read(io, timeout, t, tls).await? {
        r if r.code == 250 => Ok(r.lines.iter().skip(1).cloned().collect()),
        r => Err(Fault::Reply(r)),
    }
}

/// How the XOAUTH2 response is sent.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AuthForm {
    /// `AUTH XOAUTH2`, `334`, then the blob: one round trip more (`--auth-two-step`).
    Continuation,
    /// `AUTH XOAUTH2 <blob>` on one line (RFC 4954 §4; Exchange Online accepts it, see
    /// real-microsoft-shapes S3): the default. A server that answers it with 500 (Dovecot's
    /// submission service: `500 5.5.2 Line too long` for a line of a token's length), 501 or 504
    /// gets the two-step form on the same connection.
    InitialResponse,
}

/// RFC 4954 §4: an AUTH command line may be 12288 octets; a longer initial response must go
/// after the `334` instead.
const MAX_AUTH_LINE: usize = 12288;

/// Where in AUTH a fault happened, for the words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AuthStage {
    /// Sending `AUTH XOAUTH2` (two-step form).
    Command,
    /// Waiting for the `334` continuation.
    Continuation,
    /// Sending the response.
    Response,
    /// Waiting for the reply to the response.
    Reply,
    /// Answering an error challenge with an empty line.
    Challenge,
    /// Waiting for the final reply after the error challenge.
    FinalReply,
}

/// What AUTH XOAUTH2 ended with.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AuthFact {
    pub duration: Duration,
    /// The final reply (235 or not), or where the exchange broke.
    pub outcome: Result<SmtpReply, (AuthStage, Fault)>,
    /// The decoded error challenge (`334 <base64 JSON>`) of Gmail and Dovecot, if one came.
    pub challenge: Option<String>,
    /// The form the final reply answered (after a fallback, the two-step form). Absent in
    /// bundles written before the form was recorded.
    #[serde(default)]
    pub form: Option<AuthForm>,
}

/// AUTH XOAUTH2 as `user` with `token`. The blob never reaches the transcript.
pub async fn authenticate(
    s: &mut Secured,
    user: &str,
    token: &SecretString,
    form: AuthForm,
    t: &mut Transcript,
) -> AuthFact {
    let started = Instant::now();
    let mut challenge = None;
    let blob = SecretString::from(STANDARD.encode(format!(
        "user={user}\x01auth=Bearer {}\x01\x01",
        token.expose_secret()
    )));
    crate::redact::hold_secret(token);
    crate::redact::hold_secret(&blob);
    let mut form = form;
    if form == AuthForm::InitialResponse
        && "AUTH XOAUTH2 ".len() + blob.expose_secret().len() > MAX_AUTH_LINE
    {
        t.event(format!(
            "the XOAUTH2 string is too long for the AUTH line ({MAX_AUTH_LINE} octets): two steps"
        ));
        form = AuthForm::Continuation;
    }
    let mut outcome = exchange_auth(s, &blob, form, t, &mut challenge).await;
    if form == AuthForm::InitialResponse
        && matches!(&outcome, Ok(r) if matches!(r.code, 500 | 501 | 504))
    {
        t.event("the server refused the initial response: AUTH again in two steps");
        form = AuthForm::Continuation;
        outcome = exchange_auth(s, &blob, form, t, &mut challenge).await;
    }
    AuthFact {
        duration: started.elapsed(),
        outcome,
        challenge,
        form: Some(form),
    }
}

async fn exchange_auth(
    s: &mut Secured,
    blob: &SecretString,
    form: AuthForm,
    t: &mut Transcript,
    challenge: &mut Option<String>,
) -> Result<SmtpReply, (AuthStage, Fault)> {
    let at = |stage| move |f| (stage, f);
    let len = blob.expose_secret().len();
    match form {
        AuthForm::InitialResponse => {
            t.event("AUTH with the initial response (one round trip)");
            t.sent_secret(true, "AUTH XOAUTH2 ", len);
            let line = SecretString::from(format!("AUTH XOAUTH2 {}", blob.expose_secret()));
            write(&mut s.io, line.expose_secret(), s.timeout)
                .await
                .map_err(at(AuthStage::Response))?;
        }
        AuthForm::Continuation => {
            t.event("AUTH in two steps (the XOAUTH2 string after 334)");
            t.sent(true, "AUTH XOAUTH2");
            write(&mut s.io, "AUTH XOAUTH2", s.timeout)
                .await
                .map_err(at(AuthStage::Command))?;
            let r = read(&mut s.io, s.timeout, t, true)
                .await
                .map_err(at(AuthStage::Continuation))?;
            if r.code != 334 {
                return Ok(r);
            }
            t.sent_secret(true, "", len);
            write(&mut s.io, blob.expose_secret(), s.timeout)
                .await
                .map_err(at(AuthStage::Response))?;
        }
    }
    let reply = read(&mut s.io, s.timeout, t, true)
        .await
        .map_err(at(AuthStage::Reply))?;
    if reply.code != 334 {
        return Ok(reply);
    }
    // Gmail and Dovecot send an error challenge (`334 <base64 JSON>`); answer it with an empty
    // line to get the final reply, and keep the decoded JSON as evidence.
    let raw = reply
        .lines
        .first()
        .map(|l| l.trim().to_string())
        .unwrap_or_default();
    *challenge = STANDARD
        .decode(&raw)
        .ok()
        .map(|b| String::from_utf8_lossy(&b).into_owned());
    t.sent(true, "");
    write(&mut s.io, "", s.timeout)
        .await
        .map_err(at(AuthStage::Challenge))?;
    read(&mut s.io, s.timeout, t, true)
        .await
        .map_err(at(AuthStage::FinalReply))
}

/// What sending the message ended with.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SendFact {
    pub duration: Duration,
    /// The queue reply (250), or the command that failed (`DATA`, `.` for the message) and why.
    pub outcome: Result<SmtpReply, (String, Fault)>,
}

/// MAIL, RCPT, DATA with dot-stuffing; the queue reply is the evidence.
pub async fn send(
    s: &mut Secured,
    envelope_from: &str,
    to: &[String],
    message: &[u8],
    t: &mut Transcript,
) -> SendFact {
    let started = Instant::now();
    let outcome = exchange_message(s, envelope_from, to, message, t).await;
    SendFact {
        duration: started.elapsed(),
        outcome,
    }
}

async fn exchange_message(
    s: &mut Secured,
    envelope_from: &str,
    to: &[String],
    message: &[u8],
    t: &mut Transcript,
) -> Result<SmtpReply, (String, Fault)> {
    let mut commands = vec![format!("MAIL FROM:<{envelope_from}>")];
    commands.extend(to.iter().map(|r| format!("RCPT TO:<{r}>")));
    commands.push("DATA".into());
    for cmd in &commands {
        t.sent(true, cmd);
        write(&mut s.io, cmd, s.timeout)
            .await
            .map_err(|f| (cmd.clone(), f))?;
        let expected = if cmd == "DATA" { 354 } else { 250 };
        match read(&mut s.io, s.timeout, t, true).await {
            Ok(r) if r.code == expected || (expected == 250 && r.code == 251) => {}
            Ok(r) => return Err((cmd.clone(), Fault::Reply(r))),
            Err(f) => return Err((cmd.clone(), f)),
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
        return Err((".".into(), Fault::MessageTimeout));
    }
    t.sent(true, ".");
    match read(&mut s.io, s.timeout, t, true).await {
        Ok(r) if r.code == 250 => Ok(r),
        Ok(r) => Err((".".into(), Fault::Reply(r))),
        Err(f) => Err((".".into(), f)),
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

/// How long QUIT and its 221 may take: the verdict is known by then, so a stalled server costs
/// at most this, never a second full timeout.
const QUIT_WAIT: Duration = Duration::from_secs(1);

/// QUIT, off the critical path: the verdict is known once AUTH (or the message) has its reply,
/// so the `221` is read in a task of its own (bounded by [`QUIT_WAIT`]) that nobody waits for.
/// A run that ends first closes the connection after QUIT was sent, which RFC 5321 §4.1.1.10
/// allows a client ("SHOULD wait" for the 221, not MUST).
/// `slot` (the mailbox's share of Exchange's sessions) is given back once the connection closes.
pub async fn quit(
    mut s: Secured,
    slot: Option<tokio::sync::OwnedSemaphorePermit>,
    t: &mut Transcript,
) {
    t.sent(true, "QUIT");
    let wait = s.timeout.min(QUIT_WAIT);
    if write(&mut s.io, "QUIT", wait).await.is_ok() {
        t.event("the 221 is read in the background: the verdict does not wait for it");
        tokio::spawn(async move {
            let _ = read(&mut s.io, wait, &mut Transcript::default(), true).await;
            drop((s, slot));
        });
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
