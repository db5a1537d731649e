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
    /// The SHA-1 thumbprint base64url-encoded (a JWT header's `x5t`).
    pub thumbprint_sha1_b64: String,
    pub subject: String,
    /// The certificate's end of validity.
    pub not_after: Option<std::time::SystemTime>,
    /// The certificate (DER), as `addKey` uploads it.
    pub der: Vec<u8>,
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
            thumbprint_sha1: crate::tls::certinfo::sha1(&cert),
            thumbprint_sha1_b64: URL_SAFE_NO_PAD.encode(sha1.as_ref()),
            subject,
            not_after,
            der: cert,
        })
    }

    /// A fresh signed assertion for one token request.
    pub fn assertion(&self, token_endpoint: &str, client_id: &str) -> String {
        let now = unix_now();
        self.sign(
            &serde_json::json!({"alg": "RS256", "typ": "JWT", "x5t#S256": self.thumbprint_s256}),
            &serde_json::json!({
                "aud": token_endpoint, "iss": client_id, "sub": client_id, "jti": crate::net::new_guid(),
                "nbf": now, "iat": now, "exp": now + 300,
            }),
        )
    }

    /// Graph's proof of possession for `addKey` / `removeKey`: a JWT signed with this (already
    /// registered) certificate's key, `aud` `00000002-0000-0000-c000-000000000000`, `iss` the
    /// application's object id, valid for 10 minutes (learn.microsoft.com, application-addkey).
    pub fn proof_of_possession(&self, application_object_id: &str) -> String {
        let now = unix_now();
        self.sign(
            &serde_json::json!({"alg": "RS256", "typ": "JWT", "x5t": self.thumbprint_sha1_b64}),
            &serde_json::json!({
                "aud": "00000002-0000-0000-c000-000000000000", "iss": application_object_id,
                "nbf": now, "exp": now + 600,
            }),
        )
    }

    fn sign(&self, header: &serde_json::Value, claims: &serde_json::Value) -> String {
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
        let jwt = format!("{input}.{}", URL_SAFE_NO_PAD.encode(sig));
        crate::redact::hold(&jwt);
        jwt
    }
}

fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// A key pair and a self-signed certificate made here (`cert rotate`).
pub struct NewCertificate {
    /// The certificate and its PKCS#8 private key, PEM: what `--client-cert` reads.
    pub pem: SecretString,
    pub der: Vec<u8>,
}

/// A new RSA 2048 key and a self-signed certificate for it, `CN=common_name`, valid from an
/// hour ago (clocks differ) for `days` days: the shape Entra takes as a certificate credential.
pub fn new_self_signed(common_name: &str, days: u32) -> Result<NewCertificate, String> {
    use rsa::pkcs8::EncodePrivateKey as _;
    let key = rsa::RsaPrivateKey::new(&mut rand_core::OsRng, 2048)
        .map_err(|e| format!("no RSA key could be made: {e}"))?;
    let pkcs8 = key
        .to_pkcs8_der()
        .map_err(|e| format!("the new key cannot be encoded: {e}"))?;
    let der_key = rustls::pki_types::PrivatePkcs8KeyDer::from(pkcs8.as_bytes().to_vec());
    let pair = rcgen::KeyPair::from_pkcs8_der_and_sign_algo(&der_key, &rcgen::PKCS_RSA_SHA256)
        .map_err(|e| format!("the new key cannot sign: {e}"))?;
    let mut params =
        rcgen::CertificateParams::new(Vec::<String>::new()).map_err(|e| e.to_string())?;
    params
        .distinguished_name
        .push(rcgen::DnType::CommonName, common_name);
    let now = time::OffsetDateTime::now_utc();
    params.not_before = now - time::Duration::hours(1);
    params.not_after = now + time::Duration::days(i64::from(days));
    let cert = params
        .self_signed(&pair)
        .map_err(|e| format!("the certificate cannot be made: {e}"))?;
    let key_pem = pair.serialize_pem();
    crate::redact::hold(&key_pem);
    Ok(NewCertificate {
        pem: SecretString::from(format!("{}{key_pem}", cert.pem())),
        der: cert.der().to_vec(),
    })
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A made certificate loads as a client certificate: RSA, the subject asked for, the end of
    /// validity asked for, and a proof of possession that verifies with its public key.
    #[test]
    fn a_new_self_signed_certificate_is_a_usable_credential() {
        let made = new_self_signed("smtp-oauth test", 30).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("new.pem");
        std::fs::write(&path, made.pem.expose_secret()).unwrap();
        let c = CertificateCredential::from_file(&path, None).unwrap();
        assert!(c.subject.contains("smtp-oauth test"), "{}", c.subject);
        let days = c
            .not_after
            .unwrap()
            .duration_since(std::time::SystemTime::now())
            .unwrap()
            .as_secs()
            / 86_400;
        assert_eq!(days, 29);
        let proof = c.proof_of_possession("c3a9e7d1-5f2b-4e86-a0c4-7b1d9e3f5a28");
        let (input, sig) = proof.rsplit_once('.').unwrap();
        let (_, parsed) = x509_parser::parse_x509_certificate(&made.der).unwrap();
        ring::signature::UnparsedPublicKey::new(
            &ring::signature::RSA_PKCS1_2048_8192_SHA256,
            parsed.public_key().subject_public_key.data.to_vec(),
        )
        .verify(input.as_bytes(), &URL_SAFE_NO_PAD.decode(sig).unwrap())
        .unwrap();
        let claims: serde_json::Value = serde_json::from_slice(
            &URL_SAFE_NO_PAD
                .decode(input.split('.').nth(1).unwrap())
                .unwrap(),
        )
        .unwrap();
        assert_eq!(claims["aud"], "00000002-0000-0000-c000-000000000000");
        assert_eq!(claims["iss"], "c3a9e7d1-5f2b-4e86-a0c4-7b1d9e3f5a28");
    }
}
