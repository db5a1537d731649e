//! The profiles file: where it is, reading it, and atomic writes that keep everything else.
//!
//! Reads with `toml` (into plain tables), writes with `toml_edit` so that other profiles, unknown
//! keys and the user's comments survive an update. Every write goes to a temporary file in the
//! same directory, mode 0600, fsynced, then renamed over the original: a crash leaves either the
//! old file or the new one, never half of one. Secrets are never written here (only paths).

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::SettingsError;

/// The loaded file (or the fact that it does not exist yet).
#[derive(Debug, Clone)]
pub struct ConfigFile {
    pub path: PathBuf,
    pub exists: bool,
    table: toml::Table,
}

/// Largest config file we read: a profile with every setting is about 600 bytes, so this holds
/// a fleet of some 50,000 appliances (`diagnose --all-profiles`), and still bounds the memory a
/// stray multi-gigabyte file could take.
const MAX_CONFIG_BYTES: u64 = 32 * 1024 * 1024;

impl ConfigFile {
    pub fn load(path: &Path) -> Result<ConfigFile, SettingsError> {
        let text = match read_limited(path, MAX_CONFIG_BYTES) {
            Ok(t) => t,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                return Ok(ConfigFile {
                    path: path.to_path_buf(),
                    exists: false,
                    table: toml::Table::new(),
                });
            }
            Err(e) => {
                return Err(SettingsError::ConfigFile {
                    path: path.to_path_buf(),
                    problem: format!("cannot be read: {e}"),
                });
            }
        };
        trusted(path).map_err(|problem| SettingsError::ConfigFile {
            path: path.to_path_buf(),
            problem,
        })?;
        let table: toml::Table =
            text.parse()
                .map_err(|e: toml::de::Error| SettingsError::ConfigFile {
                    path: path.to_path_buf(),
                    problem: format!("is not valid TOML: {}", e.message().trim())
                        + &location(&text, e.span()),
                })?;
        Ok(ConfigFile {
            path: path.to_path_buf(),
            exists: true,
            table,
        })
    }

    /// The table of a profile, if the file has one.
    pub fn profile(&self, name: &str) -> Option<&toml::Table> {
        self.table.get(name).and_then(toml::Value::as_table)
    }

    /// The names of all profiles (tables at the top level), in file order.
    pub fn profile_names(&self) -> Vec<String> {
        self.profile_names_upto(usize::MAX)
    }

    /// The names of the first `n` profiles, in file order.
    pub fn profile_names_upto(&self, n: usize) -> Vec<String> {
        self.table
            .iter()
            .filter(|(_, v)| v.is_table())
            .take(n)
            .map(|(k, _)| k.clone())
            .collect()
    }

    /// The directory that relative paths in the file are resolved against.
    pub fn dir(&self) -> PathBuf {
        self.path
            .parent()
            .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
    }
}

/// Whether a config file may be believed, as ssh judges its files: its `token_endpoint` and
/// `ca_file` decide where the secret goes, so a file (or its directory) that another user could
/// have written is refused, with the command that fixes it.
#[cfg(unix)]
fn trusted(path: &Path) -> Result<(), String> {
    use std::os::unix::fs::MetadataExt;
    let me = rustix::process::getuid().as_raw();
    let target = fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let meta = fs::metadata(&target).map_err(|e| format!("cannot be read: {e}"))?;
    if meta.uid() != me && meta.uid() != 0 {
        return Err(format!(
            "belongs to another user (uid {}), who could change where the secret is sent: use your own copy, or `chown $(id -u) {}`",
            meta.uid(),
            target.display()
        ));
    }
    if meta.mode() & 0o022 != 0 {
        return Err(format!(
            "is writable by other users, who could change where the secret is sent: run `chmod 600 {}`",
            target.display()
        ));
    }
    if let Some(dir) = target.parent()
        && let Ok(d) = fs::metadata(dir)
    {
        let sticky = d.mode() & 0o1000 != 0;
        if (d.mode() & 0o002 != 0 && !sticky) || (d.uid() != me && d.uid() != 0) {
            return Err(format!(
                "is in a directory other users can change ({}): move it to a directory of your own, or run `chmod 700 {}`",
                dir.display(),
                dir.display()
            ));
        }
    }
    Ok(())
}

#[cfg(not(unix))]
fn trusted(_: &Path) -> Result<(), String> {
    // Windows: the profile directory's ACLs are the user's by default; not checked here.
    Ok(())
}

fn location(text: &str, span: Option<std::ops::Range<usize>>) -> String {
    let Some(span) = span else {
        return String::new();
    };
    let before = &text[..span.start.min(text.len())];
    let line = before.matches('\n').count() + 1;
    format!(" (line {line})")
}

