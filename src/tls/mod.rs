//! TLS for every connection the tool makes: trust roots (the platform's plus `--ca-file`), a
//! [`RecordingVerifier`] that wraps the real verifier, keeps the presented chain and returns the
//! real verdict (rustls keeps no chain after a failed handshake), and the classification of TLS
//! outcomes into failure classes. TLS verification is never switched off.

use std::path::Path;
use std::sync::{Arc, Mutex};

use crate::i18n::Words;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{CertificateError, DigitallySignedStruct, SignatureScheme};

/// What the verifier saw on one connection.
#[derive(Debug, Default, Clone, serde::Serialize, serde::Deserialize)]
pub struct Captured {
    /// Leaf first, as presented.
    #[serde(with = "record::chain")]
    pub chain: Vec<CertificateDer<'static>>,
    /// The wrapped verifier's answer.
    #[serde(with = "record::verdict")]
    pub verdict: Option<Result<(), rustls::Error>>,
}

#[derive(Debug)]
pub struct RecordingVerifier {
    inner: Arc<dyn ServerCertVerifier>,
    seen: Arc<Mutex<Captured>>,
    /// The chains the trust passed lately, shared by every connection on it.
    passed: Arc<Passed>,
}

impl ServerCertVerifier for RecordingVerifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        let key = Passed::key(end_entity, intermediates, server_name, ocsp);
        let verdict = if self.passed.recalls(&key, now) {
            Ok(ServerCertVerified::assertion())
        } else {
            let verdict =
                self.inner
                    .verify_server_cert(end_entity, intermediates, server_name, ocsp, now);
            if verdict.is_ok() {
                self.passed.note(key, now);
            }
            verdict
        };
        if let Ok(mut seen) = self.seen.lock() {
            seen.chain = std::iter::once(end_entity)
                .chain(intermediates)
                .map(|c| c.clone().into_owned())
                .collect();
            seen.verdict = Some(verdict.as_ref().map(|_| ()).map_err(Clone::clone));
        }
        verdict
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.inner.supported_verify_schemes()
    }
}

/// The chains a trust passed lately: the same chain presented for the same name within
/// [`REMEMBERED_FOR`] is not built and verified again (a fleet's thousands of SMTP sessions meet
/// the same chain). Only a pass is remembered; a refusal is verified anew each time. The
/// handshake's own signature (the server proving it holds the key) is checked on every
/// connection, as is everything else rustls checks.
#[derive(Debug)]
struct Passed(crate::shared::Kept<[u8; 32], UnixTime>);

impl Default for Passed {
    fn default() -> Passed {
        Passed(crate::shared::Kept::new(REMEMBERED_KEPT))
    }
}

/// How long a chain's pass is remembered.
const REMEMBERED_FOR: std::time::Duration = std::time::Duration::from_secs(300);
/// The most chains remembered; emptied when full.
const REMEMBERED_KEPT: usize = 1024;

impl Passed {
    /// What identifies one verification: the chain, the name, the stapled OCSP answer.
    fn key(
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp: &[u8],
    ) -> [u8; 32] {
        let mut d = ring::digest::Context::new(&ring::digest::SHA256);
        let mut part = |bytes: &[u8]| {
            d.update(&(bytes.len() as u64).to_be_bytes());
            d.update(bytes);
        };
        part(end_entity.as_ref());
        for c in intermediates {
            part(c.as_ref());
        }
        part(server_name.to_str().as_bytes());
        part(ocsp);
        let mut key = [0u8; 32];
        key.copy_from_slice(d.finish().as_ref());
        key
    }

    /// Whether `key` passed less than [`REMEMBERED_FOR`] before `now`.
    fn recalls(&self, key: &[u8; 32], now: UnixTime) -> bool {
        self.0.get(key).is_some_and(|at| {
            now.as_secs() >= at.as_secs() && now.as_secs() - at.as_secs() < REMEMBERED_FOR.as_secs()
        })
    }

    fn note(&self, key: [u8; 32], now: UnixTime) {
        self.0.keep(key, now);
    }
}

#[derive(Debug, thiserror::Error)]
pub enum TrustError {
    #[error("the CA file {path} cannot be read: {problem}")]
    CaFile { path: String, problem: String },
    #[error("the trust store cannot be set up: {0}")]
    Verifier(String),
}

pub mod certinfo;
pub mod microsoft;
pub mod record;
pub mod truststore;

