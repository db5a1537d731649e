//! The command line, as clap derive types only: no I/O, no validation beyond clap's own.
//!
//! Setting flags are plain strings here; `settings` validates them together with the environment
//! and the profile so that every error names the setting, its source and the expected form.
//! Secrets have no flag that takes their value: only a file, stdin, the environment or the keyring.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

const EXAMPLES: &str = "\
Examples:
  # Run the whole diagnosis on the built-in simulated tenant (no Microsoft account needed)
  smtp-oauth demo

  # What does AADSTS7000215 mean, with my values filled in?
  smtp-oauth explain AADSTS7000215

  # Show every setting and where it came from
  SMTP_OAUTH_TENANT=contoso.onmicrosoft.com smtp-oauth config show

  # Keep the client secret in the OS keyring (prompted without echo)
  smtp-oauth config set-secret --store keyring

Settings come from flags, then SMTP_OAUTH_* environment variables, then the profile in the
config file, then defaults. `smtp-oauth config show` tells which one won.";

/// Set up, test and diagnose Exchange Online SMTP with OAuth 2.0 client credentials.
#[derive(Parser, Debug)]
#[command(
    name = "smtp-oauth",
    version,
    about = "Set up, test and diagnose Exchange Online SMTP with OAuth 2.0 client credentials (XOAUTH2)",
    long_about = "smtp-oauth finds which of the dozen values behind Exchange Online SMTP AUTH with OAuth 2.0 \
client credentials is wrong (tenant, client id, secret, service principal, mailbox permission, TLS trust …), \
says why, and shows the fix with your values filled in. It also runs unattended as a CI preflight.",
    after_long_help = EXAMPLES,
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    #[command(flatten)]
    pub output: OutputArgs,

    #[command(flatten)]
    pub settings: SettingArgs,

    #[command(subcommand)]
    pub command: Command,
}

/// How the result is printed.
#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Lines for people, with ✓ ! ✗ – markers (colour only on a terminal)
    Human,
    /// One JSON document on stdout (schema_version 1, see docs/json-report.md)
    Json,
    /// A JUnit XML report for CI systems (to --output FILE, or stdout)
    Junit,
    /// A Nagios / Icinga / Naemon plugin: `SMTP-OAUTH STATE - … | perfdata`, exit 0 OK,
    /// 1 WARNING, 2 CRITICAL, 3 UNKNOWN (usage and configuration errors too)
    Nagios,
    /// Checkmk local-check lines, one per profile
    Checkmk,
    /// The JSON of a PRTG EXE/Script Advanced sensor
    Prtg,
    /// Prometheus text format, for node_exporter's textfile collector (--output FILE is
    /// written atomically and keeps each profile's last success)
    Prometheus,
}

impl Format {
    /// A monitoring system reads it: the exit status is the plugin's state.
    pub fn is_monitoring(self) -> bool {
        matches!(self, Format::Nagios | Format::Checkmk | Format::Prtg)
    }
}

#[derive(Args, Debug, Clone, Default)]
#[command(next_help_heading = "Output")]
pub struct OutputArgs {
    /// Output format
    #[arg(long, global = true, value_enum, value_name = "FORMAT")]
    pub format: Option<Format>,

    /// Same as --format json
    #[arg(long, global = true, conflicts_with = "format")]
    pub json: bool,

    /// Write the report to FILE instead of stdout (junit, json, prometheus); the human report
    /// then still goes to stdout, for the job log
    #[arg(long, global = true, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// No colours (also with NO_COLOR set, or when stdout is not a terminal)
    #[arg(long, global = true)]
    pub no_color: bool,

    /// More detail; -v shows protocol transcripts with secrets redacted
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,

    /// Treat warnings as failures in the exit status
    #[arg(long, global = true)]
    pub strict: bool,

    /// Language of the human output: en, ko, fr, pt-BR, ja, zh-TW [env: SMTP_OAUTH_LANG, else
    /// LC_ALL, LC_MESSAGES, LANG]; JSON, JUnit and the monitoring formats are always English
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<String>,

