//! Will the client's own trust store accept Microsoft's chain? Online: the chain a server
//! presented is verified (webpki, the client's store as the only roots). Offline: the store is
//! judged against the roots Microsoft names for the endpoint (`tls::microsoft`). Either way a
//! missing CA is named with its subject, SHA-256 and SHA-1 thumbprints and where to get it, an
//! expired or expiring anchor is said, and the missing files can be written for import.

use std::sync::Arc;

use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use serde_json::{Map, Value, json};

use super::{CheckId, Step};
use crate::failures::ClassId;
use crate::tls::microsoft::{self, MicrosoftCa};
use crate::tls::truststore::{Store, StoreCert};

/// A CA the store lacks, as far as it is known.
#[derive(Debug, Clone)]
pub struct Missing {
    pub subject: String,
    pub sha256: Option<String>,
    pub sha1: Option<String>,
    pub not_after: Option<String>,
    /// The chain's AIA URL or the publisher's page.
    pub get_from: Option<String>,
    /// The certificate, when it is known here (Microsoft's table, this machine's --ca-file):
    /// `--out` writes it.
    pub der: Option<Vec<u8>>,
}

/// The verdict on one store for one endpoint.
#[derive(Debug, Clone)]
pub enum Verdict {
    /// Anchored by `anchor` (its name in the store), which ends in `days_left` days.
    Anchored {
        anchor: String,
        in_store: String,
        not_after: String,
        days_left: i64,
        notes: Vec<String>,
    },
    /// The store's anchor for the chain has expired.
    Expired {
        anchor: String,
        in_store: String,
        not_after: String,
    },
    Missing(Vec<Missing>),
    /// The chain fails for a reason no trust store changes (an expired leaf, another name).
    Other(String),
}

/// A certificate described for the verdicts.
struct Described {
    subject: String,
    subject_raw: Vec<u8>,
    issuer_raw: Vec<u8>,
    issuer: String,
    not_after: time::OffsetDateTime,
    self_signed: bool,
    aia: Option<String>,
}

fn describe(der: &[u8]) -> Option<Described> {
    let (_, c) = x509_parser::parse_x509_certificate(der).ok()?;
    let aia = crate::tls::certinfo::describe(der).and_then(|i| i.ca_issuers.first().cloned());
    Some(Described {
        subject: c.subject().to_string(),
        subject_raw: c.subject().as_raw().to_vec(),
        issuer_raw: c.issuer().as_raw().to_vec(),
        issuer: c.issuer().to_string(),
        not_after: c.validity().not_after.to_datetime(),
        self_signed: c.subject().as_raw() == c.issuer().as_raw(),
        aia,
    })
}

fn days_until(t: time::OffsetDateTime) -> i64 {
    (t - time::OffsetDateTime::now_utc()).whole_days()
}

/// The CA certificates known here by subject: Microsoft's table, then `extra` (the machine's
/// --ca-file), for naming and writing what a store lacks.
fn known_by_subject(subject_raw: &[u8], extra: &[Vec<u8>]) -> Option<Vec<u8>> {
    microsoft::table()
        .iter()
        .map(|ca| &ca.der)
        .chain(extra.iter())
        .find(|der| describe(der).is_some_and(|d| d.subject_raw == subject_raw))
        .cloned()
}

