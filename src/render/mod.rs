//! Printing a [`Report`]: the human, JSON and JUnit renderers and GitHub annotations.
//!
//! Renderers know nothing about sockets or settings resolution; commands never print. Only the
//! result goes to stdout; annotations, warnings and progress go to stderr.

pub mod github;
pub mod human;
pub mod junit;
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
}

/// Prints the report where the options say. Errors are I/O errors (a closed pipe among them).
pub fn emit(report: &Report, opts: &OutputOptions) -> io::Result<()> {
    let report = &report.cleaned();
    let body = match opts.format {
        Format::Human => human::render(report, opts),
        Format::Json => {
            let mut s = serde_json::to_string_pretty(report).map_err(io::Error::other)?;
            s.push('\n');
            s
        }
        Format::Junit => junit::render(report, opts.strict),
    };
    let body = if opts.github && opts.output.is_none() {
        crate::redact::neutralise_workflow_commands(&body)
    } else {
        body
    };
    if let Some(path) = &opts.output {
        refuse_config(path, opts.config.as_deref())?;
        crate::settings::config_file::write_private_file(path, body.as_bytes())?;
        if opts.format == Format::Junit || opts.format == Format::Json {
            eprintln!("Report written to {}", path.display());
        }
    } else {
        let mut out = io::stdout().lock();
        out.write_all(body.as_bytes())?;
        out.flush()?;
    }
    if opts.github {
        let mut err = io::stderr().lock();
        err.write_all(github::annotations(report, opts.strict).as_bytes())?;
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
