//! Issue 16: the monitoring formats (Nagios / Icinga plugin, Checkmk local check, PRTG,
//! Prometheus textfile), the human report beside a file report, and the GitHub job summary —
//! against the simulated tenant, checked with the formats' own grammars (and `promtool`).

use crate::support::{Sandbox, SimProcess};

/// The Nagios plugin API's performance data: `'label'=value[UOM];[warn];[crit];[min];[max]`.
fn perfdata_is_valid(perf: &str) {
    let item = regex::Regex::new(
        r"^('[^'=]+'|[^'= ]+)=-?[0-9.]+(s|ms|us|%|B|KB|MB|TB|c)?;[0-9.:~@-]*;[0-9.:~@-]*;[0-9.-]*;[0-9.-]*$",
    )
    .unwrap();
    // Labels may hold spaces when quoted: split on spaces outside quotes.
    let mut items = Vec::new();
    let (mut current, mut quoted) = (String::new(), false);
    for ch in perf.chars() {
        match ch {
            '\'' => {
                quoted = !quoted;
                current.push(ch);
            }
            ' ' if !quoted => items.push(std::mem::take(&mut current)),
            _ => current.push(ch),
        }
    }
    items.push(current);
    for i in items.iter().filter(|i| !i.is_empty()) {
        assert!(item.is_match(i), "not plugin perfdata: {i:?} in {perf:?}");
    }
}

fn first_line(text: &str) -> (&str, &str) {
    let line = text.lines().next().unwrap_or_default();
    line.split_once(" | ").unwrap_or((line, ""))
}

#[test]
fn nagios_says_ok_warning_critical_and_unknown_with_the_plugin_exit_status() {
    let sim = SimProcess::start("healthy");
    let sb = Sandbox::new();
    let ok = sb
        .cmd()
        .args(["diagnose", "--format", "nagios"])
        .sim_env(&sim, &[])
        .run();
    ok.code(0);
    let (text, perf) = first_line(&ok.stdout);
    assert!(text.starts_with("SMTP-OAUTH OK - "), "{}", ok.stdout);
    assert!(
        perf.contains("secret_days=") && perf.contains(";60;30;;"),
        "{perf}"
    );
    assert!(perf.contains("token_ms=") && perf.contains("auth_ms=") && perf.contains("total_ms="));
    perfdata_is_valid(perf);

    // The secret's days left against the thresholds.
    let warn = sb
        .cmd()
        .args(["diagnose", "--format", "nagios", "--warning-days", "1000"])
        .sim_env(&sim, &[])
        .run();
    warn.code(1)
        .stdout_has("SMTP-OAUTH WARNING - the client secret expires in ");
    let crit = sb
        .cmd()
        .args([
            "diagnose",
            "--format",
            "nagios",
            "--warning-days",
            "2000",
            "--critical-days",
            "1000",
        ])
        .sim_env(&sim, &[])
        .run();
    crit.code(2).stdout_has("SMTP-OAUTH CRITICAL - ");

    // Usage and configuration errors are UNKNOWN (3), never CRITICAL (2).
    let usage = sb
        .cmd()
        .args(["diagnose", "--format", "nagios", "--bogus"])
        .run();
    usage.code(3).stdout_has("SMTP-OAUTH UNKNOWN - ");
    let config = sb
        .cmd()
        .args(["diagnose", "--format", "nagios"])
        .sim_env(&sim, &["SMTP_OAUTH_TENANT"])
        .env("SMTP_OAUTH_TENANT", "not a tenant")
        .run();
    config
        .code(3)
        .stdout_has("SMTP-OAUTH UNKNOWN - invalid tenant");
}

