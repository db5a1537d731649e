//! The words for a token's claims: audience, roles, app-only or delegated, tenant, expiry and
//! clock, for a diagnosis (`token.claims`) and for `token --inspect` (also the XOAUTH2 `user=`),
//! without ever printing the token itself.

use serde_json::{Map, Value, json};

use super::{CheckId, Step, title_of};
use crate::cloud::Cloud;
use crate::failures::ClassId;
use crate::i18n::Words;
use crate::oauth::claims::{self, Claims};
use crate::oauth::inspect::Input;

/// The checks of an inspected input: `inspect.format`, `token.claims`, and for XOAUTH2 `inspect.user`.
pub fn judge(input: &Input, cloud: Cloud, rbac: bool, mailbox: Option<&str>) -> Vec<Step> {
    let mut steps = Vec::new();
    let token = match input {
        Input::Jwt(t) => {
            steps.push(Step::pass(
                CheckId::INSPECT_FORMAT,
                "Format",
                None,
                "a JWT (access token)".into(),
                Map::new(),
            ));
            t
        }
        Input::Xoauth2 {
            user,
            token,
            problems,
        } => {
            let mut ev = Map::new();
            ev.insert("user".into(), json!(user));
            if problems.is_empty() {
                steps.push(Step::pass(
                    CheckId::INSPECT_FORMAT,
                    "Format",
                    None,
                    "an XOAUTH2 string: user=…^Aauth=Bearer …^A^A".into(),
                    ev,
                ));
            } else {
                ev.insert("problems".into(), json!(problems));
                steps.push(Step::fail(
                    CheckId::INSPECT_FORMAT,
                    "Format",
                    std::time::Duration::ZERO,
                    ClassId::PROTOCOL_ERROR,
                    format!("a malformed XOAUTH2 string: {}", problems.join("; ")),
                    ev,
                ));
            }
            let mut uev = Map::new();
            uev.insert("user".into(), json!(user));
            let valid = crate::settings::validate::mailbox(user).is_ok();
            match mailbox {
                _ if !valid => steps.push(Step::fail(CheckId::INSPECT_USER, "XOAUTH2 user", std::time::Duration::ZERO, ClassId::AUTH_REJECTED, format!("user={user} is not a mailbox address"), uev)),
                Some(m) if !m.eq_ignore_ascii_case(user) => steps.push(Step::warn(CheckId::INSPECT_USER, "XOAUTH2 user", std::time::Duration::ZERO, ClassId::AUTH_REJECTED, format!("user={user}, but the configured mailbox is {m}: FullAccess must be granted on {user}"), uev)),
                _ => steps.push(Step::pass(CheckId::INSPECT_USER, "XOAUTH2 user", None, format!("user={user}"), uev)),
            }
            token
        }
    };
    steps.push(judge_claims(token, cloud, rbac));
    steps
}

fn judge_claims(token: &str, cloud: Cloud, rbac: bool) -> Step {
    match claims::decode(token) {
        Ok(c) => claims_step(&c, cloud, rbac, std::time::SystemTime::now()),
        Err(e) => Step::fail(
            CheckId::TOKEN_CLAIMS,
            title_of(CheckId::TOKEN_CLAIMS),
            std::time::Duration::ZERO,
            ClassId::PROTOCOL_ERROR,
            format!("the token cannot be decoded: {e}"),
            Map::new(),
        ),
    }
}

/// The `token.claims` check: audience, expiry, app-only or delegated, role — with the decoded
/// claims as evidence. Shared by `token --inspect` and the token of every diagnosis.
/// Identifier URIs of the Exchange Online resource other than the ones Microsoft documents for
/// SMTP (those are the cloud's `exchange_audiences`).
const OTHER_EXCHANGE_AUDIENCES: &[&str] = &["https://ps.outlook.com"];

/// The decoded claims a person needs, as evidence.
fn claims_evidence(c: &Claims) -> Map<String, Value> {
    let mut ev = Map::new();
    ev.insert(
        "note".into(),
        json!("decoded for diagnosis, not signature-checked"),
    );
    for (k, v) in [
        ("aud", &c.aud),
        ("appid", &c.appid),
        ("oid", &c.oid),
        ("tid", &c.tid),
        ("appidacr", &c.appidacr),
        ("app_displayname", &c.app_displayname),
        ("upn", &c.upn),
        ("scp", &c.scp),
        ("ver", &c.ver),
    ] {
        if let Some(v) = v {
            ev.insert(k.into(), json!(v));
        }
    }
    ev.insert("roles".into(), json!(c.roles));
    ev
}

/// A delegated (user) token: it must carry SMTP.Send.
fn delegated(c: &Claims, ev: Map<String, Value>) -> Step {
    let title = title_of(CheckId::TOKEN_CLAIMS);
    let zero = std::time::Duration::ZERO;
    if !c
        .scp
        .as_deref()
        .is_some_and(|s| s.split_whitespace().any(|x| x == "SMTP.Send"))
    {
        return Step::fail(
            CheckId::TOKEN_CLAIMS,
            title,
            zero,
            ClassId::PERMISSION_NOT_GRANTED,
            String::new(),
            ev,
        )
        .said(Words::new("summary-delegated-no-scope"));
    }
    let words = Words::new("summary-delegated").text("upn", c.upn.clone().unwrap_or_default());
    Step::pass_said(CheckId::TOKEN_CLAIMS, title, None, words, ev)
}

