//! The simulated Exchange Online submission service: banner, both EHLO lists (AUTH only after
//! STARTTLS), STARTTLS, SASL XOAUTH2 (initial response or continuation), MAIL/RCPT/DATA with
//! Exchange's replies and bracket suffixes (`microsoft-wire-facts.md` §3), and the network faults
//! the scenarios inject. AUTH is decided as Exchange decides it: from the token this simulation
//! issued and the tenant model, with the same opaque `535 5.7.3` for every prerequisite miss.

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use serde_json::Value;
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncWrite, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

use super::wire::Conn;

use super::jwt::session_id;
use super::tenant::Tenant;
use super::{SimState, SmtpFault};

/// The server's name in banners and brackets.
const SERVER: &str = "AM0PR06CA0126";
const SERVER_FQDN: &str = "AM0PR06CA0126.eurprd06.prod.outlook.com";
const MAX_LINE: usize = 8 * 1024;
const MAX_MESSAGE: usize = 16 * 1024 * 1024;

pub async fn serve(listener: TcpListener, state: Arc<SimState>) {
    loop {
        let Ok((tcp, peer)) = listener.accept().await else {
            continue;
        };
        let state = state.clone();
        tokio::spawn(async move {
            let conn = super::wire::Conn::accepted(tcp, state.faults.one_way);
            let _ = session(conn, peer.ip().to_string(), state).await;
        });
    }
}

/// Exchange's reply suffix: `[host timestamp session]`.
fn bracket(session: &str) -> String {
    let f = time::macros::format_description!(
        "[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:3]Z"
    );
    let ts = time::OffsetDateTime::now_utc()
        .format(&f)
        .unwrap_or_default();
    format!("[{SERVER_FQDN} {ts} {session}]")
}

struct Conversation {
    session: String,
    client_ip: String,
    tls: bool,
    greeted: bool,
    /// The mailbox and principal of a successful AUTH.
    authenticated: Option<(String, String)>,
    mail_from: Option<String>,
    rcpts: Vec<String>,
    /// Counts this session against its mailbox while it is open.
    seat: Option<Seat>,
}

/// An authenticated session's place in [`SimState::mailbox_sessions`], given up on drop (when
/// the connection ends, however it ends).
struct Seat {
    state: Arc<SimState>,
    mailbox: String,
}

impl Seat {
    fn take(state: &Arc<SimState>, mailbox: &str) -> Seat {
        let mailbox = mailbox.to_ascii_lowercase();
        if let Ok(mut m) = state.mailbox_sessions.lock() {
            let (now, most) = m.entry(mailbox.clone()).or_default();
            *now += 1;
            *most = (*most).max(*now);
        }
        Seat {
            state: state.clone(),
            mailbox,
        }
    }
}

impl Drop for Seat {
    fn drop(&mut self) {
        if let Ok(mut m) = self.state.mailbox_sessions.lock()
            && let Some((now, _)) = m.get_mut(&self.mailbox)
        {
            *now = now.saturating_sub(1);
        }
    }
}

enum Next {
    Close,
    StartTls,
}

/// The faults where no SMTP is spoken at all (silence, garbage, an endless line); `true` when
/// one of them played out and the session is over.
async fn not_smtp(reader: &mut BufReader<Conn>, fault: SmtpFault) -> std::io::Result<bool> {
    match fault {
        SmtpFault::NeverGreet => {
            // Accept, then say nothing: what a proxy-only network or a blackholing middlebox does.
            let mut sink = Vec::new();
            let _ = tokio::io::AsyncReadExt::read_to_end(reader, &mut sink).await;
        }
        SmtpFault::Garbage => {
            reader
                .get_mut()
                .write_all(
                    b"HTTP/1.1 400 Bad Request\r\nServer: nginx\r\nContent-Length: 0\r\n\r\n",
                )
                .await?;
        }
        SmtpFault::Oversized => {
            let line = format!("220-{}\r\n", "X".repeat(4000));
            for _ in 0..100 {
                reader.get_mut().write_all(line.as_bytes()).await?;
            }
        }
        _ => return Ok(false),
    }
    Ok(true)
}