    /// Monitoring formats: WARNING when the client secret has DAYS or fewer left
    #[arg(long, global = true, value_name = "DAYS", default_value_t = 60, value_parser = clap::value_parser!(i64).range(0..=3650))]
    pub warning_days: i64,

    /// Monitoring formats: CRITICAL when the client secret (or the SMTP chain) has DAYS or
    /// fewer left
    #[arg(long, global = true, value_name = "DAYS", default_value_t = 30, value_parser = clap::value_parser!(i64).range(0..=3650))]
    pub critical_days: i64,
}

/// Every setting of the SPEC table. Values are validated by `settings`, not by clap.
#[derive(Args, Debug, Clone, Default)]
#[command(next_help_heading = "Settings (flag > environment > profile > default)")]
pub struct SettingArgs {
    /// Config file [env: SMTP_OAUTH_CONFIG] [default: $XDG_CONFIG_HOME/smtp-oauth/config.toml]
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// Profile (a table of the config file) [env: SMTP_OAUTH_PROFILE] [default: default]
    #[arg(long, global = true, value_name = "NAME")]
    pub profile: Option<String>,

    /// The settings of the table (`settings::table`), one flag per row.
    #[command(flatten)]
    pub values: crate::settings::table::ValueArgs,

    /// Read the client secret from FILE (must be chmod 600) [env: SMTP_OAUTH_CLIENT_SECRET holds the value]
    #[arg(
        long,
        global = true,
        value_name = "FILE",
        conflicts_with = "client_secret_stdin"
    )]
    pub client_secret_file: Option<PathBuf>,

    /// Read the client secret from standard input
    #[arg(long, global = true)]
    pub client_secret_stdin: bool,

    /// Secret file of the admin app (chmod 600) [env: SMTP_OAUTH_ADMIN_CLIENT_SECRET holds the value]
    #[arg(long, global = true, value_name = "FILE")]
    pub admin_client_secret_file: Option<PathBuf>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Walk through the app registration values, test them, and save a profile
    #[command(visible_alias = "init", after_help = SETUP_EXAMPLES)]
    Setup {
        /// Take every value from flags and the environment; never prompt
        #[arg(long)]
        non_interactive: bool,
        /// Where to keep the secret (asked when interactive)
        #[arg(long, value_enum)]
        store: Option<SetupStore>,
        /// The Cisco ISE release the values are for (prints ISE's field list), e.g. "3.3 P8"
        #[arg(long, value_name = "RELEASE")]
        ise_release: Option<String>,
        /// Save without the test connection
        #[arg(long)]
        no_test: bool,
        /// Without a terminal: save even when the test connection fails (by default a failing
        /// test saves nothing, so a working profile is never replaced by values that fail)
        #[arg(long, conflicts_with = "no_test")]
        save_anyway: bool,
    },

    /// Show the resolved settings and their sources; list profiles; edit a profile
    #[command(after_help = CONFIG_EXAMPLES)]
    Config {
        #[command(subcommand)]
        action: ConfigAction,
    },

    /// List the failure classes, or explain one (by id, AADSTS code or SMTP status)
    #[command(after_help = EXPLAIN_EXAMPLES)]
    Explain {
        /// A failure-class id (auth-rejected), an AADSTS code (AADSTS7000215 or 7000215) or an
        /// SMTP status (5.7.139, 535)
        id: Option<String>,
        /// Name the failure classes a client's debug log shows (ISE guest.log, javax.mail, Python, Node; "-" = stdin)
        #[arg(long, value_name = "FILE|-", conflicts_with = "id")]
        log: Option<String>,
    },

    /// Run the diagnosis against a built-in simulated tenant (no Microsoft account needed)
    #[command(after_help = DEMO_EXAMPLES)]
    Demo {
        /// `healthy` (default) or the failure-class id of a fault to inject; see --list
        scenario: Option<String>,
        /// List the scenarios
        #[arg(long, conflicts_with_all = ["serve", "scenario"])]
        list: bool,
        /// Keep the simulated tenant running and print the settings that point other commands at it
        #[arg(long)]
        serve: bool,
        /// Fixed delay per reply, in milliseconds (benchmarks)
        #[arg(long, hide = true, value_name = "MS")]
        reply_delay_ms: Option<u64>,
    },

    /// Run every check and print one report: the command a CI preflight runs
    #[command(visible_alias = "doctor", after_help = DIAGNOSE_EXAMPLES)]
    Diagnose {
        #[command(flatten)]
        send: SendArgs,
        /// List the checks and what each looks at
        #[arg(long)]
        list_checks: bool,
        /// Report only these checks (their inputs still run)
        #[arg(long, value_name = "CHECK", num_args = 1..)]
        only: Vec<String>,
        /// Retry a rejected AUTH with back-off for up to DURATION while changes propagate (e.g. 30m)
        #[arg(long, value_name = "DURATION", conflicts_with = "all_profiles")]
        wait: Option<String>,
        /// Diagnose every profile of the config file at once (fleets of tenants or appliances)
        #[arg(long)]
        all_profiles: bool,
        /// With --all-profiles: let SMTP_OAUTH_* variables replace what the profiles say (by
        /// default a variable that would replace a profile's value is refused)
        #[arg(long, requires = "all_profiles")]
        env_overrides: bool,
        /// Also write every answer the checks saw, secrets scrubbed, to FILE (for Microsoft
        /// support or Cisco TAC; `smtp-oauth replay FILE` judges it again offline)
        #[arg(long, value_name = "FILE", conflicts_with = "all_profiles")]
        bundle: Option<PathBuf>,
    },

    /// Judge a bundle written by `diagnose --bundle` again, offline, and print its report
    Replay {
        /// The bundle (JSON)
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },

    /// Check the Exchange prerequisites through Graph and the Exchange admin API, and fix them
    #[command(after_help = PREREQS_EXAMPLES)]
    Prereqs {
        /// Apply the missing pieces through the admin API, after showing each change and asking
        #[arg(long)]
        fix: bool,
        /// With --fix: apply without asking (unattended runs)
        #[arg(long, requires = "fix")]
        yes: bool,
        /// With --fix: show the changes, make none
        #[arg(long, requires = "fix")]
        dry_run: bool,
        /// Also check SendAs for this From address
        #[arg(long, value_name = "ADDRESS")]
        from: Option<String>,
    },

    /// The SMTP session step by step up to AUTH, with each reply and its timing
    #[command(after_help = TEST_CONNECTION_EXAMPLES)]
    TestConnection {
        /// Send XOAUTH2 on the AUTH line (the default; kept for scripts that pass it)
        #[arg(long, conflicts_with = "auth_two_step")]
        auth_initial_response: bool,
        /// Send XOAUTH2 after the server's 334, one round trip more (for relays that refuse the
        /// initial response without saying 500, 501 or 504)
        #[arg(long)]
        auth_two_step: bool,
    },

    /// Send a real test message from the mailbox and report the server's queue reply
    #[command(after_help = SEND_TEST_EXAMPLES)]
    SendTest {
        #[command(flatten)]
        send: SendArgs,
    },

    /// Show the certificate chain a server presents, verified or not, and export it
    #[command(after_help = CERTS_EXAMPLES)]
    Certs {
        /// smtp (default: STARTTLS on the SMTP host and port), login, graph, exchange, or HOST:PORT
        #[arg(value_name = "TARGET")]
        endpoint: Option<String>,
        /// With HOST:PORT: start TLS with STARTTLS first (only `smtp`)
        #[arg(long, value_name = "PROTO")]
        starttls: Option<String>,
        /// Print the chain as PEM (for a trust store) instead of the report
        #[arg(long, conflicts_with = "out")]
        pem: bool,
        /// Write one PEM file per certificate, and a bundle, to DIR
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
        /// The root set to verify against
        #[arg(long, value_enum, default_value_t = crate::tls::TrustRoots::System)]
        trust: crate::tls::TrustRoots,
        /// Also judge the client's own trust store: a PEM bundle, a directory of PEM/DER files, a PKCS#12 or a JKS file (repeatable; the setting `truststore` otherwise). Names what it lacks; with --out, writes those files
        #[arg(long = "check-truststore", value_name = "PATH")]
        check_truststore: Vec<PathBuf>,
        /// With a trust store: judge it against the roots Microsoft publishes for the target, without connecting (an appliance's export on a laptop)
        #[arg(long)]
        offline: bool,
    },

    /// Request a token and show its decoded claims and what is wrong with them
    #[command(after_help = TOKEN_EXAMPLES)]
    Token {
        /// Print only the access token, to stdout (for piping into another tool)
        #[arg(long)]
        raw: bool,
        /// Judge a token or an XOAUTH2 string another application produced, offline ("-" = stdin)
        #[arg(long, value_name = "FILE|-", conflicts_with = "raw")]
        inspect: Option<String>,
    },

    /// Print shell completions
    #[command(
        after_help = "Examples:\n  smtp-oauth completions bash > /etc/bash_completion.d/smtp-oauth\n  smtp-oauth completions zsh > \"${fpath[1]}/_smtp-oauth\""
    )]
    Completions {
        /// The shell
        shell: clap_complete::Shell,
    },

    /// Print a systemd timer, crontab line or Windows scheduled task for a daily diagnose
    #[command(after_help = SCHEDULE_EXAMPLES)]
    #[command(group(clap::ArgGroup::new("scheduler").required(true).args(["systemd", "cron", "windows_task"])))]
    Schedule {
        /// A systemd service and timer, with an OnFailure hook
        #[arg(long)]
        systemd: bool,
        /// A crontab line that prints (so cron mails) the report only when the run failed
        #[arg(long)]
        cron: bool,
        /// A `schtasks /Create` command
        #[arg(long)]
        windows_task: bool,
        /// When, each day (HH:MM, local time)
        #[arg(long, value_name = "HH:MM", default_value = "06:17")]
        at: String,
        /// Write the run's Prometheus metrics into DIR (node_exporter's textfile directory)
        #[arg(long, value_name = "DIR")]
        textfile_dir: Option<PathBuf>,
        /// Diagnose every profile of the config file
        #[arg(long)]
        all_profiles: bool,
    },

    /// Rotate the app's client secret: add a new one, test it end to end, store it, then remove the old one
    #[command(after_help = SECRET_EXAMPLES)]
    Secret {
        #[command(subcommand)]
        action: SecretAction,
    },

    /// Rotate the app's client certificate: make (or take) one, upload and test it, then remove the old one
    #[command(after_help = CERT_EXAMPLES)]
    Cert {
        #[command(subcommand)]
        action: CertAction,
    },

    /// Print the man page (roff)
    #[command(
        after_help = "Examples:\n  smtp-oauth man | man -l -\n  smtp-oauth man > /usr/local/share/man/man1/smtp-oauth.1"
    )]
    Man,
}

