//! The simulated tenant's PKI, generated at start: a root, an intermediate named like Microsoft's
//! issuing CAs, and leaf certificates for the SMTP and HTTPS services — plus the faulty chains the
//! TLS scenarios serve (unknown root, expired leaf, wrong name, a "TLS inspection" CA).
//!
//! Names imitate the real chains (`shared/reference/microsoft-wire-facts.md` §8); every CA carries
//! `OU=smtp-oauth simulation` so nobody mistakes one for the real thing. Keys are ECDSA P-256
//! (ring cannot generate RSA keys), hence the ECC variants of the issuer names.

use std::sync::Arc;

use rcgen::{
    BasicConstraints, CertificateParams, CertifiedIssuer, DistinguishedName, DnType,
    ExtendedKeyUsagePurpose, IsCa, KeyPair, KeyUsagePurpose, SanType,
};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use time::{Duration, OffsetDateTime};

/// Which chain a TLS endpoint presents.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ChainKind {
    #[default]
    /// Leaf ← "Microsoft Azure ECC TLS Issuing CA 03" ← "DigiCert Global Root G3" (trusted via --ca-file).
    Good,
    /// Issued through "Microsoft Azure ECC TLS Issuing CA 04" by "DigiCert Global Root G2", a root
    /// the client does not trust.
    UnknownRoot,
    /// A leaf whose validity ended yesterday.
    Expired,
    /// A leaf that does not name the host the client connects to.
    WrongName,
    /// A leaf for the Microsoft names, issued by a corporate inspection CA the client trusts.
    Inspection,
}

/// A chain ready for a rustls server.
#[derive(Clone)]
pub struct ServedChain {
    pub chain: Vec<CertificateDer<'static>>,
    key_der: Vec<u8>,
    /// The server config, built on first use: a front end loads its certificate once, not per
    /// connection.
    config: std::sync::OnceLock<Arc<rustls::ServerConfig>>,
}

impl ServedChain {
    pub fn key(&self) -> PrivateKeyDer<'static> {
        PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(self.key_der.clone()))
    }

    pub fn server_config(&self) -> Result<Arc<rustls::ServerConfig>, rustls::Error> {
        if let Some(config) = self.config.get() {
            return Ok(config.clone());
        }
        let config = self.build_server_config()?;
        Ok(self.config.get_or_init(|| config).clone())
    }

    fn build_server_config(&self) -> Result<Arc<rustls::ServerConfig>, rustls::Error> {
        let config = rustls::ServerConfig::builder_with_provider(Arc::new(
            rustls::crypto::ring::default_provider(),
        ))
        .with_safe_default_protocol_versions()?
        .with_no_client_auth()
        .with_single_cert(self.chain.clone(), self.key())?;
        Ok(Arc::new(config))
    }

    /// The same, demanding a client certificate (issued by the chain's own CA, which no client
    /// has): a TLS 1.3 client finishes its handshake and then reads the server's alert.
    pub fn server_config_requiring_client_cert(
        &self,
    ) -> Result<Arc<rustls::ServerConfig>, rustls::Error> {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let mut roots = rustls::RootCertStore::empty();
        for cert in self.chain.iter().skip(1) {
            roots.add(cert.clone())?;
        }
        let verifier = rustls::server::WebPkiClientVerifier::builder_with_provider(
            Arc::new(roots),
            provider.clone(),
        )
        .build()
        .map_err(|e| rustls::Error::General(e.to_string()))?;
        let config = rustls::ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()?
            .with_client_cert_verifier(verifier)
            .with_single_cert(self.chain.clone(), self.key())?;
        Ok(Arc::new(config))
    }
}