/// Which root set to verify against (`certs --trust`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum TrustRoots {
    /// The operating system's trust store (what this machine's clients trust)
    #[default]
    System,
    /// Mozilla's root set (webpki-roots), for comparison
    Mozilla,
}

/// The roots connections are verified against.
#[derive(Clone)]
pub struct Trust {
    verifier: Arc<dyn ServerCertVerifier>,
    provider: Arc<rustls::crypto::CryptoProvider>,
    passed: Arc<Passed>,
}

impl std::fmt::Debug for Trust {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Trust")
    }
}

impl Trust {
    /// Which trust this is, for keying what is built on it (the same settings give the same
    /// trust, see [`Trust::with_roots`]).
    pub fn id(&self) -> usize {
        Arc::as_ptr(&self.verifier).cast::<()>() as usize
    }

    /// The platform's roots plus the PEM certificates of `ca_file`.
    pub fn new(ca_file: Option<&Path>) -> Result<Trust, TrustError> {
        Trust::with_roots(ca_file, TrustRoots::System)
    }

    /// The chosen root set plus the PEM certificates of `ca_file`. Built once per process for
    /// each (file, root set): the platform's roots are read and parsed from disk on every build,
    /// and `diagnose --all-profiles` asks for the same trust once per profile.
    pub fn with_roots(ca_file: Option<&Path>, roots: TrustRoots) -> Result<Trust, TrustError> {
        type Built = Vec<((Option<std::path::PathBuf>, TrustRoots), Trust)>;
        static BUILT: Mutex<Built> = Mutex::new(Vec::new());
        let key = (ca_file.map(Path::to_path_buf), roots);
        let mut built = BUILT
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some((_, trust)) = built.iter().find(|(k, _)| *k == key) {
            return Ok(trust.clone());
        }
        let trust = Trust::build(ca_file, roots)?;
        built.push((key, trust.clone()));
        Ok(trust)
    }

    fn build(ca_file: Option<&Path>, roots: TrustRoots) -> Result<Trust, TrustError> {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let mut extra = Vec::new();
        if let Some(path) = ca_file {
            let shown = path.display().to_string();
            // A CA bundle of every public root is about 250 KiB.
            let bytes =
                crate::settings::config_file::read_limited_bytes(path, 8 << 20).map_err(|e| {
                    TrustError::CaFile {
                        path: shown.clone(),
                        problem: e.to_string(),
                    }
                })?;
            for cert in CertificateDer::pem_slice_iter(&bytes) {
                extra.push(cert.map_err(|e| TrustError::CaFile {
                    path: shown.clone(),
                    problem: format!("not PEM certificates ({e:?})"),
                })?);
            }
            if extra.is_empty() {
                return Err(TrustError::CaFile {
                    path: shown,
                    problem: "it holds no PEM certificate".into(),
                });
            }
        }
        let verifier: Arc<dyn ServerCertVerifier> = match roots {
            TrustRoots::System => Arc::new(
                rustls_platform_verifier::Verifier::new_with_extra_roots(extra, provider.clone())
                    .map_err(|e| TrustError::Verifier(e.to_string()))?,
            ),
            TrustRoots::Mozilla => {
                let mut store = rustls::RootCertStore::empty();
                store.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
                store.add_parsable_certificates(extra);
                rustls::client::WebPkiServerVerifier::builder_with_provider(
                    Arc::new(store),
                    provider.clone(),
                )
                .build()
                .map_err(|e| TrustError::Verifier(e.to_string()))?
            }
        };
        Ok(Trust {
            verifier,
            provider,
            passed: Arc::default(),
        })
    }

    /// A client config whose verifier records what it sees into the returned slot.
    pub fn recording_config(&self) -> (rustls::ClientConfig, Arc<Mutex<Captured>>) {
        let seen = Arc::new(Mutex::new(Captured::default()));
        let verifier = RecordingVerifier {
            inner: self.verifier.clone(),
            seen: seen.clone(),
            passed: self.passed.clone(),
        };
        let config = rustls::ClientConfig::builder_with_provider(self.provider.clone())
            .with_safe_default_protocol_versions()
            .expect("ring supports the default protocol versions")
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(verifier))
            .with_no_client_auth();
        (config, seen)
    }
}

/// Domains whose certificates Microsoft's public CAs issue.
const MICROSOFT_DOMAINS: &[&str] = &[
    "office365.com",
    "outlook.com",
    "office.com",
    "microsoftonline.com",
    "microsoft.com",
    "windows.net",
    "office365.us",
    "microsoftonline.us",
    "microsoft.us",
    "outlook.cn",
    "chinacloudapi.cn",
    "apps.mil",
];

