//! `certs [TARGET]`: the chain that `smtp` (STARTTLS), `login`, `graph`, `exchange` or any
//! `HOST:PORT` presents — described, verified (or not) against the trust store, and exported for a
//! client's trust store. The chain is shown even when verification fails.

use crate::checks::CheckId;
use crate::failures::ClassId;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde_json::{Map, json};
use tokio::net::TcpStream;

use super::{AppError, Context, Outcome};
use crate::checks::Step;
use crate::checks::truststore as judge;
use crate::report::{Details, Report, vars_from_settings};
use crate::settings::{Settings, Target as ClientTarget};
use crate::smtp::session::{self, TlsFacts};
use crate::smtp::transcript::Transcript;
use crate::tls::certinfo::{self, CertInfo};
use crate::tls::{self, Trust, TrustRoots, truststore};

pub struct CertsOptions {
    pub target: Option<String>,
    pub starttls: bool,
    pub pem: bool,
    pub out: Option<PathBuf>,
    pub trust: TrustRoots,
    /// Client trust stores to judge (`--check-truststore`; else the setting `truststore`).
    pub stores: Vec<PathBuf>,
    pub offline: bool,
    /// `-v`: the connection and handshake transcript.
    pub verbose: bool,
}

/// Where to connect and how.
struct Endpoint {
    name: String,
    host: String,
    port: u16,
    starttls: bool,
}

fn endpoint(settings: &Settings, o: &CertsOptions) -> Result<Endpoint, AppError> {
    let url_endpoint = |name: &str, url: &url::Url| Endpoint {
        name: name.to_string(),
        host: url
            .host_str()
            .unwrap_or_default()
            .trim_matches(['[', ']'])
            .to_string(),
        port: url.port_or_known_default().unwrap_or(443),
        starttls: false,
    };
    Ok(match o.target.as_deref().unwrap_or("smtp") {
        "smtp" => Endpoint {
            name: "smtp".into(),
            host: settings.smtp_host.value.clone(),
            port: settings.smtp_port.value,
            starttls: true,
        },
        "login" => url_endpoint("login", &settings.authority.value),
        "graph" => url_endpoint("graph", &settings.graph_url.value),
        "exchange" => url_endpoint("exchange", &settings.exchange_url.value),
        other => {
            let (host, port) = other.rsplit_once(':').ok_or_else(|| {
                AppError::said(
                    crate::i18n::Words::new("usage-not-a-target")
                        .text("target", other.chars().take(60).collect::<String>()),
                )
            })?;
            let host = crate::settings::validate::host(host)
                .map_err(|e| AppError::Usage(format!("{}: {}", e.problem, e.expected)))?;
            let port = crate::settings::validate::port(port)
                .map_err(|e| AppError::Usage(format!("{}: {}", e.problem, e.expected)))?;
            Endpoint {
                name: other.to_string(),
                host,
                port,
                starttls: o.starttls,
            }
        }
    })
}

