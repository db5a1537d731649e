//! Where secrets come from: a 0600 file, standard input, the environment, or the OS keyring.
//!
//! Every secret is wrapped in a `SecretString` the moment it is read and stays one; nothing here
//! formats a secret, and errors never carry one (keyring errors that hold the stored bytes are
//! reduced to a message first).

use std::fmt;
use std::io::{self, IsTerminal, Read};
use std::path::{Path, PathBuf};

use secrecy::{ExposeSecret, SecretString};

/// The keyring service name under which profiles store their client secret.
pub const KEYRING_SERVICE: &str = "smtp-oauth";

/// Largest secret we read from a file or stdin; a client secret is ~40 bytes, a PEM key a few KiB.
const MAX_SECRET_BYTES: u64 = 64 * 1024;

/// Why a secret could not be read.
#[derive(Debug, thiserror::Error)]
pub enum SecretError {
    #[error(
        "{what} file {} is accessible by group or others (mode {mode:04o}); a secret file must be private: run `chmod 600 {}`",
        path.display(),
        path.display()
    )]
    FilePermissions {
        what: &'static str,
        path: PathBuf,
        mode: u32,
    },
    #[error("{what} file {} cannot be read: {problem}", path.display())]
    FileUnreadable {
        what: &'static str,
        path: PathBuf,
        problem: String,
    },
    #[error("{what} from {from} is empty")]
    Empty { what: &'static str, from: String },
    #[error(
        "--client-secret-stdin reads a pipe, but standard input is a terminal; pipe the secret in (e.g. from a password manager) or use `smtp-oauth config set-secret`, which prompts without echo"
    )]
    StdinIsTerminal,
    #[error("the OS keyring is not available: {0}")]
    KeyringUnavailable(String),
}

/// Reads a secret from a file that only its owner can read (as ssh does for keys).
pub fn read_private_file(what: &'static str, path: &Path) -> Result<SecretString, SecretError> {
    check_private(what, path)?;
    let text = super::config_file::read_limited(path, MAX_SECRET_BYTES).map_err(|e| {
        SecretError::FileUnreadable {
            what,
            path: path.to_path_buf(),
            problem: e.to_string(),
        }
    })?;
    non_empty(what, &format!("file {}", path.display()), &text)
}

#[cfg(unix)]
fn check_private(what: &'static str, path: &Path) -> Result<(), SecretError> {
    use std::os::unix::fs::PermissionsExt;
    let meta = std::fs::metadata(path).map_err(|e| SecretError::FileUnreadable {
        what,
        path: path.to_path_buf(),
        problem: e.to_string(),
    })?;
    if !meta.is_file() {
        return Err(SecretError::FileUnreadable {
            what,
            path: path.to_path_buf(),
            problem: "it is not a regular file".into(),
        });
    }
    let mode = meta.permissions().mode() & 0o7777;
    if mode & 0o077 != 0 {
        return Err(SecretError::FilePermissions {
            what,
            path: path.to_path_buf(),
            mode,
        });
    }
    Ok(())
}

#[cfg(not(unix))]
fn check_private(_what: &'static str, _path: &Path) -> Result<(), SecretError> {
    Ok(())
}

/// Reads a secret from standard input, which must not be a terminal.
pub fn read_stdin(what: &'static str) -> Result<SecretString, SecretError> {
    let stdin = io::stdin();
    if stdin.is_terminal() {
        return Err(SecretError::StdinIsTerminal);
    }
    let mut text = String::new();
    stdin
        .lock()
        .take(MAX_SECRET_BYTES + 1)
        .read_to_string(&mut text)
        .map_err(|e| SecretError::FileUnreadable {
            what,
            path: PathBuf::from("-"),
            problem: e.to_string(),
        })?;
    non_empty(what, "standard input", &text)
}

/// Trims the line ending a file or pipe adds; an empty secret is refused.
pub fn non_empty(what: &'static str, from: &str, text: &str) -> Result<SecretString, SecretError> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(SecretError::Empty {
            what,
            from: from.to_string(),
        });
    }
    Ok(SecretString::from(trimmed.to_string()))
}

/// The Entra mistake admins make most: pasting the secret's *ID* (a GUID) instead of its value.
pub fn looks_like_secret_id(secret: &SecretString) -> bool {
    super::validate::parse_guid(secret.expose_secret()).is_some()
}

/// The keyring entry of a profile.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyringEntry {
    pub profile: String,
}

impl fmt::Display for KeyringEntry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{KEYRING_SERVICE}/{}", self.profile)
    }
}

#[cfg(feature = "keyring")]
impl KeyringEntry {
    fn entry(&self) -> Result<keyring::Entry, SecretError> {
        keyring::Entry::new(KEYRING_SERVICE, &self.profile)
            .map_err(|e| SecretError::KeyringUnavailable(describe(&e)))
    }

    /// The stored secret, `None` when the entry does not exist.
    pub fn get(&self) -> Result<Option<SecretString>, SecretError> {
        match self.entry()?.get_password() {
            Ok(p) => Ok(Some(SecretString::from(p))),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(SecretError::KeyringUnavailable(describe(&e))),
        }
    }

    pub fn set(&self, secret: &SecretString) -> Result<(), SecretError> {
        self.entry()?
            .set_password(secret.expose_secret())
            .map_err(|e| SecretError::KeyringUnavailable(describe(&e)))
    }
}

#[cfg(not(feature = "keyring"))]
impl KeyringEntry {
    pub fn get(&self) -> Result<Option<SecretString>, SecretError> {
        Err(SecretError::KeyringUnavailable(
            "this build has no keyring support (feature `keyring`)".into(),
        ))
    }

    pub fn set(&self, _secret: &SecretString) -> Result<(), SecretError> {
        self.get().map(|_| ())
    }
}

/// A keyring error in words, without the payload some variants carry (the stored bytes).
#[cfg(feature = "keyring")]
fn describe(e: &keyring::Error) -> String {
    use keyring::Error as K;
    let headless = "on a server without a desktop session there is no Secret Service; keep the secret in a 0600 file (`config set-secret --store file`) or in SMTP_OAUTH_CLIENT_SECRET";
    match e {
        K::NoDefaultStore => format!("no credential store could be opened ({headless})"),
        K::PlatformFailure(p) | K::NoStorageAccess(p) => format!("{p} ({headless})"),
        K::BadEncoding(_) | K::BadDataFormat(..) => "the stored entry is not a UTF-8 secret".into(),
        K::NoEntry => "no entry".into(),
        _ => "the keyring refused the request".into(),
    }
}
