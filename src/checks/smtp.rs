//! The words for the SMTP session: each phase's facts (`smtp::session`) become a check with its
//! summary, evidence and failure class. Every sentence about the SMTP session is written here.

use std::time::Duration;

use serde_json::{Map, Value, json};

use super::{CheckId, Step};
use crate::failures::ClassId;
use crate::failures::classify;
use crate::i18n::Words;
use crate::smtp::reply::{MAX_LINE, MAX_LINES, ReplyError, SmtpReply};
use crate::smtp::session::{AuthFact, AuthStage, Fault, Phase, PhaseFact, Seen, SendFact, Target};
use crate::tls;

/// A fault no phase can produce (kept so that every combination has words).
fn unexpected() -> Words {
    Words::new("summary-unexpected")
}

/// A reply reader's error in words.
pub fn reply_error_words(e: &ReplyError) -> Words {
    match e {
        ReplyError::Closed => Words::new("reply-closed"),
        ReplyError::LineTooLong => Words::new("reply-line-too-long").number("max", MAX_LINE),
        ReplyError::TooManyLines => Words::new("reply-too-many-lines").number("max", MAX_LINES),
        ReplyError::Garbage(text) => Words::new("reply-garbage").text("text", format!("{text:?}")),
        ReplyError::Io(detail) => Words::new("reply-io").text("detail", detail.clone()),
        ReplyError::Tls(detail) => Words::new("reply-tls").text("detail", detail.clone()),
    }
}

use super::evidence;

fn reply_evidence(reply: &SmtpReply) -> Map<String, Value> {
    let mut e = evidence(&[("reply", json!(reply.raw()))]);
    if let Some(b) = reply.bracket() {
        e.insert("exchange_bracket".into(), json!(b));
    }
    e
}

