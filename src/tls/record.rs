//! Serde forms of what a TLS handshake showed, for diagnosis bundles (`diagnose --bundle`,
//! `replay`): certificates as base64 DER, a rustls error as the kind the classification reads
//! (certificate problem, alert, incompatibility) with its text. Reading one back gives an error
//! that classifies and reads the same; rustls's own error carries more than a bundle keeps.

use base64::engine::general_purpose::STANDARD;
use rustls::pki_types::CertificateDer;
use rustls::{AlertDescription, CertificateError};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

#[derive(Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
enum ErrorRecord {
    Certificate { problem: CertProblem, text: String },
    Alert { alert: u8, text: String },
    PeerIncompatible { text: String },
    Other { text: String },
}

#[derive(Serialize, Deserialize, Clone, Copy)]
#[serde(rename_all = "snake_case")]
enum CertProblem {
    Expired,
    NotValidYet,
    NotValidForName,
    UnknownIssuer,
    BadSignature,
    Revoked,
    Other,
}

fn to_record(e: &rustls::Error) -> ErrorRecord {
    let text = e.to_string();
    match e {
        rustls::Error::InvalidCertificate(c) => ErrorRecord::Certificate {
            problem: match c {
                CertificateError::Expired | CertificateError::ExpiredContext { .. } => {
                    CertProblem::Expired
                }
                CertificateError::NotValidYet | CertificateError::NotValidYetContext { .. } => {
                    CertProblem::NotValidYet
                }
                CertificateError::NotValidForName
                | CertificateError::NotValidForNameContext { .. } => CertProblem::NotValidForName,
                CertificateError::UnknownIssuer => CertProblem::UnknownIssuer,
                CertificateError::BadSignature => CertProblem::BadSignature,
                CertificateError::Revoked => CertProblem::Revoked,
                _ => CertProblem::Other,
            },
            text,
        },
        rustls::Error::AlertReceived(a) => ErrorRecord::Alert {
            alert: u8::from(*a),
            text,
        },
        rustls::Error::PeerIncompatible(_) => ErrorRecord::PeerIncompatible { text },
        rustls::Error::General(inner) => ErrorRecord::Other {
            text: inner.clone(),
        },
        _ => ErrorRecord::Other { text },
    }
}

fn from_record(r: ErrorRecord) -> rustls::Error {
    match r {
        ErrorRecord::Certificate { problem, .. } => {
            rustls::Error::InvalidCertificate(match problem {
                CertProblem::Expired => CertificateError::Expired,
                CertProblem::NotValidYet => CertificateError::NotValidYet,
                CertProblem::NotValidForName => CertificateError::NotValidForName,
                CertProblem::UnknownIssuer => CertificateError::UnknownIssuer,
                CertProblem::BadSignature => CertificateError::BadSignature,
                CertProblem::Revoked => CertificateError::Revoked,
                CertProblem::Other => CertificateError::BadEncoding,
            })
        }
        ErrorRecord::Alert { alert, .. } => {
            rustls::Error::AlertReceived(AlertDescription::from(alert))
        }
        ErrorRecord::PeerIncompatible { .. } => {
            rustls::Error::PeerIncompatible(rustls::PeerIncompatible::ServerDoesNotSupportTls12Or13)
        }
        ErrorRecord::Other { text } => rustls::Error::General(text),
    }
}

/// `#[serde(with = "crate::tls::record::error")]` for a `rustls::Error`.
pub mod error {
    use super::{Deserialize, Deserializer, ErrorRecord, Serialize, Serializer};

    pub fn serialize<S: Serializer>(e: &rustls::Error, s: S) -> Result<S::Ok, S::Error> {
        super::to_record(e).serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<rustls::Error, D::Error> {
        ErrorRecord::deserialize(d).map(super::from_record)
    }
}

/// `#[serde(with = "crate::tls::record::error_opt")]` for an `Option<rustls::Error>`.
pub mod error_opt {
    use super::{Deserialize, Deserializer, ErrorRecord, Serialize, Serializer};

    pub fn serialize<S: Serializer>(e: &Option<rustls::Error>, s: S) -> Result<S::Ok, S::Error> {
        e.as_ref().map(super::to_record).serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<rustls::Error>, D::Error> {
        Option::<ErrorRecord>::deserialize(d).map(|r| r.map(super::from_record))
    }
}

/// `#[serde(with = "crate::tls::record::verdict")]` for the verifier's `Option<Result<(), Error>>`.
pub mod verdict {
    use super::{Deserialize, Deserializer, ErrorRecord, Serialize, Serializer};

    #[derive(Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    enum Verdict {
        Verified,
        Refused(ErrorRecord),
    }

    pub fn serialize<S: Serializer>(
        v: &Option<Result<(), rustls::Error>>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        v.as_ref()
            .map(|r| match r {
                Ok(()) => Verdict::Verified,
                Err(e) => Verdict::Refused(super::to_record(e)),
            })
            .serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<Result<(), rustls::Error>>, D::Error> {
        Option::<Verdict>::deserialize(d).map(|v| {
            v.map(|v| match v {
                Verdict::Verified => Ok(()),
                Verdict::Refused(r) => Err(super::from_record(r)),
            })
        })
    }
}

/// `#[serde(with = "crate::tls::record::chain")]` for a presented chain: base64 DER, leaf first.
pub mod chain {
    use super::{CertificateDer, Deserialize, Deserializer, STANDARD, Serialize, Serializer};
    use base64::Engine as _;

    pub fn serialize<S: Serializer>(
        chain: &[CertificateDer<'static>],
        s: S,
    ) -> Result<S::Ok, S::Error> {
        chain
            .iter()
            .map(|c| STANDARD.encode(c.as_ref()))
            .collect::<Vec<_>>()
            .serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Vec<CertificateDer<'static>>, D::Error> {
        let texts = Vec::<String>::deserialize(d)?;
        texts
            .iter()
            .map(|t| {
                STANDARD
                    .decode(t)
                    .map(CertificateDer::from)
                    .map_err(serde::de::Error::custom)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use base64::Engine as _;

    #[test]
    fn an_error_read_back_classifies_as_the_original() {
        for e in [
            rustls::Error::InvalidCertificate(CertificateError::UnknownIssuer),
            rustls::Error::InvalidCertificate(CertificateError::Expired),
            rustls::Error::InvalidCertificate(CertificateError::NotValidForName),
            rustls::Error::AlertReceived(AlertDescription::ProtocolVersion),
            rustls::Error::General("x".into()),
        ] {
            let back = from_record(to_record(&e));
            assert_eq!(format!("{back:?}"), format!("{e:?}"));
        }
        let der = CertificateDer::from(vec![1u8, 2, 3]);
        let text = STANDARD.encode(der.as_ref());
        assert_eq!(text, "AQID");
    }
}
