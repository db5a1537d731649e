//! Issue 18: will the client's own trust store accept Microsoft's chains? Stores built here —
//! complete, root missing, root expired, root expiring, only the intermediate; as a PEM file, a
//! directory, and PKCS#12 and JKS written by Java's own keytool — judged online against the
//! simulated tenant's chain and offline against Microsoft's published roots; `diagnose` with a
//! configured store reports it.

use std::path::{Path, PathBuf};

use crate::support::{Sandbox, SimProcess, check};

fn pem_certs(pem: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for line in pem.lines() {
        cur.push_str(line);
        cur.push('\n');
        if line.starts_with("-----END CERTIFICATE-----") {
            out.push(std::mem::take(&mut cur));
        }
    }
    out
}

fn der(pem: &str) -> Vec<u8> {
    use rustls::pki_types::CertificateDer;
    use rustls::pki_types::pem::PemObject;
    CertificateDer::from_pem_slice(pem.as_bytes())
        .unwrap()
        .as_ref()
        .to_vec()
}

fn sha256(der: &[u8]) -> String {
    ring::digest::digest(&ring::digest::SHA256, der)
        .as_ref()
        .iter()
        .map(|b| format!("{b:02X}"))
        .collect()
}

/// The simulation's root (the first certificate of its CA file).
fn sim_root(sim: &SimProcess) -> String {
    let ca = std::fs::read_to_string(sim.export("SMTP_OAUTH_CA_FILE").unwrap()).unwrap();
    pem_certs(&ca).remove(0)
}

fn microsoft(file: &str) -> String {
    std::fs::read_to_string(Path::new("src/tls/microsoft-cas").join(file)).unwrap()
}

/// Java's keytool, which CI installs (a real third-party writer of JKS and PKCS#12 stores).
fn keytool() -> Option<PathBuf> {
    let found = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|p| p.join("keytool"))
            .find(|p| p.exists())
    });
    if found.is_none() {
        assert!(
            std::env::var("CI").is_err(),
            "CI must install a JRE for keytool (see .ci/run)"
        );
        eprintln!("skipped: keytool is not installed (apt-get install default-jre-headless)");
    }
    found
}

/// `certs --check-truststore STORE --json` against the simulation: the store's check.
fn judged(
    sim: &SimProcess,
    sb: &Sandbox,
    args: &[&str],
    env: &[(&str, &str)],
) -> serde_json::Value {
    let mut run = sb
        .cmd()
        .args(["certs", "--json"])
        .args(args)
        .sim_env(sim, &[]);
    for (k, v) in env {
        run = run.env(k, v);
    }
    let out = run.run();
    check(&out.json(), "truststore").clone()
}

#[test]
fn online_verdicts_for_each_kind_of_store() {
    let sim = SimProcess::start("healthy");
    let sb = Sandbox::new();
    let root = sim_root(&sim);
    let file = |name: &str, text: &str| sb.file(name, text, 0o644).display().to_string();

    // Complete: the root the chain ends in.
    let complete = file("complete.pem", &root);
    let c = judged(&sim, &sb, &["--check-truststore", &complete], &[]);
    assert_eq!(c["status"], "pass", "{c:#}");
    assert!(
        c["evidence"]["anchor"]
            .as_str()
            .unwrap()
            .contains("DigiCert Global Root G3")
    );

    // Root missing: another root only. The missing one is named with its thumbprints, and
    // --out writes it (as the chain export's root file).
    let other = file("other.pem", &microsoft("DigiCert_Global_Root_G2.pem"));
    let out_dir = sb.dir.path().join("import");
    let c = judged(
        &sim,
        &sb,
        &[
            "--check-truststore",
            &other,
            "--out",
            &out_dir.display().to_string(),
        ],
        &[],
    );
    assert_eq!(c["status"], "fail");
    assert_eq!(c["failure_class"]["id"], "truststore-missing-ca");
    let missing = &c["evidence"]["missing"][0];
    assert_eq!(missing["sha256"], sha256(&der(&root)));
    assert!(
        missing["subject"]
            .as_str()
            .unwrap()
            .contains("CN=DigiCert Global Root G3")
    );
    let written: Vec<PathBuf> = std::fs::read_dir(&out_dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.display().to_string().ends_with("-root.pem"))
        .collect();
    assert_eq!(written.len(), 1);
    assert_eq!(
        der(&std::fs::read_to_string(&written[0]).unwrap()),
        der(&root)
    );

    // Root expired, and root expiring: old copies of the same root (same key and name).
    let expired = file("expired.pem", &sim.state.pki.root_expired_pem);
    let c = judged(&sim, &sb, &["--check-truststore", &expired], &[]);
    assert_eq!(c["status"], "fail");
    assert!(
        c["summary"].as_str().unwrap().contains("expired on"),
        "{c:#}"
    );
    let expiring = file("expiring.pem", &sim.state.pki.root_expiring_pem);
    let c = judged(&sim, &sb, &["--check-truststore", &expiring], &[]);
    assert_eq!(c["status"], "warn");
    assert_eq!(c["failure_class"]["id"], "truststore-ca-expiring");

    // Only the intermediate the server sends: it anchors the chain, and says so.
    let pem = sb
        .cmd()
        .args(["certs", "--pem"])
        .sim_env(&sim, &[])
        .run()
        .stdout;
    let intermediate = file("intermediate.pem", &pem_certs(&pem)[1]);
    let c = judged(&sim, &sb, &["--check-truststore", &intermediate], &[]);
    assert_eq!(c["status"], "pass");
    assert!(
        c["evidence"]["anchor"]
            .as_str()
            .unwrap()
            .contains("Issuing CA 03")
    );
}