/// Direct TLS (no STARTTLS): TCP, then the handshake with the recording verifier.
async fn probe_direct(
    host: &str,
    port: u16,
    trust: &Trust,
    timeout: Duration,
) -> Result<TlsFacts, Step> {
    let started = std::time::Instant::now();
    let tcp = match tokio::time::timeout(timeout, TcpStream::connect((host, port))).await {
        Ok(Ok(s)) => s,
        Ok(Err(e)) => {
            let class = match e.kind() {
                std::io::ErrorKind::ConnectionRefused => ClassId::CONNECTION_REFUSED,
                _ if e.to_string().contains("lookup")
                    || e.kind() == std::io::ErrorKind::NotFound =>
                {
                    ClassId::DNS_FAILURE
                }
                _ => ClassId::NETWORK_TIMEOUT,
            };
            return Err(Step::fail(
                CheckId::TLS_CHAIN,
                "Certificate chain",
                started.elapsed(),
                class,
                format!("{host}:{port}: {e}"),
                Map::new(),
            ));
        }
        Err(_) => {
            return Err(Step::fail(
                CheckId::TLS_CHAIN,
                "Certificate chain",
                started.elapsed(),
                ClassId::NETWORK_TIMEOUT,
                format!("no TCP connection to {host}:{port} within the timeout"),
                Map::new(),
            ));
        }
    };
    let (config, seen) = trust.recording_config();
    let name = rustls::pki_types::ServerName::try_from(host.to_string()).map_err(|_| {
        Step::fail(
            CheckId::TLS_CHAIN,
            "Certificate chain",
            started.elapsed(),
            ClassId::HOSTNAME_MISMATCH,
            format!("{host} cannot be a TLS server name"),
            Map::new(),
        )
    })?;
    let connector = tokio_rustls::TlsConnector::from(std::sync::Arc::new(config));
    let result = tokio::time::timeout(timeout, connector.connect(name, tcp)).await;
    let captured = seen.lock().map(|c| c.clone()).unwrap_or_default();
    match result {
        Err(_) => Err(Step::fail(
            CheckId::TLS_CHAIN,
            "Certificate chain",
            started.elapsed(),
            ClassId::NETWORK_TIMEOUT,
            "the TLS handshake did not finish within the timeout".into(),
            Map::new(),
        )),
        Ok(Err(e)) => Ok(TlsFacts {
            captured,
            error: tls::find_rustls_error(&e)
                .cloned()
                .or(Some(rustls::Error::General(e.to_string()))),
            version: None,
            cipher: None,
        }),
        Ok(Ok(stream)) => {
            let (_, conn) = stream.get_ref();
            Ok(TlsFacts {
                captured,
                error: None,
                version: conn.protocol_version().map(|v| format!("{v:?}")),
                cipher: conn
                    .negotiated_cipher_suite()
                    .map(|s| format!("{:?}", s.suite())),
            })
        }
    }
}

/// The verdict on a chain, as a step with a failure class and words.
fn verdict(host: &str, facts: &TlsFacts, chain: &[CertInfo], out_hint: &str) -> Step {
    let title = "Certificate chain";
    let zero = Duration::ZERO;
    let mut ev = Map::new();
    ev.insert("presented".into(), json!(chain.len()));
    let Some(error) = &facts.error else {
        if facts.captured.chain.is_empty() || facts.version.is_none() {
            return Step::fail(
                CheckId::TLS_CHAIN,
                title,
                zero,
                ClassId::TLS_HANDSHAKE_FAILED,
                "the handshake did not complete: no verified chain".into(),
                ev,
            );
        }
        if let Some(issuer) = tls::interception(host, &facts.captured.chain) {
            return Step::warn(
                CheckId::TLS_CHAIN,
                title,
                zero,
                ClassId::TLS_INTERCEPTED,
                format!(
                    "trusted here, but issued by {issuer}: a TLS inspection proxy re-signs this traffic; a client without that CA fails with \"unable to find valid certification path\""
                ),
                ev,
            );
        }
        return Step::pass(
            CheckId::TLS_CHAIN,
            title,
            None,
            format!("trusted: the chain of {} verifies for {host}", chain.len()),
            ev,
        );
    };
    let class = crate::failures::classify::tls_error(error, host, &facts.captured);
    let summary = match class {
        ClassId::UNTRUSTED_CERTIFICATE | ClassId::TLS_INTERCEPTED => {
            let top = chain.last();
            let missing = match top {
                Some(t) if t.self_signed && chain.len() == 1 => {
                    format!("the certificate is self-signed ({})", t.subject)
                }
                Some(t) if t.self_signed => {
                    format!("the root it ends in, {}, is not trusted", t.subject)
                }
                Some(t) => format!(
                    "the trust store lacks the root that issued {}: {}",
                    certinfo::common_name(t),
                    t.issuer
                ),
                None => "no certificate was presented".into(),
            };
            let aia = top
                .and_then(|t| t.ca_issuers.first())
                .map(|u| format!(" (its issuer's certificate: {u})"))
                .unwrap_or_default();
            let intercepted = tls::interception(host, &facts.captured.chain)
                .map(|i| {
                    format!("; issued by {i}, not by one of Microsoft's public CAs: TLS inspection")
                })
                .unwrap_or_default();
            format!("not trusted: {missing}{aia}{intercepted}. {out_hint}")
        }
        ClassId::CERTIFICATE_EXPIRED => {
            let now_bad = chain.iter().enumerate().find(|(_, c)| c.days_left < 0);
            match now_bad {
                Some((i, c)) => {
                    format!("certificate [{i}] {} expired on {}", c.subject, c.not_after)
                }
                None => tls::describe(error),
            }
        }
        ClassId::HOSTNAME_MISMATCH => format!(
            "the certificate does not name {host}; it names {}",
            chain
                .first()
                .map(|c| c.names.join(", "))
                .unwrap_or_default()
        ),
        _ => tls::describe(error),
    };
    Step::fail(CheckId::TLS_CHAIN, title, zero, class, summary, ev)
}

