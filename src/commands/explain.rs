//! `explain [ID]`: the failure-class list, or one class (by id, AADSTS code or SMTP status) with
//! the user's own values filled into its fix.

use super::{AppError, Context};
use crate::failures::{self, CATALOG, Vars};
use crate::report::{ClassView, Details, Report, vars_from_settings};

pub fn execute(ctx: &Context, query: Option<&str>) -> Result<Report, AppError> {
    // explain must work even when the settings are broken: that is when people run it.
    let settings = match ctx.settings() {
        Ok(s) => Some(s),
        Err(e) => {
            ctx.notice(&format!(
                "warning: your settings are not filled into the fixes: {e}"
            ));
            None
        }
    };
    let vars = settings
        .as_ref()
        .map_or_else(Vars::default, vars_from_settings);
    let (command, classes, full) = match query {
        None => (
            "explain".to_string(),
            CATALOG.iter().collect::<Vec<_>>(),
            false,
        ),
        Some(q) => {
            let mut found = failures::lookup(q);
            // What people paste: a whole reply line (`535 5.7.3 Authentication unsuccessful
            // [...]`), an AADSTS line, a client's log line — read as `explain --log` reads one.
            if found.is_empty()
                && let Some(class) = failures::logscan::classify_line(q)
            {
                found.push(class.entry());
            }
            if found.is_empty() {
                let shown: String = q.chars().take(60).filter(|c| !c.is_control()).collect();
                let suggestions = failures::suggest(q);
                let hint = if suggestions.is_empty() {
                    "`smtp-oauth explain` lists them all".to_string()
                } else {
                    format!("did you mean {}?", suggestions.join(", "))
                };
                return Err(AppError::Usage(format!(
                    "`{shown}` is not a failure-class id, AADSTS code or SMTP status this tool knows; {hint}"
                )));
            }
            (format!("explain {q}"), found, true)
        }
    };
    let mut ordered = classes;
    if !full {
        ordered.sort_by_key(|c| c.area);
    }
    let views = ordered
        .into_iter()
        .map(|c| ClassView::new(c, &vars))
        .collect();
    Ok(
        Report::new(command, settings.as_ref(), false).with_details(Details::Classes {
            failure_classes: views,
            full,
        }),
    )
}

/// `explain --log FILE|-`: the classes a client's log shows, one check each with its lines.
pub fn scan_log(ctx: &Context, source: &str) -> Result<Report, AppError> {
    let (findings, lines) = if source == "-" {
        failures::logscan::scan(std::io::stdin().lock())
    } else {
        let file = std::fs::File::open(source)
            .map_err(|e| AppError::Usage(format!("--log {source}: cannot be read: {e}")))?;
        failures::logscan::scan(std::io::BufReader::with_capacity(64 * 1024, file))
    }
    .map_err(|e| AppError::Io(format!("--log {source}: {e}")))?;
    let settings = ctx.settings().ok();
    let vars = settings
        .as_ref()
        .map_or_else(Vars::default, vars_from_settings);
    let found = findings.len();
    let message = match found {
        0 => format!("Read {lines} lines of {source}: no failure class recognised."),
        n => format!(
            "Read {lines} lines of {source}: {n} failure class{} found.",
            if n == 1 { "" } else { "es" }
        ),
    };
    let mut report =
        Report::new("explain --log", settings.as_ref(), false).with_details(Details::Message {
            human: None,
            message,
            path: Some(source.to_string()),
        });
    for f in findings {
        let class = f.class.entry();
        let mut check = crate::report::Check::new(
            format!("log.{}", f.class),
            class.title,
            crate::report::Status::Fail,
        );
        let first = f.lines.first().map_or(0, |l| l.0);
        check.summary = Some(format!(
            "seen {} time{}, first on line {first}",
            f.count,
            if f.count == 1 { "" } else { "s" }
        ));
        check.evidence.insert(
            "lines".into(),
            serde_json::json!(
                f.lines
                    .iter()
                    .map(|(n, t)| format!("{n}: {t}"))
                    .collect::<Vec<_>>()
            ),
        );
        check.failure_class = Some(ClassView::new(class, &vars));
        report.push(check);
    }
    Ok(report)
}
