//! `cargo bench --bench diagnose`: the speed goals of SPEC.md, measured against the simulated
//! tenant with a fixed delay per reply, printed as a table (not asserted: a noisy machine must not
//! fail a build). The figures go into docs/benchmark.md.
//!
//! - diagnose wall time vs the critical path (the longest chain of round trips) and vs the same
//!   steps one after another — both taken from the diagnosis's own timeline;
//! - a dead SMTP host (accepts, never greets) vs the configured timeout;
//! - `--all-profiles` with 100 profiles vs one;
//! - cold start of `--version`.

#![allow(clippy::unwrap_used)] // a benchmark fails loudly on a broken setup

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use smtp_oauth::sim::{Background, SimOptions};

const BIN: &str = env!("CARGO_BIN_EXE_smtp-oauth");
const DELAY_MS: u64 = 50;

fn command(sim: Option<&Background>, home: &std::path::Path) -> Command {
    let mut c = Command::new(BIN);
    c.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("xdg"))
        .env("NO_PROXY", "127.0.0.1,localhost")
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    if let Some(sim) = sim {
        for (k, v) in &sim.exports {
            c.env(k, v);
        }
    }
    c
}

fn timed(mut c: Command) -> (Duration, String) {
    let started = Instant::now();
    let out = c.output().expect("run smtp-oauth");
    (
        started.elapsed(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.0} ms", d.as_secs_f64() * 1000.0)
}

/// Phase durations from a `-v --json` report's timeline (`+12 ms token.start` …).
fn phases(report: &serde_json::Value) -> Vec<(String, u64)> {
    let events: Vec<(String, u64)> = report["timeline"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|e| {
                    let text = e.as_str()?;
                    let (at, name) = text.trim_start_matches('+').split_once(" ms ")?;
                    Some((name.to_string(), at.parse().ok()?))
                })
                .collect()
        })
        .unwrap_or_default();
    let mut out = Vec::new();
    for (name, start) in &events {
        if let Some(phase) = name.strip_suffix(".start")
            && let Some((_, end)) = events.iter().find(|(n, _)| n == &format!("{phase}.end"))
        {
            out.push((phase.to_string(), end - start));
        }
    }
    out
}

/// diagnose vs its critical path and vs the sequential sum; returns its phases.
fn diagnose_vs_critical_path(
    home: &std::path::Path,
    rows: &mut Vec<(String, String, String, bool)>,
) -> Vec<(String, u64)> {
    // 1. diagnose vs its critical path and vs the sequential sum.
    let sim = Background::start(
        "healthy",
        SimOptions {
            reply_delay: Duration::from_millis(DELAY_MS),
            ..SimOptions::default()
        },
    )
    .unwrap();
    let mut walls = Vec::new();
    let mut last = serde_json::Value::Null;
    for _ in 0..5 {
        let mut c = command(Some(&sim), home);
        c.args(["diagnose", "-v", "--json"]);
        let (wall, out) = timed(c);
        walls.push(wall);
        last = serde_json::from_str(&out).unwrap_or_default();
    }
    let wall = median(walls);
    let p = phases(&last);
    let get = |n: &str| p.iter().find(|(x, _)| x == n).map_or(0, |(_, d)| *d);
    let critical = get("token").max(get("smtp.connect")).max(get("prereqs")) + get("smtp.auth");
    let sequential = get("token") + get("smtp.connect") + get("prereqs") + get("smtp.auth");
    let ratio = wall.as_secs_f64() * 1000.0 / critical.max(1) as f64;
    rows.push((
        format!("diagnose, {DELAY_MS} ms per reply"),
        format!(
            "{} (critical path {critical} ms, sequential {sequential} ms)",
            ms(wall)
        ),
        format!("≤ 1.2 × critical path (is {ratio:.2} ×)"),
        ratio <= 1.2,
    ));
    drop(sim);

    p
}