async fn session(tcp: Conn, client_ip: String, state: Arc<SimState>) -> std::io::Result<()> {
    let fault = state.faults.smtp;
    let delay = state.faults.reply_delay;
    let mut reader = BufReader::new(tcp);
    if not_smtp(&mut reader, fault).await? {
        return Ok(());
    }
    let mut c = Conversation {
        session: session_id(),
        client_ip,
        tls: false,
        greeted: false,
        authenticated: None,
        mail_from: None,
        rcpts: Vec::new(),
        seat: None,
    };
    let date = super::login::http_date(SystemTime::now()).replace(" GMT", " +0000");
    let banner = format!(
        "220 {SERVER}.outlook.office365.com Microsoft ESMTP MAIL Service ready at {date} [{}]\r\n",
        c.session
    );
    send(&mut reader, &banner, delay).await?;
    match converse(&mut reader, &mut c, &state).await? {
        Next::Close => Ok(()),
        Next::StartTls => {
            if !reader.buffer().is_empty() {
                // Plaintext pipelined behind STARTTLS (a command-injection attempt): drop it.
                return Ok(());
            }
            let mut tcp = reader.into_inner();
            if fault == SmtpFault::BadHandshake {
                // Read the ClientHello, then answer with a fatal alert: handshake_failure (40).
                let mut hello = [0u8; 512];
                let _ = tokio::time::timeout(Duration::from_secs(5), tcp.read(&mut hello)).await;
                tcp.write_all(&[0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 0x28])
                    .await?;
                return Ok(());
            }
            let chain = state.pki.smtp_chain(state.faults.smtp_chain);
            let config = if fault == SmtpFault::ClientCertRequired {
                chain.server_config_requiring_client_cert()
            } else {
                chain.server_config()
            }
            .map_err(std::io::Error::other)?;
            let Ok(Ok(tls)) = tokio::time::timeout(
                Duration::from_secs(30),
                tokio_rustls::TlsAcceptor::from(config).accept(tcp),
            )
            .await
            else {
                return Ok(());
            };
            let mut reader = BufReader::new(tls);
            c.tls = true;
            c.greeted = false;
            if fault == SmtpFault::TlsVersionRejected {
                // What Exchange answers a TLS 1.0/1.1 client after the handshake (OBSERVED text).
                let mut line = String::new();
                let _ = read_line(&mut reader, &mut line).await;
                let reply = format!(
                    "421 4.7.66 TLS 1.0 and 1.1 are not supported. Please upgrade/update your client to support TLS 1.2. Visit https://aka.ms/smtp_auth_tls. {}\r\n",
                    bracket(&c.session)
                );
                send(&mut reader, &reply, delay).await?;
                return Ok(());
            }
            converse(&mut reader, &mut c, &state).await.map(|_| ())
        }
    }
}

async fn send<S: AsyncRead + AsyncWrite + Unpin>(
    s: &mut BufReader<S>,
    text: &str,
    delay: Duration,
) -> std::io::Result<()> {
    if !delay.is_zero() {
        tokio::time::sleep(delay).await;
    }
    s.get_mut().write_all(text.as_bytes()).await?;
    s.get_mut().flush().await
}

/// Reads one line; `Ok(false)` at end of stream. Lines over the limit are an error.
async fn read_line<S: AsyncRead + Unpin>(
    s: &mut BufReader<S>,
    line: &mut String,
) -> std::io::Result<bool> {
    line.clear();
    let mut bytes = Vec::new();
    let n = (&mut *s)
        .take(MAX_LINE as u64 + 2)
        .read_until(b'\n', &mut bytes)
        .await?;
    if n == 0 {
        return Ok(false);
    }
    if !bytes.ends_with(b"\n") && bytes.len() > MAX_LINE {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            "line too long",
        ));
    }
    *line = String::from_utf8_lossy(&bytes)
        .trim_end_matches(['\r', '\n'])
        .to_string();
    Ok(true)
}

use tokio::io::AsyncReadExt as _;