/// What a test message needs.
#[derive(Args, Debug, Clone, Default)]
pub struct SendArgs {
    /// Send a test message to ADDRESS (repeatable)
    #[arg(long, value_name = "ADDRESS", required = false)]
    pub to: Vec<String>,
    /// Send as another address (needs SendAs for the app)
    #[arg(long, value_name = "ADDRESS")]
    pub from: Option<String>,
    /// Subject of the test message
    #[arg(long)]
    pub subject: Option<String>,
    /// Send XOAUTH2 on the AUTH line (the default; kept for scripts that pass it)
    #[arg(long, conflicts_with = "auth_two_step")]
    pub auth_initial_response: bool,
    /// Send XOAUTH2 after the server's 334, one round trip more (for relays that refuse the
    /// initial response without saying 500, 501 or 504)
    #[arg(long)]
    pub auth_two_step: bool,
}

const SCHEDULE_EXAMPLES: &str = "\
Examples:
  # a daily run at 06:17 whose failure starts smtp-oauth-failed@.service
  smtp-oauth schedule --systemd > smtp-oauth.units
  # every profile, metrics for node_exporter's textfile collector
  smtp-oauth schedule --systemd --all-profiles --textfile-dir /var/lib/prometheus/node-exporter
  # cron mails the report when the run fails
  smtp-oauth schedule --cron --profile ise --at 07:30
  # Windows Task Scheduler
  smtp-oauth schedule --windows-task";