/// A dead SMTP host costs one timeout.
fn dead_host(home: &std::path::Path, rows: &mut Vec<(String, String, String, bool)>) {
    // 2. A dead SMTP host costs one timeout.
    let sim = Background::start("network-timeout", SimOptions::default()).unwrap();
    let mut c = command(Some(&sim), home);
    c.args(["diagnose", "--json", "--timeout", "2"]);
    let (wall, _) = timed(c);
    rows.push((
        "dead SMTP host, --timeout 2".into(),
        ms(wall),
        "≤ timeout + 0.5 s".into(),
        wall <= Duration::from_millis(2500),
    ));
    drop(sim);
}

/// --all-profiles: 100 profiles vs 1.
fn fleet(home: &std::path::Path, rows: &mut Vec<(String, String, String, bool)>) {
    // 3. --all-profiles: 100 profiles vs 1.
    let sim = Background::start(
        "healthy",
        SimOptions {
            reply_delay: Duration::from_millis(DELAY_MS),
            ..SimOptions::default()
        },
    )
    .unwrap();
    let secret_path = home.join("secret");
    std::fs::write(
        &secret_path,
        sim.export("SMTP_OAUTH_CLIENT_SECRET").unwrap(),
    )
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&secret_path, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    let profile = |name: &str| sim.profile_toml(name, &secret_path);
    let run = |n: usize| {
        let dir = home.join(format!("fleet-{n}"));
        std::fs::create_dir_all(&dir).unwrap();
        let config = dir.join("config.toml");
        std::fs::write(
            &config,
            (0..n)
                .map(|i| profile(&format!("appliance-{i:03}")))
                .collect::<String>(),
        )
        .unwrap();
        let mut c = command(None, home);
        c.args(["diagnose", "--all-profiles", "--json", "--config"])
            .arg(&config);
        // The admin tokens apply to every profile (prerequisites included).
        for k in ["SMTP_OAUTH_GRAPH_TOKEN", "SMTP_OAUTH_EXCHANGE_TOKEN"] {
            c.env(k, sim.export(k).unwrap());
        }
        median((0..3).map(|_| timed(c_clone(&c)).0).collect())
    };
    let one = run(1);
    let hundred = run(100);
    let ratio = hundred.as_secs_f64() / one.as_secs_f64();
    rows.push((
        "--all-profiles, 100 profiles vs 1".into(),
        format!("{} vs {}", ms(hundred), ms(one)),
        format!("≤ 3 × one profile (is {ratio:.2} ×)"),
        ratio <= 3.0,
    ));
    drop(sim);
}

/// Cold start of --version.
fn cold_start(home: &std::path::Path, rows: &mut Vec<(String, String, String, bool)>) {
    // 4. Cold start.
    let starts: Vec<Duration> = (0..30)
        .map(|_| {
            let mut c = command(None, home);
            c.arg("--version");
            timed(c).0
        })
        .collect();
    let start = median(starts);
    rows.push((
        "cold start of --version".into(),
        format!("{:.1} ms", start.as_secs_f64() * 1000.0),
        "< 10 ms".into(),
        start < Duration::from_millis(10),
    ));
}

fn main() {
    let home = tempfile::tempdir().unwrap();
    let mut rows: Vec<(String, String, String, bool)> = Vec::new();

    let p = diagnose_vs_critical_path(home.path(), &mut rows);
    dead_host(home.path(), &mut rows);
    fleet(home.path(), &mut rows);
    cold_start(home.path(), &mut rows);

    println!("\n{:<40} {:<52} {:<34} met", "measure", "result", "target");
    for (what, result, target, met) in &rows {
        println!(
            "{what:<40} {result:<52} {target:<34} {}",
            if *met { "yes" } else { "NO" }
        );
    }
    println!("\nphases of the last diagnose (ms): {p:?}");
}

/// `Command` is not `Clone`; rebuild one with the same program, arguments and environment.
fn c_clone(c: &Command) -> Command {
    let mut n = Command::new(c.get_program());
    n.args(c.get_args());
    n.env_clear();
    for (k, v) in c.get_envs() {
        if let Some(v) = v {
            n.env(k, v);
        }
    }
    n.stdout(Stdio::piped()).stderr(Stdio::null());
    n
}
