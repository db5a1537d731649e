//! A client's own trust store, as an appliance exports it: a PEM bundle, a directory of PEM/DER
//! files (Cisco ISE's trusted certificates, many printers), a PKCS#12 truststore, or a Java
//! KeyStore (JKS, and JCEKS's certificate entries). Only certificates are read; keys are skipped.
//!
//! JKS is read here rather than through a crate: the one Rust JKS crate (`jks`) did not build
//! against the current p12-keystore when this was written, and the trusted-certificate subset
//! of the format is small (the layout of OpenJDK's `JavaKeyStore.engineLoad`). Every length is
//! checked against what is left of a bounded file, so hostile files end in an error.

use std::path::{Path, PathBuf};

use secrecy::{ExposeSecret as _, SecretString};

/// The largest store read (Java's `cacerts` is about 200 KiB; an appliance export is smaller).
const MAX_STORE_BYTES: u64 = 16 * 1024 * 1024;
/// The most files of a directory store looked at, and certificates kept.
const MAX_ENTRIES: usize = 10_000;

/// One certificate of a store.
#[derive(Debug, Clone)]
pub struct StoreCert {
    pub der: Vec<u8>,
    /// Where in the store: the file (of a directory) or the alias (of a keystore).
    pub name: String,
}

/// What a store held, and what could not be read in it (said, never fatal for the rest).
#[derive(Debug, Clone)]
pub struct Store {
    pub path: PathBuf,
    pub format: &'static str,
    pub certs: Vec<StoreCert>,
    pub notes: Vec<String>,
}

/// Loads a trust store; `password` opens PKCS#12 and checks a JKS file's integrity (Java's
/// default `changeit` is tried when none is given).
pub fn load(path: &Path, password: Option<&SecretString>) -> Result<Store, String> {
    let shown = path.display();
    let meta = std::fs::metadata(path).map_err(|e| format!("{shown}: {e}"))?;
    if meta.is_dir() {
        return load_dir(path);
    }
    let bytes = crate::settings::config_file::read_limited_bytes(path, MAX_STORE_BYTES)
        .map_err(|e| format!("{shown}: {e}"))?;
    let mut notes = Vec::new();
    let (format, certs) = if bytes.starts_with(&[0xFE, 0xED, 0xFE, 0xED])
        || bytes.starts_with(&[0xCE, 0xCE, 0xCE, 0xCE])
    {
        let password = password.map_or("changeit", |p| p.expose_secret());
        let (certs, note) = jks(&bytes, password).map_err(|e| format!("{shown}: {e}"))?;
        notes.extend(note);
        ("JKS", certs)
    } else if looks_like_pem(&bytes) {
        ("PEM", pem_certs(&bytes, &path.display().to_string()))
    } else if x509_parser::parse_x509_certificate(&bytes).is_ok() {
        (
            "DER",
            vec![StoreCert {
                der: bytes,
                name: path.display().to_string(),
            }],
        )
    } else {
        (
            "PKCS#12",
            pkcs12(&bytes, password).map_err(|e| format!("{shown}: {e}"))?,
        )
    };
    if certs.is_empty() {
        notes.push(format!("{shown} ({format}) holds no certificate"));
    }
    Ok(Store {
        path: path.to_path_buf(),
        format,
        certs,
        notes,
    })
}

fn looks_like_pem(bytes: &[u8]) -> bool {
    bytes
        .windows(b"-----BEGIN CERTIFICATE-----".len())
        .any(|w| w == b"-----BEGIN CERTIFICATE-----")
}

fn pem_certs(bytes: &[u8], name: &str) -> Vec<StoreCert> {
    use rustls::pki_types::CertificateDer;
    use rustls::pki_types::pem::PemObject as _;
    CertificateDer::pem_slice_iter(bytes)
        .filter_map(Result::ok)
        .take(MAX_ENTRIES)
        .enumerate()
        .map(|(i, c)| StoreCert {
            der: c.as_ref().to_vec(),
            name: if i == 0 {
                name.to_string()
            } else {
                format!("{name} #{}", i + 1)
            },
        })
        .collect()
}