/// The check when the audience is not Exchange Online's: another name of it (a warning) or
/// another resource (a failure).
fn audience(aud: &str, cloud: Cloud, ev: &Map<String, Value>) -> Option<Step> {
    let audiences = cloud.endpoints().exchange_audiences;
    let trimmed = aud.trim_end_matches('/');
    // Another identifier URI of the Exchange Online resource (MailKit's guide requests
    // `https://ps.outlook.com/.default` for IMAP): whether SMTP takes such a token is UNKNOWN
    // (real-microsoft-shapes.md C4), so it is a warning and AUTH decides.
    let (status, id) = if OTHER_EXCHANGE_AUDIENCES.contains(&trimmed) {
        (super::Status::Warn, "summary-audience-other-name")
    } else if !audiences.contains(&trimmed) {
        (super::Status::Fail, "summary-audience-wrong")
    } else {
        return None;
    };
    let title = title_of(CheckId::TOKEN_CLAIMS);
    let step = Step::fail(
        CheckId::TOKEN_CLAIMS,
        title,
        std::time::Duration::ZERO,
        ClassId::WRONG_AUDIENCE,
        String::new(),
        ev.clone(),
    );
    let words = Words::new(id)
        .text("aud", aud)
        .text("exchange", audiences[0]);
    Some(Step { status, ..step }.said(words))
}

/// The `token.claims` check of a token judged at `at` (when it was received, for a diagnosis).
pub fn claims_step(c: &Claims, cloud: Cloud, rbac: bool, at: std::time::SystemTime) -> Step {
    let title = title_of(CheckId::TOKEN_CLAIMS);
    let zero = std::time::Duration::ZERO;
    let mut ev = claims_evidence(c);
    let now = at
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
        .cast_signed();
    if let Some(exp) = c.exp {
        ev.insert(
            "expires_in_min".into(),
            Value::from(exp.saturating_sub(now) / 60),
        );
    }
    let aud = c.aud.clone().unwrap_or_default();
    if let Some(step) = audience(&aud, cloud, &ev) {
        return step;
    }
    if c.exp.is_some_and(|e| e < now) {
        return Step::fail(
            CheckId::TOKEN_CLAIMS,
            title,
            zero,
            ClassId::AUTH_REJECTED,
            String::new(),
            ev,
        )
        .said(
            Words::new("summary-token-expired")
                .number("minutes", now.saturating_sub(c.exp.unwrap_or(now)) / 60),
        );
    }
    if c.upn.is_some() || c.scp.is_some() {
        return delegated(c, ev);
    }
    if !c.roles.iter().any(|r| r == "SMTP.SendAsApp") && !rbac {
        let roles = if c.roles.is_empty() {
            Words::new("roles-none")
        } else {
            Words::new("verbatim").text("text", c.roles.join(", "))
        };
        return Step::fail(
            CheckId::TOKEN_CLAIMS,
            title,
            zero,
            ClassId::PERMISSION_NOT_GRANTED,
            String::new(),
            ev,
        )
        .said(Words::new("summary-no-send-as-app-role").said("roles", roles));
    }
    let roles = if c.roles.is_empty() {
        Words::new("roles-none-rbac")
    } else {
        Words::new("verbatim").text("text", c.roles.join(", "))
    };
    let oid = c.oid.clone().unwrap_or_default();
    Step::pass_said(
        CheckId::TOKEN_CLAIMS,
        title,
        None,
        Words::new("summary-token-claims")
            .text("audience", aud)
            .said("roles", roles)
            .text("oid", oid),
        ev,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::oauth::inspect::recognise;

    #[test]
    fn recognises_the_forms() {
        assert!(matches!(recognise("eyJ0.eyJ1.c"), Ok(Input::Jwt(_))));
        let blob = "dXNlcj10ZXN0QGNvbnRvc28ub25taWNyb3NvZnQuY29tAWF1dGg9QmVhcmVyIEV3QkFBbDNCQUFVRkZwVUFvN0ozVmUwYmpMQldaV0NjbFJDM0VvQUEBAQ==";
        assert!(matches!(
            recognise(&format!("AUTH XOAUTH2 {blob}")),
            Ok(Input::Xoauth2 { .. })
        ));
        assert!(recognise("hello").is_err());
        assert!(recognise("").is_err());
    }

    /// No input makes the decoders panic: a cheap property test over pseudo-random bytes.
    #[test]
    fn no_input_panics() {
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for len in 0..2000usize {
            let mut s = String::new();
            for _ in 0..(len % 97) {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                let alphabet = b"eyJ.=+/_-AZaz09\\x01\"{}: ";
                s.push(alphabet[usize::try_from(x % 24).unwrap_or(0) % alphabet.len()] as char);
            }
            if let Ok(i) = recognise(&s) {
                let _ = judge(&i, Cloud::Global, false, Some("a@b.example"));
            }
            let _ = crate::oauth::parse_error(400, &s);
        }
    }
}