/// A file's bytes, refused when it is larger than `limit` (a file the user names is read only
/// up to what such a file can be, never whole if it is something else).
pub fn read_limited_bytes(path: &Path, limit: u64) -> io::Result<Vec<u8>> {
    use std::io::Read;
    let file = fs::File::open(path)?;
    let mut bytes = Vec::new();
    let read = file.take(limit + 1).read_to_end(&mut bytes)?;
    if read as u64 > limit {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            format!("larger than {} KiB: not a file of this kind", limit / 1024),
        ));
    }
    Ok(bytes)
}

pub(crate) fn read_limited(path: &Path, limit: u64) -> io::Result<String> {
    use std::io::Read;
    let file = fs::File::open(path)?;
    let mut text = String::new();
    let read = file.take(limit + 1).read_to_string(&mut text)?;
    if read as u64 > limit {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            format!("larger than {limit} bytes"),
        ));
    }
    Ok(text)
}

/// The table of `profile` in a config document, created if missing. A profile written as an
/// inline table (`default = { tenant = "…", mailbox = "…" }`) becomes a standard `[default]`
/// table with the same keys and values, so an edit never loses the keys already there.
pub fn profile_table<'a>(
    doc: &'a mut toml_edit::DocumentMut,
    profile: &str,
) -> &'a mut toml_edit::Table {
    let converted = match doc.get(profile) {
        Some(toml_edit::Item::Table(_)) => None,
        Some(toml_edit::Item::Value(toml_edit::Value::InlineTable(inline))) => {
            let mut table = inline.clone().into_table();
            // A comment above `default = { … }` stays above `[default]`.
            if let Some(prefix) = doc
                .as_table()
                .key(profile)
                .and_then(|k| k.leaf_decor().prefix())
                .and_then(|p| p.as_str())
            {
                table.decor_mut().set_prefix(prefix.to_string());
            }
            Some(table)
        }
        _ => Some(toml_edit::Table::new()),
    };
    if let Some(table) = converted {
        doc.insert(profile, toml_edit::Item::Table(table));
    }
    match doc.entry(profile) {
        toml_edit::Entry::Occupied(o) => match o.into_mut() {
            toml_edit::Item::Table(t) => t,
            other => {
                *other = toml_edit::Item::Table(toml_edit::Table::new());
                other.as_table_mut().expect("a table was just put here")
            }
        },
        toml_edit::Entry::Vacant(v) => v
            .insert(toml_edit::Item::Table(toml_edit::Table::new()))
            .as_table_mut()
            .expect("a table was just inserted"),
    }
}