#[test]
fn a_failing_path_is_critical_with_microsofts_reply_the_class_and_the_fix() {
    let sim = SimProcess::start("service-principal-wrong-object-id");
    let out = Sandbox::new()
        .cmd()
        .args(["diagnose", "--format", "nagios"])
        .sim_env(&sim, &[])
        .run();
    out.code(2);
    let (text, perf) = first_line(&out.stdout);
    assert!(
        text.starts_with(
            "SMTP-OAUTH CRITICAL - SMTP AUTH XOAUTH2: 535 5.7.3 Authentication unsuccessful"
        ),
        "{text}"
    );
    assert!(text.contains("(auth-rejected)"), "{text}");
    assert!(!text.contains('|'), "the text part never holds a |");
    perfdata_is_valid(perf);
    out.stdout_has("\n[CRITICAL] ").stdout_has("\n  fix: ");

    let checkmk = Sandbox::new()
        .cmd()
        .args(["diagnose", "--format", "checkmk"])
        .sim_env(&sim, &[])
        .run();
    checkmk.code(2);
    let line = regex::Regex::new(
        r#"^2 "SMTP OAuth" ([a-z_]+=[0-9.]+(;[0-9.]*)*)(\|[a-z_]+=[0-9.]+(;[0-9.]*)*)* CRITICAL - SMTP AUTH XOAUTH2: 535 "#,
    )
    .unwrap();
    assert!(line.is_match(&checkmk.stdout), "{}", checkmk.stdout);

    let prtg = Sandbox::new()
        .cmd()
        .args(["diagnose", "--format", "prtg"])
        .sim_env(&sim, &[])
        .run();
    prtg.code(0);
    let doc: serde_json::Value = serde_json::from_str(&prtg.stdout).unwrap();
    let channels = doc["prtg"]["result"].as_array().unwrap();
    let failed = channels
        .iter()
        .find(|c| c["channel"] == "Checks failed")
        .unwrap();
    assert!(failed["value"].as_u64().unwrap() >= 1, "{doc}");
    assert_eq!(failed["limitmaxerror"], 0);
    assert!(
        doc["prtg"]["text"]
            .as_str()
            .unwrap()
            .contains("auth-rejected")
    );
}

#[test]
fn prtg_and_checkmk_report_a_run_that_could_not_check() {
    let sb = Sandbox::new();
    let prtg = sb
        .cmd()
        .args(["diagnose", "--format", "prtg"])
        .env("SMTP_OAUTH_TENANT", "not a tenant")
        .run();
    prtg.code(0);
    let doc: serde_json::Value = serde_json::from_str(&prtg.stdout).unwrap();
    assert_eq!(doc["prtg"]["error"], 1);
    assert!(
        doc["prtg"]["text"]
            .as_str()
            .unwrap()
            .contains("invalid tenant")
    );
    sb.cmd()
        .args(["diagnose", "--format", "checkmk"])
        .env("SMTP_OAUTH_TENANT", "not a tenant")
        .run()
        .code(3)
        .stdout_has("3 \"SMTP OAuth\" - UNKNOWN - invalid tenant");
}

/// Prometheus: a textfile `promtool check metrics` accepts (where the Debian `prometheus`
/// package is installed), written atomically and world-readable (node_exporter is another
/// user), keeping a profile's last success through a failing run; the human report still goes
/// to the job log.
#[test]
fn prometheus_textfile_is_valid_atomic_and_keeps_the_last_success() {
    let healthy = SimProcess::start("healthy");
    let broken = SimProcess::start("service-principal-wrong-object-id");
    let sb = Sandbox::new();
    let dir = sb.dir.path().join("textfile");
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("smtp_oauth.prom");
    let run = |sim: &SimProcess| {
        sb.cmd()
            .args(["diagnose", "--format", "prometheus", "--output"])
            .args([file.to_str().unwrap()])
            .sim_env(sim, &[])
            .run()
    };
    let first = run(&healthy);
    first.code(0).stdout_has("[✓] SMTP AUTH XOAUTH2: 235");
    let text = std::fs::read_to_string(&file).unwrap();
    let success = |t: &str| {
        t.lines()
            .find(|l| {
                l.starts_with("smtp_oauth_last_success_timestamp_seconds{profile=\"default\"} ")
            })
            .map(|l| l.rsplit(' ').next().unwrap().to_string())
    };
    let at = success(&text).expect("a success is recorded");
    assert!(
        text.contains("smtp_oauth_up{profile=\"default\"} 1"),
        "{text}"
    );
    assert!(text.contains("smtp_oauth_secret_expiry_timestamp_seconds{profile=\"default\"} "));
    assert!(text.contains(
        "smtp_oauth_certificate_expiry_timestamp_seconds{profile=\"default\",target=\"smtp\"} "
    ));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode & 0o044, 0o044, "readable by node_exporter: {mode:o}");
    }
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let second = run(&broken);
    second
        .code(1)
        .stdout_has("[✗] SMTP AUTH XOAUTH2: 535 5.7.3");
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(
        text.contains("smtp_oauth_up{profile=\"default\"} 0"),
        "{text}"
    );
    assert!(text.contains("smtp_oauth_check_status{profile=\"default\",check=\"smtp.auth\"} 2"));
    assert_eq!(
        success(&text),
        Some(at),
        "the last success survives a failing run"
    );
    let names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        names,
        ["smtp_oauth.prom"],
        "no temporary file is left behind"
    );
    match std::process::Command::new("promtool")
        .args(["check", "metrics"])
        .stdin(std::fs::File::open(&file).unwrap())
        .output()
    {
        Ok(out) => assert!(
            out.status.success(),
            "promtool: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
        Err(_) => eprintln!(
            "note: promtool not installed (Debian package prometheus); the textfile was not linted"
        ),
    }
}

