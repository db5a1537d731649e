//! The evidence bundle (`diagnose --bundle FILE`) and its replay (`smtp-oauth replay FILE`): one
//! JSON document an admin can hand to Microsoft support or Cisco TAC — the settings (secrets as
//! `set (from …)`), every answer the checks saw (the token endpoint's and discovery's, the SMTP
//! phases with Microsoft's replies and brackets, the certificate chains, every Graph and
//! Exchange admin API answer), the transcript with AUTH redacted, versions, and the report.
//! `replay` judges the facts again, offline, with the same words a live run uses, so a real
//! tenant's answers become a regression test. Every secret the run held is scrubbed from the
//! whole document, in every form a server could echo it (raw, URL-encoded, base64).

use std::path::Path;

use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::checks::diagnose::Facts;

/// What a bundle says it is.
pub const FORMAT: &str = "smtp-oauth-bundle";
pub const VERSION: u32 = 1;
/// The largest bundle `replay` reads.
const MAX_BUNDLE: u64 = 32 * 1024 * 1024;

#[derive(Debug, Serialize, Deserialize)]
pub struct Bundle {
    pub format: String,
    pub version: u32,
    /// The smtp-oauth that wrote it.
    pub tool: String,
    pub created: String,
    /// Every setting as `config show` shows it: secrets as `set (from …)`, never their value.
    pub settings: Vec<Setting>,
    /// The recipients and From address of a test message, if one was asked for.
    pub to: Vec<String>,
    pub from: Option<String>,
    pub facts: Facts,
    /// The first three characters of the secret in use, which Graph shows as its `hint` (the
    /// prerequisite check matches the credential by it); not the secret.
    pub secret_hint: Option<String>,
    /// The SMTP transcript, AUTH redacted.
    pub transcript: Vec<String>,
    /// The report as `--json` printed it.
    pub report: Value,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct Setting {
    pub key: String,
    pub value: Value,
    pub source: Option<String>,
}

/// `text` with every form of every secret replaced by `<redacted>`.
pub fn scrub(text: &str, secrets: &[SecretString]) -> String {
    let mut out = text.to_string();
    for s in secrets {
        let s = s.expose_secret();
        // A short value would blank out ordinary words; no credential is that short.
        if s.len() < 8 {
            continue;
        }
        for form in crate::redact::forms(s) {
            if form.len() >= 8 {
                out = out.replace(&form, "<redacted>");
            }
        }
    }
    out
}

impl Bundle {
    /// Writes the bundle as a 0600 file, scrubbed of `secrets` and of every secret the process
    /// holds ([`crate::redact`]); never over the config file.
    pub fn write(&self, path: &Path, secrets: &[SecretString]) -> Result<(), String> {
        let text = serde_json::to_string_pretty(self).map_err(|e| e.to_string())?;
        // The secrets it was given, and every secret this process held: the XOAUTH2 string an
        // SMTP server echoed (the token inside it is base64 at another offset) is only there.
        let text = crate::redact::scrub(&scrub(&text, secrets));
        crate::settings::config_file::write_private_file(path, text.as_bytes())
            .map_err(|e| format!("cannot write the bundle {}: {e}", path.display()))
    }

    /// Reads a bundle, refusing what is not one (or is too large to be one).
    pub fn read(path: &Path) -> Result<Bundle, String> {
        let len = std::fs::metadata(path)
            .map_err(|e| format!("{}: {e}", path.display()))?
            .len();
        if len > MAX_BUNDLE {
            return Err(format!(
                "{} is {len} bytes: larger than any bundle smtp-oauth writes",
                path.display()
            ));
        }
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let bundle: Bundle = serde_json::from_str(&text).map_err(|e| {
            format!(
                "{} is not an smtp-oauth bundle (diagnose --bundle FILE writes one): {e}",
                path.display()
            )
        })?;
        if bundle.format != FORMAT || bundle.version != VERSION {
            return Err(format!(
                "{} is a {} version {} document; this smtp-oauth reads {FORMAT} version {VERSION}",
                path.display(),
                bundle.format,
                bundle.version
            ));
        }
        Ok(bundle)
    }
}

impl Bundle {
    /// The bundle of one diagnosis.
    pub fn new(
        settings: &crate::settings::Settings,
        plan: &crate::checks::diagnose::Plan,
        facts: Facts,
        transcript: Vec<String>,
        report: &crate::report::Report,
    ) -> Bundle {
        let created = time::OffsetDateTime::now_utc()
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap_or_default();
        let secret_hint = settings
            .client_secret
            .load()
            .ok()
            .flatten()
            .map(|(s, _)| s.expose_secret().chars().take(3).collect());
        Bundle {
            format: FORMAT.into(),
            version: VERSION,
            tool: concat!("smtp-oauth ", env!("CARGO_PKG_VERSION")).into(),
            created,
            settings: settings
                .rows(false)
                .into_iter()
                .map(|r| Setting {
                    key: r.key.into(),
                    value: r.value,
                    source: r.source,
                })
                .collect(),
            to: plan.to.clone(),
            from: plan.from.clone(),
            facts,
            secret_hint,
            transcript,
            report: serde_json::to_value(report).unwrap_or(Value::Null),
        }
    }
}

/// The secrets the settings hold (client and admin secrets, tokens, the certificate password, a
/// proxy password), for scrubbing.
pub fn held_by(settings: &crate::settings::Settings) -> Vec<SecretString> {
    let mut out = Vec::new();
    for s in [&settings.client_secret, &settings.admin_client_secret] {
        if let Ok(Some((v, _))) = s.load() {
            out.push(v);
        }
    }
    for v in [
        &settings.client_cert_password,
        &settings.graph_token,
        &settings.exchange_token,
    ]
    .into_iter()
    .flatten()
    {
        out.push(v.value.clone());
    }
    if let Some(p) = settings.proxy.as_ref().and_then(|p| p.value.password()) {
        out.push(SecretString::from(p.to_string()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use base64::Engine as _;

    #[test]
    fn every_form_of_a_secret_is_scrubbed() {
        let secret = "Zq98Q~canary+value/0123=";
        let url: String = form_urlencoded::byte_serialize(secret.as_bytes()).collect();
        let b64 = base64::engine::general_purpose::STANDARD.encode(secret);
        let text = format!("a {secret} b {url} c {b64} d");
        let out = scrub(&text, &[SecretString::from(secret)]);
        assert_eq!(out, "a <redacted> b <redacted> c <redacted> d");
        assert_eq!(
            scrub("short abc", &[SecretString::from("abc")]),
            "short abc"
        );
    }
}