/// Organisations of the CAs that issue Microsoft's public certificates.
const MICROSOFT_ISSUERS: &[&str] = &[
    "Microsoft Corporation",
    "DigiCert Inc",
    "DigiCert, Inc.",
    "Baltimore",
    "GlobalSign",
];

/// A certificate's names and issuer, as far as the classification needs them.
pub struct CertNames {
    pub subject: String,
    pub issuer: String,
    pub issuer_org: String,
    /// The DNS names and addresses it covers.
    pub dns_names: Vec<String>,
}

pub fn cert_names(der: &[u8]) -> Option<CertNames> {
    let info = certinfo::describe(der)?;
    let issuer_org = info
        .issuer
        .split(", ")
        .find_map(|p| p.strip_prefix("O="))
        .unwrap_or_default()
        .to_string();
    Some(CertNames {
        subject: info.subject,
        issuer: info.issuer,
        issuer_org,
        dns_names: info.names,
    })
}

fn is_microsoft_name(name: &str) -> bool {
    let n = name.trim_start_matches("*.").to_ascii_lowercase();
    MICROSOFT_DOMAINS
        .iter()
        .any(|d| n == *d || n.ends_with(&format!(".{d}")))
}

/// A chain for a Microsoft host (by the host asked for or the names in the leaf) whose issuer is
/// not one of Microsoft's public CAs: a TLS inspection proxy. Returns the issuer to name.
pub fn interception(host: &str, chain: &[CertificateDer<'_>]) -> Option<String> {
    let leaf = cert_names(chain.first()?)?;
    let microsoft_host =
        is_microsoft_name(host) || leaf.dns_names.iter().any(|n| is_microsoft_name(n));
    if !microsoft_host {
        return None;
    }
    let public = MICROSOFT_ISSUERS
        .iter()
        .any(|o| leaf.issuer_org.contains(o));
    (!public).then_some(leaf.issuer)
}

/// A TLS error in words, with the names that help (xh's error_reporting does the same).
pub fn describe(error: &rustls::Error) -> String {
    words(error).english()
}

/// [`describe`]'s words, said in the user's language (rustls's own text for an error it has no
/// words for).
pub fn words(error: &rustls::Error) -> Words {
    match error {
        rustls::Error::InvalidCertificate(CertificateError::NotValidForNameContext {
            expected,
            presented,
        }) => {
            let names: Vec<String> = presented.iter().map(|n| subject_name(n)).collect();
            Words::new("tls-wrong-name")
                .text("expected", server_name(expected))
                .text("names", names.join(", "))
        }
        rustls::Error::InvalidCertificate(CertificateError::ExpiredContext { time, not_after }) => {
            let secs = time.as_secs().saturating_sub(not_after.as_secs());
            Words::new("tls-expired").number("days", secs / 86_400)
        }
        rustls::Error::InvalidCertificate(CertificateError::UnknownIssuer) => {
            Words::new("tls-unknown-issuer")
        }
        rustls::Error::AlertReceived(alert) => {
            Words::new("tls-alert").text("alert", format!("{alert:?}"))
        }
        other => Words::new("tls-other").text("detail", other.to_string()),
    }
}

/// A server name as written (`mail.contoso.com`, `127.0.0.1`), not its Debug form.
fn server_name(name: &rustls::pki_types::ServerName<'_>) -> String {
    match name {
        rustls::pki_types::ServerName::DnsName(d) => d.as_ref().to_string(),
        rustls::pki_types::ServerName::IpAddress(ip) => std::net::IpAddr::from(*ip).to_string(),
        other => format!("{other:?}"),
    }
}

/// A name a certificate presents, as written: webpki gives its Debug form (`DnsName("a.b")`,
/// `IpAddress(192.0.2.1)`, `DirectoryName`).
fn subject_name(presented: &str) -> String {
    presented
        .split_once('(')
        .and_then(|(_, rest)| rest.strip_suffix(')'))
        .unwrap_or(presented)
        .trim_matches('"')
        .to_string()
}

/// Finds a rustls error in an error's source chain (reqwest, hyper and io wrap it).
pub fn find_rustls_error<'a>(
    mut e: &'a (dyn std::error::Error + 'static),
) -> Option<&'a rustls::Error> {
    loop {
        if let Some(r) = e.downcast_ref::<rustls::Error>() {
            return Some(r);
        }
        if let Some(io) = e.downcast_ref::<std::io::Error>()
            && let Some(inner) = io.get_ref().and_then(|i| i.downcast_ref::<rustls::Error>())
        {
            return Some(inner);
        }
        e = e.source()?;
    }
}