#[test]
fn a_directory_and_keystores_written_by_keytool() {
    let sim = SimProcess::start("healthy");
    let sb = Sandbox::new();
    let root = sim_root(&sim);
    let file = |name: &str, text: &str| sb.file(name, text, 0o644).display().to_string();
    let complete = file("complete.pem", &root);
    let other = file("other.pem", &microsoft("DigiCert_Global_Root_G2.pem"));

    // A directory of PEM and DER files, with a file that is neither.
    let dir = sb.dir.path().join("ise-export");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("root.cer"), der(&root)).unwrap();
    std::fs::write(dir.join("g2.pem"), microsoft("DigiCert_Global_Root_G2.pem")).unwrap();
    std::fs::write(dir.join("README.txt"), "exported by ISE").unwrap();
    let c = judged(
        &sim,
        &sb,
        &["--check-truststore", &dir.display().to_string()],
        &[],
    );
    assert_eq!(c["status"], "pass", "{c:#}");
    assert_eq!(c["evidence"]["format"], "directory");
    assert_eq!(c["evidence"]["anchor_in_store"], "root.cer");

    // Keystores written by keytool: JKS (default password) and PKCS#12 (another password).
    let Some(keytool) = keytool() else { return };
    let import = |store: &Path, kind: &str, pass: &str, alias: &str, cert: &str| {
        let ok = std::process::Command::new(&keytool)
            .args([
                "-importcert",
                "-noprompt",
                "-trustcacerts",
                "-alias",
                alias,
                "-file",
                cert,
            ])
            .arg("-keystore")
            .arg(store)
            .args(["-storetype", kind, "-storepass", pass])
            .output()
            .unwrap();
        assert!(
            ok.status.success(),
            "{}",
            String::from_utf8_lossy(&ok.stderr)
        );
    };
    let jks = sb.dir.path().join("cacerts.jks");
    import(&jks, "JKS", "changeit", "simroot", &complete);
    let c = judged(
        &sim,
        &sb,
        &["--check-truststore", &jks.display().to_string()],
        &[],
    );
    assert_eq!(
        (c["status"].as_str(), c["evidence"]["format"].as_str()),
        (Some("pass"), Some("JKS")),
        "{c:#}"
    );
    assert_eq!(c["evidence"]["anchor_in_store"], "simroot");
    let p12 = sb.dir.path().join("trust.p12");
    import(&p12, "PKCS12", "s3cret-pass", "g2", &other);
    let p = p12.display().to_string();
    let c = judged(
        &sim,
        &sb,
        &["--check-truststore", &p],
        &[("SMTP_OAUTH_TRUSTSTORE_PASSWORD", "s3cret-pass")],
    );
    assert_eq!(
        (c["status"].as_str(), c["evidence"]["format"].as_str()),
        (Some("fail"), Some("PKCS#12"))
    );
    // Without its password it cannot be opened: a clear error naming the variable.
    sb.cmd()
        .args(["certs", "--check-truststore", &p])
        .sim_env(&sim, &[])
        .run()
        .code(2)
        .stderr_has("SMTP_OAUTH_TRUSTSTORE_PASSWORD");
}