const DIAGNOSE_EXAMPLES: &str = "\
Examples:
  # every check the settings allow, one report
  smtp-oauth diagnose

  # for CI; exit 1 when a check failed
  smtp-oauth diagnose --json > report.json

  smtp-oauth diagnose --format junit --output smtp-oauth.xml

  # just set things up? retry AUTH while they propagate
  smtp-oauth diagnose --wait 30m

  smtp-oauth diagnose --only tls.chain smtp.auth

  smtp-oauth diagnose --all-profiles --format junit --output fleet.xml

  smtp-oauth diagnose --to helpdesk@contoso.com";

const PREREQS_EXAMPLES: &str = "\
Examples:
  # without admin access: the PowerShell to run, values filled in
  smtp-oauth prereqs

  SMTP_OAUTH_GRAPH_TOKEN=\"$GRAPH_TOKEN\" SMTP_OAUTH_EXCHANGE_TOKEN=\"$EXO_TOKEN\" smtp-oauth prereqs

  # sign in as an admin in a browser
  smtp-oauth prereqs --admin device-code

  smtp-oauth prereqs --admin app --admin-client-id 11111111-2222-4333-8444-555555555555 --admin-client-cert admin.pem

  # show each change, ask, apply, check again
  smtp-oauth prereqs --fix

  # unattended
  smtp-oauth prereqs --fix --yes

  smtp-oauth prereqs --fix --dry-run";

