//! `prereqs [--fix [--yes] [--dry-run]]`: the Exchange prerequisites through Graph and the Exchange
//! admin REST API, and the fixes REST can make — each shown exactly, asked for, applied, and then
//! checked again. A second run changes nothing.

use crate::checks::CheckId;
use crate::failures::ClassId;

use serde_json::{Value, json};

use super::{AppError, Context, Outcome};
use crate::admin::Exchange;
use crate::checks::diagnose;
use crate::checks::prereqs::{self, Subject};
use crate::checks::{Status, Step};
use crate::report::{Details, Report, vars_from_settings};

pub struct PrereqOptions {
    pub fix: bool,
    pub yes: bool,
    pub dry_run: bool,
    pub from: Option<String>,
}

/// One change the admin API can make.
struct Fix {
    cmdlet: &'static str,
    parameters: Value,
    /// Removing something: the plan says so.
    destructive: bool,
    /// Why: the finding it repairs.
    reason: String,
}

impl Fix {
    fn powershell(&self) -> String {
        let params: Vec<String> = self
            .parameters
            .as_object()
            .into_iter()
            .flatten()
            .map(|(k, v)| match v {
                Value::Bool(b) => format!("-{k} ${b}"),
                Value::Array(a) => format!(
                    "-{k} {}",
                    a.iter()
                        .filter_map(Value::as_str)
                        .collect::<Vec<_>>()
                        .join(",")
                ),
                other => format!(
                    "-{k} {}",
                    other
                        .as_str()
                        .map_or_else(|| other.to_string(), str::to_string)
                ),
            })
            .collect();
        format!("{} {}", self.cmdlet, params.join(" "))
    }
}

/// The ordered plan: every change with its reason, creations before removals (the right
/// registration exists before the wrong one is deleted), and FullAccess for a new principal.
fn fixes_for(steps: &[Step], s: &Subject, oid: &str, display_name: &str) -> Vec<Fix> {
    let mut fixes = Vec::new();
    let mut removals = Vec::new();
    let new_sp = |reason: String| Fix {
        cmdlet: "New-ServicePrincipal",
        parameters: json!({"AppId": s.client_id, "ObjectId": oid, "DisplayName": display_name}),
        destructive: false,
        reason,
    };
    for step in steps.iter().filter(|st| st.status == Status::Fail) {
        let reason = format!("{}: {}", step.title, step.summary);
        match step.class {
            Some(ClassId::SERVICE_PRINCIPAL_MISSING) => fixes.push(new_sp(reason)),
            Some(ClassId::SERVICE_PRINCIPAL_WRONG_OBJECT_ID) => {
                let wrong = step.evidence.get("registered_object_id").and_then(Value::as_str).unwrap_or_default();
                fixes.push(new_sp(reason.clone()));
                // Never a destructive fix with an empty or unknown id.
                if crate::settings::validate::parse_guid(wrong).is_some() && !wrong.eq_ignore_ascii_case(oid) {
                    removals.push(Fix {
                        cmdlet: "Remove-ServicePrincipal",
                        parameters: json!({"Identity": wrong}),
                        destructive: true,
                        reason: format!("the registration with the wrong object id {wrong}, once the right one exists"),
                    });
                }
            }
            Some(ClassId::MAILBOX_PERMISSION_MISSING) => fixes.push(Fix {
                cmdlet: "Add-MailboxPermission",
                parameters: json!({"Identity": s.mailbox, "User": oid, "AccessRights": ["FullAccess"], "AutoMapping": false}),
                destructive: false,
                reason,
            }),
            // RBAC for Applications: a scope holding the mailbox, and the role assigned to the app
            // over it (Microsoft's onboarding page, with a recipient filter instead of a group).
            Some(ClassId::MAILBOX_OUTSIDE_RBAC_SCOPE) => fixes.extend(rbac_fixes(s, oid, reason)),
            Some(ClassId::PERMISSION_NOT_GRANTED)
                if step.evidence.get("rbac_role_assignment").is_some() =>
            {
                fixes.extend(rbac_fixes(s, oid, reason));
            }
            Some(ClassId::SMTP_AUTH_DISABLED) => fixes.push(Fix {
                cmdlet: "Set-CASMailbox",
                parameters: json!({"Identity": s.mailbox, "SmtpClientAuthenticationDisabled": false}),
                destructive: false,
                reason,
            }),
            Some(ClassId::SEND_AS_DENIED) => {
                if let Some(from) = &s.from {
                    fixes.push(Fix {
                        cmdlet: "Add-RecipientPermission",
                        parameters: json!({"Identity": from, "Trustee": oid, "AccessRights": ["SendAs"]}),
                        destructive: false,
                        reason,
                    });
                }
            }
            _ => {}
        }
    }
    // A new principal needs its FullAccess too, even if the check above could not tell yet.
    let new = fixes.iter().any(|f| f.cmdlet == "New-ServicePrincipal");
    if new && !fixes.iter().any(|f| f.cmdlet == "Add-MailboxPermission") {
        fixes.push(Fix {
            cmdlet: "Add-MailboxPermission",
            parameters: json!({"Identity": s.mailbox, "User": oid, "AccessRights": ["FullAccess"], "AutoMapping": false}),
            destructive: false,
            reason: format!("the new service principal needs FullAccess on {}", s.mailbox),
        });
    }
    fixes.extend(removals);
    fixes
}