fn ehlo_lines(c: &Conversation, fault: SmtpFault) -> String {
    let mut caps = vec![
        format!("{SERVER}.outlook.office365.com Hello [{}]", c.client_ip),
        "SIZE 157286400".into(),
        "PIPELINING".into(),
        "DSN".into(),
        "ENHANCEDSTATUSCODES".into(),
    ];
    if c.tls {
        match fault {
            SmtpFault::NoXoauth2 => caps.push("AUTH NTLM LOGIN".into()),
            _ => caps.push("AUTH LOGIN XOAUTH2".into()),
        }
    } else {
        match fault {
            // A firewall's ESMTP inspection masks the keyword it does not want the client to see.
            SmtpFault::StripStartTls => caps.push("XXXXXXXA".into()),
            SmtpFault::NoStartTls => {}
            _ => caps.push("STARTTLS".into()),
        }
    }
    caps.extend(["8BITMIME", "BINARYMIME", "CHUNKING", "SMTPUTF8"].map(String::from));
    let last = caps.len() - 1;
    caps.iter()
        .enumerate()
        .map(|(i, cap)| format!("250{}{cap}\r\n", if i == last { ' ' } else { '-' }))
        .collect()
}

async fn converse<S: AsyncRead + AsyncWrite + Unpin>(
    s: &mut BufReader<S>,
    c: &mut Conversation,
    state: &Arc<SimState>,
) -> std::io::Result<Next> {
    let fault = state.faults.smtp;
    let delay = state.faults.reply_delay;
    let mut line = String::new();
    loop {
        match read_line(s, &mut line).await {
            Ok(true) => {}
            Ok(false) => return Ok(Next::Close),
            Err(_) => {
                send(s, "500 5.5.6 Line too long\r\n", delay).await?;
                return Ok(Next::Close);
            }
        }
        let (verb, arg) = line
            .split_once(' ')
            .map_or((line.as_str(), ""), |(v, a)| (v, a.trim()));
        let verb = verb.to_ascii_uppercase();
        let b = bracket(&c.session);
        let reply = match verb.as_str() {
            "EHLO" | "HELO" => {
                c.greeted = true;
                c.mail_from = None;
                c.rcpts.clear();
                if fault == SmtpFault::ResetAfterEhlo && !c.tls {
                    return Ok(Next::Close);
                }
                if verb == "HELO" {
                    format!(
                        "250 {SERVER}.outlook.office365.com Hello [{}]\r\n",
                        c.client_ip
                    )
                } else {
                    ehlo_lines(c, fault)
                }
            }
            "QUIT" => {
                send(
                    s,
                    "221 2.0.0 Service closing transmission channel\r\n",
                    delay,
                )
                .await?;
                return Ok(Next::Close);
            }
            "NOOP" => "250 2.0.0 OK\r\n".into(),
            "RSET" => {
                c.mail_from = None;
                c.rcpts.clear();
                "250 2.0.0 Resetting\r\n".into()
            }
            _ if !c.greeted => "503 5.5.2 Send hello first\r\n".into(),
            "STARTTLS" => {
                if c.tls || matches!(fault, SmtpFault::StripStartTls | SmtpFault::NoStartTls) {
                    format!("500 5.3.3 Unrecognized command 'STARTTLS' {b}\r\n")
                } else {
                    send(s, "220 2.0.0 SMTP server ready\r\n", delay).await?;
                    return Ok(Next::StartTls);
                }
            }
            "AUTH" => auth(s, c, state, arg).await?,
            "MAIL" => {
                if !c.tls {
                    format!("451 5.7.3 STARTTLS is required to send mail {b}\r\n")
                } else if c.authenticated.is_none() {
                    format!("530 5.7.57 Client not authenticated to send mail. {b}\r\n")
                } else {
                    c.mail_from = Some(address_of(arg));
                    c.rcpts.clear();
                    "250 2.1.0 Sender OK\r\n".into()
                }
            }
            "RCPT" => {
                if c.mail_from.is_none() {
                    "503 5.5.1 Bad sequence of commands\r\n".into()
                } else {
                    c.rcpts.push(address_of(arg));
                    "250 2.1.5 Recipient OK\r\n".into()
                }
            }
            "DATA" => {
                if c.rcpts.is_empty() {
                    "503 5.5.1 Bad sequence of commands\r\n".into()
                } else {
                    send(s, "354 Start mail input; end with <CRLF>.<CRLF>\r\n", delay).await?;
                    data(s, c, state).await?
                }
            }
            _ => format!(
                "500 5.3.3 Unrecognized command '{}' {b}\r\n",
                verb.chars().take(20).collect::<String>()
            ),
        };
        send(s, &reply, delay).await?;
    }
}

