//! The certificate credential: a client-assertion JWT (RS256, `x5t#S256`, `aud` = the token
//! endpoint, `iss` = `sub` = client id, a fresh `jti`, five minutes of validity) signed with the
//! key of a PEM certificate + key file (`microsoft-wire-facts.md` §1.2).

use std::path::Path;

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ring::rand::SystemRandom;
use ring::signature::{RSA_PKCS1_SHA256, RsaKeyPair};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use secrecy::{ExposeSecret as _, SecretString};

pub struct CertificateCredential {
    key: RsaKeyPair,
    /// base64url SHA-256 of the certificate DER.
    pub thumbprint_s256: String,
    /// SHA-1 of the certificate DER in upper-case hex: the thumbprint the portal shows, and the
    /// `customKeyIdentifier` Graph lists for an uploaded certificate.
    pub thumbprint_sha1: String,
    pub subject: String,
    /// The certificate's end of validity.
    pub not_after: Option<std::time::SystemTime>,
}

#[derive(Debug, thiserror::Error)]
pub enum CertificateError {
    #[error("the client certificate file {0} cannot be read: {1}")]
    Read(String, String),
    #[error(
        "the client certificate file {0} holds no certificate (PEM certificate + private key, or a PKCS#12 .pfx/.p12 file, expected)"
    )]
    NoCertificate(String),
    #[error(
        "the client certificate file {0} holds no private key (PEM certificate + private key, or a PKCS#12 .pfx/.p12 file with its key, expected)"
    )]
    NoKey(String),
    #[error(
        "the PKCS#12 file {0} cannot be opened: {1} (a password-protected file takes its password from SMTP_OAUTH_CLIENT_CERT_PASSWORD)"
    )]
    Pkcs12(String, String),
    #[error(
        "the password for the PKCS#12 file {0} is wrong, or the file is damaged: set SMTP_OAUTH_CLIENT_CERT_PASSWORD to the password it was exported with (unset means an empty password)"
    )]
    Pkcs12Password(String),
    #[error(
        "the private key in {0} is not an RSA key that can sign RS256 (Entra certificate credentials are RSA)"
    )]
    NotRsa(String),
}

impl CertificateCredential {
    /// Loads a PEM file (certificate + private key) or, when the file is not PEM, a PKCS#12
    /// file opened with `password` (none is the empty password, which is what
    /// `openssl pkcs12 -export -passout pass:` writes).
    pub fn from_file(
        path: &Path,
        password: Option<&SecretString>,
    ) -> Result<CertificateCredential, CertificateError> {
        let shown = path.display().to_string();
        // A certificate with its key (or a PKCS#12 with a chain) is a few KiB.
        let bytes = crate::settings::config_file::read_limited_bytes(path, 1 << 20)
            .map_err(|e| CertificateError::Read(shown.clone(), e.to_string()))?;
        let (cert, key) = if looks_like_pem(&bytes) {
            from_pem(&bytes, &shown)?
        } else {
            from_pkcs12(&bytes, password, &shown)?
        };
        let digest = ring::digest::digest(&ring::digest::SHA256, &cert);
        let subject = crate::tls::cert_names(&cert)
            .map(|n| n.subject)
            .unwrap_or_default();
        let sha1 = ring::digest::digest(&ring::digest::SHA1_FOR_LEGACY_USE_ONLY, &cert);
        let not_after = x509_parser::parse_x509_certificate(&cert)
            .ok()
            .map(|(_, c)| c.validity().not_after.to_datetime().into());
        Ok(CertificateCredential {
            key,
            thumbprint_s256: URL_SAFE_NO_PAD.encode(digest.as_ref()),
            thumbprint_sha1: sha1.as_ref().iter().map(|b| format!("{b:02X}")).collect(),
            subject,
            not_after,
        })
    }