/// The root that issued the top of `chain`, when it is known here (and not presented).
pub fn root_above(chain: &[CertificateDer<'_>], extra: &[Vec<u8>]) -> Option<Vec<u8>> {
    let top = describe(chain.last()?.as_ref())?;
    if top.self_signed {
        return None;
    }
    let issuer = known_by_subject(&top.issuer_raw, extra)?;
    let d = describe(&issuer)?;
    if d.self_signed {
        Some(issuer)
    } else {
        known_by_subject(&d.issuer_raw, extra)
    }
}

fn missing_of(der: &[u8], get_from: Option<String>) -> Missing {
    let d = describe(der);
    let table = microsoft::table()
        .iter()
        .find(|ca| ca.sha256 == crate::tls::certinfo::sha256(der));
    Missing {
        subject: d.as_ref().map_or_else(String::new, |d| d.subject.clone()),
        sha256: Some(crate::tls::certinfo::sha256(der)),
        sha1: Some(crate::tls::certinfo::sha1(der)),
        not_after: d.as_ref().map(|d| d.not_after.date().to_string()),
        get_from: table.map(|t| t.get_from.clone()).or(get_from),
        der: Some(der.to_vec()),
    }
}

/// Verifies the presented `chain` (leaf first) for `host` with the store's certificates as the
/// only trust anchors; `extra` are CA certificates known here, to name a missing one.
pub fn judge_online(
    store: &Store,
    chain: &[CertificateDer<'_>],
    host: &str,
    extra: &[Vec<u8>],
) -> Verdict {
    let Some((leaf, intermediates)) = chain.split_first() else {
        return Verdict::Other("the server presented no certificate".into());
    };
    let mut roots = rustls::RootCertStore::empty();
    for c in &store.certs {
        let _ = roots.add(CertificateDer::from(c.der.clone()));
    }
    let verified = if roots.is_empty() {
        Err(rustls::Error::InvalidCertificate(
            rustls::CertificateError::UnknownIssuer,
        ))
    } else {
        verify(roots, leaf, intermediates, host)
    };
    match verified {
        Ok(()) => anchored_by(store, chain),
        Err(rustls::Error::InvalidCertificate(rustls::CertificateError::UnknownIssuer)) => {
            Verdict::Missing(missing_for(chain, extra))
        }
        Err(e) => Verdict::Other(crate::tls::describe(&e)),
    }
}

fn verify(
    roots: rustls::RootCertStore,
    leaf: &CertificateDer<'_>,
    intermediates: &[CertificateDer<'_>],
    host: &str,
) -> Result<(), rustls::Error> {
    let verifier = rustls::client::WebPkiServerVerifier::builder_with_provider(
        Arc::new(roots),
        Arc::new(rustls::crypto::ring::default_provider()),
    )
    .build()
    .map_err(|e| rustls::Error::General(e.to_string()))?;
    let name = ServerName::try_from(host.to_string())
        .map_err(|_| rustls::Error::General(format!("{host} is not a TLS server name")))?;
    rustls::client::danger::ServerCertVerifier::verify_server_cert(
        verifier.as_ref(),
        leaf,
        intermediates,
        &name,
        &[],
        UnixTime::now(),
    )
    .map(|_| ())
}

/// The store's certificate the verified chain ends in: a presented certificate the store holds,
/// or the one that issued the top of the chain.
fn anchored_by(store: &Store, chain: &[CertificateDer<'_>]) -> Verdict {
    let found = chain.iter().rev().find_map(|presented| {
        let p = describe(presented.as_ref())?;
        store
            .certs
            .iter()
            .find(|c| c.der == presented.as_ref())
            .or_else(|| {
                store
                    .certs
                    .iter()
                    .find(|c| describe(&c.der).is_some_and(|d| d.subject_raw == p.issuer_raw))
            })
    });
    let Some(anchor) = found else {
        return Verdict::Other(
            "verified, but no certificate of the store could be matched to the chain".into(),
        );
    };
    let Some(d) = describe(&anchor.der) else {
        return Verdict::Other("the anchor cannot be read".into());
    };
    let mut notes = Vec::new();
    if d.self_signed {
        for i in chain.iter().skip(1) {
            if !store.certs.iter().any(|c| c.der == i.as_ref())
                && let Some(id) = describe(i.as_ref())
            {
                notes.push(format!(
                    "the server sends its intermediate {}: a client that does not use the server's intermediates also needs that file",
                    id.subject
                ));
            }
        }
    }
    anchor_verdict(&d, anchor, notes)
}

fn anchor_verdict(d: &Described, anchor: &StoreCert, notes: Vec<String>) -> Verdict {
    let days_left = days_until(d.not_after);
    if days_left < 0 {
        return Verdict::Expired {
            anchor: d.subject.clone(),
            in_store: anchor.name.clone(),
            not_after: d.not_after.date().to_string(),
        };
    }
    Verdict::Anchored {
        anchor: d.subject.clone(),
        in_store: anchor.name.clone(),
        not_after: d.not_after.date().to_string(),
        days_left,
        notes,
    }
}

/// What the store lacks for `chain`: the issuer of its top certificate and, when that issuer
/// is an intermediate known here, the root above it.
fn missing_for(chain: &[CertificateDer<'_>], extra: &[Vec<u8>]) -> Vec<Missing> {
    let Some(top) = chain.last().and_then(|c| describe(c.as_ref())) else {
        return Vec::new();
    };
    if top.self_signed {
        return vec![missing_of(
            chain.last().map_or(&[][..], AsRef::as_ref),
            None,
        )];
    }
    let mut out = Vec::new();
    match known_by_subject(&top.issuer_raw, extra) {
        Some(der) => {
            let above = describe(&der)
                .filter(|d| !d.self_signed)
                .and_then(|d| known_by_subject(&d.issuer_raw, extra));
            out.push(missing_of(&der, top.aia.clone()));
            out.extend(above.map(|a| missing_of(&a, None)));
        }
        None => out.push(Missing {
            subject: top.issuer.clone(),
            sha256: None,
            sha1: None,
            not_after: None,
            get_from: top.aia.clone(),
            der: None,
        }),
    }
    out
}

/// Offline: the store against the roots Microsoft names for `target` (smtp, exchange, login,
/// graph). A required root missing, or none of the anchors at all, is missing; a present one
/// anchors, and the other recommended roots it lacks are noted.
pub fn judge_offline(store: &Store, target: &str) -> Verdict {
    let cas: Vec<&MicrosoftCa> = microsoft::table()
        .iter()
        .filter(|ca| ca.anchors.iter().any(|a| a == target))
        .collect();
    let held = |ca: &MicrosoftCa| store.certs.iter().find(|c| c.der == ca.der);
    let absent = |ca: &&MicrosoftCa| held(ca).is_none();
    let required_absent: Vec<&MicrosoftCa> = cas
        .iter()
        .copied()
        .filter(|ca| ca.required.iter().any(|r| r == target))
        .filter(absent)
        .collect();
    let present: Vec<(&MicrosoftCa, &StoreCert)> = cas
        .iter()
        .filter_map(|ca| held(ca).map(|c| (*ca, c)))
        .collect();
    if !required_absent.is_empty() || present.is_empty() {
        let list = if required_absent.is_empty() {
            cas.clone()
        } else {
            required_absent
        };
        return Verdict::Missing(list.iter().map(|ca| missing_of(&ca.der, None)).collect());
    }
    let notes: Vec<String> = cas
        .iter()
        .copied()
        .filter(absent)
        .map(|ca| format!("{} (SHA-256 {}) is recommended too: Microsoft's chains for {target} may move to it ({})", ca.name, ca.sha256, ca.get_from))
        .collect();
    // The anchor that lasts longest decides; an expired one only when it is all there is.
    let best = present
        .iter()
        .filter_map(|(_, c)| describe(&c.der).map(|d| (d, *c)))
        .max_by_key(|(d, _)| d.not_after);
    match best {
        Some((d, c)) => anchor_verdict(&d, c, notes),
        None => Verdict::Other("the store's copy of Microsoft's root cannot be read".into()),
    }
}

/// The check for one store and one endpoint.
pub fn step(target: &str, store: &Store, verdict: &Verdict, offline: bool) -> Step {
    let title = "Client trust store";
    let id = CheckId::TRUSTSTORE;
    let zero = std::time::Duration::ZERO;
    let mut ev = store_evidence(store, target, offline);
    let name = store.path.display();
    let anchor_ev = |ev: &mut Map<String, Value>, anchor: &str, in_store: &str| {
        ev.insert("anchor".into(), json!(anchor));
        ev.insert("anchor_in_store".into(), json!(in_store));
    };
    match verdict {
        Verdict::Anchored {
            anchor,
            in_store,
            not_after,
            days_left,
            notes,
        } => {
            anchor_ev(&mut ev, anchor, in_store);
            ev.insert("anchor_not_after".into(), json!(not_after));
            if !notes.is_empty() {
                ev.insert("also".into(), json!(notes));
            }
            let summary = format!(
                "{name} anchors {target}: {anchor}{}, valid until {not_after}",
                entry(store, in_store)
            );
            if *days_left > 60 {
                return Step::pass(id, title, None, summary, ev);
            }
            let louder = if *days_left <= 30 {
                " — soon: replace it now"
            } else {
                ""
            };
            let summary = format!("{summary}, in {days_left} days{louder}");
            Step::warn(
                id,
                title,
                zero,
                ClassId::TRUSTSTORE_CA_EXPIRING,
                summary,
                ev,
            )
        }
        Verdict::Expired {
            anchor,
            in_store,
            not_after,
        } => {
            anchor_ev(&mut ev, anchor, in_store);
            let summary = format!(
                "{name}: its copy of {anchor}{} expired on {not_after}: clients that check the anchor's dates (OpenSSL, Cisco ISE) reject {target}'s chain; import the current one",
                entry(store, in_store)
            );
            Step::fail(id, title, zero, ClassId::TRUSTSTORE_MISSING_CA, summary, ev)
        }
        Verdict::Missing(missing) => {
            ev.insert(
                "missing".into(),
                Value::Array(missing.iter().map(missing_json).collect()),
            );
            let what: Vec<String> = missing.iter().map(missing_text).collect();
            let summary = format!(
                "{name} does not anchor {target}'s chain: it lacks {}",
                what.join("; and ")
            );
            Step::fail(id, title, zero, ClassId::TRUSTSTORE_MISSING_CA, summary, ev)
        }
        Verdict::Other(why) => {
            Step::skip(id, title, format!("{name}: not judged for {target}: {why}"))
        }
    }
}

/// What every verdict says about the store.
fn store_evidence(store: &Store, target: &str, offline: bool) -> Map<String, Value> {
    let mut ev = Map::new();
    ev.insert("store".into(), json!(store.path.display().to_string()));
    ev.insert("format".into(), json!(store.format));
    ev.insert("certificates".into(), json!(store.certs.len()));
    ev.insert("target".into(), json!(target));
    let judged = if offline {
        "offline, against Microsoft's published roots"
    } else {
        "the chain the server presented"
    };
    ev.insert("judged".into(), json!(judged));
    if !store.notes.is_empty() {
        ev.insert("notes".into(), json!(store.notes));
    }
    ev
}

/// " (its entry)" when the store has entries (a directory's file, a keystore's alias).
fn entry(store: &Store, in_store: &str) -> String {
    if in_store == store.path.display().to_string() {
        String::new()
    } else {
        format!(" ({in_store})")
    }
}

fn missing_json(m: &Missing) -> Value {
    json!({"subject": m.subject, "sha256": m.sha256, "sha1": m.sha1, "not_after": m.not_after, "get_from": m.get_from})
}

fn missing_text(m: &Missing) -> String {
    let mut t = m.subject.clone();
    if let (Some(s256), Some(s1)) = (&m.sha256, &m.sha1) {
        t.push_str(&format!(" (SHA-256 {s256}, SHA-1 {s1})"));
    }
    if let Some(u) = &m.get_from {
        t.push_str(&format!(", from {u}"));
    }
    t
}

/// The file name a missing CA is written under: its common name, for import.
pub fn file_name(m: &Missing) -> String {
    let cn = m
        .subject
        .split(", ")
        .find_map(|p| p.strip_prefix("CN="))
        .unwrap_or(&m.subject);
    format!("{}.pem", crate::tls::certinfo::file_safe(cn))
}