/// Everything the simulation serves and the roots a client must trust.
pub struct Pki {
    /// PEM of the roots clients should trust (`--ca-file`): the simulated public root and the
    /// corporate inspection root (a company doing TLS inspection distributes that one).
    pub trust_pem: String,
    pub smtp: ServedChain,
    pub login: ServedChain,
    pub graph: ServedChain,
    pub exchange: ServedChain,
    pub unknown_root: ServedChain,
    pub expired: ServedChain,
    pub wrong_name: ServedChain,
    pub inspection: ServedChain,
    /// The good chain's root re-issued with its own key and name, as an old copy kept in a
    /// client's trust store: one that ended yesterday, and one that ends in 20 days (PEM).
    pub root_expired_pem: String,
    pub root_expiring_pem: String,
}

fn ca_params(cn: &str, org: &str, days: i64) -> CertificateParams {
    let mut params = CertificateParams::default();
    let mut dn = DistinguishedName::new();
    dn.push(DnType::CountryName, "US");
    dn.push(DnType::OrganizationName, org);
    dn.push(DnType::OrganizationalUnitName, "smtp-oauth simulation");
    dn.push(DnType::CommonName, cn);
    params.distinguished_name = dn;
    params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    params.key_usages = vec![
        KeyUsagePurpose::KeyCertSign,
        KeyUsagePurpose::CrlSign,
        KeyUsagePurpose::DigitalSignature,
    ];
    let now = OffsetDateTime::now_utc();
    params.not_before = now - Duration::days(30);
    params.not_after = now + Duration::days(days);
    params
}

fn leaf_params(
    cn: &str,
    names: &[&str],
    not_before: OffsetDateTime,
    not_after: OffsetDateTime,
) -> CertificateParams {
    let mut params = CertificateParams::default();
    let mut dn = DistinguishedName::new();
    dn.push(DnType::CountryName, "US");
    dn.push(DnType::StateOrProvinceName, "WA");
    dn.push(DnType::LocalityName, "Redmond");
    dn.push(DnType::OrganizationName, "Microsoft Corporation");
    dn.push(DnType::CommonName, cn);
    params.distinguished_name = dn;
    params.subject_alt_names = names
        .iter()
        .map(|n| match n.parse::<std::net::IpAddr>() {
            Ok(ip) => SanType::IpAddress(ip),
            Err(_) => SanType::DnsName(n.to_string().try_into().expect("valid DNS name")),
        })
        .collect();
    params.key_usages = vec![KeyUsagePurpose::DigitalSignature];
    params.extended_key_usages = vec![
        ExtendedKeyUsagePurpose::ServerAuth,
        ExtendedKeyUsagePurpose::ClientAuth,
    ];
    params.not_before = not_before;
    params.not_after = not_after;
    params
}

/// Names the loopback services answer to: the real Microsoft names plus the loopback addresses.
const SMTP_NAMES: &[&str] = &[
    "outlook.com",
    "smtp.office365.com",
    "*.office365.com",
    "*.outlook.com",
    "localhost",
    "127.0.0.1",
    "::1",
];
const LOGIN_NAMES: &[&str] = &[
    "login.microsoftonline.com",
    "login.windows.net",
    "localhost",
    "127.0.0.1",
    "::1",
];
const GRAPH_NAMES: &[&str] = &["graph.microsoft.com", "localhost", "127.0.0.1", "::1"];
const EXCHANGE_NAMES: &[&str] = &[
    "outlook.office365.com",
    "outlook.office.com",
    "localhost",
    "127.0.0.1",
    "::1",
];

