//! smtp-oauth: set up, test and diagnose Exchange Online SMTP AUTH with OAuth 2.0 client
//! credentials (app-only tokens, SASL XOAUTH2, STARTTLS on 587).
//!
//! The binary is a thin shell around [`run`]: parse the command line (`cli`), resolve the
//! settings (`settings`), run one command (`commands`) that returns a `report::Report`, print it
//! (`render`), and map the outcome to an exit status (0 ok, 1 a check failed, 2 usage or
//! configuration error, 130 interrupted). Failure classes live in one catalog (`failures`).

pub mod admin;
pub mod bundle;
pub mod checks;
pub mod cli;
pub mod cloud;
pub mod commands;
pub mod failures;
#[cfg(test)]
mod fuzz;
pub mod i18n;
pub mod net;
pub mod oauth;
pub mod redact;
pub mod render;
pub mod report;
pub mod settings;
pub mod shared;
pub mod sim;
pub mod smtp;
pub mod tls;
pub mod wizard;

use std::ffi::OsString;
use std::io::{self, IsTerminal, Write};

use clap::Parser;

use cli::{Cli, Command, Format};
use commands::{AppError, Outcome};
use render::OutputOptions;

/// Flags that would put a secret on the command line, which every user of the machine can read.
const SECRET_FLAGS: &[&str] = &[
    "--client-secret",
    "--admin-client-secret",
    "--secret",
    "--token",
    "--access-token",
];

/// Runs the command line `args` (program name first) and returns the exit status.
pub fn run<I, T>(args: I) -> i32
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    if let Some(flag) = args
        .iter()
        .skip(1)
        .filter_map(|a| a.to_str())
        .find_map(|a| {
            let name = a.split_once('=').map_or(a, |(n, _)| n);
            SECRET_FLAGS.contains(&name).then_some(name)
        })
    {
        eprintln!(
            "smtp-oauth: error: {flag} is refused: a secret is never accepted as a command-line value (argv is visible to every user of the machine).\n  use SMTP_OAUTH_CLIENT_SECRET, --client-secret-file FILE (chmod 600) or --client-secret-stdin, or store it once with `smtp-oauth config set-secret`"
        );
        return 2;
    }
    if let Some(refusal) = proxy_credentials_on_argv(&args) {
        eprintln!("smtp-oauth: error: {refusal}");
        return 2;
    }
    let cli = match Cli::try_parse_from(&args) {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            // A monitoring system reads a usage error as UNKNOWN, never as CRITICAL (2).
            return match monitoring_format_in(&args) {
                Some(format) if e.use_stderr() => unknown_for_monitoring(format, &e.to_string()),
                _ => e.exit_code(),
            };
        }
    };
    i18n::set(i18n::negotiate(&i18n::requested(
        cli.output.lang.as_deref(),
        &|k| std::env::var(k).ok(),
    )));
    let opts = output_options(&cli);
    if matches!(cli.command, Command::Token { raw: true, .. })
        && (cli.output.json || !matches!(cli.output.format, None | Some(Format::Human)))
    {
        eprintln!(
            "smtp-oauth: error: token --raw prints the token alone; it is never mixed into --json, JUnit or another format (use --output FILE to keep it in a 0600 file)"
        );
        return 2;
    }
    colored::control::set_override(opts.color);
    let command_name = command_name(&cli);
    match commands::execute(cli) {
        // A raw token (or generated text) to `--output FILE` is a 0600 file, never the config.
        Ok(Outcome::Raw(bytes)) => match &opts.output {
            Some(path) => exit_on_io(
                render::refuse_config(path, opts.config.as_deref())
                    .and_then(|()| settings::config_file::write_private_file(path, &bytes)),
                0,
            ),
            None => exit_on_io(write_stdout(&bytes), 0),
        },
        Ok(Outcome::Done) => 0,
        Ok(Outcome::ReportToStderr(report)) => {
            let code = report.exit_code(opts.strict).max(1);
            let text = render::human::render(
                &report.cleaned(),
                &OutputOptions {
                    color: false,
                    ..opts.clone()
                },
            );
            eprint!("{text}");
            code
        }
        Ok(Outcome::Report(report)) => {
            let code = match opts.format {
                Format::Nagios | Format::Checkmk => {
                    render::monitor::state(&report, opts.thresholds) as i32
                }
                // PRTG reads the state from the JSON; a non-zero exit is a sensor error to it.
                Format::Prtg => 0,
                _ => report.exit_code(opts.strict),
            };
            exit_on_io(render::emit_last(*report, &opts), code)
        }
        Err(e) if opts.format.is_monitoring() && !matches!(e, AppError::Interrupted) => {
            report_error(&e, &command_name, &opts);
            unknown_for_monitoring(opts.format, &e.to_string())
        }
        Err(e) => {
            report_error(&e, &command_name, &opts);
            e.exit_code()
        }
    }
}

/// `--proxy http://user:password@host` puts a password where every user of the machine can read
/// it (argv): refused, naming the places a proxy's credentials belong, without echoing them.
fn proxy_credentials_on_argv(args: &[OsString]) -> Option<String> {
    let args: Vec<&str> = args.iter().filter_map(|a| a.to_str()).collect();
    let values = args.iter().enumerate().filter_map(|(i, a)| {
        if *a == "--proxy" {
            args.get(i + 1).copied()
        } else {
            a.strip_prefix("--proxy=")
        }
    });
    let mut with_credentials = values
        .filter_map(|v| url::Url::parse(v).ok())
        .filter(|u| !u.username().is_empty() || u.password().is_some());
    with_credentials.next().map(|u| {
        format!(
            "--proxy {} carries credentials, and argv is visible to every user of the machine: put the URL with them in HTTPS_PROXY (the job's environment) and give --proxy without them",
            settings::validate::redact_url(&u)
        )
    })
}