/// A management scope for the mailbox and the `Application SMTP.SendAsApp` assignment over it.
fn rbac_fixes(s: &Subject, oid: &str, reason: String) -> [Fix; 2] {
    let scope = format!("smtp-oauth {}", s.mailbox);
    [
        Fix {
            cmdlet: "New-ManagementScope",
            parameters: json!({"Name": scope, "RecipientRestrictionFilter": format!("PrimarySmtpAddress -eq '{}'", s.mailbox)}),
            destructive: false,
            reason,
        },
        Fix {
            cmdlet: "New-ManagementRoleAssignment",
            parameters: json!({"Name": format!("{scope} SMTP.SendAsApp"), "Role": "Application SMTP.SendAsApp", "App": oid, "CustomResourceScope": scope}),
            destructive: false,
            reason: format!("the app may send as {} through the new scope", s.mailbox),
        },
    ]
}

/// The plan as the user reads it before saying yes.
fn plan_text(fixes: &[Fix]) -> String {
    let mut text = format!(
        "The plan: {} change{} to the tenant, in this order:\n",
        fixes.len(),
        if fixes.len() == 1 { "" } else { "s" }
    );
    for (i, fix) in fixes.iter().enumerate() {
        let verb = if fix.destructive { "remove" } else { "run" };
        text.push_str(&format!(
            "  {}. {verb}: {}\n     because {}\n",
            i + 1,
            fix.powershell(),
            fix.reason
        ));
    }
    text.push_str("A step that fails stops the plan; the steps after it are not run.");
    text
}

/// Shows the whole plan, asks once (a typed `apply`, unless `--yes`), then runs it in order and
/// stops at the first failure. Returns what was done and what was left, for the report.
async fn apply_plan(
    o: &PrereqOptions,
    settings: &crate::settings::Settings,
    trust: &crate::tls::Trust,
    exo_token: secrecy::SecretString,
    tenant: &str,
    fixes: &[Fix],
) -> Result<Vec<String>, AppError> {
    if fixes.is_empty() {
        return Ok(vec!["Nothing to fix through the admin API.".into()]);
    }
    let plan = plan_text(fixes);
    if o.dry_run {
        return Ok(vec![format!("{plan}\nDry run: nothing was changed.")]);
    }
    if !o.yes {
        let mut prompter = crate::wizard::Terminal;
        crate::wizard::Prompter::note(&mut prompter, &plan);
        let question = format!("Apply these {} changes to the tenant?", fixes.len());
        if !crate::wizard::typed_confirm(&mut prompter, &question, "apply")? {
            return Ok(vec![format!("{plan}\nNot confirmed: nothing was changed.")]);
        }
    }
    let exchange = Exchange::new(
        &settings.network(),
        trust,
        &settings.exchange_url.value,
        exo_token,
        tenant,
    )
    .map_err(|e| AppError::Usage(e.0))?;
    let mut lines = Vec::new();
    let mut failed = false;
    for fix in fixes {
        let shown = fix.powershell();
        if failed {
            lines.push(format!("not run (an earlier step failed): {shown}"));
            continue;
        }
        match exchange.invoke(fix.cmdlet, fix.parameters.clone()).await {
            Ok(_) => lines.push(format!("done: {shown}")),
            Err(e) => {
                let e = crate::redact::visible(&e.to_string(), crate::redact::Lines::Escape);
                lines.push(format!("failed: {shown}: {e}"));
                failed = true;
            }
        }
    }
    Ok(lines)
}

/// Whom the prerequisites are for: the app, the mailbox, the secret's first characters (to
/// match its credential) and, without admin access, the object id from the app's own token
/// (with the token's checks).
async fn subject(
    settings: &crate::settings::Settings,
    client_id: String,
    mailbox: String,
    from: Option<String>,
    without_admin: bool,
) -> (Subject, Vec<crate::checks::Step>) {
    // The object id comes from Graph with admin access, else from the app's own token.
    let mut token_steps = Vec::new();
    let mut oid = None;
    let mut secret_hint = None;
    let mut certificate = None;
    if let Ok(p) = diagnose::prepare(settings, false) {
        certificate = diagnose::certificate_in_use(&p.credential);
        secret_hint = diagnose::secret_hint(&p.credential);
        if without_admin {
            let t = diagnose::token_checks(settings, &p).await;
            oid = t.oid;
            token_steps = t.steps;
        }
    }
    let subject = Subject {
        client_id,
        mailbox,
        from,
        secret_hint,
        secret_key_id: settings.secret_key_id.as_ref().map(|k| k.value.clone()),
        certificate,
        oid,
        tenant: settings
            .tenant
            .as_ref()
            .map_or_else(String::new, |t| t.value.as_str().to_string()),
    };
    (subject, token_steps)
}

