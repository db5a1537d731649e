//! `token --inspect`'s input: recognises a token or an XOAUTH2 string that another application
//! produced (a JWT, a base64 blob, a whole `AUTH XOAUTH2 …` line). `checks::claims` judges it.

use super::claims;

/// What the input was.
pub enum Input {
    Jwt(String),
    Xoauth2 {
        user: String,
        token: String,
        problems: Vec<String>,
    },
}

/// Recognises a JWT, a base64 XOAUTH2 blob, or a whole `AUTH XOAUTH2 <blob>` line.
pub fn recognise(text: &str) -> Result<Input, String> {
    let t = text.trim();
    let t = t
        .strip_prefix("AUTH XOAUTH2 ")
        .or_else(|| t.strip_prefix("auth xoauth2 "))
        .unwrap_or(t)
        .trim();
    let t = t.strip_prefix("Bearer ").unwrap_or(t).trim();
    if t.is_empty() {
        return Err("the input is empty".into());
    }
    if t.split('.').count() == 3 && t.starts_with("eyJ") {
        return Ok(Input::Jwt(t.to_string()));
    }
    match claims::decode_xoauth2(t) {
        Ok(x) => Ok(Input::Xoauth2 {
            user: x.user,
            token: x.token,
            problems: x.problems,
        }),
        Err(e) => Err(format!("neither a JWT nor an XOAUTH2 string ({e})")),
    }
}