/// A leaf for `cn` and `names`, signed by `issuer`, served with `chain` after it.
fn leaf(
    cn: &str,
    names: &[&str],
    validity: (OffsetDateTime, OffsetDateTime),
    issuer: &CertifiedIssuer<'_, KeyPair>,
    chain: &[&CertifiedIssuer<'_, KeyPair>],
) -> Result<ServedChain, rcgen::Error> {
    let key = KeyPair::generate()?;
    let cert = leaf_params(cn, names, validity.0, validity.1).signed_by(&key, issuer)?;
    let mut certs = vec![cert.der().clone()];
    certs.extend(chain.iter().map(|c| c.der().clone()));
    Ok(ServedChain {
        chain: certs,
        key_der: key.serialize_der(),
        config: std::sync::OnceLock::new(),
    })
}

/// A DigiCert root and a Microsoft issuing CA under it, as Microsoft's chains have them.
fn microsoft_ca(
    root_cn: &str,
    issuing_cn: &str,
) -> Result<
    (
        CertifiedIssuer<'static, KeyPair>,
        CertifiedIssuer<'static, KeyPair>,
    ),
    rcgen::Error,
> {
    let root = CertifiedIssuer::self_signed(
        ca_params(root_cn, "DigiCert Inc", 3650),
        KeyPair::generate()?,
    )?;
    let issuing = CertifiedIssuer::signed_by(
        ca_params(issuing_cn, "Microsoft Corporation", 1000),
        KeyPair::generate()?,
        &root,
    )?;
    Ok((root, issuing))
}

impl Pki {
    pub fn generate() -> Result<Pki, rcgen::Error> {
        let now = OffsetDateTime::now_utc();
        let leaf_validity = (now - Duration::days(30), now + Duration::days(300));

        let (root, intermediate) = microsoft_ca(
            "DigiCert Global Root G3",
            "Microsoft Azure ECC TLS Issuing CA 03",
        )?;
        // A leaf of Microsoft's current chain (leaf, intermediate; the root is the client's).
        let ms = |cn: &str, names: &[&str]| {
            leaf(cn, names, leaf_validity, &intermediate, &[&intermediate])
        };
        let smtp = ms("outlook.com", SMTP_NAMES)?;
        let login = ms("stamp2.login.microsoftonline.com", LOGIN_NAMES)?;
        let graph = ms("graph.microsoft.com", GRAPH_NAMES)?;
        let exchange = ms("outlook.office365.com", EXCHANGE_NAMES)?;

        // Microsoft's other current chain, ending in a root the client's trust store lacks: the
        // guide's "unable to find valid certification path to requested target".
        let (_stranger_root, stranger_int) = microsoft_ca(
            "DigiCert Global Root G2",
            "Microsoft Azure ECC TLS Issuing CA 04",
        )?;
        let unknown_root = leaf(
            "outlook.com",
            SMTP_NAMES,
            leaf_validity,
            &stranger_int,
            &[&stranger_int],
        )?;
        let expired = leaf(
            "outlook.com",
            SMTP_NAMES,
            (now - Duration::days(400), now - Duration::days(1)),
            &intermediate,
            &[&intermediate],
        )?;
        let wrong_name = ms(
            "mail.contoso-relay.example",
            &["mail.contoso-relay.example"],
        )?;
        let inspection_root = CertifiedIssuer::self_signed(
            ca_params("Contoso TLS Inspection CA", "Contoso Ltd", 3650),
            KeyPair::generate()?,
        )?;
        let inspection = leaf(
            "outlook.com",
            SMTP_NAMES,
            leaf_validity,
            &inspection_root,
            &[],
        )?;

        let copy = |from: OffsetDateTime, to: OffsetDateTime| {
            let mut p = ca_params("DigiCert Global Root G3", "DigiCert Inc", 0);
            p.not_before = from;
            p.not_after = to;
            p.self_signed(root.key()).map(|c| c.pem())
        };
        let root_expired_pem = copy(now - Duration::days(4000), now - Duration::days(1))?;
        let root_expiring_pem = copy(now - Duration::days(3000), now + Duration::days(20))?;
        let trust_pem = format!("{}{}", root.pem(), inspection_root.pem());
        Ok(Pki {
            trust_pem,
            smtp,
            login,
            graph,
            exchange,
            unknown_root,
            expired,
            wrong_name,
            inspection,
            root_expired_pem,
            root_expiring_pem,
        })
    }

    /// The chain served for the SMTP endpoint under a TLS fault.
    pub fn smtp_chain(&self, kind: ChainKind) -> &ServedChain {
        match kind {
            ChainKind::Good => &self.smtp,
            ChainKind::UnknownRoot => &self.unknown_root,
            ChainKind::Expired => &self.expired,
            ChainKind::WrongName => &self.wrong_name,
            ChainKind::Inspection => &self.inspection,
        }
    }
}