pub fn execute(ctx: &Context, o: &PrereqOptions) -> Result<Outcome, AppError> {
    let settings = ctx.settings()?;
    let interactive = ctx.interactive();
    if o.fix && !o.yes && !o.dry_run && !interactive {
        return Err(AppError::said(crate::i18n::Words::new(
            "usage-fix-no-terminal",
        )));
    }
    let Some(client_id) = settings.client_id.as_ref().map(|c| c.value.clone()) else {
        return Err(AppError::said(crate::i18n::Words::new(
            "usage-prereqs-client-id",
        )));
    };
    let Some(mailbox) = settings.mailbox.as_ref().map(|m| m.value.clone()) else {
        return Err(AppError::said(crate::i18n::Words::new(
            "usage-prereqs-mailbox",
        )));
    };
    let trust = crate::tls::Trust::new(settings.ca_file.as_ref().map(|c| c.value.as_path()))
        .map_err(|e| AppError::Usage(e.to_string()))?;
    let runtime = super::runtime()?;
    let report = runtime.block_on(async {
        let observer = super::observer(ctx, &settings);
        let admin = crate::checks::access::admin_tokens(&settings, &trust, &|t| observer.notice(t))
            .await
            .map_err(|e| AppError::Usage(e.0))?;
        let (subject, token_steps) = subject(
            &settings,
            client_id,
            mailbox,
            o.from.clone(),
            admin.is_none(),
        )
        .await;
        let Some(tokens) = admin else {
            let mut steps = token_steps;
            steps.extend(prereqs::without_admin(&subject));
            return Ok::<_, AppError>((steps, subject.oid.clone(), Vec::new()));
        };
        let read = || {
            prereqs::run(
                &settings,
                &trust,
                &tokens,
                &subject,
                &crate::admin::Transport::Live,
                // Read again after a fix: nothing is shared.
                None,
            )
        };
        let mut steps = read().await;
        let oid = enterprise_app(&steps, "enterprise_app_object_id");
        let mut applied = Vec::new();
        if o.fix {
            let (Some(oid), Some(exo_token)) = (oid.clone(), tokens.exchange.clone()) else {
                return Err(AppError::Usage(
                    "--fix needs the Enterprise app (Graph) and an Exchange admin token".into(),
                ));
            };
            let name = enterprise_app(&steps, "display_name")
                .unwrap_or_else(|| "smtp-oauth sender".into());
            let fixes = fixes_for(&steps, &subject, &oid, &name);
            applied = apply_plan(o, &settings, &trust, exo_token, &subject.tenant, &fixes).await?;
            if !o.dry_run && applied.iter().any(|a| a.starts_with("done")) {
                // Check again: the report shows the state after the fixes.
                steps = read().await;
            }
        }
        Ok((steps, oid, applied))
    })?;
    let (steps, oid, applied) = report;
    if let Some(note) = super::secret::remember_from_graph(&settings, &steps) {
        ctx.notice(&note);
    }
    Ok(Outcome::Report(Box::new(prereqs_report(
        o,
        &settings,
        steps,
        oid.as_deref(),
        &applied,
    ))))
}

/// What the Enterprise-app check found (`key` of its evidence).
fn enterprise_app(steps: &[crate::checks::Step], key: &str) -> Option<String> {
    steps
        .iter()
        .find(|st| st.id == CheckId::PREREQ_ENTERPRISE_APP)
        .and_then(|st| st.evidence.get(key))
        .and_then(Value::as_str)
        .map(str::to_string)
}

/// The report: the checks with the user's values in the fixes, and what `--fix` did.
fn prereqs_report(
    o: &PrereqOptions,
    settings: &crate::settings::Settings,
    steps: Vec<crate::checks::Step>,
    oid: Option<&str>,
    applied: &[String],
) -> Report {
    let mut vars = vars_from_settings(settings);
    if let Some(oid) = oid {
        vars.set("object_id", oid);
    }
    let message = if applied.is_empty() {
        None
    } else {
        Some(applied.join("\n"))
    };
    let mut report = Report::new(
        if o.fix { "prereqs --fix" } else { "prereqs" },
        Some(settings),
        false,
    )
    .with_details(Details::Diagnosis {
        scenario: None,
        scenario_summary: None,
        transcript: None,
        timeline: None,
        headline: message,
    });
    for step in steps {
        report.push(step.into_check(&vars));
    }
    report
}
