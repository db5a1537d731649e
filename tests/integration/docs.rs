//! Issue 16.3: the commands of docs/ci.md and docs/monitoring.md work as written. Every line of
//! a `sh` block that starts with `smtp-oauth ` runs, through `sh -c`, against the simulated tenant
//! (healthy, with its admin app for `--admin app`), and must exit 0.

use crate::support::{Sandbox, SimProcess};

/// The `smtp-oauth …` lines of the ```sh blocks of a Markdown file.
fn commands(markdown: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut in_sh = false;
    for line in markdown.lines() {
        let t = line.trim();
        if t.starts_with("```") {
            in_sh = !in_sh && t == "```sh";
            continue;
        }
        if in_sh && t.starts_with("smtp-oauth ") {
            out.push(t.to_string());
        }
    }
    out
}

#[test]
fn every_command_of_the_ci_and_monitoring_docs_runs_against_the_simulator() {
    let sim = SimProcess::start("healthy");
    let bin_dir = std::path::Path::new(env!("CARGO_BIN_EXE_smtp-oauth"))
        .parent()
        .unwrap()
        .to_path_buf();
    let mut ran = 0;
    for doc in ["docs/ci.md", "docs/monitoring.md"] {
        let text = std::fs::read_to_string(doc).unwrap();
        let found = commands(&text);
        assert!(!found.is_empty(), "{doc} has no sh command");
        for command in found {
            let sb = Sandbox::new();
            let textfile = sb.dir.path().join("textfile");
            std::fs::create_dir_all(&textfile).unwrap();
            // The admin app's certificate where the docs put it.
            let admin = sim.admin_app_exports();
            std::fs::copy(&admin[1].1, sb.dir.path().join("admin.pem")).unwrap();
            let mut env: Vec<(String, String)> = if command.contains("--all-profiles") {
                // A fleet's settings are in its profiles; the job gives only the admin tokens.
                let secret = sb.file(
                    "secret",
                    sim.export("SMTP_OAUTH_CLIENT_SECRET").unwrap(),
                    0o600,
                );
                sb.write_config(&format!(
                    "{}{}",
                    sim.profile_toml("printer-1", &secret),
                    sim.profile_toml("printer-2", &secret)
                ));
                sim.exports
                    .iter()
                    .filter(|(k, _)| k.ends_with("_TOKEN"))
                    .cloned()
                    .collect()
            } else {
                sim.exports.clone()
            };
            env.extend(admin);
            let out = std::process::Command::new("sh")
                .args(["-c", &command])
                .env_clear()
                .env(
                    "PATH",
                    format!(
                        "{}:{}",
                        bin_dir.display(),
                        std::env::var("PATH").unwrap_or_default()
                    ),
                )
                .env("HOME", sb.dir.path().join("home"))
                .env("XDG_CONFIG_HOME", sb.dir.path().join("xdg"))
                .env("NO_PROXY", "127.0.0.1,localhost")
                .env("TEXTFILE_DIR", &textfile)
                .envs(env)
                .current_dir(sb.dir.path())
                .output()
                .unwrap();
            let (stdout, stderr) = (
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr),
            );
            assert_eq!(
                out.status.code(),
                Some(0),
                "{doc}: `{command}`\n{stdout}\n{stderr}"
            );
            if command.contains("--admin app") {
                assert!(
                    stdout.contains("[✓] Exchange service principal"),
                    "{doc}: `{command}` read the prerequisites with the admin app:\n{stdout}"
                );
            }
            if command.contains("--format prometheus") {
                assert!(textfile.join("smtp_oauth.prom").exists(), "{command}");
            }
            ran += 1;
        }
    }
    assert!(ran >= 8, "only {ran} commands found");
}