#[cfg(test)]
mod name_tests {
    use rustls::pki_types::ServerName;

    #[test]
    fn names_are_shown_as_written_not_in_their_debug_form() {
        assert_eq!(
            super::subject_name("DnsName(\"mail.contoso.com\")"),
            "mail.contoso.com"
        );
        assert_eq!(super::subject_name("IpAddress(192.0.2.1)"), "192.0.2.1");
        assert_eq!(super::subject_name("IpAddress(2001:db8::1)"), "2001:db8::1");
        assert_eq!(super::subject_name("DirectoryName"), "DirectoryName");
        let ip = ServerName::try_from("127.0.0.1").unwrap();
        assert_eq!(super::server_name(&ip), "127.0.0.1");
        let dns = ServerName::try_from("smtp.office365.com").unwrap();
        assert_eq!(super::server_name(&dns), "smtp.office365.com");
    }
}

#[cfg(test)]
mod passed_tests {
    use super::*;
    use std::sync::atomic::{AtomicU32, Ordering};

    /// Passes chains whose leaf is `b"good"`, counting what it was asked.
    #[derive(Debug, Default)]
    struct Counting(AtomicU32);

    impl ServerCertVerifier for Counting {
        fn verify_server_cert(
            &self,
            end_entity: &CertificateDer<'_>,
            _: &[CertificateDer<'_>],
            _: &ServerName<'_>,
            _: &[u8],
            _: UnixTime,
        ) -> Result<ServerCertVerified, rustls::Error> {
            self.0.fetch_add(1, Ordering::SeqCst);
            if end_entity.as_ref() == b"good" {
                Ok(ServerCertVerified::assertion())
            } else {
                Err(rustls::Error::InvalidCertificate(
                    CertificateError::UnknownIssuer,
                ))
            }
        }
        fn verify_tls12_signature(
            &self,
            _: &[u8],
            _: &CertificateDer<'_>,
            _: &DigitallySignedStruct,
        ) -> Result<HandshakeSignatureValid, rustls::Error> {
            Ok(HandshakeSignatureValid::assertion())
        }
        fn verify_tls13_signature(
            &self,
            _: &[u8],
            _: &CertificateDer<'_>,
            _: &DigitallySignedStruct,
        ) -> Result<HandshakeSignatureValid, rustls::Error> {
            Ok(HandshakeSignatureValid::assertion())
        }
        fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
            Vec::new()
        }
    }

    #[test]
    fn a_pass_is_remembered_for_the_same_chain_and_name_only_and_a_refusal_never() {
        let inner = Arc::new(Counting::default());
        let seen = Arc::new(Mutex::new(Captured::default()));
        let v = RecordingVerifier {
            inner: inner.clone(),
            seen: seen.clone(),
            passed: Arc::default(),
        };
        let name = |n: &str| ServerName::try_from(n.to_string()).unwrap();
        let at = |secs| UnixTime::since_unix_epoch(std::time::Duration::from_secs(secs));
        let good = CertificateDer::from(b"good".to_vec());
        let bad = CertificateDer::from(b"bad".to_vec());
        let ask = |c: &CertificateDer<'_>, n: &str, t| {
            v.verify_server_cert(c, &[], &name(n), &[], at(t)).is_ok()
        };
        assert!(ask(&good, "smtp.office365.com", 1000));
        assert!(ask(&good, "smtp.office365.com", 1010));
        assert_eq!(
            inner.0.load(Ordering::SeqCst),
            1,
            "the second is remembered"
        );
        assert!(ask(&good, "outlook.office365.com", 1010));
        assert_eq!(
            inner.0.load(Ordering::SeqCst),
            2,
            "another name is verified"
        );
        assert!(ask(&good, "smtp.office365.com", 1000 + 301));
        assert_eq!(
            inner.0.load(Ordering::SeqCst),
            3,
            "after five minutes, anew"
        );
        assert!(!ask(&bad, "smtp.office365.com", 1400));
        assert!(!ask(&bad, "smtp.office365.com", 1400));
        assert_eq!(
            inner.0.load(Ordering::SeqCst),
            5,
            "a refusal is asked each time"
        );
    }
}
