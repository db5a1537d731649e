//! `smtp-oauth schedule`: a ready systemd service and timer (with an OnFailure hook), a crontab
//! line or a `schtasks` command that runs a daily `diagnose` — as a Prometheus textfile with
//! `--textfile-dir`, else as a plain run whose failure is what gets reported. Prints, changes
//! nothing: the admin installs what it prints.

use super::{AppError, Context, Outcome};

/// Which scheduler.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scheduler {
    Systemd,
    Cron,
    WindowsTask,
}

pub struct ScheduleOptions {
    pub scheduler: Scheduler,
    /// `HH:MM`, local time.
    pub at: String,
    /// node_exporter's textfile directory: the run writes `smtp_oauth.prom` there.
    pub textfile_dir: Option<std::path::PathBuf>,
    pub all_profiles: bool,
}

/// Said above every schedule: what the scheduled run can see.
const SETTINGS_NOTE: &str = "The run reads its settings and secret from the config file named below;\n\
    a secret given only in this shell's environment is not there.";

/// `HH:MM` with an hour below 24 and minutes below 60.
fn parse_at(at: &str) -> Result<(u8, u8), AppError> {
    let bad = || {
        AppError::Usage(format!(
            "--at `{}` is not a time of day such as 06:17 (HH:MM, 24-hour, local time)",
            at.chars().take(20).collect::<String>()
        ))
    };
    let (h, m) = at.split_once(':').ok_or_else(bad)?;
    let (h, m): (u8, u8) = (h.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?);
    if h > 23 || m > 59 || at.len() != 5 {
        return Err(bad());
    }
    Ok((h, m))
}

/// An argument for a POSIX shell or a systemd command line: single-quoted unless plain.
fn quote(arg: &str) -> String {
    if !arg.is_empty()
        && arg
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./:=@,+".contains(c))
    {
        arg.to_string()
    } else {
        format!("'{}'", arg.replace('\'', r"'\''"))
    }
}

/// `text` as comment lines starting with `mark`.
fn comment(mark: &str, text: &str) -> String {
    text.lines().map(|l| format!("{mark} {l}\n")).collect()
}

/// The `diagnose` the schedule runs, as arguments (the program first): the config file named
/// absolutely (the scheduler's user and home may not be this shell's), the profile when one was
/// chosen.
fn diagnose_args(ctx: &Context, o: &ScheduleOptions) -> Result<Vec<String>, AppError> {
    let exe = std::env::current_exe()
        .map_err(|e| AppError::Io(format!("cannot tell where smtp-oauth is installed: {e}")))?;
    let (config, profile) = ctx.locate()?;
    let config = std::path::absolute(&config.value).unwrap_or(config.value);
    let mut args = vec![
        exe.display().to_string(),
        "diagnose".into(),
        "--strict".into(),
        "--config".into(),
        config.display().to_string(),
    ];
    if o.all_profiles {
        args.push("--all-profiles".into());
    } else if ctx.cli_settings.profile.is_some() || profile.value != "default" {
        args.extend(["--profile".into(), profile.value]);
    }
    if let Some(dir) = &o.textfile_dir {
        let dir = std::path::absolute(dir).unwrap_or_else(|_| dir.clone());
        args.extend([
            "--format".into(),
            "prometheus".into(),
            "--output".into(),
            dir.join("smtp_oauth.prom").display().to_string(),
        ]);
    }
    Ok(args)
}