fn write_stdout(bytes: &[u8]) -> io::Result<()> {
    let mut out = io::stdout().lock();
    out.write_all(bytes)?;
    out.flush()
}

/// `--format nagios|checkmk|prtg` in the arguments, found without clap (which just refused them).
fn monitoring_format_in(args: &[OsString]) -> Option<Format> {
    let args: Vec<&str> = args.iter().filter_map(|a| a.to_str()).collect();
    let named = args.iter().enumerate().find_map(|(i, a)| {
        if *a == "--format" {
            args.get(i + 1).copied()
        } else {
            a.strip_prefix("--format=")
        }
    })?;
    [Format::Nagios, Format::Checkmk, Format::Prtg]
        .into_iter()
        .find(|f| clap::ValueEnum::to_possible_value(f).is_some_and(|v| v.matches(named, true)))
}

/// What a monitoring format prints when nothing could be checked: UNKNOWN (exit 3) for Nagios
/// and Checkmk, an error document (exit 0) for PRTG.
fn unknown_for_monitoring(format: Format, message: &str) -> i32 {
    let message = redact::clean(message, redact::Lines::Keep);
    let message = message.trim_start_matches("error: ");
    let (text, code) = match format {
        Format::Checkmk => (render::monitor::checkmk_unknown(message), 3),
        Format::Prtg => (render::monitor::prtg_unknown(message), 0),
        _ => (render::monitor::nagios_unknown(message), 3),
    };
    exit_on_io(write_stdout(text.as_bytes()), code)
}

/// A closed stdout (`smtp-oauth … | head`) is a success, as ripgrep does it.
fn exit_on_io(result: io::Result<()>, code: i32) -> i32 {
    match result {
        Ok(()) => code,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => 0,
        Err(e) => {
            eprintln!("smtp-oauth: error: cannot write the output: {e}");
            2
        }
    }
}

fn output_options(cli: &Cli) -> OutputOptions {
    let format = if cli.output.json {
        Format::Json
    } else {
        cli.output.format.unwrap_or(Format::Human)
    };
    let no_color_env = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let color = format == Format::Human
        && cli.output.output.is_none()
        && !cli.output.no_color
        && !no_color_env
        && io::stdout().is_terminal();
    OutputOptions {
        format,
        color,
        config: Some(
            settings::locate(&cli.settings, &settings::ProcessEnv)
                .0
                .value,
        ),
        strict: cli.output.strict,
        verbose: cli.output.verbose,
        output: cli.output.output.clone(),
        github: std::env::var("GITHUB_ACTIONS").is_ok_and(|v| v == "true"),
        thresholds: render::monitor::Thresholds {
            warning_days: cli.output.warning_days,
            critical_days: cli.output.critical_days,
        },
        started: std::time::Instant::now(),
    }
}

fn command_name(cli: &Cli) -> String {
    use cli::{Command, ConfigAction};
    match &cli.command {
        Command::Config { action } => match action {
            ConfigAction::Show => "config show",
            ConfigAction::Path => "config path",
            ConfigAction::List => "config list",
            ConfigAction::Set { .. } => "config set",
            ConfigAction::Unset { .. } => "config unset",
            ConfigAction::SetSecret { .. } => "config set-secret",
        }
        .to_string(),
        Command::Explain { log: Some(_), .. } => "explain --log".into(),
        Command::Explain { .. } => "explain".into(),
        Command::Demo { .. } => "demo".into(),
        Command::Setup { .. } => "setup".into(),
        Command::Certs { .. } => "certs".into(),
        Command::Diagnose { .. } => "diagnose".into(),
        Command::Replay { .. } => "replay".into(),
        Command::Prereqs { fix: true, .. } => "prereqs --fix".into(),
        Command::Prereqs { .. } => "prereqs".into(),
        Command::TestConnection { .. } => "test-connection".into(),
        Command::SendTest { .. } => "send-test".into(),
        Command::Token {
            inspect: Some(_), ..
        } => "token --inspect".into(),
        Command::Token { .. } => "token".into(),
        Command::Completions { .. } => "completions".into(),
        Command::Schedule { .. } => "schedule".into(),
        Command::Secret { .. } => "secret rotate".into(),
        Command::Cert { .. } => "cert rotate".into(),
        Command::Man => "man".into(),
    }
}

/// Prints an error to stderr, and under `--json` also as the one JSON document on stdout.
fn report_error(e: &AppError, command: &str, opts: &OutputOptions) {
    let label = i18n::t("error-label");
    let label = if io::stderr().is_terminal() && opts.color {
        use colored::Colorize;
        label.red().bold().to_string()
    } else {
        label
    };
    let message = redact::clean(&e.to_string(), redact::Lines::Keep);
    let said = redact::clean(&e.localized(), redact::Lines::Keep);
    eprintln!("smtp-oauth: {label} {said}");
    if opts.format == Format::Json {
        let doc = serde_json::json!({
            "schema_version": report::SCHEMA_VERSION,
            "command": command,
            "settings": {},
            "checks": [],
            "summary": report::Summary::default(),
            "error": {
                "kind": if matches!(e, AppError::Interrupted) { "interrupted" } else { "configuration" },
                "setting": e.setting(),
                "message": message,
                "exit_code": e.exit_code(),
            }
        });
        let _ = write_stdout(format!("{doc:#}\n").as_bytes());
    }
}
