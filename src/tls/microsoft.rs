//! The root CAs Microsoft names for Exchange Online and Entra ID, kept as data with their
//! sources in `microsoft-cas.toml`, each with its certificate (PEM) beside it: what a client's
//! trust store is judged against offline, and where a missing root is found to be named and
//! written.

use std::sync::LazyLock;

/// One CA of the table.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct MicrosoftCa {
    pub name: String,
    file: String,
    /// Upper-case hex, as the portal and Microsoft's pages show thumbprints.
    pub sha256: String,
    pub sha1: String,
    pub not_after: String,
    /// The publisher's page or file.
    pub get_from: String,
    /// The endpoints (`smtp`, `exchange`, `login`, `graph`) whose chains end in it.
    pub anchors: Vec<String>,
    /// The endpoints for which a store without it fails.
    pub required: Vec<String>,
    #[serde(skip)]
    pub der: Vec<u8>,
}

#[derive(serde::Deserialize)]
struct Table {
    ca: Vec<MicrosoftCa>,
}

const PEMS: &[(&str, &str)] = &[
    (
        "DigiCert_Global_Root_G2.pem",
        include_str!("microsoft-cas/DigiCert_Global_Root_G2.pem"),
    ),
    (
        "DigiCert_Global_Root_G3.pem",
        include_str!("microsoft-cas/DigiCert_Global_Root_G3.pem"),
    ),
    (
        "DigiCert_Global_Root_CA.pem",
        include_str!("microsoft-cas/DigiCert_Global_Root_CA.pem"),
    ),
    (
        "Microsoft_RSA_Root_Certificate_Authority_2017.pem",
        include_str!("microsoft-cas/Microsoft_RSA_Root_Certificate_Authority_2017.pem"),
    ),
    (
        "Microsoft_ECC_Root_Certificate_Authority_2017.pem",
        include_str!("microsoft-cas/Microsoft_ECC_Root_Certificate_Authority_2017.pem"),
    ),
];

static TABLE: LazyLock<Vec<MicrosoftCa>> = LazyLock::new(|| {
    use rustls::pki_types::CertificateDer;
    use rustls::pki_types::pem::PemObject as _;
    let table: Table =
        toml::from_str(include_str!("microsoft-cas.toml")).unwrap_or(Table { ca: Vec::new() });
    table
        .ca
        .into_iter()
        .map(|mut ca| {
            ca.der = PEMS
                .iter()
                .find(|(f, _)| *f == ca.file)
                .and_then(|(_, pem)| CertificateDer::from_pem_slice(pem.as_bytes()).ok())
                .map(|c| c.as_ref().to_vec())
                .unwrap_or_default();
            ca
        })
        .collect()
});

/// The table, its certificates loaded.
pub fn table() -> &'static [MicrosoftCa] {
    &TABLE
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tls::certinfo::{sha1, sha256};

    /// The table says what its certificates are: thumbprints and end dates computed from the
    /// embedded files, every endpoint has a root, and the required ones are among the anchors.
    #[test]
    fn the_table_matches_its_certificates() {
        let t = table();
        assert_eq!(t.len(), 5);
        for ca in t {
            assert!(!ca.der.is_empty(), "{}: no certificate file", ca.name);
            assert_eq!(sha256(&ca.der), ca.sha256, "{}", ca.name);
            assert_eq!(sha1(&ca.der), ca.sha1, "{}", ca.name);
            let (_, cert) = x509_parser::parse_x509_certificate(&ca.der).unwrap();
            assert!(cert.subject().to_string().contains(&ca.name), "{}", ca.name);
            let end = cert.validity().not_after.to_datetime().date().to_string();
            assert_eq!(end, ca.not_after, "{}", ca.name);
            assert!(ca.required.iter().all(|r| ca.anchors.contains(r)));
        }
        for target in ["smtp", "exchange", "login", "graph"] {
            assert!(t.iter().any(|ca| ca.anchors.iter().any(|a| a == target)));
        }
        // MC1224565's thumbprint.
        assert_eq!(t[0].sha1, "DF3C24F9BFD666761B268073FE06D1CC8D4F82A4");
    }
}