/// `MAIL FROM:<a@b> SIZE=…` → `a@b`.
fn address_of(arg: &str) -> String {
    let after = arg.split_once(':').map_or(arg, |(_, a)| a).trim();
    let inner = after
        .strip_prefix('<')
        .and_then(|a| a.split_once('>'))
        .map_or(after, |(a, _)| a);
    inner
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .to_string()
}

async fn auth<S: AsyncRead + AsyncWrite + Unpin>(
    s: &mut BufReader<S>,
    c: &mut Conversation,
    state: &Arc<SimState>,
    arg: &str,
) -> std::io::Result<String> {
    let delay = state.faults.reply_delay;
    let b = bracket(&c.session);
    let (mechanism, initial) = arg
        .split_once(' ')
        .map_or((arg, None), |(m, i)| (m, Some(i.trim())));
    let mechanism = mechanism.to_ascii_uppercase();
    let xoauth2_offered = state.faults.smtp != SmtpFault::NoXoauth2;
    if !c.tls
        || (mechanism == "XOAUTH2" && !xoauth2_offered)
        || !matches!(mechanism.as_str(), "XOAUTH2" | "LOGIN")
    {
        return Ok(format!(
            "504 5.7.4 Unrecognized authentication type {b}\r\n"
        ));
    }
    if c.authenticated.is_some() {
        return Ok("503 5.5.1 Bad sequence of commands\r\n".into());
    }
    if mechanism == "LOGIN" {
        // Basic auth: the prompts, then the refusal Exchange gives once Basic is off.
        let mut line = String::new();
        send(s, "334 VXNlcm5hbWU6\r\n", delay).await?;
        if !read_line(s, &mut line).await.unwrap_or(false) {
            return Ok(String::new());
        }
        send(s, "334 UGFzc3dvcmQ6\r\n", delay).await?;
        if !read_line(s, &mut line).await.unwrap_or(false) {
            return Ok(String::new());
        }
        return Ok(format!(
            "535 5.7.139 Authentication unsuccessful, basic authentication is disabled. {b}\r\n"
        ));
    }
    if initial.is_some() && state.faults.smtp == SmtpFault::NoInitialResponse {
        return Ok("501 5.5.4 Invalid arguments\r\n".into());
    }
    let blob = if let Some(i) = initial {
        i.to_string()
    } else {
        // RFC 4954 wants "334 " with an empty challenge; whether Exchange sends the space is
        // UNCONFIRMED (the reference advises the space).
        send(s, "334 \r\n", delay).await?;
        let mut line = String::new();
        if !read_line(s, &mut line).await.unwrap_or(false) {
            return Ok(String::new());
        }
        line
    };
    if blob.trim() == "*" {
        // Office 365 answers a cancelled AUTH with 535, not 501 (OBSERVED).
        return Ok(format!("535 5.7.3 Authentication unsuccessful {b}\r\n"));
    }
    let Some((user, token)) = parse_xoauth2(&blob) else {
        // OBSERVED on smtp-hve.office365.com; UNCONFIRMED for smtp.office365.com.
        return Ok("501 5.5.124 Invalid XOAUTH2 auth data\r\n".into());
    };
    if state.faults.smtp == SmtpFault::StallAfterAuth {
        std::future::pending::<()>().await;
    }
    if let SmtpFault::AuthReply(reply) = state.faults.smtp {
        // `{echo}`: a hostile server that repeats what the client sent.
        return Ok(fill_reply(&reply.replace("{echo}", blob.trim()), &b));
    }
    let tenant = state.tenant.lock().expect("tenant lock").clone();
    match decide(state, &tenant, &user, &token) {
        Ok(oid) => {
            c.seat = Some(Seat::take(state, &user));
            c.authenticated = Some((user, oid));
            Ok("235 2.7.0 Authentication successful\r\n".into())
        }
        Err(text) => Ok(format!("535 {text} {b}\r\n")),
    }
}