#[test]
fn junit_to_a_file_leaves_the_human_report_in_the_log_and_github_gets_a_job_summary() {
    let sim = SimProcess::start("service-principal-wrong-object-id");
    let sb = Sandbox::new();
    let junit = sb.dir.path().join("report.xml");
    let summary = sb.dir.path().join("summary.md");
    std::fs::write(&summary, "earlier step\n").unwrap();
    let out = sb
        .cmd()
        .args([
            "diagnose",
            "--format",
            "junit",
            "--output",
            junit.to_str().unwrap(),
        ])
        .sim_env(&sim, &[])
        .env("GITHUB_ACTIONS", "true")
        .env("GITHUB_STEP_SUMMARY", summary.to_str().unwrap())
        .run();
    out.code(1)
        .stdout_has("[✗] SMTP AUTH XOAUTH2: 535 5.7.3")
        .stderr_has("::error title=smtp-oauth smtp.auth");
    assert!(
        std::fs::read_to_string(&junit)
            .unwrap()
            .contains("<testsuite")
    );
    let md = std::fs::read_to_string(&summary).unwrap();
    assert!(
        md.starts_with("earlier step\n### smtp-oauth diagnose: "),
        "appended: {md}"
    );
    assert!(
        md.contains("| ❌ | SMTP AUTH XOAUTH2 | 535 5.7.3 Authentication unsuccessful"),
        "{md}"
    );
    assert!(md.contains("(`auth-rejected`)"), "{md}");
    assert!(md.contains("New-ServicePrincipal"), "the fix: {md}");
}

#[test]
fn a_fleet_in_nagios_names_the_failing_profile_and_labels_its_perfdata() {
    let good = SimProcess::start("healthy");
    let bad = SimProcess::start("service-principal-wrong-object-id");
    let sb = Sandbox::new();
    let profile = |name: &str, sim: &SimProcess| {
        let secret = sb.file(
            &format!("{name}.secret"),
            sim.export("SMTP_OAUTH_CLIENT_SECRET").unwrap(),
            0o600,
        );
        sim.profile_toml(name, &secret)
    };
    sb.write_config(
        &format!("{}{}", profile("printer 1", &good), profile("ise", &bad))
            .replace("[printer 1]", "[\"printer 1\"]"),
    );
    let out = sb
        .cmd()
        .args(["diagnose", "--all-profiles", "--format", "nagios"])
        .run();
    out.code(2);
    let (text, perf) = first_line(&out.stdout);
    assert!(
        text.starts_with("SMTP-OAUTH CRITICAL - 1 of 2 profiles: ise SMTP AUTH XOAUTH2: 535"),
        "{text}"
    );
    assert!(perf.contains("'printer 1 chain_days'="), "{perf}");
    assert!(perf.contains("'ise auth_ms'="), "{perf}");
    perfdata_is_valid(perf);
    let checkmk = sb
        .cmd()
        .args(["diagnose", "--all-profiles", "--format", "checkmk"])
        .run();
    assert_eq!(checkmk.stdout.lines().count(), 2, "{}", checkmk.stdout);
    checkmk
        .stdout_has("0 \"SMTP OAuth printer 1\" ")
        .stdout_has("2 \"SMTP OAuth ise\" ");
}