/// Every PEM or DER certificate file of a directory (not recursive; other files are skipped).
fn load_dir(dir: &Path) -> Result<Store, String> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .take(MAX_ENTRIES)
        .collect();
    entries.sort();
    let mut certs = Vec::new();
    let mut skipped = 0;
    for path in entries {
        let Ok(bytes) = crate::settings::config_file::read_limited_bytes(&path, 1 << 20) else {
            skipped += 1;
            continue;
        };
        let name = path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        if looks_like_pem(&bytes) {
            certs.extend(pem_certs(&bytes, &name));
        } else if x509_parser::parse_x509_certificate(&bytes).is_ok() {
            certs.push(StoreCert { der: bytes, name });
        } else {
            skipped += 1;
        }
    }
    let mut notes = Vec::new();
    if skipped > 0 {
        notes.push(format!(
            "{skipped} file(s) in {} are not certificates (PEM or DER) and were skipped",
            dir.display()
        ));
    }
    if certs.is_empty() {
        notes.push(format!("{} holds no certificate file", dir.display()));
    }
    Ok(Store {
        path: dir.to_path_buf(),
        format: "directory",
        certs,
        notes,
    })
}

#[cfg(feature = "pfx")]
fn pkcs12(bytes: &[u8], password: Option<&SecretString>) -> Result<Vec<StoreCert>, String> {
    // Java writes PKCS#12 truststores with `changeit` unless told otherwise; appliances often
    // export with an empty password.
    let tries: Vec<&str> = match password {
        Some(p) => vec![p.expose_secret()],
        None => vec!["changeit", ""],
    };
    let mut last = String::new();
    for p in tries {
        match p12_keystore::Pkcs12Archive::from_pkcs12(bytes, p) {
            Ok(archive) => {
                return Ok(archive
                    .certs
                    .iter()
                    .take(MAX_ENTRIES)
                    .map(|b| StoreCert {
                        der: b.cert.as_der().to_vec(),
                        name: b
                            .friendly_name
                            .clone()
                            .unwrap_or_else(|| b.cert.subject().to_string()),
                    })
                    .collect());
            }
            Err(e) => last = e.to_string(),
        }
    }
    Err(format!(
        "not a certificate file, a JKS or a PKCS#12 store that opens (PKCS#12: {last}; a store with a password takes it from SMTP_OAUTH_TRUSTSTORE_PASSWORD)"
    ))
}

#[cfg(not(feature = "pfx"))]
fn pkcs12(_: &[u8], _: Option<&SecretString>) -> Result<Vec<StoreCert>, String> {
    Err("not PEM, DER or JKS, and this build reads no PKCS#12 (feature `pfx`)".into())
}

/// A bounded reader of big-endian fields.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        let end = self
            .at
            .checked_add(n)
            .filter(|e| *e <= self.bytes.len())
            .ok_or("the keystore ends in the middle of an entry")?;
        let out = &self.bytes[self.at..end];
        self.at = end;
        Ok(out)
    }

    fn u16(&mut self) -> Result<usize, String> {
        let b = self.take(2)?;
        Ok(usize::from(u16::from_be_bytes([b[0], b[1]])))
    }

    fn u32(&mut self) -> Result<usize, String> {
        let b = self.take(4)?;
        usize::try_from(u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
            .map_err(|_| "a length does not fit".to_string())
    }

    /// Java's modified UTF-8 with a 16-bit length (an alias, a certificate type).
    fn utf(&mut self) -> Result<String, String> {
        let n = self.u16()?;
        Ok(String::from_utf8_lossy(self.take(n)?).into_owned())
    }
}