/// `base64("user=" + u + "\x01auth=Bearer " + t + "\x01\x01")` → `(u, t)`.
pub fn parse_xoauth2(blob: &str) -> Option<(String, String)> {
    let raw = STANDARD.decode(blob.trim()).ok()?;
    let text = String::from_utf8(raw).ok()?;
    let mut user = None;
    let mut token = None;
    for part in text.split('\x01') {
        if let Some(u) = part.strip_prefix("user=") {
            user = Some(u.to_string());
        } else if let Some(t) = part.strip_prefix("auth=Bearer ") {
            token = Some(t.to_string());
        }
    }
    Some((user?, token?))
}

/// Exchange's AUTH decision. `Err` carries the enhanced code and text of the 535.
fn decide(state: &SimState, tenant: &Tenant, user: &str, token: &str) -> Result<String, String> {
    const REJECTED: &str = "5.7.3 Authentication unsuccessful";
    let Some(claims) = state.signer.verify(token) else {
        return Err(REJECTED.into());
    };
    let text = |k: &str| {
        claims
            .get(k)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string()
    };
    if tenant.security_defaults {
        return Err("5.7.139 Authentication unsuccessful, user is locked by your organization's security defaults policy. Contact your administrator.".into());
    }
    if let Some(mailbox) = tenant.mailbox(user)
        && tenant.smtp_auth_disabled_for(mailbox)
    {
        // The "…for the Mailbox" wording is UNCONFIRMED (by analogy with the Tenant text).
        let scope = if mailbox.smtp_auth_disabled == Some(true) {
            "Mailbox"
        } else {
            "Tenant"
        };
        return Err(format!(
            "5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the {scope}. Visit https://aka.ms/smtp_auth_disabled for more information."
        ));
    }
    let now = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let exchange_audience = [
        "https://outlook.office365.com",
        "https://outlook.office.com",
        super::tenant::EXO_APP_ID,
    ]
    .contains(&text("aud").trim_end_matches('/'));
    let fresh = claims
        .get("exp")
        .and_then(Value::as_u64)
        .is_some_and(|exp| exp > now);
    let role_claim = claims
        .get("roles")
        .and_then(Value::as_array)
        .is_some_and(|r| r.iter().any(|x| x == "SMTP.SendAsApp"));
    let (appid, oid) = (text("appid"), text("oid"));
    // RBAC for Applications: a role assignment instead of the role claim. With both (the mixed
    // setup) the claim "triggers the check for mailbox permissions" (Microsoft's onboarding page):
    // FullAccess is needed again.
    let assignment = tenant.smtp_role_assignment(&appid);
    let roles_ok = role_claim || assignment.is_some();
    let registered = tenant.exchange_service_principals.iter().any(|sp| {
        sp.app_id.eq_ignore_ascii_case(&appid) && sp.object_id.eq_ignore_ascii_case(&oid)
    });
    // A shared mailbox needs neither sign-in nor a licence (Microsoft supports shared mailboxes
    // for XOAUTH2); whether Exchange refuses a blocked or unlicensed *user* mailbox app-only is
    // UNKNOWN, and this simulation refuses it.
    let mailbox_ok = tenant.mailbox(user).is_some_and(|m| {
        (m.shared || (m.account_enabled && m.licensed))
            && match assignment {
                Some(_) if !role_claim => tenant
                    .role_assignments
                    .iter()
                    .filter(|r| r.app_id.eq_ignore_ascii_case(&appid))
                    .any(|r| tenant.in_scope(r, m)),
                _ => m.full_access.iter().any(|p| p.eq_ignore_ascii_case(&oid)),
            }
    });
    if !(exchange_audience
        && fresh
        && text("tid") == tenant.id
        && roles_ok
        && registered
        && mailbox_ok)
        || tenant.propagating()
    {
        return Err(REJECTED.into());
    }
    Ok(oid)
}

