//! `token`: requests a token as the settings describe and reports its decoded claims and what is
//! wrong with them; `--raw` prints only the token (stdout, only when asked); `--inspect FILE|-`
//! judges, offline, a token or XOAUTH2 string another application produced.

use crate::checks::CheckId;
use std::io::Read as _;

use secrecy::ExposeSecret;
use serde_json::Map;

use super::{AppError, Context, Outcome};
use crate::checks::Step;
use crate::checks::diagnose::{self, DiagnoseError};
use crate::oauth::inspect;
use crate::report::{Details, Report, vars_from_settings};

pub struct TokenOptions {
    pub raw: bool,
    pub inspect: Option<String>,
}

impl From<DiagnoseError> for AppError {
    fn from(e: DiagnoseError) -> Self {
        match e {
            DiagnoseError::Missing(words) => AppError::Said(words),
            other => AppError::Usage(other.to_string()),
        }
    }
}

pub fn execute(ctx: &Context, o: &TokenOptions) -> Result<Outcome, AppError> {
    if let Some(source) = &o.inspect {
        return inspect_input(ctx, source);
    }
    let settings = ctx.settings()?;
    let prepared = diagnose::prepare(&settings, false)?;
    let runtime = super::runtime()?;
    let checks = runtime.block_on(async {
        tokio::select! {
            c = diagnose::token_checks(&settings, &prepared) => Ok(c),
            _ = tokio::signal::ctrl_c() => Err(AppError::Interrupted),
        }
    })?;
    let mut vars = vars_from_settings(&settings);
    if let Some(oid) = &checks.oid {
        vars.set("object_id", oid);
    }
    let claims = claims_of(&checks.steps);
    let mut steps = vec![diagnose::secret_expiry(&settings, &prepared.credential)];
    steps.extend(checks.steps);
    let mut report = Report::new("token", Some(&settings), false).with_details(Details::Token {
        claims,
        proxy: settings.network().proxy_shown,
    });
    for step in steps {
        report.push(step.into_check(&vars));
    }
    if o.raw {
        return Ok(match checks.token {
            Some(t) => Outcome::Raw(format!("{}\n", t.expose_secret()).into_bytes()),
            _ => Outcome::ReportToStderr(Box::new(report)),
        });
    }
    Ok(Outcome::Report(Box::new(report)))
}

/// The decoded claims of the `token.claims` step, for the report's claims block.
fn claims_of(steps: &[Step]) -> Map<String, serde_json::Value> {
    steps
        .iter()
        .find(|s| s.id == CheckId::TOKEN_CLAIMS)
        .map(|s| {
            s.evidence
                .iter()
                .filter(|(k, _)| k.as_str() != "note")
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect()
        })
        .unwrap_or_default()
}

fn inspect_input(ctx: &Context, source: &str) -> Result<Outcome, AppError> {
    const LIMIT: u64 = 256 * 1024;
    let mut text = String::new();
    let read = if source == "-" {
        std::io::stdin().take(LIMIT).read_to_string(&mut text)
    } else {
        std::fs::File::open(source).and_then(|f| f.take(LIMIT).read_to_string(&mut text))
    };
    read.map_err(|e| AppError::Usage(format!("--inspect {source}: cannot be read: {e}")))?;
    let input = inspect::recognise(&text).map_err(|e| {
        AppError::Usage(format!("--inspect {source}: {e}; expected a JWT access token, a base64 XOAUTH2 string, or an `AUTH XOAUTH2 <base64>` line"))
    })?;
    drop(text);
    // The settings only add the cloud, RBAC mode and mailbox to compare with; broken ones are skipped.
    let settings = ctx.settings().ok();
    let cloud = settings
        .as_ref()
        .map_or(crate::cloud::Cloud::Global, |s| s.cloud.value);
    let rbac = settings.as_ref().is_some_and(|s| s.rbac_for_apps.value);
    let mailbox = settings
        .as_ref()
        .and_then(|s| s.mailbox.as_ref().map(|m| m.value.clone()));
    let steps = crate::checks::claims::judge(&input, cloud, rbac, mailbox.as_deref());
    let vars = settings
        .as_ref()
        .map(vars_from_settings)
        .unwrap_or_default();
    let claims = claims_of(&steps);
    let mut report =
        Report::new("token --inspect", settings.as_ref(), false).with_details(Details::Token {
            claims,
            proxy: None,
        });
    for step in steps {
        report.push(step.into_check(&vars));
    }
    Ok(Outcome::Report(Box::new(report)))
}