const TEST_CONNECTION_EXAMPLES: &str = "\
Examples:
  # ends with: Successfully connected to smtp.office365.com.
  smtp-oauth test-connection

  # with the SMTP transcript (AUTH redacted)
  smtp-oauth test-connection -v";

const SEND_TEST_EXAMPLES: &str = "\
Examples:
  smtp-oauth send-test --to me@contoso.com

  # tests SendAs
  smtp-oauth send-test --to me@contoso.com --from alerts@contoso.com";

const CERTS_EXAMPLES: &str = "\
Examples:
  # the SMTP chain (STARTTLS), verified against the system roots
  smtp-oauth certs

  # the token host's chain (TLS inspection shows here first)
  smtp-oauth certs login

  # export for the client's trust store (Cisco ISE, Java …)
  smtp-oauth certs smtp --out ./chain

  smtp-oauth certs --pem > chain.pem

  smtp-oauth certs mail.example.com:587 --starttls smtp

  # compare with Mozilla's root set
  smtp-oauth certs --trust mozilla

  # will the appliance's own trust store accept the chain? writes what it lacks to ./import
  smtp-oauth certs --check-truststore ./ise-trusted-certs --out ./import

  # a Java keystore, judged without network against Microsoft's published roots
  SMTP_OAUTH_TRUSTSTORE_PASSWORD=changeit smtp-oauth certs --check-truststore cacerts --offline";

const TOKEN_EXAMPLES: &str = "\
Examples:
  # request one and show audience, roles, object id, expiry
  smtp-oauth token

  smtp-oauth token --json | jq .settings.tenant

  # the token itself, only when asked
  smtp-oauth token --raw | other-tool

  # judge what another application sends, offline
  smtp-oauth token --inspect app-token.txt

  grep -o 'AUTH XOAUTH2 .*' smtp.log | smtp-oauth token --inspect -";

const DEMO_EXAMPLES: &str = "\
Examples:
  # a healthy diagnosis, end to end, in seconds
  smtp-oauth demo

  # the scenarios: one per failure class
  smtp-oauth demo --list

  smtp-oauth demo service-principal-wrong-object-id

  # with the SMTP transcript
  smtp-oauth demo untrusted-certificate -v

  # keep it up; prints export lines for other commands
  smtp-oauth demo --serve";

const CONFIG_EXAMPLES: &str = "\
Examples:
  # every setting, its value and its source
  smtp-oauth config show

  smtp-oauth --profile printer config show --json

  # where the config file is
  smtp-oauth config path

  # the profiles in it
  smtp-oauth config list

  smtp-oauth --profile printer config set tenant contoso.onmicrosoft.com

  smtp-oauth config unset secret-expires

  pass show smtp-app | smtp-oauth config set-secret --client-secret-stdin --store file";

