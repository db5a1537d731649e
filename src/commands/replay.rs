//! `replay FILE`: the report of a bundle written by `diagnose --bundle`, judged again offline
//! with the same words a live run uses — the prerequisites read from the answers the bundle
//! kept, through the admin clients' replay transport. Nothing goes to the network.

use std::collections::HashMap;
use std::path::Path;

use secrecy::SecretString;

use super::{AppError, Context, Outcome};
use crate::admin::{AdminTokens, Transport};
use crate::bundle::Bundle;
use crate::checks::diagnose::{self, AdminFacts, Plan};
use crate::report::Details;
use crate::settings::{Settings, Source, Val};

/// The settings of the bundle, as they were, from the values it shows (secrets are not in it,
/// and the judge needs none). Files named in it (a CA file, a certificate) are not read.
fn settings_of(bundle: &Bundle) -> Result<Settings, AppError> {
    let mut env: HashMap<String, String> = HashMap::new();
    for s in &bundle.settings {
        let Some(spec) = crate::settings::spec_for(&s.key) else {
            continue;
        };
        if spec.secret
            || spec.env.is_empty()
            || matches!(
                s.key.as_str(),
                "ca_file" | "client_cert" | "admin_client_cert" | "admin" | "proxy"
            )
        {
            continue;
        }
        let text = match &s.value {
            serde_json::Value::String(v) => v.clone(),
            serde_json::Value::Number(n) => n.to_string(),
            serde_json::Value::Bool(b) => b.to_string(),
            _ => continue,
        };
        env.insert(spec.env[0].to_string(), text);
    }
    let getter = |k: &str| env.get(k).cloned();
    let args = crate::cli::SettingArgs::default();
    let file = crate::settings::config_file::ConfigFile::load(Path::new(
        "/nonexistent/smtp-oauth-replay/config.toml",
    ))?;
    Ok(Settings::resolve(
        &args,
        &getter,
        &file,
        Val {
            value: "default".into(),
            source: Source::Default,
        },
        Val {
            value: "(the bundle)".into(),
            source: Source::Default,
        },
    )?)
}

pub fn execute(_ctx: &Context, file: &Path) -> Result<Outcome, AppError> {
    let bundle = Bundle::read(file).map_err(AppError::Usage)?;
    let settings = settings_of(&bundle)?;
    let plan = Plan {
        to: bundle.to.clone(),
        from: bundle.from.clone(),
        ..Plan::default()
    };
    let facts = &bundle.facts;
    let runtime = super::runtime()?;
    let prereqs = match &facts.admin {
        AdminFacts::None => Ok(None),
        AdminFacts::Refused(e) => Err(e.clone()),
        AdminFacts::Read {
            source,
            graph,
            exchange,
            answers,
        } => {
            let placeholder = || SecretString::from("(replay)");
            let tokens = AdminTokens {
                graph: graph.then(placeholder),
                exchange: exchange.then(placeholder),
                source: source.clone(),
            };
            let trust = crate::tls::Trust::new(None).map_err(|e| AppError::Usage(e.to_string()))?;
            let subject = diagnose::subject_of(&settings, &plan, bundle.secret_hint.clone());
            let transport = Transport::Replay(std::sync::Arc::new(answers.clone()));
            Ok(Some(runtime.block_on(crate::checks::prereqs::run(
                &settings, &trust, &tokens, &subject, &transport, None,
            ))))
        }
    };
    let transcript = crate::smtp::transcript::Transcript::from_lines(bundle.transcript.clone());
    let d = diagnose::judge(&settings, &plan, facts, prereqs, transcript);
    let details = Details::Diagnosis {
        scenario: None,
        scenario_summary: Some(format!(
            "replay of {} (written {} by {})",
            file.display(),
            bundle.created,
            bundle.tool
        )),
        timeline: None,
        transcript: None,
        headline: None,
    };
    Ok(Outcome::Report(Box::new(super::diagnosis_report(
        "replay".into(),
        &settings,
        d,
        details,
    ))))
}
