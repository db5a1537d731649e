//! Issue 16.5: `schedule` prints what a scheduler runs, and what it prints runs: the systemd
//! unit's ExecStart and the crontab line are executed (through `sh`, in an environment with no
//! SMTP_OAUTH_* variable, as a scheduler would) against the simulated tenant.

use crate::support::{Sandbox, SimProcess};

fn sandbox_with(profiles: &[(&str, &SimProcess)]) -> Sandbox {
    let sb = Sandbox::new();
    let mut config = String::new();
    for (name, sim) in profiles {
        let secret = sb.file(
            &format!("{name}.secret"),
            sim.export("SMTP_OAUTH_CLIENT_SECRET").unwrap(),
            0o600,
        );
        config.push_str(&sim.profile_toml(name, &secret));
    }
    sb.write_config(&config);
    sb
}

/// Runs `line` with `sh -c` in a bare environment (no settings in it).
fn as_scheduler(sb: &Sandbox, line: &str) -> std::process::Output {
    std::process::Command::new("sh")
        .args(["-c", line])
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("HOME", sb.dir.path().join("elsewhere"))
        .env("NO_PROXY", "127.0.0.1,localhost")
        .current_dir("/")
        .output()
        .unwrap()
}

#[test]
fn the_systemd_units_run_a_daily_diagnose_that_writes_the_metrics() {
    let sim = SimProcess::start("healthy");
    let sb = sandbox_with(&[("printer", &sim)]);
    let dir = sb.dir.path().join("textfile");
    std::fs::create_dir_all(&dir).unwrap();
    let out = sb
        .cmd()
        .args([
            "schedule",
            "--systemd",
            "--profile",
            "printer",
            "--at",
            "05:45",
            "--textfile-dir",
        ])
        .args([dir.to_str().unwrap()])
        .run();
    out.code(0)
        .stdout_has("OnFailure=smtp-oauth-failed@%n.service")
        .stdout_has("Type=oneshot")
        .stdout_has("OnCalendar=*-*-* 05:45:00")
        .stdout_has("Persistent=true")
        .stdout_has("WantedBy=timers.target")
        .stdout_has("[Unit]\nDescription=smtp-oauth found a problem (%i)");
    let exec = out
        .stdout
        .lines()
        .find_map(|l| l.strip_prefix("ExecStart="))
        .unwrap();
    assert!(exec.starts_with('/'), "an absolute program path: {exec}");
    assert!(
        exec.contains(" --profile printer ") && exec.contains(" --config /"),
        "{exec}"
    );
    let run = as_scheduler(&sb, exec);
    assert_eq!(
        run.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&run.stdout)
    );
    let metrics = std::fs::read_to_string(dir.join("smtp_oauth.prom")).unwrap();
    assert!(
        metrics.contains("smtp_oauth_up{profile=\"printer\"} 1"),
        "{metrics}"
    );
}

#[test]
fn the_crontab_line_prints_the_report_only_when_the_run_fails() {
    let good = SimProcess::start("healthy");
    let bad = SimProcess::start("service-principal-wrong-object-id");
    let sb = sandbox_with(&[("printer", &good), ("ise", &bad)]);
    let line_for = |profile: &str| {
        let out = sb
            .cmd()
            .args(["schedule", "--cron", "--profile", profile, "--at", "07:30"])
            .run();
        out.code(0);
        let line = out.stdout.lines().last().unwrap().to_string();
        let fields: Vec<&str> = line.splitn(6, ' ').collect();
        assert_eq!(fields[..5], ["30", "7", "*", "*", "*"], "{line}");
        // What cron hands to the shell: `\%` is a literal `%`.
        fields[5].replace("\\%", "%")
    };
    let quiet = as_scheduler(&sb, &line_for("printer"));
    assert_eq!(quiet.status.code(), Some(0));
    assert!(
        quiet.stdout.is_empty(),
        "nothing to mail: {}",
        String::from_utf8_lossy(&quiet.stdout)
    );
    let loud = as_scheduler(&sb, &line_for("ise"));
    let text = String::from_utf8_lossy(&loud.stdout);
    assert!(text.contains("[✗] SMTP AUTH XOAUTH2: 535 5.7.3"), "{text}");
}

#[test]
fn the_windows_task_and_a_wrong_time() {
    let sb = Sandbox::new();
    sb.cmd()
        .args(["schedule", "--windows-task", "--profile", "printer"])
        .run()
        .code(0)
        .stdout_has("schtasks /Create /F /TN \"smtp-oauth diagnose\" /SC DAILY /ST 06:17 /TR \"")
        .stdout_has(" diagnose --strict --config ")
        .stdout_has(" --profile printer\"");
    sb.cmd()
        .args(["schedule", "--cron", "--at", "25:00"])
        .run()
        .code(2)
        .stderr_has("--at `25:00` is not a time of day such as 06:17");
    sb.cmd().args(["schedule"]).run().code(2);
}
