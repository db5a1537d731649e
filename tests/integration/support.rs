//! Test support: run the real binary in an isolated home, with a clean environment.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// A recognisable secret: if it shows up anywhere it must not, a test fails.
pub const SECRET: &str = "Zq98Q~hygieneCANARYsecretValue.0123456789";

/// A fresh, isolated environment for one or more runs of the binary.
pub struct Sandbox {
    pub dir: tempfile::TempDir,
}

impl Sandbox {
    pub fn new() -> Sandbox {
        Sandbox {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn config_path(&self) -> PathBuf {
        self.dir
            .path()
            .join("xdg")
            .join("smtp-oauth")
            .join("config.toml")
    }

    pub fn write_config(&self, text: &str) {
        let p = self.config_path();
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }

    pub fn read_config(&self) -> String {
        std::fs::read_to_string(self.config_path()).unwrap_or_default()
    }

    /// A file in the sandbox with the given mode.
    pub fn file(&self, name: &str, contents: &str, mode: u32) -> PathBuf {
        let p = self.dir.path().join(name);
        std::fs::write(&p, contents).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&p, std::fs::Permissions::from_mode(mode)).unwrap();
        }
        let _ = mode;
        p
    }

    pub fn cmd(&self) -> Run<'_> {
        Run {
            sandbox: self,
            args: Vec::new(),
            env: Vec::new(),
            stdin: None,
        }
    }

    /// Every file under the sandbox with its contents, for leak checks.
    pub fn all_files(&self) -> Vec<(PathBuf, Vec<u8>)> {
        fn walk(dir: &Path, out: &mut Vec<(PathBuf, Vec<u8>)>) {
            for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
                let p = entry.path();
                if p.is_dir() {
                    walk(&p, out);
                } else if let Ok(bytes) = std::fs::read(&p) {
                    out.push((p, bytes));
                }
            }
        }
        let mut out = Vec::new();
        walk(self.dir.path(), &mut out);
        out
    }
}

/// One run of the binary being built up.
pub struct Run<'a> {
    sandbox: &'a Sandbox,
    args: Vec<String>,
    env: Vec<(String, String)>,
    stdin: Option<Vec<u8>>,
}

pub struct Output {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Output {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "stdout is not JSON ({e}):\n{}\nstderr:\n{}",
                self.stdout, self.stderr
            )
        })
    }

    #[track_caller]
    pub fn code(&self, expected: i32) -> &Output {
        assert_eq!(
            self.code, expected,
            "exit status\n--- stdout\n{}\n--- stderr\n{}",
            self.stdout, self.stderr
        );
        self
    }

    #[track_caller]
    pub fn stdout_has(&self, needle: &str) -> &Output {
        assert!(
            self.stdout.contains(needle),
            "stdout lacks {needle:?}\n--- stdout\n{}\n--- stderr\n{}",
            self.stdout,
            self.stderr
        );
        self
    }

    #[track_caller]
    pub fn stderr_has(&self, needle: &str) -> &Output {
        assert!(
            self.stderr.contains(needle),
            "stderr lacks {needle:?}\n--- stdout\n{}\n--- stderr\n{}",
            self.stdout,
            self.stderr
        );
        self
    }
}

impl Run<'_> {
    pub fn args<I: IntoIterator<Item = S>, S: AsRef<str>>(mut self, args: I) -> Self {
        self.args
            .extend(args.into_iter().map(|a| a.as_ref().to_string()));
        self
    }

    pub fn env(mut self, k: &str, v: &str) -> Self {
        self.env.push((k.to_string(), v.to_string()));
        self
    }

    pub fn stdin(mut self, bytes: &str) -> Self {
        self.stdin = Some(bytes.as_bytes().to_vec());
        self
    }

    pub fn run(self) -> Output {
        let home = self.sandbox.dir.path().join("home");
        std::fs::create_dir_all(&home).unwrap();
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_smtp-oauth"));
        cmd.args(&self.args)
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", &home)
            .env("XDG_CONFIG_HOME", self.sandbox.dir.path().join("xdg"))
            .env("NO_PROXY", "127.0.0.1,localhost")
            .current_dir(self.sandbox.dir.path())
            .stdin(if self.stdin.is_some() {
                Stdio::piped()
            } else {
                Stdio::null()
            })
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        for (k, v) in &self.env {
            cmd.env(k, v);
        }
        let mut child = cmd.spawn().expect("run smtp-oauth");
        if let Some(bytes) = &self.stdin {
            // A command that does not read stdin may exit first: a closed pipe is fine then.
            let _ = child.stdin.take().unwrap().write_all(bytes);
        }
        let out = child.wait_with_output().unwrap();
        Output {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }
}

/// Compares a generated file with the committed one; `UPDATE_GENERATED=1` rewrites it.
#[track_caller]
pub fn assert_generated(path: &str, generated: &[u8]) {
    let full = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    if std::env::var_os("UPDATE_GENERATED").is_some() {
        std::fs::create_dir_all(full.parent().unwrap()).unwrap();
        std::fs::write(&full, generated).unwrap();
        return;
    }
    let committed = std::fs::read(&full).unwrap_or_default();
    assert!(
        committed == generated,
        "{path} is stale: run `UPDATE_GENERATED=1 cargo test --test integration generated` and commit the result"
    );
}

/// A simulated tenant running on its own runtime thread while tests run the real binary.
pub struct SimProcess(smtp_oauth::sim::Background);

impl SimProcess {
    pub fn start(scenario: &str) -> SimProcess {
        SimProcess::start_with(scenario, smtp_oauth::sim::SimOptions::default())
    }

