//! One certificate in words: subject, issuer, serial, validity and days left, names, key, signature
//! algorithm, fingerprints, basic constraints and AIA — parsed with x509-parser, never trusted.

use std::sync::LazyLock;

use serde::Serialize;
use x509_parser::extensions::{GeneralName, ParsedExtension};
use x509_parser::prelude::{FromDer, X509Certificate};
use x509_parser::public_key::PublicKey;

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct CertInfo {
    pub subject: String,
    pub issuer: String,
    pub serial: String,
    pub not_before: String,
    pub not_after: String,
    pub days_left: i64,
    pub names: Vec<String>,
    pub key: String,
    pub signature_algorithm: String,
    pub sha256: String,
    pub sha1: String,
    pub is_ca: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path_len: Option<u32>,
    pub self_signed: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub ca_issuers: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub ocsp: Vec<String>,
}

/// Upper-case hex without separators, as the portal and Microsoft's pages show thumbprints.
pub fn hex(bytes: &[u8]) -> String {
    hex_with(bytes, b"0123456789ABCDEF", None)
}

/// Lower-case hex without separators.
pub fn hex_lower(bytes: &[u8]) -> String {
    hex_with(bytes, b"0123456789abcdef", None)
}

/// `bytes` as hex in `digits`, `between` each byte if given: one allocation (a formatted
/// string per byte cost a fleet thousands of them a second).
fn hex_with(bytes: &[u8], digits: &[u8; 16], between: Option<char>) -> String {
    let mut out = String::with_capacity(bytes.len() * 3);
    for (i, b) in bytes.iter().enumerate() {
        if let Some(c) = between.filter(|_| i > 0) {
            out.push(c);
        }
        out.push(char::from(digits[usize::from(b >> 4)]));
        out.push(char::from(digits[usize::from(b & 0x0f)]));
    }
    out
}

/// A certificate's SHA-256 thumbprint (upper-case hex).
pub fn sha256(der: &[u8]) -> String {
    hex(ring::digest::digest(&ring::digest::SHA256, der).as_ref())
}

/// A certificate's SHA-1 thumbprint (upper-case hex): the portal's "Thumbprint", Graph's
/// `customKeyIdentifier`.
pub fn sha1(der: &[u8]) -> String {
    hex(ring::digest::digest(&ring::digest::SHA1_FOR_LEGACY_USE_ONLY, der).as_ref())
}

fn hex_colon(bytes: &[u8]) -> String {
    hex_with(bytes, b"0123456789ABCDEF", Some(':'))
}

/// Names of the signature algorithms a TLS chain uses.
fn signature_name(oid: &str) -> String {
    match oid {
        "1.2.840.113549.1.1.11" => "sha256WithRSAEncryption".into(),
        "1.2.840.113549.1.1.12" => "sha384WithRSAEncryption".into(),
        "1.2.840.113549.1.1.13" => "sha512WithRSAEncryption".into(),
        "1.2.840.113549.1.1.5" => "sha1WithRSAEncryption (weak)".into(),
        "1.2.840.113549.1.1.10" => "RSASSA-PSS".into(),
        "1.2.840.10045.4.3.2" => "ecdsa-with-SHA256".into(),
        "1.2.840.10045.4.3.3" => "ecdsa-with-SHA384".into(),
        "1.2.840.10045.4.3.4" => "ecdsa-with-SHA512".into(),
        "1.3.101.112" => "Ed25519".into(),
        other => other.to_string(),
    }
}

fn curve_name(oid: &str) -> &str {
    match oid {
        "1.2.840.10045.3.1.7" => "P-256",
        "1.3.132.0.34" => "P-384",
        "1.3.132.0.35" => "P-521",
        other => other,
    }
}

