//! Decoding an access token's claims for diagnosis — never trusting or signature-checking them
//! (only Exchange does that) — and judging them for SMTP: audience, role, tenant, expiry.

use base64::Engine as _;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use serde_json::Value;

/// The claims that matter for SMTP AUTH. Unknown claims are ignored.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Claims {
    pub aud: Option<String>,
    pub iss: Option<String>,
    pub appid: Option<String>,
    pub appidacr: Option<String>,
    pub oid: Option<String>,
    pub tid: Option<String>,
    pub roles: Vec<String>,
    pub scp: Option<String>,
    pub upn: Option<String>,
    pub app_displayname: Option<String>,
    pub exp: Option<i64>,
    pub nbf: Option<i64>,
    pub ver: Option<String>,
}

#[derive(Debug, Clone, thiserror::Error, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum DecodeError {
    #[error("not a JWT: expected three dot-separated parts, found {0}")]
    Parts(usize),
    #[error("the JWT payload is not base64url")]
    Base64,
    #[error("the JWT payload is not a JSON object")]
    Json,
}

/// Decodes the payload of a JWT (without checking its signature).
pub fn decode(token: &str) -> Result<Claims, DecodeError> {
    let parts: Vec<&str> = token.trim().split('.').collect();
    if parts.len() != 3 {
        return Err(DecodeError::Parts(parts.len()));
    }
    let raw = URL_SAFE_NO_PAD
        .decode(parts[1].trim_end_matches('='))
        .map_err(|_| DecodeError::Base64)?;
    let v: Value = serde_json::from_slice(&raw).map_err(|_| DecodeError::Json)?;
    let obj = v.as_object().ok_or(DecodeError::Json)?;
    let s = |k: &str| obj.get(k).and_then(Value::as_str).map(str::to_string);
    let n = |k: &str| obj.get(k).and_then(Value::as_i64);
    let roles = obj
        .get("roles")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();
    Ok(Claims {
        aud: obj.get("aud").and_then(|a| {
            a.as_str().map(str::to_string).or_else(|| {
                a.as_array()
                    .and_then(|x| x.first())
                    .and_then(Value::as_str)
                    .map(str::to_string)
            })
        }),
        iss: s("iss"),
        appid: s("appid").or_else(|| s("azp")),
        appidacr: s("appidacr").or_else(|| s("azpacr")),
        oid: s("oid"),
        tid: s("tid"),
        roles,
        scp: s("scp"),
        upn: s("upn"),
        app_displayname: s("app_displayname"),
        exp: n("exp"),
        nbf: n("nbf"),
        ver: s("ver"),
    })
}

/// A decoded XOAUTH2 initial response: `base64("user=" u "^Aauth=Bearer " t "^A^A")`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Xoauth2 {
    pub user: String,
    pub token: String,
    /// Problems with the framing (missing `^A^A`, wrong scheme …), in words.
    pub problems: Vec<String>,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum Xoauth2Error {
    #[error("not base64")]
    Base64,
    #[error("the decoded blob has no `user=` field")]
    NoUser,
    #[error("the decoded blob has no `auth=Bearer <token>` field")]
    NoToken,
}

pub fn decode_xoauth2(blob: &str) -> Result<Xoauth2, Xoauth2Error> {
    let raw = STANDARD
        .decode(blob.trim())
        .map_err(|_| Xoauth2Error::Base64)?;
    let text = String::from_utf8_lossy(&raw);
    let mut problems = Vec::new();
    if !text.ends_with("\x01\x01") {
        problems.push("it does not end with two ^A (0x01) bytes".to_string());
    }
    let mut user = None;
    let mut token = None;
    for part in text.split('\x01').filter(|p| !p.is_empty()) {
        if let Some(u) = part.strip_prefix("user=") {
            user = Some(u.to_string());
        } else if let Some(a) = part.strip_prefix("auth=") {
            match a.split_once(' ') {
                Some(("Bearer", t)) => token = Some(t.to_string()),
                Some((scheme, t)) => {
                    problems.push(format!("the auth scheme is `{scheme}`, not `Bearer`"));
                    token = Some(t.to_string());
                }
                None => problems
                    .push("the auth field has no scheme (`auth=Bearer <token>`)".to_string()),
            }
        }
    }
    Ok(Xoauth2 {
        user: user.ok_or(Xoauth2Error::NoUser)?,
        token: token.ok_or(Xoauth2Error::NoToken)?,
        problems,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_microsofts_worked_example() {
        // Microsoft's documented example (microsoft-wire-facts.md §3.1).
        let x = decode_xoauth2("dXNlcj10ZXN0QGNvbnRvc28ub25taWNyb3NvZnQuY29tAWF1dGg9QmVhcmVyIEV3QkFBbDNCQUFVRkZwVUFvN0ozVmUwYmpMQldaV0NjbFJDM0VvQUEBAQ==").unwrap();
        assert_eq!(x.user, "test@contoso.onmicrosoft.com");
        assert_eq!(x.token, "EwBAAl3BAAUFFpUAo7J3Ve0bjLBWZWCclRC3EoAA");
        assert!(x.problems.is_empty());
    }

    #[test]
    fn never_panics_on_garbage() {
        for input in [
            "",
            ".",
            "..",
            "a.b.c",
            "a.!!!.c",
            "a.e30.c",
            "\u{0}\u{1}",
            "x.eyJhIjpbXX0.y",
        ] {
            let _ = decode(input);
            let _ = decode_xoauth2(input);
        }
        assert_eq!(decode("a.e30.c").unwrap(), Claims::default());
    }
}