/// A scenario's reply with the server's name (`{host}`) and the session's bracket (`{bracket}`).
fn fill_reply(reply: &str, bracket: &str) -> String {
    let host = SERVER_FQDN.to_ascii_uppercase();
    format!(
        "{}\r\n",
        reply.replace("{host}", &host).replace("{bracket}", bracket)
    )
}

/// What Exchange's mailbox submission answers instead of queueing, for the faults that stand for
/// its throttling, logon and policy refusals (the scenario carries the captured text).
fn submission_fault(state: &SimState, c: &Conversation) -> Option<String> {
    match state.faults.smtp {
        SmtpFault::SubmissionReply(reply) => Some(fill_reply(reply, &bracket(&c.session))),
        _ => None,
    }
}

async fn data<S: AsyncRead + AsyncWrite + Unpin>(
    s: &mut BufReader<S>,
    c: &mut Conversation,
    state: &SimState,
) -> std::io::Result<String> {
    let mut message = Vec::new();
    let mut line = String::new();
    let mut too_big = false;
    loop {
        if !read_line(s, &mut line).await? {
            return Ok(String::new());
        }
        if line == "." {
            break;
        }
        let unstuffed = line.strip_prefix('.').unwrap_or(&line);
        if message.len() + unstuffed.len() > MAX_MESSAGE {
            too_big = true;
            continue;
        }
        message.extend_from_slice(unstuffed.as_bytes());
        message.extend_from_slice(b"\r\n");
    }
    if too_big || state.faults.smtp == SmtpFault::MessageTooLarge {
        return Ok("552 5.3.4 Message size exceeds fixed maximum message size\r\n".into());
    }
    if let Some(reply) = submission_fault(state, c) {
        c.mail_from = None;
        c.rcpts.clear();
        return Ok(reply);
    }
    let (user, oid) = c.authenticated.clone().unwrap_or_default();
    let text = String::from_utf8_lossy(&message).into_owned();
    let header = |name: &str| {
        text.split("\r\n\r\n")
            .next()
            .unwrap_or_default()
            .lines()
            .find_map(|l| {
                let (k, v) = l.split_once(':')?;
                k.trim()
                    .eq_ignore_ascii_case(name)
                    .then(|| v.trim().to_string())
            })
    };
    let from_header = header("From")
        .map(|f| address_of(&format!(":{f}")))
        .unwrap_or_default();
    let from_header = if from_header.contains('@') {
        from_header
    } else {
        header("From").unwrap_or_default()
    };
    let tenant = state.tenant.lock().expect("tenant lock").clone();
    for sender in [c.mail_from.clone().unwrap_or_default(), from_header] {
        if sender.is_empty() || sender.eq_ignore_ascii_case(&user) {
            continue;
        }
        let allowed = tenant
            .mailbox(&sender)
            .is_some_and(|m| m.send_as.iter().any(|p| p.eq_ignore_ascii_case(&oid)));
        if !allowed {
            c.mail_from = None;
            c.rcpts.clear();
            return Ok(format!(
                "554 5.2.252 SendAsDenied; {user} not allowed to send as {sender}; STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot submit message. 0.35250:1F009983, 1.36674:0A000000, 1.61250:00000000, 1.45378:02000000, 1.44866:00000000, 1.36674:00000000 {}\r\n",
                bracket(&c.session)
            ));
        }
    }
    let message_id = header("Message-ID").map_or_else(
        || format!("<{}@{SERVER_FQDN}>", session_id()),
        |m| m.trim().to_string(),
    );
    state
        .outbox
        .lock()
        .expect("outbox lock")
        .push(super::Delivered {
            from: c.mail_from.clone().unwrap_or_default(),
            to: c.rcpts.clone(),
            message: text,
        });
    c.mail_from = None;
    c.rcpts.clear();
    let id = if message_id.starts_with('<') {
        message_id
    } else {
        format!("<{message_id}>")
    };
    Ok(format!(
        "250 2.0.0 OK {id} [Hostname={}]\r\n",
        SERVER_FQDN.to_ascii_uppercase()
    ))
}