fn systemd(args: &[String], (h, m): (u8, u8)) -> String {
    // `%` starts a specifier in a unit file.
    let exec: Vec<String> = args.iter().map(|a| quote(a).replace('%', "%%")).collect();
    let user = std::env::var("USER")
        .ok()
        .filter(|u| u != "root" && !u.is_empty())
        // The config file and the secret it names belong to this user.
        .map(|u| format!("User={u}\n"))
        .unwrap_or_default();
    format!(
        "# Install: save the three units below under /etc/systemd/system/, then\n\
         #   systemctl daemon-reload && systemctl enable --now smtp-oauth.timer\n\
         # Check: systemctl list-timers smtp-oauth.timer; journalctl -u smtp-oauth.service\n\
         {note}\n\
         # /etc/systemd/system/smtp-oauth.service\n\
         [Unit]\n\
         Description=smtp-oauth diagnose (Exchange Online SMTP with OAuth)\n\
         Wants=network-online.target\n\
         After=network-online.target\n\
         OnFailure=smtp-oauth-failed@%n.service\n\n\
         [Service]\n\
         Type=oneshot\n\
         {user}\
         ExecStart={exec}\n\n\
         # /etc/systemd/system/smtp-oauth.timer\n\
         [Unit]\n\
         Description=Daily smtp-oauth diagnose\n\n\
         [Timer]\n\
         OnCalendar=*-*-* {h:02}:{m:02}:00\n\
         RandomizedDelaySec=15m\n\
         Persistent=true\n\n\
         [Install]\n\
         WantedBy=timers.target\n\n\
         # /etc/systemd/system/smtp-oauth-failed@.service: what happens when a run fails\n\
         # (here: the run's log to root's mail; replace with your notifier).\n\
         [Unit]\n\
         Description=smtp-oauth found a problem (%i)\n\n\
         [Service]\n\
         Type=oneshot\n\
         ExecStart=/bin/sh -c 'journalctl -u %i -n 80 --no-pager | mail -s \"smtp-oauth: %i failed\" root'\n",
        note = comment("#", SETTINGS_NOTE),
        exec = exec.join(" ")
    )
}

fn cron(args: &[String], (h, m): (u8, u8)) -> String {
    let command: Vec<String> = args.iter().map(|a| quote(a)).collect();
    // cron turns an unescaped `%` into a line break.
    let command = command.join(" ").replace('%', "\\%");
    format!(
        "# Install: crontab -e, then add the line below. cron mails what a job prints: the run's\n\
         # report is printed only when it failed (set MAILTO= in the crontab to choose where).\n\
         {note}\
         {m} {h} * * * out=$({command} 2>&1) || printf '\\%s\\n' \"$out\"\n",
        note = comment("#", SETTINGS_NOTE)
    )
}

/// A Windows command-line argument inside `/TR "…"`, quoted when it holds a space.
fn win_quote(arg: &str) -> String {
    if arg.contains(' ') || arg.is_empty() {
        format!("\\\"{arg}\\\"")
    } else {
        arg.to_string()
    }
}

fn windows_task(args: &[String], (h, m): (u8, u8)) -> String {
    let command: Vec<String> = args.iter().map(|a| win_quote(a)).collect();
    format!(
        "REM Run in an elevated prompt. The task runs daily as the user who creates it\n\
         REM (the config file and secret are that user's); Task Scheduler's history shows each run.\n\
         {note}\
         schtasks /Create /F /TN \"smtp-oauth diagnose\" /SC DAILY /ST {h:02}:{m:02} /TR \"{}\"\n",
        command.join(" "),
        note = comment("REM", SETTINGS_NOTE)
    )
}

pub fn execute(ctx: &Context, o: &ScheduleOptions) -> Result<Outcome, AppError> {
    let at = parse_at(&o.at)?;
    let args = diagnose_args(ctx, o)?;
    let text = match o.scheduler {
        Scheduler::Systemd => systemd(&args, at),
        Scheduler::Cron => cron(&args, at),
        Scheduler::WindowsTask => windows_task(&args, at),
    };
    Ok(Outcome::Raw(text.into_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_and_quotes() {
        assert_eq!(parse_at("06:17").unwrap(), (6, 17));
        for bad in ["6:17", "24:00", "06:60", "noon", "06:17:00"] {
            assert!(parse_at(bad).is_err(), "{bad}");
        }
        assert_eq!(quote("/usr/bin/smtp-oauth"), "/usr/bin/smtp-oauth");
        assert_eq!(quote("a b'c"), r"'a b'\''c'");
    }
}
