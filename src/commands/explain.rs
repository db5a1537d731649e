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
            eprintln!("warning: your settings are not filled into the fixes: {e}");
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
            let found = failures::lookup(q);
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