#[test]
fn offline_verdicts_against_microsofts_published_roots() {
    let sb = Sandbox::new();
    let g2 = sb.file("g2.pem", &microsoft("DigiCert_Global_Root_G2.pem"), 0o644);
    let g3 = sb.file("g3.pem", &microsoft("DigiCert_Global_Root_G3.pem"), 0o644);
    let run = |args: &[&str]| {
        let out = sb
            .cmd()
            .args(["certs", "--offline", "--json"])
            .args(args)
            .run();
        check(&out.json(), "truststore").clone()
    };
    let c = run(&["--check-truststore", &g2.display().to_string()]);
    assert_eq!(c["status"], "pass", "{c:#}");
    assert!(
        c["evidence"]["judged"]
            .as_str()
            .unwrap()
            .starts_with("offline")
    );
    // Exchange Online's chain ends in G2 (MC1224565): a store with only G3 fails, and the file
    // to import is written.
    let out = sb.dir.path().join("import");
    let c = run(&[
        "--check-truststore",
        &g3.display().to_string(),
        "--out",
        &out.display().to_string(),
    ]);
    assert_eq!(c["status"], "fail");
    assert_eq!(
        c["evidence"]["missing"][0]["sha1"],
        "DF3C24F9BFD666761B268073FE06D1CC8D4F82A4"
    );
    assert_eq!(
        c["evidence"]["missing"][0]["get_from"],
        "https://cacerts.digicert.com/DigiCertGlobalRootG2.crt"
    );
    let written = std::fs::read_to_string(out.join("DigiCert_Global_Root_G2.pem")).unwrap();
    assert_eq!(
        der(&written),
        der(&microsoft("DigiCert_Global_Root_G2.pem"))
    );
    // The login host accepts G3, and the roots it lacks are named as recommended.
    let c = run(&["login", "--check-truststore", &g3.display().to_string()]);
    assert_eq!(c["status"], "pass");
    assert!(
        c["evidence"]["also"]
            .to_string()
            .contains("DigiCert Global Root G2")
    );
    // Offline judges Microsoft's endpoints only.
    sb.cmd()
        .args([
            "certs",
            "mail.example.com:25",
            "--offline",
            "--check-truststore",
        ])
        .args([g2.display().to_string()])
        .run()
        .code(2);
}

#[test]
fn diagnose_reports_a_configured_trust_store() {
    let sim = SimProcess::start("healthy");
    let sb = Sandbox::new();
    let root = sb.file("root.pem", &sim_root(&sim), 0o644);
    let other = sb.file(
        "other.pem",
        &microsoft("DigiCert_Global_Root_G2.pem"),
        0o644,
    );
    let stores = std::env::join_paths([&root, &other]).unwrap();
    let out = sb
        .cmd()
        .args(["diagnose", "--json"])
        .sim_env(&sim, &[])
        .env("SMTP_OAUTH_TRUSTSTORE", stores.to_str().unwrap())
        .run();
    out.code(1);
    let j = out.json();
    let verdicts: Vec<&str> = j["checks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["id"] == "truststore")
        .map(|c| c["status"].as_str().unwrap())
        .collect();
    assert_eq!(verdicts, ["pass", "fail"], "{j:#}");
}

/// Hostile and broken stores end in a clear error, never a panic.
#[test]
fn broken_stores_are_refused_clearly() {
    let sb = Sandbox::new();
    let mut jks = vec![
        0xFE, 0xED, 0xFE, 0xED, 0, 0, 0, 2, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0, 2,
    ];
    jks.extend([0u8; 10]);
    let path = sb.dir.path().join("broken.jks");
    std::fs::write(&path, &jks).unwrap();
    let out = sb
        .cmd()
        .args(["certs", "--offline", "--check-truststore"])
        .args([path.display().to_string()])
        .run();
    out.code(2).stderr_has("broken.jks");
    assert!(!out.stderr.contains("panicked"));
    let empty = sb.dir.path().join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let out = sb
        .cmd()
        .args(["certs", "--offline", "--json", "--check-truststore"])
        .args([empty.display().to_string()])
        .run();
    let c = check(&out.json(), "truststore").clone();
    assert_eq!(c["status"], "fail");
    assert!(
        c["evidence"]["notes"]
            .to_string()
            .contains("holds no certificate")
    );
}