    pub fn start_with(scenario: &str, options: smtp_oauth::sim::SimOptions) -> SimProcess {
        SimProcess(
            smtp_oauth::sim::Background::start(scenario, options).expect("the simulation starts"),
        )
    }
}

impl std::ops::Deref for SimProcess {
    type Target = smtp_oauth::sim::Background;
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl Run<'_> {
    /// The settings that point at a simulated tenant, except those named in `without`.
    pub fn sim_env(mut self, sim: &SimProcess, without: &[&str]) -> Self {
        for (k, v) in &sim.exports {
            if !without.contains(&k.as_str()) {
                self.env.push((k.clone(), v.clone()));
            }
        }
        self
    }
}

/// The SHA-256 fingerprints of the certificates `openssl s_client -showcerts` prints for a
/// STARTTLS server, in order; `None` when openssl is not installed.
pub fn openssl_chain(target: &str) -> Option<Vec<String>> {
    use base64::Engine as _;
    let out = Command::new("openssl")
        .args([
            "s_client",
            "-connect",
            target,
            "-starttls",
            "smtp",
            "-showcerts",
        ])
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .ok()?;
    let text = String::from_utf8_lossy(&out.stdout);
    Some(
        text.split("-----BEGIN CERTIFICATE-----")
            .skip(1)
            .map(|block| {
                let b64: String = block
                    .split("-----END CERTIFICATE-----")
                    .next()
                    .unwrap()
                    .split_whitespace()
                    .collect();
                let der = base64::engine::general_purpose::STANDARD
                    .decode(b64)
                    .unwrap();
                ring::digest::digest(&ring::digest::SHA256, &der)
                    .as_ref()
                    .iter()
                    .map(|b| format!("{b:02X}"))
                    .collect::<Vec<_>>()
                    .join(":")
            })
            .collect(),
    )
}

/// The check with this id in a JSON report.
#[track_caller]
pub fn check<'a>(j: &'a serde_json::Value, id: &str) -> &'a serde_json::Value {
    j["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == id)
        .unwrap_or_else(|| panic!("no {id} in {j}"))
}

/// One user story in a test: a sandbox, optionally a simulated tenant in a scenario, and the
/// command line run against it — `Test::scenario("healthy").args(["diagnose", "--json"]).run()`.
/// The sandbox and the tenant live as long as the `Test`, so it can run several commands.
pub struct Test {
    pub sandbox: Sandbox,
    pub sim: Option<SimProcess>,
    args: Vec<String>,
    env: Vec<(String, String)>,
    without: Vec<String>,
    stdin: Option<String>,
}

impl Test {
    /// A sandbox without a simulated tenant (for `demo`, `config`, `explain` …).
    pub fn new() -> Test {
        Test {
            sandbox: Sandbox::new(),
            sim: None,
            args: Vec::new(),
            env: Vec::new(),
            without: Vec::new(),
            stdin: None,
        }
    }

    /// A sandbox whose environment points at a simulated tenant in `scenario`.
    pub fn scenario(scenario: &str) -> Test {
        Test {
            sim: Some(SimProcess::start(scenario)),
            ..Test::new()
        }
    }

    pub fn args<I: IntoIterator<Item = S>, S: AsRef<str>>(mut self, args: I) -> Test {
        self.args = args.into_iter().map(|a| a.as_ref().to_string()).collect();
        self
    }

    pub fn env(mut self, k: &str, v: &str) -> Test {
        self.env.push((k.to_string(), v.to_string()));
        self
    }

    /// Leaves these of the tenant's exported settings out of the environment.
    pub fn without(mut self, names: &[&str]) -> Test {
        self.without = names.iter().map(|n| (*n).to_string()).collect();
        self
    }

    pub fn stdin(mut self, text: &str) -> Test {
        self.stdin = Some(text.to_string());
        self
    }

    /// Runs the command line as it stands.
    pub fn run(&self) -> Output {
        let mut run = self.sandbox.cmd().args(&self.args);
        if let Some(sim) = &self.sim {
            let without: Vec<&str> = self.without.iter().map(String::as_str).collect();
            run = run.sim_env(sim, &without);
        }
        for (k, v) in &self.env {
            run = run.env(k, v);
        }
        if let Some(s) = &self.stdin {
            run = run.stdin(s);
        }
        run.run()
    }
}

impl Output {
    /// The check with this id in the JSON report on stdout.
    #[track_caller]
    pub fn check(&self, id: &str) -> serde_json::Value {
        check(&self.json(), id).clone()
    }
}

/// The binary in a pseudo-terminal (expectrl), as a person at a terminal runs it: `args`, an
/// isolated home, and the tenant's exported settings except those named in `without`.
pub fn in_pty(
    sb: &Sandbox,
    sim: &SimProcess,
    args: &[&str],
    without: &[&str],
) -> expectrl::session::OsSession {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_smtp-oauth"));
    cmd.args(args).env_clear();
    cmd.env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", sb.dir.path())
        .env("TERM", "xterm")
        .env("XDG_CONFIG_HOME", sb.dir.path().join("xdg"))
        .env("NO_PROXY", "127.0.0.1,localhost");
    for (k, v) in &sim.exports {
        if !without.contains(&k.as_str()) {
            cmd.env(k, v);
        }
    }
    let mut session = expectrl::session::OsSession::spawn(cmd).expect("spawn in a pty");
    session.set_expect_timeout(Some(std::time::Duration::from_secs(20)));
    session
}

/// The Content-Length of an HTTP request or response head (0 when absent), for the loopback
/// servers of the tests.
pub fn content_length(head: &str) -> usize {
    head.lines()
        .find_map(|l| {
            l.to_ascii_lowercase()
                .strip_prefix("content-length:")
                .map(|v| v.trim().parse::<usize>().unwrap_or(0))
        })
        .unwrap_or(0)
}