/// Subject, issuer and end of validity (RFC 3339) of each presented certificate.
pub fn chain_evidence(chain: &[rustls::pki_types::CertificateDer<'_>]) -> Map<String, Value> {
    let list: Vec<Value> = chain
        .iter()
        .map(|c| {
            tls::certinfo::describe(c.as_ref()).map_or_else(
                || json!({"unparsable": true}),
                |n| json!({"subject": n.subject, "issuer": n.issuer, "not_after": n.not_after}),
            )
        })
        .collect();
    evidence(&[("chain", json!(list))])
}

/// The check each phase counts for.
pub fn check_of(phase: Phase) -> CheckId {
    match phase {
        Phase::Dns => CheckId::DNS,
        Phase::Tcp => CheckId::TCP,
        Phase::Greeting => CheckId::SMTP_GREETING,
        Phase::Ehlo => CheckId::SMTP_EHLO,
        Phase::StartTls => CheckId::SMTP_STARTTLS,
        Phase::Tls => CheckId::TLS_CHAIN,
        Phase::Xoauth2 => CheckId::SMTP_XOAUTH2,
    }
}

/// The checks of a session up to AUTH, one per phase that ran.
pub fn phase_steps(target: &Target, phases: &[PhaseFact]) -> Vec<Step> {
    phases.iter().map(|f| phase_step(target, f)).collect()
}

fn failed(
    id: CheckId,
    duration: Duration,
    class: ClassId,
    summary: String,
    ev: Map<String, Value>,
) -> Step {
    Step::fail(id, id.title(), duration, class, summary, ev)
}

/// A failure whose summary is a message.
fn failed_said(
    id: CheckId,
    duration: Duration,
    class: ClassId,
    words: Words,
    ev: Map<String, Value>,
) -> Step {
    failed(id, duration, class, String::new(), ev).said(words)
}

/// A read that got no reply, or not an SMTP one, while waiting for `waiting_for` (a
/// `waiting-*` message); any other fault is an unexpected one.
fn no_reply(id: CheckId, duration: Duration, fault: &Fault, waiting_for: Words) -> Step {
    let said = |class, words| failed_said(id, duration, class, words, Map::new());
    match fault {
        Fault::Timeout => said(
            ClassId::NETWORK_TIMEOUT,
            Words::new("summary-no-reply").said("what", waiting_for),
        ),
        Fault::Broken(e) => said(
            ClassId::PROTOCOL_ERROR,
            Words::new("summary-not-a-reply")
                .said("error", reply_error_words(e))
                .said("what", waiting_for),
        ),
        _ => said(ClassId::PROTOCOL_ERROR, unexpected()),
    }
}

fn phase_step(target: &Target, fact: &PhaseFact) -> Step {
    let id = check_of(fact.phase);
    let duration = fact.duration.unwrap_or_default();
    match &fact.outcome {
        Ok(seen) => passed(target, id, fact.duration, seen),
        Err(fault) => phase_fault(target, fact.phase, duration, fault),
    }
}

fn passed(target: &Target, id: CheckId, duration: Option<Duration>, seen: &Seen) -> Step {
    use crate::i18n::Words;
    let pass = |summary: String, ev| Step::pass(id, id.title(), duration, summary, ev);
    let said = |words: Words, ev| Step::pass_said(id, id.title(), duration, words, ev);
    match seen {
        Seen::Address(ip) => said(
            Words::new("summary-dns-address").text("address", ip.to_string()),
            Map::new(),
        ),
        Seen::Resolved(addrs) => {
            let shown: Vec<String> = addrs.iter().map(ToString::to_string).collect();
            pass(
                format!("{} → {}", target.host, shown.join(", ")),
                evidence(&[("addresses", json!(shown))]),
            )
        }
        Seen::Connected(used) => said(
            Words::new("summary-tcp-connected").text("address", used.to_string()),
            evidence(&[("address", json!(used.to_string()))]),
        ),
        Seen::Reply(r) if id == CheckId::SMTP_GREETING => pass(
            r.lines.first().cloned().unwrap_or_default(),
            reply_evidence(r),
        ),
        Seen::Reply(r) => pass(r.raw(), reply_evidence(r)),
        Seen::Capabilities(caps) => said(
            Words::new("summary-ehlo-capabilities").number("count", caps.len()),
            evidence(&[("capabilities", json!(caps))]),
        ),
        Seen::Tls {
            chain,
            version,
            cipher,
            intercepted_by,
        } => {
            let mut ev = chain_evidence(chain);
            ev.insert("tls_version".into(), json!(version));
            ev.insert("cipher_suite".into(), json!(cipher));
            match intercepted_by {
                Some(issuer) => {
                    ev.insert("issued_by".into(), json!(issuer));
                    Step::warn(
                        id,
                        id.title(),
                        duration.unwrap_or_default(),
                        ClassId::TLS_INTERCEPTED,
                        String::new(),
                        ev,
                    )
                    .said(Words::new("summary-tls-intercepted").text("issuer", issuer.clone()))
                }
                None => said(
                    Words::new("summary-tls-verified")
                        .text("version", version.clone())
                        .number("count", chain.len()),
                    ev,
                ),
            }
        }
        Seen::Xoauth2 { capabilities, auth } => pass(
            auth.clone(),
            evidence(&[("capabilities", json!(capabilities)), ("auth", json!(auth))]),
        ),
    }
}

/// DNS and TCP: the host does not resolve, refuses, or does not answer.
fn connect_fault(target: &Target, phase: Phase, duration: Duration, fault: &Fault) -> Step {
    let fail = |class, words, ev| failed_said(check_of(phase), duration, class, words, ev);
    let host = || target.host.clone();
    match (phase, fault) {
        (Phase::Dns, Fault::DnsError(e)) => fail(
            ClassId::DNS_FAILURE,
            Words::new("summary-dns-failed")
                .text("host", host())
                .text("why", e.clone()),
            Map::new(),
        ),
        (Phase::Dns, _) => fail(
            ClassId::DNS_FAILURE,
            Words::new("summary-dns-timeout").text("host", host()),
            Map::new(),
        ),
        (Phase::Tcp, Fault::TcpRefused) => fail(
            ClassId::CONNECTION_REFUSED,
            Words::new("summary-tcp-refused")
                .text("host", host())
                .text("port", target.port.to_string()),
            evidence(&[("port", json!(target.port))]),
        ),
        (_, fault) => {
            let e = match fault {
                Fault::TcpTimeout(e) => e.clone(),
                _ => "no address".to_string(),
            };
            fail(
                ClassId::NETWORK_TIMEOUT,
                Words::new("summary-tcp-timeout")
                    .text("host", host())
                    .text("port", target.port.to_string())
                    .text("seconds", target.timeout.as_secs_f64().to_string())
                    .text("why", e),
                evidence(&[("port", json!(target.port))]),
            )
        }
    }
}

/// EHLO offers no STARTTLS: none at all, or masked by a firewall's ESMTP inspection.
fn starttls_missing(
    target: &Target,
    duration: Duration,
    capabilities: &[String],
    masked: Option<&str>,
) -> Step {
    let fail = |class, words, ev| failed_said(CheckId::SMTP_STARTTLS, duration, class, words, ev);
    let ev = evidence(&[("capabilities", json!(capabilities))]);
    match masked {
        None => fail(
            ClassId::STARTTLS_UNAVAILABLE,
            Words::new("summary-no-starttls")
                .text("host", target.host.clone())
                .text("port", target.port.to_string()),
            ev,
        ),
        Some(m) => fail(
            ClassId::STARTTLS_STRIPPED,
            Words::new("summary-starttls-masked").text("masked", m),
            ev,
        ),
    }
}

fn phase_fault(target: &Target, phase: Phase, duration: Duration, fault: &Fault) -> Step {
    let id = check_of(phase);
    let said = |class, words, ev| failed_said(id, duration, class, words, ev);
    let tls = phase == Phase::Xoauth2;
    match (phase, fault) {
        (Phase::Dns | Phase::Tcp, fault) => connect_fault(target, phase, duration, fault),
        (Phase::Greeting, Fault::Timeout) => said(
            ClassId::NETWORK_TIMEOUT,
            Words::new("summary-no-greeting")
                .text("seconds", target.timeout.as_secs_f64().to_string()),
            Map::new(),
        ),
        (Phase::Greeting, Fault::Reply(r)) => said(
            classify::smtp_reply(r),
            Words::new("summary-session-refused").text("reply", r.raw()),
            reply_evidence(r),
        ),
        (Phase::Ehlo | Phase::Xoauth2, Fault::WriteFailed) => said(
            ClassId::PROTOCOL_ERROR,
            Words::new("summary-broke-sending-ehlo").text("tls", if tls { "yes" } else { "no" }),
            Map::new(),
        ),
        (Phase::Ehlo | Phase::Xoauth2, Fault::Reply(r)) => said(
            classify::smtp_reply(r),
            Words::new("summary-ehlo-refused")
                .text("tls", if tls { "yes" } else { "no" })
                .text("reply", r.raw()),
            reply_evidence(r),
        ),
        (
            Phase::StartTls,
            Fault::StartTlsMissing {
                capabilities,
                masked,
            },
        ) => starttls_missing(target, duration, capabilities, masked.as_deref()),
        (Phase::StartTls, Fault::WriteFailed) => said(
            ClassId::PROTOCOL_ERROR,
            Words::new("summary-broke-sending-starttls"),
            Map::new(),
        ),
        (Phase::StartTls, Fault::Reply(r)) => said(
            classify::smtp_reply(r),
            Words::new("summary-starttls-refused").text("reply", r.raw()),
            reply_evidence(r),
        ),
        (Phase::Tls, fault) => tls_fault(target, duration, fault),
        (Phase::Xoauth2, Fault::Xoauth2Missing { capabilities, auth }) => said(
            ClassId::XOAUTH2_UNAVAILABLE,
            auth.as_ref().map_or_else(
                || Words::new("summary-no-auth"),
                |a| Words::new("summary-no-xoauth2").text("auth", a.clone()),
            ),
            evidence(&[("capabilities", json!(capabilities)), ("auth", json!(auth))]),
        ),
        (phase, fault) => {
            let waiting_for = match phase {
                Phase::Greeting => Words::new("waiting-greeting"),
                Phase::StartTls => Words::new("waiting-starttls"),
                _ => Words::new("waiting-ehlo").text("tls", if tls { "yes" } else { "no" }),
            };
            no_reply(id, duration, fault, waiting_for)
        }
    }
}

fn tls_fault(target: &Target, duration: Duration, fault: &Fault) -> Step {
    let fail = |class, words, ev| failed_said(CheckId::TLS_CHAIN, duration, class, words, ev);
    match fault {
        Fault::Injection => fail(
            ClassId::PROTOCOL_ERROR,
            Words::new("summary-starttls-injection"),
            Map::new(),
        ),
        Fault::BadServerName => fail(
            ClassId::HOSTNAME_MISMATCH,
            Words::new("summary-bad-server-name").text("host", target.host.clone()),
            Map::new(),
        ),
        Fault::Tls {
            error,
            detail,
            captured,
            intercepted_by,
        } => {
            let class = error.as_ref().map_or(ClassId::TLS_HANDSHAKE_FAILED, |r| {
                classify::tls_error(r, &target.host, captured)
            });
            let mut ev = chain_evidence(&captured.chain);
            if let Some(issuer) = intercepted_by {
                ev.insert("issued_by".into(), json!(issuer));
            }
            let words = error.as_ref().map_or_else(
                || Words::new("tls-other").text("detail", detail.clone()),
                tls::words,
            );
            fail(class, words, ev)
        }
        _ => fail(
            ClassId::NETWORK_TIMEOUT,
            Words::new("summary-tls-timeout"),
            Map::new(),
        ),
    }
}

/// The `smtp.auth` check.
pub fn auth_step(fact: &AuthFact) -> Step {
    let id = CheckId::SMTP_AUTH;
    let fail = |class, summary: &str, ev| failed(id, fact.duration, class, summary.into(), ev);
    let said = |class, words| failed_said(id, fact.duration, class, words, Map::new());
    match &fact.outcome {
        Ok(reply) => {
            let mut ev = reply_evidence(reply);
            if let Some(c) = &fact.challenge {
                ev.insert(
                    "error_challenge".into(),
                    serde_json::from_str::<Value>(c).unwrap_or(json!(c)),
                );
            }
            if reply.code == 235 {
                Step::pass(id, id.title(), Some(fact.duration), reply.raw(), ev)
            } else {
                fail(classify::auth_reply(reply), &reply.raw(), ev)
            }
        }
        Err((AuthStage::Response, Fault::WriteFailed)) => said(
            ClassId::PROTOCOL_ERROR,
            Words::new("summary-broke-sending-auth"),
        ),
        Err((_, Fault::WriteFailed)) => said(
            ClassId::PROTOCOL_ERROR,
            Words::new("summary-connection-broke"),
        ),
        Err((stage, fault)) => {
            let waiting_for = match stage {
                AuthStage::Continuation => "waiting-continuation",
                AuthStage::FinalReply => "waiting-auth-final",
                _ => "waiting-auth",
            };
            no_reply(id, fact.duration, fault, Words::new(waiting_for))
        }
    }
}

/// The `smtp.send` check.
pub fn send_step(fact: &SendFact) -> Step {
    let id = CheckId::SMTP_SEND;
    let fail = |class, summary, ev| failed(id, fact.duration, class, summary, ev);
    let said = |class, words, ev| failed_said(id, fact.duration, class, words, ev);
    match &fact.outcome {
        Ok(reply) => Step::pass(
            id,
            id.title(),
            Some(fact.duration),
            reply.raw(),
            reply_evidence(reply),
        ),
        Err((_, Fault::WriteFailed)) => said(
            ClassId::PROTOCOL_ERROR,
            Words::new("summary-connection-broke"),
            Map::new(),
        ),
        Err((_, Fault::MessageTimeout)) => said(
            ClassId::NETWORK_TIMEOUT,
            Words::new("summary-message-timeout"),
            Map::new(),
        ),
        Err((cmd, Fault::Reply(r))) if cmd == "." => {
            fail(classify::smtp_reply(r), r.raw(), reply_evidence(r))
        }
        Err((cmd, Fault::Reply(r))) => said(
            classify::smtp_reply(r),
            Words::new("summary-command-refused")
                .text("command", cmd.clone())
                .text("reply", r.raw()),
            reply_evidence(r),
        ),
        Err((cmd, fault)) => {
            let waiting_for = if cmd == "." {
                "waiting-queue"
            } else {
                "waiting-reply"
            };
            no_reply(id, fact.duration, fault, Words::new(waiting_for))
        }
    }
}
