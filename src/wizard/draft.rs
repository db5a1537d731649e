//! What `setup` had been told when it stopped (Ctrl-C, Esc, a closed terminal): every answer
//! but the secret, kept after each question in the state directory
//! (`$XDG_STATE_HOME/smtp-oauth/setup-PROFILE.toml`, mode 0600), never beside the config file,
//! which a stopped setup leaves as it was. The next `setup` for the profile offers to go on with
//! them; a saved profile removes the draft.

use std::path::PathBuf;

use super::{Client, Store, Values};
use crate::cloud::Cloud;

/// A draft older than this is not offered.
const KEPT_DAYS: i64 = 7;

pub struct Draft {
    path: PathBuf,
}

/// `$XDG_STATE_HOME` (absolute), else the platform's state or data directory.
fn state_dir() -> Option<PathBuf> {
    use etcetera::AppStrategy;
    if let Some(xdg) = std::env::var_os("XDG_STATE_HOME").map(PathBuf::from)
        && xdg.is_absolute()
    {
        return Some(xdg.join("smtp-oauth"));
    }
    let s = etcetera::choose_app_strategy(etcetera::AppStrategyArgs {
        top_level_domain: "org".into(),
        author: "smtp-oauth".into(),
        app_name: "smtp-oauth".into(),
    })
    .ok()?;
    Some(s.state_dir().unwrap_or_else(|| s.data_dir()))
}

impl Draft {
    /// The draft of `profile` (a name `setup` has validated).
    pub fn of(profile: &str) -> Option<Draft> {
        Some(Draft {
            path: state_dir()?.join(format!("setup-{profile}.toml")),
        })
    }

    /// Keeps the answers so far: best effort (a read-only home only loses the draft).
    pub fn save(&self, v: &Values) {
        let mut t = toml_edit::DocumentMut::new();
        let now = time::OffsetDateTime::now_utc();
        t["saved"] = toml_edit::value(now.unix_timestamp());
        t["cloud"] = toml_edit::value(v.cloud.name());
        if let Client::Ise { release } = &v.client {
            t["ise_release"] = toml_edit::value(release.as_str());
        }
        for (k, val) in [
            ("tenant", v.tenant.as_str()),
            ("client_id", v.client_id.as_str()),
            ("mailbox", v.mailbox.as_str()),
            ("smtp_host", v.smtp_host.as_str()),
            ("timeout", v.timeout.as_str()),
            ("certificate", v.certificate.as_deref().unwrap_or_default()),
            (
                "secret_expires",
                v.secret_expires.as_deref().unwrap_or_default(),
            ),
        ] {
            if !val.is_empty() {
                t[k] = toml_edit::value(val);
            }
        }
        t["smtp_port"] = toml_edit::value(i64::from(v.smtp_port));
        let _ =
            crate::settings::config_file::write_private_file(&self.path, t.to_string().as_bytes());
    }

    /// The answers of a recent draft laid over `v`, and when they were given; `None` when there
    /// is no draft (or only an old or unreadable one).
    pub fn restore(&self, v: &mut Values) -> Option<String> {
        let text = crate::settings::config_file::read_limited_bytes(&self.path, 64 * 1024).ok()?;
        let t: toml::Table = toml::from_str(&String::from_utf8_lossy(&text)).ok()?;
        let saved =
            time::OffsetDateTime::from_unix_timestamp(t.get("saved")?.as_integer()?).ok()?;
        if (time::OffsetDateTime::now_utc() - saved).whole_days() > KEPT_DAYS {
            return None;
        }
        let text_of = |k: &str| t.get(k).and_then(|x| x.as_str()).map(str::to_string);
        if let Some(c) = text_of("cloud").and_then(|c| Cloud::from_name(&c)) {
            v.cloud = c;
        }
        if let Some(r) = text_of("ise_release") {
            v.client = Client::Ise { release: r };
        }
        for (k, slot) in [
            ("tenant", &mut v.tenant),
            ("client_id", &mut v.client_id),
            ("mailbox", &mut v.mailbox),
            ("smtp_host", &mut v.smtp_host),
            ("timeout", &mut v.timeout),
        ] {
            if let Some(x) = text_of(k) {
                *slot = x;
            }
        }
        if let Some(c) = text_of("certificate") {
            v.certificate = Some(c);
            v.store = Store::File;
        }
        v.secret_expires = text_of("secret_expires").or(v.secret_expires.take());
        if let Some(p) = t
            .get("smtp_port")
            .and_then(toml::Value::as_integer)
            .and_then(|p| u16::try_from(p).ok())
        {
            v.smtp_port = p;
        }
        Some(saved.date().to_string())
    }

    pub fn remove(&self) {
        let _ = std::fs::remove_file(&self.path);
    }
}
