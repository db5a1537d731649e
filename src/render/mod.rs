//! Printing a [`Report`]: the human, JSON and JUnit renderers and GitHub annotations.
//!
//! Renderers know nothing about sockets or settings resolution; commands never print. Only the
//! result goes to stdout; annotations, warnings and progress go to stderr.

pub mod github;
pub mod human;
pub mod junit;
pub mod monitor;
pub mod progress;

use std::io::{self, Write};
use std::path::PathBuf;

use crate::cli::Format;
use crate::report::Report;

/// How the result is printed, decided once from flags and environment.
#[derive(Clone, Debug)]
pub struct OutputOptions {
    pub format: Format,
    pub color: bool,
    /// The config file in use: `--output` never replaces it.
    pub config: Option<PathBuf>,
    pub strict: bool,
    pub verbose: u8,
    pub output: Option<PathBuf>,
    /// Emit `::error::` / `::warning::` workflow commands (GITHUB_ACTIONS=true).
    pub github: bool,
    /// `--warning-days` / `--critical-days` of the monitoring formats.
    pub thresholds: monitor::Thresholds,
    /// When the command started (the monitoring formats' `total_ms`).
    pub started: std::time::Instant,
}

impl OutputOptions {
    /// Plain human output to stdout, nothing else.
    pub fn human(color: bool) -> OutputOptions {
        OutputOptions {
            format: Format::Human,
            color,
            config: None,
            strict: false,
            verbose: 0,
            output: None,
            github: false,
            thresholds: monitor::Thresholds::default(),
            started: std::time::Instant::now(),
        }
    }
}

/// The largest earlier Prometheus textfile read back (for the last successes it keeps).
const MAX_PREVIOUS_METRICS: u64 = 16 << 20;

fn body(report: &Report, opts: &OutputOptions) -> io::Result<String> {
    let t = opts.thresholds;
    Ok(match opts.format {
        Format::Human => human::render(report, opts),
        Format::Json => {
            let mut s = serde_json::to_string_pretty(report).map_err(io::Error::other)?;
            s.push('\n');
            s
        }
        Format::Junit => junit::render(report, opts.strict),
        Format::Nagios => monitor::nagios(
            report,
            t,
            u64::try_from(opts.started.elapsed().as_millis()).unwrap_or(u64::MAX),
        ),
        Format::Checkmk => monitor::checkmk(report, t),
        Format::Prtg => monitor::prtg(report, t),
        Format::Prometheus => {
            let previous = opts
                .output
                .as_deref()
                .and_then(|p| {
                    crate::settings::config_file::read_limited(p, MAX_PREVIOUS_METRICS).ok()
                })
                .unwrap_or_default();
            monitor::prometheus(report, t, &previous)
        }
    })
}

/// Prints the report where the options say. Errors are I/O errors (a closed pipe among them).
pub fn emit(report: Report, opts: &OutputOptions) -> io::Result<()> {
    write_cleaned(&report.cleaned(), opts)
}

/// [`emit`] for the last thing the process does: the report is left to the process's exit
/// rather than freed string by string (a third of a second for 10,000 profiles' report, on the
/// way out, with the answer already written).
pub fn emit_last(report: Report, opts: &OutputOptions) -> io::Result<()> {
    let report = report.cleaned();
    let written = write_cleaned(&report, opts);
    std::mem::forget(report);
    written
}

fn write_cleaned(report: &Report, opts: &OutputOptions) -> io::Result<()> {
    if opts.format == Format::Json && opts.output.is_none() && !opts.github {
        // Written as it is serialized: a fleet's report is a hundred megabytes of JSON, which
        // need not also be held as one string. A closed pipe stays an io error of its kind.
        let mut out = io::BufWriter::with_capacity(1 << 16, io::stdout().lock());
        serde_json::to_writer_pretty(&mut out, report).map_err(io::Error::from)?;
        out.write_all(b"\n")?;
        return out.flush();
    }
    let body = body(report, opts)?;
    let body = if opts.github && opts.output.is_none() {
        crate::redact::neutralise_workflow_commands(&body)
    } else {
        body
    };
    if let Some(path) = &opts.output {
        refuse_config(path, opts.config.as_deref())?;
        if opts.format == Format::Prometheus {
            // node_exporter runs as a user of its own: the metrics hold no secret.
            crate::settings::config_file::write_file_with_mode(path, body.as_bytes(), 0o644)?;
        } else {
            crate::settings::config_file::write_private_file(path, body.as_bytes())?;
        }
        if opts.format != Format::Human {
            eprintln!("Report written to {}", path.display());
            // The job log still shows what happened (a JUnit or metrics file alone does not).
            let text = human::render(report, &OutputOptions::human(false));
            let text = if opts.github {
                crate::redact::neutralise_workflow_commands(&text)
            } else {
                text
            };
            let mut out = io::stdout().lock();
            out.write_all(text.as_bytes())?;
            out.flush()?;
        }
    } else {
        let mut out = io::stdout().lock();
        out.write_all(body.as_bytes())?;
        out.flush()?;
    }
    if opts.github {
        let mut err = io::stderr().lock();
        err.write_all(github::annotations(report, opts.strict).as_bytes())?;
        github::append_step_summary(report, opts.strict);
    }
    Ok(())
}

/// `--output` never replaces the config file (the settings would be lost to a report).
pub fn refuse_config(path: &std::path::Path, config: Option<&std::path::Path>) -> io::Result<()> {
    let Some(config) = config else { return Ok(()) };
    let same = path == config
        || std::fs::canonicalize(path)
            .ok()
            .is_some_and(|a| Some(a) == std::fs::canonicalize(config).ok());
    if same {
        return Err(io::Error::other(format!(
            "--output {} is the config file; name another file",
            path.display()
        )));
    }
    Ok(())
}