fn rfc3339(t: time::OffsetDateTime) -> String {
    t.format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

/// Describes a DER certificate; `None` if it does not parse.
///
/// Remembered by the certificate's SHA-256 for the process (a fleet's thousands of SMTP
/// sessions present the same few certificates); only `days_left` is worked out anew each time.
pub fn describe(der: &[u8]) -> Option<CertInfo> {
    type Described = crate::shared::Kept<[u8; 32], (CertInfo, time::OffsetDateTime)>;
    /// At most 256 certificates remembered.
    static DESCRIBED: LazyLock<Described> = LazyLock::new(|| Described::new(256));
    let mut sha256 = [0u8; 32];
    sha256.copy_from_slice(ring::digest::digest(&ring::digest::SHA256, der).as_ref());
    if let Some((mut info, not_after)) = DESCRIBED.get(&sha256) {
        info.days_left = (not_after - time::OffsetDateTime::now_utc()).whole_days();
        return Some(info);
    }
    let (info, not_after) = describe_anew(der, &sha256)?;
    DESCRIBED.keep(sha256, (info.clone(), not_after));
    Some(info)
}

/// [`describe`], parsing the certificate (whose SHA-256 is given); with its end of validity.
fn describe_anew(der: &[u8], sha256: &[u8; 32]) -> Option<(CertInfo, time::OffsetDateTime)> {
    let (_, cert) = X509Certificate::from_der(der).ok()?;
    let not_before = cert.validity().not_before.to_datetime();
    let not_after = cert.validity().not_after.to_datetime();
    let days_left = (not_after - time::OffsetDateTime::now_utc()).whole_days();
    let names = cert
        .subject_alternative_name()
        .ok()
        .flatten()
        .map(|san| {
            san.value
                .general_names
                .iter()
                .filter_map(|n| match n {
                    GeneralName::DNSName(d) => Some((*d).to_string()),
                    GeneralName::IPAddress(ip) => match ip.len() {
                        4 => Some(std::net::Ipv4Addr::new(ip[0], ip[1], ip[2], ip[3]).to_string()),
                        16 => <[u8; 16]>::try_from(*ip)
                            .ok()
                            .map(|b| std::net::Ipv6Addr::from(b).to_string()),
                        _ => None,
                    },
                    _ => None,
                })
                .collect()
        })
        .unwrap_or_default();
    let key = key_name(&cert);
    let (is_ca, path_len) = cert
        .basic_constraints()
        .ok()
        .flatten()
        .map_or((false, None), |b| (b.value.ca, b.value.path_len_constraint));
    let (ca_issuers, ocsp) = access_urls(&cert);
    let info = CertInfo {
        subject: cert.subject().to_string(),
        issuer: cert.issuer().to_string(),
        serial: cert.raw_serial_as_string().to_ascii_uppercase(),
        not_before: rfc3339(not_before),
        not_after: rfc3339(not_after),
        days_left,
        names,
        key,
        signature_algorithm: signature_name(&cert.signature_algorithm.algorithm.to_id_string()),
        sha256: hex_colon(sha256),
        sha1: hex_colon(
            ring::digest::digest(&ring::digest::SHA1_FOR_LEGACY_USE_ONLY, der).as_ref(),
        ),
        is_ca,
        path_len,
        self_signed: cert.subject() == cert.issuer(),
        ca_issuers,
        ocsp,
    };
    Some((info, not_after))
}

/// The public key as a person names it: `RSA 2048`, `ECDSA P-256` …
fn key_name(cert: &X509Certificate<'_>) -> String {
    let spki = cert.public_key();
    match spki.parsed() {
        Ok(PublicKey::RSA(rsa)) => {
            let modulus = rsa.modulus.iter().skip_while(|b| **b == 0).count();
            format!("RSA {}", modulus * 8)
        }
        Ok(PublicKey::EC(_)) => {
            let curve = spki
                .algorithm
                .parameters
                .as_ref()
                .and_then(|p| p.as_oid().ok())
                .map(|o| o.to_id_string())
                .unwrap_or_default();
            format!("ECDSA {}", curve_name(&curve))
        }
        Ok(other) => format!("{other:?}")
            .split('(')
            .next()
            .unwrap_or("other")
            .to_string(),
        Err(_) => spki.algorithm.algorithm.to_id_string(),
    }
}

/// The Authority Information Access URLs: where the issuer's certificate is (`caIssuers`), and
/// the OCSP responders.
fn access_urls(cert: &X509Certificate<'_>) -> (Vec<String>, Vec<String>) {
    let mut ca_issuers = Vec::new();
    let mut ocsp = Vec::new();
    for ext in cert.extensions() {
        if let ParsedExtension::AuthorityInfoAccess(aia) = ext.parsed_extension() {
            for desc in &aia.accessdescs {
                if let GeneralName::URI(uri) = &desc.access_location {
                    match desc.access_method.to_id_string().as_str() {
                        "1.3.6.1.5.5.7.48.2" => ca_issuers.push((*uri).to_string()),
                        "1.3.6.1.5.5.7.48.1" => ocsp.push((*uri).to_string()),
                        _ => {}
                    }
                }
            }
        }
    }
    (ca_issuers, ocsp)
}

/// The common name of a subject, for file names.
pub fn common_name(info: &CertInfo) -> String {
    info.subject
        .split(", ")
        .find_map(|p| p.strip_prefix("CN="))
        .unwrap_or(&info.subject)
        .to_string()
}

/// PEM of a DER certificate.
/// A certificate's name as a file name: ASCII letters, digits, `.` and `-` kept, the rest `_`,
/// at most 64 characters, never starting with a dot.
pub fn file_safe(name: &str) -> String {
    let safe: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
                c
            } else {
                '_'
            }
        })
        .take(64)
        .collect();
    safe.trim_start_matches('.').to_string()
}

pub fn pem(der: &[u8]) -> String {
    use base64::Engine as _;
    let b64 = base64::engine::general_purpose::STANDARD.encode(der);
    let mut out = String::from("-----BEGIN CERTIFICATE-----\n");
    for chunk in b64.as_bytes().chunks(64) {
        out.push_str(&String::from_utf8_lossy(chunk));
        out.push('\n');
    }
    out.push_str("-----END CERTIFICATE-----\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_panics_on_garbage_and_describes_a_real_chain() {
        for input in [&b""[..], b"\x30", b"\x30\x82\xff\xff", b"not der"] {
            assert!(describe(input).is_none());
        }
        let pki = crate::sim::pki::Pki::generate().unwrap();
        let leaf = describe(&pki.smtp.chain[0]).unwrap();
        assert!(
            leaf.names.contains(&"smtp.office365.com".to_string())
                && leaf.names.contains(&"127.0.0.1".to_string())
        );
        assert_eq!(leaf.key, "ECDSA P-256");
        assert_eq!(leaf.signature_algorithm, "ecdsa-with-SHA256");
        assert!(!leaf.is_ca && leaf.days_left > 200);
        let intermediate = describe(&pki.smtp.chain[1]).unwrap();
        assert!(intermediate.is_ca);
        assert_eq!(
            common_name(&intermediate),
            "Microsoft Azure ECC TLS Issuing CA 03"
        );
        assert_eq!(leaf.sha256.len(), 32 * 3 - 1);
    }
}