const EXPLAIN_EXAMPLES: &str = "\
Examples:
  # every failure class, one line each
  smtp-oauth explain

  # causes and fixes, with your values filled in
  smtp-oauth explain auth-rejected

  smtp-oauth explain AADSTS7000215

  smtp-oauth explain 5.7.139

  # what went wrong, from the client's own log
  smtp-oauth explain --log /opt/CSCOcpm/logs/guest.log

  journalctl -u myapp | smtp-oauth explain --log -";

const SECRET_EXAMPLES: &str = "\
Examples:
  # sign in as an Application Administrator; asks before adding and before removing
  smtp-oauth secret rotate --admin device-code

  # the plan only
  smtp-oauth secret rotate --admin device-code --dry-run

  # unattended, with an admin app that owns the app (Application.ReadWrite.OwnedBy)
  smtp-oauth secret rotate --admin app --admin-client-id 11111111-2222-4333-8444-555555555555 --admin-client-cert admin.pem --yes

  # other clients still use the old secret: keep it
  smtp-oauth secret rotate --admin device-code --keep-old --days 365";

/// How a rotation goes: asked or not, the old credential kept or removed, how long to wait.
#[derive(Args, Debug, Clone)]
pub struct RotationArgs {
    /// Keep the old credential (other clients still use it)
    #[arg(long)]
    pub keep_old: bool,
    /// Add, test, store and remove without asking (unattended runs)
    #[arg(long)]
    pub yes: bool,
    /// Show the plan, change nothing
    #[arg(long, conflicts_with = "yes")]
    pub dry_run: bool,
    /// How long to try a new credential Entra does not accept yet (it takes a while to reach every region)
    #[arg(long, value_name = "DURATION", default_value = "2m")]
    pub wait: String,
}

#[derive(Subcommand, Debug)]
pub enum SecretAction {
    /// Add a new client secret (Graph addPassword), test it (token, SMTP AUTH), store it where
    /// the profile keeps its secret, show it once, then remove the old one (removePassword)
    /// after you confirm. A new secret that fails its test is taken back.
    #[command(after_help = SECRET_EXAMPLES)]
    Rotate {
        /// Days the new secret is valid (the portal's default is 180, its maximum 730)
        #[arg(long, value_name = "DAYS", default_value_t = 180, value_parser = clap::value_parser!(u32).range(1..=730))]
        days: u32,
        /// The new secret's description in Entra [default: smtp-oauth PROFILE DATE]
        #[arg(long, value_name = "TEXT")]
        display_name: Option<String>,
        /// Write the new secret to FILE (mode 0600) and point the profile at it, instead of where the profile keeps its secret
        #[arg(long, value_name = "FILE")]
        secret_file: Option<PathBuf>,
        #[command(flatten)]
        how: RotationArgs,
    },
}

const CERT_EXAMPLES: &str = "\
Examples:
  # a new key and self-signed certificate beside the current one; asks before uploading and before removing
  smtp-oauth cert rotate --admin device-code

  smtp-oauth cert rotate --admin device-code --dry-run

  # a certificate from your own CA (PEM with its key)
  smtp-oauth cert rotate --admin device-code --new-cert /etc/smtp-oauth/sender-2027.pem

  # unattended, with an admin app that owns the app (Application.ReadWrite.OwnedBy)
  smtp-oauth cert rotate --admin app --admin-client-id 11111111-2222-4333-8444-555555555555 --admin-client-cert admin.pem --yes";

#[derive(Subcommand, Debug)]
pub enum CertAction {
    /// Make a new RSA key and self-signed certificate (or take --new-cert), upload it (Graph
    /// addKey, with a proof signed by the certificate in use), test it (token, SMTP AUTH), point
    /// the profile at it, then remove the old one (removeKey) after you confirm. A new
    /// certificate that fails its test is removed again.
    #[command(after_help = CERT_EXAMPLES)]
    Rotate {
        /// Days the made certificate is valid
        #[arg(long, value_name = "DAYS", default_value_t = 365, value_parser = clap::value_parser!(u32).range(1..=1095))]
        days: u32,
        /// Take this certificate (PEM with its private key) instead of making one
        #[arg(long, value_name = "FILE", conflicts_with_all = ["days", "out"])]
        new_cert: Option<PathBuf>,
        /// Where the made certificate and key go (mode 0600) [default: beside the current one, named with today's date]
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        #[command(flatten)]
        how: RotationArgs,
    },
}