/// The certificates of a JKS (or JCEKS) file, and a note when its integrity could not be
/// checked (another password than the one tried).
fn jks(bytes: &[u8], password: &str) -> Result<(Vec<StoreCert>, Option<String>), String> {
    let mut r = Reader { bytes, at: 4 };
    let version = r.u32()?;
    if version != 1 && version != 2 {
        return Err(format!(
            "JKS version {version} is not one Java writes (1 or 2)"
        ));
    }
    let count = r.u32()?;
    let mut certs = Vec::new();
    let mut cert = |r: &mut Reader<'_>, alias: &str| -> Result<(), String> {
        if version == 2 {
            let kind = r.utf()?;
            if kind != "X.509" {
                return Err(format!("entry {alias}: a {kind} certificate, not X.509"));
            }
        }
        let n = r.u32()?;
        let der = r.take(n)?.to_vec();
        if certs.len() < MAX_ENTRIES {
            certs.push(StoreCert {
                der,
                name: alias.to_string(),
            });
        }
        Ok(())
    };
    for _ in 0..count {
        let tag = r.u32()?;
        let alias = r.utf()?;
        r.take(8)?; // creation time
        match tag {
            // A private key (skipped) and its chain.
            1 => {
                let n = r.u32()?;
                r.take(n)?;
                let chain = r.u32()?;
                for _ in 0..chain {
                    cert(&mut r, &alias)?;
                }
            }
            2 => cert(&mut r, &alias)?,
            3 => {
                return Err(format!(
                    "entry {alias} is a JCEKS secret key, which this reader does not parse; export the certificates (keytool -exportcert) or convert the store to PKCS#12"
                ));
            }
            other => return Err(format!("entry {alias} has the unknown tag {other}")),
        }
    }
    // The integrity digest: SHA-1 over the password (UTF-16BE), "Mighty Aphrodite" and the body.
    let body = &bytes[..r.at];
    let digest = r.take(20)?;
    let mut ctx = ring::digest::Context::new(&ring::digest::SHA1_FOR_LEGACY_USE_ONLY);
    for unit in password.encode_utf16() {
        ctx.update(&unit.to_be_bytes());
    }
    ctx.update(b"Mighty Aphrodite");
    ctx.update(body);
    let note = (ctx.finish().as_ref() != digest).then(|| {
        "the keystore's integrity was not checked: its password is not `changeit` (set SMTP_OAUTH_TRUSTSTORE_PASSWORD to check it); its certificates were read".to_string()
    });
    Ok((certs, note))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A JKS written the way OpenJDK writes one (version 2, trusted entries, SHA-1 trailer).
    fn jks_file(password: &str, certs: &[(&str, &[u8])]) -> Vec<u8> {
        let mut b = vec![0xFE, 0xED, 0xFE, 0xED, 0, 0, 0, 2];
        b.extend(u32::try_from(certs.len()).unwrap().to_be_bytes());
        for (alias, der) in certs {
            b.extend(2u32.to_be_bytes());
            b.extend(u16::try_from(alias.len()).unwrap().to_be_bytes());
            b.extend(alias.as_bytes());
            b.extend(0u64.to_be_bytes());
            b.extend(5u16.to_be_bytes());
            b.extend(b"X.509");
            b.extend(u32::try_from(der.len()).unwrap().to_be_bytes());
            b.extend(*der);
        }
        let mut ctx = ring::digest::Context::new(&ring::digest::SHA1_FOR_LEGACY_USE_ONLY);
        for unit in password.encode_utf16() {
            ctx.update(&unit.to_be_bytes());
        }
        ctx.update(b"Mighty Aphrodite");
        ctx.update(&b);
        b.extend(ctx.finish().as_ref());
        b
    }

    #[test]
    fn jks_trusted_entries_and_their_integrity() {
        let file = jks_file("changeit", &[("root", b"abc"), ("int", b"defg")]);
        let (certs, note) = jks(&file, "changeit").unwrap();
        assert_eq!(certs.len(), 2);
        assert_eq!(
            (certs[1].name.as_str(), certs[1].der.as_slice()),
            ("int", &b"defg"[..])
        );
        assert!(note.is_none());
        assert!(jks(&file, "other").unwrap().1.is_some());
    }

    proptest::proptest! {
        /// Any bytes after the JKS magic: an error or certificates, never a panic or a huge
        /// allocation (every length is checked against the file).
        #[test]
        fn hostile_jks_never_panics(tail in proptest::collection::vec(proptest::num::u8::ANY, 0..400)) {
            let mut file = vec![0xFE, 0xED, 0xFE, 0xED];
            file.extend(tail);
            let _ = jks(&file, "changeit");
        }
    }
}
