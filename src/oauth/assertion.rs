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

pub struct CertificateCredential {
    key: RsaKeyPair,
    /// base64url SHA-256 of the certificate DER.
    pub thumbprint_s256: String,
    pub subject: String,
}

#[derive(Debug, thiserror::Error)]
pub enum CertificateError {
    #[error("the client certificate file {0} cannot be read: {1}")]
    Read(String, String),
    #[error(
        "the client certificate file {0} holds no PEM certificate (PEM certificate + private key expected)"
    )]
    NoCertificate(String),
    #[error(
        "the client certificate file {0} holds no private key (PEM certificate + private key expected)"
    )]
    NoKey(String),
    #[error(
        "the private key in {0} is not an RSA key that can sign RS256 (Entra certificate credentials are RSA)"
    )]
    NotRsa(String),
}

impl CertificateCredential {
    pub fn from_pem_file(path: &Path) -> Result<CertificateCredential, CertificateError> {
        let shown = path.display().to_string();
        let bytes = std::fs::read(path)
            .map_err(|e| CertificateError::Read(shown.clone(), e.to_string()))?;
        let cert = CertificateDer::pem_slice_iter(&bytes)
            .next()
            .and_then(Result::ok)
            .ok_or_else(|| CertificateError::NoCertificate(shown.clone()))?;
        let key = PrivateKeyDer::from_pem_slice(&bytes)
            .map_err(|_| CertificateError::NoKey(shown.clone()))?;
        let key = match &key {
            PrivateKeyDer::Pkcs8(k) => RsaKeyPair::from_pkcs8(k.secret_pkcs8_der()),
            PrivateKeyDer::Pkcs1(k) => RsaKeyPair::from_der(k.secret_pkcs1_der()),
            _ => return Err(CertificateError::NotRsa(shown)),
        }
        .map_err(|_| CertificateError::NotRsa(shown.clone()))?;
        let digest = ring::digest::digest(&ring::digest::SHA256, cert.as_ref());
        let subject = crate::tls::cert_names(cert.as_ref())
            .map(|n| n.subject)
            .unwrap_or_default();
        Ok(CertificateCredential {
            key,
            thumbprint_s256: URL_SAFE_NO_PAD.encode(digest.as_ref()),
            subject,
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