/// Writes one PEM file per certificate and a bundle; returns the paths. `cas_only`: not the
/// server's own certificate (a trust store such as Cisco ISE's wants the CAs only).
fn export(
    dir: &Path,
    ders: &[rustls::pki_types::CertificateDer<'static>],
    chain: &[CertInfo],
    known: &[Vec<u8>],
    cas_only: bool,
) -> Result<Vec<String>, AppError> {
    std::fs::create_dir_all(dir)
        .map_err(|e| AppError::Io(format!("cannot create {}: {e}", dir.display())))?;
    let mut written = Vec::new();
    let mut bundle = String::new();
    let skip = usize::from(cas_only);
    for (i, (der, info)) in ders.iter().zip(chain).enumerate().skip(skip) {
        let cn = certinfo::file_safe(&certinfo::common_name(info));
        let path = dir.join(format!("{i:02}-{cn}.pem"));
        let pem = certinfo::pem(der);
        write_new(&path, pem.as_bytes())?;
        bundle.push_str(&pem);
        written.push(path.display().to_string());
    }
    // Servers do not send their root; a client's trust store needs it (Cisco ISE above all).
    // Written when it is known here: Microsoft's published roots, or this machine's --ca-file.
    if let Some(root) = judge::root_above(ders, known) {
        let info = certinfo::describe(&root);
        let cn = certinfo::file_safe(&info.as_ref().map(certinfo::common_name).unwrap_or_default());
        let path = dir.join(format!("{:02}-{cn}-root.pem", ders.len()));
        let pem = certinfo::pem(&root);
        write_new(&path, pem.as_bytes())?;
        bundle.push_str(&pem);
        written.push(path.display().to_string());
    }
    let path = dir.join("chain-bundle.pem");
    write_new(&path, bundle.as_bytes())?;
    written.push(path.display().to_string());
    Ok(written)
}

/// Writes a new file: never through a symlink, never over a file with other contents (the same
/// contents again is fine: exporting twice is not an error).
fn write_new(path: &Path, bytes: &[u8]) -> Result<(), AppError> {
    use std::io::Write as _;
    match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => {
            return Err(AppError::Io(format!(
                "{} is a symbolic link: not written through; remove it or choose another --out",
                path.display()
            )));
        }
        Ok(_) if std::fs::read(path).is_ok_and(|old| old == bytes) => return Ok(()),
        Ok(_) => {
            return Err(AppError::Io(format!(
                "{} exists with other contents: not overwritten; remove it or choose another --out",
                path.display()
            )));
        }
        Err(_) => {}
    }
    // create_new: a file (or a link) that appears meanwhile is not followed or replaced.
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .and_then(|mut f| f.write_all(bytes))
        .map_err(|e| AppError::Io(format!("cannot write {}: {e}", path.display())))
}

/// The report when no handshake happened: the step that failed, and with `-v` the transcript.
fn no_handshake(
    mut report: Report,
    step: Step,
    vars: &crate::failures::Vars,
    transcript: Option<Vec<String>>,
) -> Outcome {
    report.push(step.into_check(vars));
    if let Some(lines) = transcript {
        report = report.with_details(Details::Diagnosis {
            scenario: None,
            scenario_summary: None,
            transcript: Some(lines),
            timeline: None,
            headline: None,
        });
    }
    Outcome::Report(Box::new(report))
}