#[derive(Subcommand, Debug)]
pub enum ConfigAction {
    /// Every setting with its value and source (secrets as `set (from …)`)
    Show,
    /// The path of the config file
    Path,
    /// The profiles of the config file
    List,
    /// Set a value in the profile (validated first; secrets are refused: use set-secret)
    Set {
        /// Setting name, e.g. tenant, client-id, mailbox, smtp-port, secret-expires
        key: String,
        /// The value
        #[arg(allow_hyphen_values = true)]
        value: String,
    },
    /// Remove a value from the profile
    Unset {
        /// Setting name
        key: String,
    },
    /// Store the client secret in the OS keyring or a 0600 file, from stdin, a file, the
    /// environment or a prompt without echo
    SetSecret {
        /// Where to keep it
        #[arg(long, value_enum, default_value_t = SecretStore::Keyring)]
        store: SecretStore,
    },
}

const SETUP_EXAMPLES: &str = "\
Examples:
  # the guided walk, with a test before saving
  smtp-oauth setup

  smtp-oauth --profile ise setup --target ise

  SMTP_OAUTH_CLIENT_SECRET=\"$(cat secret.txt)\" smtp-oauth setup --non-interactive --tenant contoso.onmicrosoft.com \\
      --client-id 00001111-aaaa-2222-bbbb-3333cccc4444 --mailbox no-reply@contoso.com --store file";

/// Where `setup` keeps the secret.
#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum SetupStore {
    /// The OS keyring
    Keyring,
    /// A 0600 file beside the config file
    File,
    /// Nowhere: SMTP_OAUTH_CLIENT_SECRET is set where the client runs
    None,
}

/// Where `config set-secret` keeps the secret.
#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum SecretStore {
    /// The OS keyring (Keychain, Credential Manager, Secret Service)
    Keyring,
    /// A 0600 file beside the config file, referenced from the profile
    File,
}

#[cfg(test)]
mod example_tests {
    /// Every `--help` example survives copy-paste at any width: a comment has its own line (a
    /// wrapped end-of-line comment would run its words as a command), and no `…` stands in a
    /// command.
    #[test]
    fn help_examples_are_safe_to_paste() {
        use clap::CommandFactory as _;
        let mut cmd = super::Cli::command();
        cmd.build();
        let mut texts = vec![
            cmd.get_after_help()
                .map(ToString::to_string)
                .unwrap_or_default(),
        ];
        texts.extend(
            cmd.get_subcommands()
                .filter_map(|s| s.get_after_help().map(ToString::to_string)),
        );
        for text in texts {
            for line in text.lines().filter(|l| !l.trim_start().starts_with('#')) {
                assert!(!line.contains(" # "), "end-of-line comment: {line}");
                if line.contains("smtp-oauth ") {
                    assert!(
                        !line.contains('…'),
                        "a placeholder that does not run: {line}"
                    );
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn settings_flags_are_global() {
        let cli = Cli::try_parse_from(["smtp-oauth", "config", "show", "--tenant", "x"]).unwrap();
        assert_eq!(cli.settings.values.tenant.as_deref(), Some("x"));
        let cli = Cli::try_parse_from(["smtp-oauth", "--tenant", "y", "config", "show"]).unwrap();
        assert_eq!(cli.settings.values.tenant.as_deref(), Some("y"));
    }

    #[test]
    fn certs_target_is_not_the_client_target_flag() {
        let cli = Cli::try_parse_from(["smtp-oauth", "certs", "login", "--target", "ise"]).unwrap();
        assert!(
            matches!(cli.command, Command::Certs { endpoint: Some(ref e), .. } if e == "login")
        );
        assert_eq!(cli.settings.values.target.as_deref(), Some("ise"));
    }

    #[test]
    fn there_is_no_flag_that_takes_a_secret_value() {
        let err =
            Cli::try_parse_from(["smtp-oauth", "config", "show", "--client-secret", "s3cret"])
                .unwrap_err();
        assert_eq!(err.kind(), clap::error::ErrorKind::UnknownArgument);
    }
}
