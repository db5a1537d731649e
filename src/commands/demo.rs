//! `demo [SCENARIO] [--list] [--serve]`: the diagnosis against the built-in simulated tenant, with
//! one fault injected or none. Needs no Microsoft account and reads none of the user's settings.

use std::io::Write as _;

use super::{AppError, Context, Outcome};
use crate::checks::diagnose::{self, Plan};
use crate::cli::SettingArgs;
use crate::i18n::{Arg, t, tr};
use crate::report::{Details, Report, ScenarioEntry};
use crate::settings::config_file::ConfigFile;
use crate::settings::{Settings, Source, Val};
use crate::sim::scenario::SCENARIOS;
use crate::sim::{SimOptions, Simulation};

pub struct DemoOptions {
    pub scenario: Option<String>,
    pub list: bool,
    pub serve: bool,
    pub reply_delay_ms: u64,
    pub verbose: bool,
}

pub fn execute(ctx: &Context, o: &DemoOptions) -> Result<Outcome, AppError> {
    if o.list {
        let scenarios = SCENARIOS
            .iter()
            .map(|s| ScenarioEntry {
                name: s.name.into(),
                summary: s.summary.into(),
                yields: Some(s.yields().into()),
            })
            .collect();
        let report =
            Report::new("demo --list", None, false).with_details(Details::Scenarios { scenarios });
        return Ok(Outcome::Report(Box::new(report)));
    }
    let name = o.scenario.clone().unwrap_or_else(|| "healthy".into());
    if crate::sim::scenario::find(&name).is_none() {
        let close = crate::failures::suggest(&name);
        let shown: String = name.chars().take(60).collect();
        let words = if close.is_empty() {
            crate::i18n::Words::new("usage-no-scenario").text("name", shown)
        } else {
            crate::i18n::Words::new("usage-no-scenario-close")
                .text("name", shown)
                .text("close", close.join(", "))
        };
        return Err(AppError::said(words));
    }
    let runtime = super::runtime()?;
    runtime.block_on(async {
        let options = SimOptions {
            reply_delay: std::time::Duration::from_millis(o.reply_delay_ms),
            ..SimOptions::default()
        };
        let sim = Simulation::start(&name, options)
            .await
            .map_err(|e| AppError::Io(e.to_string()))?;
        if o.serve {
            return serve(ctx, &sim).await;
        }
        let work = diagnose_sim(ctx, &sim, o.verbose);
        tokio::select! {
            r = work => r.map(|r| Outcome::Report(Box::new(r))),
            _ = tokio::signal::ctrl_c() => Err(AppError::Interrupted),
        }
    })
}

/// The settings a client would have if it pointed at the simulation: its exports, nothing else.
pub fn settings_for(sim: &Simulation) -> Result<Settings, AppError> {
    let exports = sim.exports().to_vec();
    let env = move |name: &str| {
        exports
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    };
    let path = sim.dir.path().join("no-config.toml");
    let file = ConfigFile::load(&path)?;
    let profile = Val {
        value: "default".to_string(),
        source: Source::Default,
    };
    Ok(Settings::resolve(
        &SettingArgs::default(),
        &env,
        &file,
        profile,
        Val {
            value: path,
            source: Source::Default,
        },
    )?)
}

async fn diagnose_sim(ctx: &Context, sim: &Simulation, verbose: bool) -> Result<Report, AppError> {
    let settings = settings_for(sim)?;
    let plan = Plan {
        to: vec!["helpdesk@fabrikam.example".into()],
        from: sim.from.clone(),
        ..Plan::default()
    };
    let diagnosis = diagnose::run_observed(&settings, &plan, super::observer(ctx, &settings))
        .await
        .map_err(|e| AppError::Usage(e.to_string()))?;
    let details = Details::Diagnosis {
        scenario: Some(sim.scenario.name.to_string()),
        scenario_summary: Some(sim.scenario.summary.to_string()),
        headline: None,
        timeline: verbose.then(|| super::timeline_lines(&diagnosis.timeline)),
        transcript: verbose.then(|| diagnosis.transcript.lines()),
    };
    let command = if sim.scenario.name == "healthy" {
        "demo".to_string()
    } else {
        format!("demo {}", sim.scenario.name)
    };
    Ok(super::diagnosis_report(
        command, &settings, diagnosis, details,
    ))
}

/// Prints `export NAME='value'` lines and keeps the simulation up until Ctrl-C.
async fn serve(ctx: &Context, sim: &Simulation) -> Result<Outcome, AppError> {
    // The handlers are in place before the exports are printed: a script that reads them and
    // stops the tenant at once still gets its temporary directory removed.
    let stop = StopSignal::install();
    let mut out = String::new();
    for (k, v) in sim.exports() {
        out.push_str(&format!("export {k}='{}'\n", v.replace('\'', "'\\''")));
    }
    {
        let mut stdout = std::io::stdout().lock();
        stdout
            .write_all(out.as_bytes())
            .map_err(|e| AppError::Io(e.to_string()))?;
        stdout.flush().map_err(|e| AppError::Io(e.to_string()))?;
    }
    let summary =
        crate::render::human::scenario_summary_words(sim.scenario.name, sim.scenario.summary);
    let up = tr(
        "demo-serve-up",
        &[
            ("name", Arg::Text(sim.scenario.name)),
            ("summary", Arg::Text(&summary)),
        ],
    );
    ctx.notice(&format!("{up}\n{}", t("demo-serve-paste")));
    if let Some(from) = &sim.from {
        ctx.notice(&tr("demo-serve-from", &[("from", Arg::Text(from))]));
    }
    stop.wait().await;
    ctx.notice(&t("demo-serve-stopped"));
    Ok(Outcome::Done)
}

/// Ctrl-C, or SIGTERM (a service manager, `kill`): either way the simulation is dropped and its
/// temporary directory (certificates, CA file) removed.
struct StopSignal {
    #[cfg(unix)]
    signals: Option<(tokio::signal::unix::Signal, tokio::signal::unix::Signal)>,
}

impl StopSignal {
    fn install() -> StopSignal {
        #[cfg(unix)]
        {
            use tokio::signal::unix::{SignalKind, signal};
            StopSignal {
                signals: signal(SignalKind::terminate())
                    .ok()
                    .zip(signal(SignalKind::interrupt()).ok()),
            }
        }
        #[cfg(not(unix))]
        StopSignal {}
    }

    async fn wait(self) {
        #[cfg(unix)]
        if let Some((mut term, mut int)) = self.signals {
            tokio::select! {
                _ = term.recv() => {}
                _ = int.recv() => {}
            }
            return;
        }
        let _ = tokio::signal::ctrl_c().await;
    }
}