/// What to import into Cisco ISE, and the trust roles to tick.
fn ise_note(exported: &[String]) -> String {
    let root = if exported.iter().any(|p| p.ends_with("-root.pem")) {
        "the root (the file ending in -root.pem)"
    } else {
        "the root that issued the intermediate (not presented by the server and not known here: get it from the intermediate's issuer URL)"
    };
    format!(
        "Cisco ISE: Administration › System › Certificates › Trusted Certificates › Import {root} and the intermediate (01-…; the server's own certificate is not needed and was not written), and tick \"Trust for authentication within ISE\" and \"Trust for client authentication and Syslog\" (the Client-Server communication role)"
    )
}

/// `--starttls PROTO`: whether to speak STARTTLS first; `smtp` is the only protocol spoken.
pub fn starttls_protocol(given: Option<&str>) -> Result<bool, AppError> {
    match given {
        None => Ok(false),
        Some("smtp") => Ok(true),
        Some(_) => Err(AppError::Usage(
            "--starttls takes `smtp` (the only STARTTLS protocol this tool speaks)".into(),
        )),
    }
}

/// The client trust stores to judge: `--check-truststore`, else the setting, loaded.
fn stores(settings: &Settings, o: &CertsOptions) -> Result<Vec<truststore::Store>, AppError> {
    let paths = if o.stores.is_empty() {
        settings
            .truststore
            .as_ref()
            .map(|t| t.value.clone())
            .unwrap_or_default()
    } else {
        o.stores.clone()
    };
    if o.offline && paths.is_empty() {
        return Err(AppError::said(crate::i18n::Words::new(
            "usage-offline-truststore",
        )));
    }
    let password = settings.truststore_password.as_ref().map(|p| &p.value);
    paths
        .iter()
        .map(|p| {
            truststore::load(p, password)
                .map_err(|e| AppError::Usage(format!("--check-truststore: {e}")))
        })
        .collect()
}

/// The CA certificates of `--ca-file`: what a missing CA can be named and written from, beside
/// Microsoft's table.
fn known_cas(settings: &Settings) -> Vec<Vec<u8>> {
    settings
        .ca_file
        .as_ref()
        .and_then(|c| truststore::load(&c.value, None).ok())
        .map(|store| store.certs.into_iter().map(|c| c.der).collect())
        .unwrap_or_default()
}