/// Applies `edit` to the document at `path` (an empty one if the file does not exist) and
/// writes the result atomically with mode 0600. A file that does not parse is left untouched.
/// Returns the file written: the target when `path` is a symlink (a dotfile manager's link
/// stays a link), so the caller can say where the change went.
pub fn edit<F>(path: &Path, edit: F) -> Result<PathBuf, SettingsError>
where
    F: FnOnce(&mut toml_edit::DocumentMut),
{
    let target = resolve_symlink(path);
    let _lock = lock(&target)?;
    remove_stale_temp_files(&target);
    let text = match read_limited(&target, MAX_CONFIG_BYTES) {
        Ok(t) => {
            trusted(&target).map_err(|problem| SettingsError::ConfigFile {
                path: target.clone(),
                problem,
            })?;
            t
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => String::new(),
        Err(e) => {
            return Err(SettingsError::ConfigFile {
                path: target,
                problem: format!("cannot be read: {e}"),
            });
        }
    };
    let mut doc: toml_edit::DocumentMut =
        text.parse()
            .map_err(|e: toml_edit::TomlError| SettingsError::ConfigFile {
                path: target.clone(),
                problem: format!(
                    "is not valid TOML, so it was left unchanged: {}",
                    e.message().trim()
                ),
            })?;
    edit(&mut doc);
    write_private_file(&target, doc.to_string().as_bytes()).map_err(|e| {
        SettingsError::ConfigFile {
            path: target.clone(),
            problem: format!("could not be written: {e}"),
        }
    })?;
    Ok(target)
}

/// ` (through the symlink …)` when the file written is not the path named.
pub fn written_note(path: &Path, written: &Path) -> String {
    if path == written {
        String::new()
    } else {
        format!(
            " (written to {}, where the symlink points)",
            written.display()
        )
    }
}

/// An exclusive advisory lock on `<config>.lock` for one read-modify-write: two `config set`
/// at once (on different profiles) both land, one after the other. Released when dropped.
fn lock(target: &Path) -> Result<fs::File, SettingsError> {
    let name = target
        .file_name()
        .map_or_else(|| "config".into(), |n| n.to_string_lossy().into_owned());
    let dir = target
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let fail = |e: io::Error| SettingsError::ConfigFile {
        path: target.to_path_buf(),
        problem: format!("could not be locked for the change: {e}"),
    };
    create_private_dir(dir).map_err(fail)?;
    let file = fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(dir.join(format!(".{name}.lock")))
        .map_err(fail)?;
    file.lock().map_err(fail)?;
    Ok(file)
}

/// Temporary files an interrupted write left beside the config (`.config.toml.tmp-PID-N`),
/// removed once they are a minute old (a running write's is younger).
fn remove_stale_temp_files(target: &Path) {
    let (Some(dir), Some(name)) = (target.parent(), target.file_name()) else {
        return;
    };
    let prefix = format!(".{}.tmp-", name.to_string_lossy());
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    for entry in fs::read_dir(dir).into_iter().flatten().flatten() {
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > std::time::Duration::from_secs(60));
        if old && entry.file_name().to_string_lossy().starts_with(&prefix) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Follows a symlinked config file so that the link (a dotfile manager's) stays a link.
fn resolve_symlink(path: &Path) -> PathBuf {
    match fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => {
            fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
        }
        _ => path.to_path_buf(),
    }
}

/// Writes `bytes` to `path` atomically: temp file (0600) in the same directory, fsync, rename,
/// fsync of the directory. The parent directory is created (0700) if needed.
pub fn write_private_file(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_file_with_mode(path, bytes, 0o600)
}

/// [`write_private_file`] with another mode (on Unix): a temporary file beside `path`, synced,
/// then renamed over it, so a reader sees the old file or the new one, never half of one.
pub fn write_file_with_mode(path: &Path, bytes: &[u8], mode: u32) -> io::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    create_private_dir(dir)?;
    let name = path
        .file_name()
        .map_or_else(|| "config".into(), |n| n.to_string_lossy().into_owned());
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    let tmp = dir.join(format!(".{name}.tmp-{}-{nanos}", std::process::id()));
    let result = (|| {
        let mut file = open_with_mode(&tmp, mode)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        fs::rename(&tmp, path)?;
        if let Ok(d) = fs::File::open(dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

#[cfg(unix)]
fn open_with_mode(path: &Path, mode: u32) -> io::Result<fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(mode)
        .open(path)
}

#[cfg(not(unix))]
fn open_with_mode(path: &Path, _mode: u32) -> io::Result<fs::File> {
    fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
}

#[cfg(unix)]
fn create_private_dir(dir: &Path) -> io::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    if dir.is_dir() {
        return Ok(());
    }
    fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
}

#[cfg(not(unix))]
fn create_private_dir(dir: &Path) -> io::Result<()> {
    fs::create_dir_all(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_keeps_other_profiles_comments_and_unknown_keys() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        fs::write(
            &path,
            "# my fleet\n[other]\ntenant = \"contoso.com\" # keep me\nfuture_key = 1\n",
        )
        .unwrap();
        edit(&path, |doc| {
            doc["default"]["mailbox"] = toml_edit::value("a@contoso.com");
        })
        .unwrap();
        let text = fs::read_to_string(&path).unwrap();
        assert!(
            text.contains("# my fleet")
                && text.contains("# keep me")
                && text.contains("future_key = 1")
        );
        assert!(text.contains("mailbox = \"a@contoso.com\""));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(
                fs::metadata(&path).unwrap().permissions().mode() & 0o777,
                0o600
            );
        }
    }

    #[test]
    fn a_broken_file_is_never_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        fs::write(&path, "[default\ntenant = ").unwrap();
        assert!(edit(&path, |doc| doc["x"] = toml_edit::value(1)).is_err());
        assert_eq!(fs::read_to_string(&path).unwrap(), "[default\ntenant = ");
        let temp = fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().contains(".tmp-"))
            .count();
        assert_eq!(temp, 0, "no temp file left behind");
    }

    #[test]
    fn an_inline_profile_keeps_its_keys_when_edited() {
        let mut doc: toml_edit::DocumentMut =
            "# fleet\ndefault = { tenant = \"contoso.com\", mailbox = \"a@contoso.com\" }\n[ise]\nmailbox = \"b@contoso.com\"\n"
                .parse()
                .unwrap();
        profile_table(&mut doc, "default").insert("timeout", toml_edit::value(30));
        profile_table(&mut doc, "ise").remove("mailbox");
        let parsed: toml::Table = doc.to_string().parse().unwrap();
        let default = parsed["default"].as_table().unwrap();
        assert_eq!(default["tenant"].as_str(), Some("contoso.com"));
        assert_eq!(default["mailbox"].as_str(), Some("a@contoso.com"));
        assert_eq!(default["timeout"].as_integer(), Some(30));
        assert!(parsed["ise"].as_table().unwrap().is_empty());
        assert!(doc.to_string().starts_with("# fleet"), "{doc}");
    }
}