    /// A fresh signed assertion for one token request.
    pub fn assertion(&self, token_endpoint: &str, client_id: &str) -> String {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        let header =
            serde_json::json!({"alg": "RS256", "typ": "JWT", "x5t#S256": self.thumbprint_s256});
        let claims = serde_json::json!({
            "aud": token_endpoint, "iss": client_id, "sub": client_id, "jti": crate::net::new_guid(),
            "nbf": now, "iat": now, "exp": now + 300,
        });
        let input = format!(
            "{}.{}",
            URL_SAFE_NO_PAD.encode(header.to_string()),
            URL_SAFE_NO_PAD.encode(claims.to_string())
        );
        let mut sig = vec![0; self.key.public().modulus_len()];
        // Signing only fails for a key ring already accepted as broken; an empty signature then
        // makes Entra answer AADSTS700027, which names the problem.
        let _ = self.key.sign(
            &RSA_PKCS1_SHA256,
            &SystemRandom::new(),
            input.as_bytes(),
            &mut sig,
        );
        format!("{input}.{}", URL_SAFE_NO_PAD.encode(sig))
    }
}

fn looks_like_pem(bytes: &[u8]) -> bool {
    bytes
        .windows(b"-----BEGIN ".len())
        .any(|w| w == b"-----BEGIN ")
}

fn from_pem(bytes: &[u8], shown: &str) -> Result<(Vec<u8>, RsaKeyPair), CertificateError> {
    let cert = CertificateDer::pem_slice_iter(bytes)
        .next()
        .and_then(Result::ok)
        .ok_or_else(|| CertificateError::NoCertificate(shown.to_string()))?;
    let key = PrivateKeyDer::from_pem_slice(bytes)
        .map_err(|_| CertificateError::NoKey(shown.to_string()))?;
    let key = match &key {
        PrivateKeyDer::Pkcs8(k) => RsaKeyPair::from_pkcs8(k.secret_pkcs8_der()),
        PrivateKeyDer::Pkcs1(k) => RsaKeyPair::from_der(k.secret_pkcs1_der()),
        _ => return Err(CertificateError::NotRsa(shown.to_string())),
    }
    .map_err(|_| CertificateError::NotRsa(shown.to_string()))?;
    Ok((cert.as_ref().to_vec(), key))
}

#[cfg(feature = "pfx")]
fn from_pkcs12(
    bytes: &[u8],
    password: Option<&SecretString>,
    shown: &str,
) -> Result<(Vec<u8>, RsaKeyPair), CertificateError> {
    use p12_keystore::{KeyStore, Pkcs12ImportPolicy};
    let password = password.map_or("", |p| p.expose_secret());
    let store = KeyStore::from_pkcs12(bytes, password, Pkcs12ImportPolicy::Strict).map_err(
        |e| match e {
            // The integrity MAC is keyed with the password: a mismatch is a wrong password
            // (or a damaged file).
            p12_keystore::error::Error::MacError(_) => {
                CertificateError::Pkcs12Password(shown.to_string())
            }
            e => CertificateError::Pkcs12(shown.to_string(), e.to_string()),
        },
    )?;
    let (_, chain) = store
        .private_key_chain()
        .ok_or_else(|| CertificateError::NoKey(shown.to_string()))?;
    let cert = chain
        .certs()
        .first()
        .ok_or_else(|| CertificateError::NoCertificate(shown.to_string()))?;
    let key = RsaKeyPair::from_pkcs8(chain.key().as_der())
        .map_err(|_| CertificateError::NotRsa(shown.to_string()))?;
    Ok((cert.as_der().to_vec(), key))
}

#[cfg(not(feature = "pfx"))]
fn from_pkcs12(
    _: &[u8],
    _: Option<&SecretString>,
    shown: &str,
) -> Result<(Vec<u8>, RsaKeyPair), CertificateError> {
    Err(CertificateError::Pkcs12(
        shown.to_string(),
        "this build has no PKCS#12 support (the `pfx` feature); convert it with \
         `openssl pkcs12 -in FILE -nodes -out cert.pem`"
            .to_string(),
    ))
}