/// The trust-store checks for `target` (online against `chain`, else offline), and the files
/// of what the stores lack, written to `--out`.
fn truststore_steps(
    stores: &[truststore::Store],
    target: &str,
    host: &str,
    chain: Option<&[rustls::pki_types::CertificateDer<'static>]>,
    known: &[Vec<u8>],
    out: Option<&Path>,
) -> Result<(Vec<Step>, Vec<String>), AppError> {
    let mut steps = Vec::new();
    let mut written = Vec::new();
    // The chain's export writes the root above the chain already.
    let exported_root = chain.and_then(|c| judge::root_above(c, known));
    for store in stores {
        let verdict = match chain {
            Some(c) => judge::judge_online(store, c, host, known),
            None => judge::judge_offline(store, target),
        };
        if let (Some(dir), judge::Verdict::Missing(missing)) = (out, &verdict) {
            for m in missing {
                if let Some(der) = m
                    .der
                    .as_ref()
                    .filter(|d| exported_root.as_ref() != Some(*d))
                {
                    std::fs::create_dir_all(dir).map_err(|e| {
                        AppError::Io(format!("cannot create {}: {e}", dir.display()))
                    })?;
                    let path = dir.join(judge::file_name(m));
                    write_new(&path, certinfo::pem(der).as_bytes())?;
                    written.push(path.display().to_string());
                }
            }
        }
        steps.push(judge::step(target, store, &verdict, chain.is_none()));
    }
    Ok((steps, written))
}

/// `diagnose` with the setting `truststore`: each store judged against the chain the SMTP
/// server presented in this run, or offline when the run saw no chain.
pub(super) fn diagnosis_steps(
    settings: &Settings,
    facts: Option<&crate::checks::diagnose::Facts>,
) -> Vec<Step> {
    let Some(paths) = settings.truststore.as_ref().map(|t| &t.value) else {
        return Vec::new();
    };
    let chain = facts.and_then(|f| {
        f.smtp.iter().find_map(|p| match &p.outcome {
            Ok(session::Seen::Tls { chain, .. }) => Some(chain.clone()),
            _ => None,
        })
    });
    let known = known_cas(settings);
    let password = settings.truststore_password.as_ref().map(|p| &p.value);
    paths
        .iter()
        .flat_map(|path| match truststore::load(path, password) {
            Ok(store) => truststore_steps(
                std::slice::from_ref(&store),
                "smtp",
                &settings.smtp_host.value,
                chain.as_deref(),
                &known,
                None,
            )
            .map(|(steps, _)| steps)
            .unwrap_or_default(),
            Err(e) => vec![Step::skip(
                CheckId::TRUSTSTORE,
                "Client trust store",
                format!("not judged: {e} (setting truststore)"),
            )],
        })
        .collect()
}

/// `certs --check-truststore … --offline`: the stores against Microsoft's published roots.
fn offline(
    settings: &Settings,
    o: &CertsOptions,
    stores: &[truststore::Store],
) -> Result<Outcome, AppError> {
    let target = o.target.as_deref().unwrap_or("smtp");
    if !["smtp", "login", "graph", "exchange"].contains(&target) {
        return Err(AppError::Usage(format!(
            "--offline judges a store against Microsoft's roots for smtp, login, graph or exchange, not `{}`",
            target.chars().take(60).collect::<String>()
        )));
    }
    let (steps, written) = truststore_steps(
        stores,
        target,
        "",
        None,
        &known_cas(settings),
        o.out.as_deref(),
    )?;
    let mut report = Report::new(format!("certs {target} --offline"), Some(settings), false);
    if !written.is_empty() {
        report = report.with_details(Details::Diagnosis {
            scenario: None,
            scenario_summary: None,
            transcript: None,
            timeline: None,
            headline: Some(format!("Written for import: {}", written.join(", "))),
        });
    }
    let vars = vars_from_settings(settings);
    for step in steps {
        report.push(step.into_check(&vars));
    }
    Ok(Outcome::Report(Box::new(report)))
}

/// The TLS handshake with the endpoint (after STARTTLS for `smtp`): what it showed, or the
/// step that failed before a handshake.
fn probe(
    ep: &Endpoint,
    trust: &Trust,
    timeout: Duration,
) -> Result<(Result<TlsFacts, Step>, Vec<String>), AppError> {
    let runtime = super::runtime()?;
    Ok(runtime.block_on(async {
        if ep.starttls {
            let target = session::Target {
                host: ep.host.clone(),
                port: ep.port,
                timeout,
                ehlo_name: "smtp-oauth.localdomain".into(),
            };
            let connected = session::connect(&target, trust).await;
            let mut lines = connected.transcript.lines();
            let Some(f) = connected.tls else {
                let failed = crate::checks::smtp::phase_steps(&target, &connected.phases)
                    .into_iter()
                    .find(|s| s.status == crate::checks::Status::Fail);
                let step = failed.unwrap_or_else(|| {
                    Step::fail(
                        CheckId::TLS_CHAIN,
                        "Certificate chain",
                        Duration::ZERO,
                        ClassId::PROTOCOL_ERROR,
                        "no TLS handshake happened".into(),
                        Map::new(),
                    )
                });
                return (Err(step), lines);
            };
            lines.extend(handshake_lines(&ep.host, &f));
            (Ok(f), lines)
        } else {
            let mut transcript = Transcript::default();
            transcript.event(format!(
                "connecting to {}:{} (TCP, then TLS)",
                ep.host, ep.port
            ));
            let probed = probe_direct(&ep.host, ep.port, trust, timeout).await;
            if let Err(step) = &probed {
                transcript.event(format!("stopped: {}", step.summary));
            }
            let mut lines = transcript.lines();
            if let Ok(f) = &probed {
                lines.extend(handshake_lines(&ep.host, f));
            }
            (probed, lines)
        }
    }))
}

/// The handshake as the client saw it: what was offered, what came back, the chain, the verdict.
fn handshake_lines(host: &str, f: &TlsFacts) -> Vec<String> {
    let sni = if host.parse::<std::net::IpAddr>().is_ok() {
        "no SNI (an IP address)".to_string()
    } else {
        format!("SNI {host}")
    };
    let mut out = vec![
        "TLS handshake:".to_string(),
        format!("  ClientHello: {sni}, offering TLS 1.3 and TLS 1.2"),
        match (&f.version, &f.cipher) {
            (Some(v), Some(c)) => format!("  ServerHello: {v}, {c}"),
            _ => "  the handshake did not complete".to_string(),
        },
    ];
    let chain = &f.captured.chain;
    out.push(format!("  Certificate: {} presented", chain.len()));
    for (i, der) in chain.iter().enumerate() {
        if let Some(info) = certinfo::describe(der.as_ref()) {
            out.push(format!("    [{i}] {} ← {}", info.subject, info.issuer));
        }
    }
    out.push(match &f.error {
        None => "  verified: the chain verifies for the host".to_string(),
        Some(e) => format!("  refused: {}", tls::describe(e)),
    });
    out
}

pub fn execute(ctx: &Context, o: &CertsOptions) -> Result<Outcome, AppError> {
    let settings = ctx.settings()?;
    let stores = stores(&settings, o)?;
    if o.offline {
        return offline(&settings, o, &stores);
    }
    let ep = endpoint(&settings, o)?;
    let trust = Trust::with_roots(
        settings.ca_file.as_ref().map(|c| c.value.as_path()),
        o.trust,
    )
    .map_err(|e| AppError::Usage(e.to_string()))?;
    let timeout = settings.timeout.value;
    let (probed, transcript) = probe(&ep, &trust, timeout)?;
    let mut vars = vars_from_settings(&settings);
    vars.set("smtp_host", &ep.host);
    let how = if ep.starttls { "STARTTLS" } else { "TLS" };
    let mut report = Report::new(format!("certs {}", ep.name), Some(&settings), false);
    let facts = match probed {
        Ok(f) => f,
        Err(step) => {
            return Ok(no_handshake(
                report,
                step,
                &vars,
                o.verbose.then_some(transcript),
            ));
        }
    };
    let ders = facts.captured.chain.clone();
    let chain: Vec<CertInfo> = ders
        .iter()
        .filter_map(|d| certinfo::describe(d.as_ref()))
        .collect();
    if o.pem {
        if ders.is_empty() {
            return Err(AppError::Usage(format!(
                "{}:{} presented no certificate",
                ep.host, ep.port
            )));
        }
        let pem: String = ders.iter().map(|d| certinfo::pem(d.as_ref())).collect();
        return Ok(Outcome::Raw(pem.into_bytes()));
    }
    let known = known_cas(&settings);
    let ise_target = settings.target.value == ClientTarget::Ise;
    let mut exported = match &o.out {
        Some(dir) if !ders.is_empty() => export(dir, &ders, &chain, &known, ise_target)?,
        _ => Vec::new(),
    };
    let at = (ep.name.as_str(), ep.host.as_str());
    let (store_steps, store_files) =
        truststore_steps(&stores, at.0, at.1, Some(&ders), &known, o.out.as_deref())?;
    exported.extend(store_files);
    let hint = match &o.out {
        Some(dir) => format!("Import the root into the client's trust store (exported to {}).", dir.display()),
        None => "Export the chain with `smtp-oauth certs --out DIR` and import the root into the client's trust store.".into(),
    };
    let step = verdict(&ep.host, &facts, &chain, &hint);
    let ise = (ise_target && !exported.is_empty()).then(|| ise_note(&exported));
    report = report.with_details(Details::Certs {
        target: ep.name.clone(),
        endpoint: format!("{}:{} ({how})", ep.host, ep.port),
        tls_version: facts.version.clone(),
        cipher: facts.cipher.clone(),
        chain,
        exported,
        note: ise,
        transcript: o.verbose.then_some(transcript),
    });
    report.push(step.into_check(&vars));
    for s in store_steps {
        report.push(s.into_check(&vars));
    }
    Ok(Outcome::Report(Box::new(report)))
}
