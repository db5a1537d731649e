//! The interactive setup: the values of the procedure in its order, each validated as typed with
//! the settings layer's own rules, a test connection before saving, and nothing written until the
//! last question is answered (Esc or Ctrl-C anywhere leaves the config file as it was).
//!
//! dialoguer sits behind [`Prompter`] so the questions are separate from how they are asked.

use crate::failures::ClassId;
use secrecy::SecretString;

use crate::cloud::Cloud;
use crate::i18n::{Arg, Lang, t, tr};
use crate::settings::validate;

pub mod draft;

/// Why the wizard stopped.
#[derive(Debug)]
pub enum WizardError {
    /// Esc, Ctrl-C, or a closed terminal: nothing was written.
    Cancelled,
    Io(String),
}

impl From<crate::cli::SetupStore> for Store {
    fn from(s: crate::cli::SetupStore) -> Store {
        match s {
            crate::cli::SetupStore::Keyring => Store::Keyring,
            crate::cli::SetupStore::File => Store::File,
            crate::cli::SetupStore::None => Store::Environment,
        }
    }
}

/// How questions are asked.
pub trait Prompter {
    fn note(&mut self, text: &str);
    fn select(
        &mut self,
        prompt: &str,
        items: &[String],
        default: usize,
    ) -> Result<usize, WizardError>;
    /// A line of text; `check` returns the reason a value is refused (the prompt asks again).
    fn input(
        &mut self,
        prompt: &str,
        default: Option<&str>,
        check: &dyn Fn(&str) -> Result<(), String>,
    ) -> Result<String, WizardError>;
    fn password(&mut self, prompt: &str) -> Result<SecretString, WizardError>;
    fn confirm(&mut self, prompt: &str, default: bool) -> Result<bool, WizardError>;
}

/// A question that changes something: the answer is a typed word and Enter. A key press, a stray
/// newline or anything but `word` is not a yes (an empty line asks again), so the habitual
/// "y, Enter" of one question can never answer the next one.
pub fn typed_confirm(
    p: &mut dyn Prompter,
    question: &str,
    word: &str,
) -> Result<bool, WizardError> {
    let answer = p.input(
        &format!("{question} Type `{word}` to go ahead, or `no` to stop"),
        None,
        &|v: &str| {
            if v.trim().is_empty() {
                Err(format!("type `{word}` or `no`"))
            } else {
                Ok(())
            }
        },
    )?;
    Ok(answer.trim().eq_ignore_ascii_case(word))
}

/// dialoguer on stderr.
pub struct Terminal;

fn io(e: dialoguer::Error) -> WizardError {
    let dialoguer::Error::IO(e) = e;
    if e.kind() == std::io::ErrorKind::Interrupted {
        WizardError::Cancelled
    } else {
        WizardError::Io(e.to_string())
    }
}

impl Prompter for Terminal {
    fn note(&mut self, text: &str) {
        eprintln!("{text}");
    }

    fn select(
        &mut self,
        prompt: &str,
        items: &[String],
        default: usize,
    ) -> Result<usize, WizardError> {
        // A typed answer, not an arrow-key menu: dialoguer's menu moves on letters (`j`, `k`),
        // so a URL pasted at the wrong moment picked a cloud.
        let listed: String = items
            .iter()
            .enumerate()
            .map(|(i, item)| format!("  {}. {item}\n", i + 1))
            .collect();
        eprint!("{listed}");
        let answer = dialoguer::Input::<String>::new()
            .with_prompt(format!("{prompt} (1-{})", items.len()))
            .default((default + 1).to_string())
            .validate_with(|v: &String| choice(v, items).map(|_| ()))
            .interact_text()
            .map_err(io)?;
        choice(&answer, items).map_err(WizardError::Io)
    }

    fn input(
        &mut self,
        prompt: &str,
        default: Option<&str>,
        check: &dyn Fn(&str) -> Result<(), String>,
    ) -> Result<String, WizardError> {
        // An empty line reaches `check` (which refuses it where a value is needed): "empty to
        // skip" must be possible to type.
        let mut input = dialoguer::Input::<String>::new()
            .with_prompt(prompt)
            .allow_empty(true)
            .validate_with(|v: &String| check(v));
        if let Some(d) = default {
            input = input.default(d.to_string());
        }
        input.interact_text().map_err(io)
    }

    fn password(&mut self, prompt: &str) -> Result<SecretString, WizardError> {
        dialoguer::Password::new()
            .with_prompt(prompt)
            .interact()
            .map(SecretString::from)
            .map_err(io)
    }

    /// A yes/no question answered with a typed word and Enter (`yes`/`y` or `no`/`n`): never a
    /// single key, so a stray newline or the habitual "y, Enter" cannot answer the next question.
    /// An empty line asks again; `default` is only shown as the suggestion.
    fn confirm(&mut self, prompt: &str, default: bool) -> Result<bool, WizardError> {
        let hint = t(if default {
            "wizard-confirm-yes"
        } else {
            "wizard-confirm-no"
        });
        let answer = dialoguer::Input::<String>::new()
            .with_prompt(format!("{prompt} ({hint})"))
            .validate_with(|v: &String| match v.trim().to_ascii_lowercase().as_str() {
                "y" | "yes" | "n" | "no" => Ok(()),
                _ => Err(t("wizard-type-yes-or-no")),
            })
            .interact_text()
            .map_err(io)?;
        Ok(matches!(
            answer.trim().to_ascii_lowercase().as_str(),
            "y" | "yes"
        ))
    }
}

/// Where the secret is kept after setup.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Store {
    Keyring,
    File,
    /// Nowhere: the client (or CI) sets SMTP_OAUTH_CLIENT_SECRET.
    Environment,
}

/// The client the values are for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Client {
    Generic,
    Ise { release: String },
}

/// Every value of the procedure.
#[derive(Debug, Clone)]
pub struct Values {
    pub client: Client,
    pub cloud: Cloud,
    pub tenant: String,
    pub client_id: String,
    pub secret: Option<SecretString>,
    pub certificate: Option<String>,
    /// The password of a PKCS#12 certificate (from the environment).
    pub certificate_password: Option<SecretString>,
    pub secret_expires: Option<String>,
    pub mailbox: String,
    pub smtp_host: String,
    pub smtp_port: u16,
    pub timeout: String,
    pub store: Store,
}

/// Which value to ask again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// The Microsoft cloud (asked again when discovery or AADSTS900382 says it is another).
    Cloud,
    Tenant,
    ClientId,
    Credential,
    Mailbox,
    Server,
}

/// The value most likely wrong for a failure class (the wizard offers to go back to it).
pub fn field_for(class: ClassId) -> Option<Field> {
    use crate::failures::Suspect;
    Some(match crate::failures::by_id(class.as_str())?.suspect? {
        Suspect::Tenant => Field::Tenant,
        Suspect::ClientId => Field::ClientId,
        Suspect::Credential => Field::Credential,
        Suspect::Mailbox => Field::Mailbox,
        Suspect::Server => Field::Server,
    })
}

/// The first Cisco ISE release of each train that supports OAuth SMTP with Exchange Online.
const ISE_MINIMUM: &[((u32, u32), u32)] = &[((3, 2), 8), ((3, 3), 8), ((3, 4), 4), ((3, 5), 1)];

/// Parses `3.3 P8`, `3.3p8`, `3.3 patch 8`, `3.4` into `((major, minor), patch)`.
pub fn parse_ise_release(text: &str) -> Option<((u32, u32), u32)> {
    let t = text
        .trim()
        .to_ascii_lowercase()
        .replace("patch", "p")
        .replace(' ', "");
    let (version, patch) = t.split_once('p').map_or((t.as_str(), "0"), |(v, p)| (v, p));
    let (major, minor) = version.split_once('.')?;
    let minor = minor.split('.').next()?;
    Some((
        (major.parse().ok()?, minor.parse().ok()?),
        patch.parse().ok()?,
    ))
}

/// Whether an ISE release supports OAuth SMTP; `Err` says which release is needed.
pub fn ise_supported(release: &str) -> Result<(), String> {
    let Some((train, patch)) = parse_ise_release(release) else {
        let text: String = release.chars().take(30).collect();
        return Err(tr(
            "wizard-ise-unknown-release",
            &[("text", Arg::Text(&text))],
        ));
    };
    let needed = |t: (u32, u32)| ISE_MINIMUM.iter().find(|(m, _)| *m == t).map(|(_, p)| *p);
    match needed(train) {
        Some(min) if patch >= min => Ok(()),
        Some(min) => Err(tr(
            "wizard-ise-needs-patch",
            &[
                ("train", Arg::Text(&format!("{}.{}", train.0, train.1))),
                ("patch", Arg::Number(min.into())),
            ],
        )),
        None if train > (3, 5) => Ok(()),
        None => Err(tr(
            "wizard-ise-no-oauth",
            &[("train", Arg::Text(&format!("{}.{}", train.0, train.1)))],
        )),
    }
}

fn check(f: impl Fn(&str) -> Result<(), validate::Invalid>) -> impl Fn(&str) -> Result<(), String> {
    move |v| {
        f(v).map_err(|e| {
            let lang = crate::i18n::current();
            let problem = e.problem_in(lang);
            if let Some(h) = e.hint_in(lang) {
                format!("{problem}; {h}")
            } else {
                let expected = validate::expected_message(e.expected)
                    .map_or_else(|| e.expected.to_string(), t);
                format!(
                    "{problem}; {}",
                    tr("wizard-expected", &[("expected", Arg::Text(&expected))])
                )
            }
        })
    }
}

/// Asks one field (or all of them in order). `v` holds earlier answers as defaults; after each
/// answer the draft (when given) keeps them, so a Ctrl-C loses only the question it interrupts.
pub fn ask(
    p: &mut dyn Prompter,
    field: Option<Field>,
    v: &mut Values,
    draft: Option<&draft::Draft>,
) -> Result<(), WizardError> {
    let all = field.is_none();
    let wants = |f: Field| all || field == Some(f);
    let keep = |v: &Values| {
        if let Some(d) = draft {
            d.save(v);
        }
    };
    if all {
        client_and_cloud(p, v)?;
    } else if field == Some(Field::Cloud) {
        ask_cloud(p, v)?;
    }
    keep(v);
    if wants(Field::Tenant) {
        p.note(&t("wizard-tenant-note"));
        v.tenant = p.input(
            &t("wizard-tenant"),
            non_empty(&v.tenant),
            &check(|t| validate::tenant(t).map(|_| ())),
        )?;
        keep(v);
    }
    if wants(Field::ClientId) {
        p.note(&t("wizard-client-id-note"));
        v.client_id = p.input(
            &t("wizard-client-id"),
            non_empty(&v.client_id),
            &check(|c| validate::client_id(c).map(|_| ())),
        )?;
        keep(v);
    }
    if wants(Field::Credential) {
        ask_credential(p, v)?;
        keep(v);
    }
    if wants(Field::Mailbox) {
        p.note(&t("wizard-mailbox-note"));
        v.mailbox = p.input(
            &t("wizard-mailbox"),
            non_empty(&v.mailbox),
            &check(|m| validate::mailbox(m).map(|_| ())),
        )?;
        keep(v);
    }
    if wants(Field::Server) {
        ask_server(p, v)?;
        keep(v);
    }
    if all && v.secret.is_some() {
        let stores = vec![
            t("wizard-store-keyring"),
            t("wizard-store-file"),
            t("wizard-store-env"),
        ];
        v.store = match p.select(&t("wizard-store"), &stores, 1)? {
            0 => Store::Keyring,
            1 => Store::File,
            _ => Store::Environment,
        };
    }
    Ok(())
}

/// A client secret, or a certificate file (never for Cisco ISE, whose page takes a secret).
fn ask_credential(p: &mut dyn Prompter, v: &mut Values) -> Result<(), WizardError> {
    let kinds = vec![
        t("wizard-credential-secret"),
        t("wizard-credential-certificate"),
    ];
    // Cisco ISE's SMTP Server page has a Client Secret field only: no certificate to offer.
    let ise = matches!(v.client, Client::Ise { .. });
    if ise
        || p.select(
            &t("wizard-credential"),
            &kinds,
            usize::from(v.certificate.is_some()),
        )? == 0
    {
        ask_secret(p, v)?;
    } else {
        let path = p.input(
            &t("wizard-certificate-file"),
            v.certificate.as_deref(),
            &|path| {
                crate::oauth::assertion::CertificateCredential::from_file(
                    std::path::Path::new(path.trim()),
                    v.certificate_password.as_ref(),
                )
                .map(|_| ())
                .map_err(|e| e.to_string())
            },
        )?;
        v.certificate = Some(path.trim().to_string());
        v.secret = None;
    }
    Ok(())
}

/// The client (generic or Cisco ISE, with its release) and the Microsoft cloud.
fn client_and_cloud(p: &mut dyn Prompter, v: &mut Values) -> Result<(), WizardError> {
    p.note(&format!("{}\n", t("wizard-intro")));
    let items = vec![t("wizard-client-generic"), t("wizard-client-ise")];
    // `--target ise` (or a profile's target, or --ise-release) preselects Cisco ISE.
    let known_release = match &v.client {
        Client::Ise { release } => Some(release.clone()),
        Client::Generic => None,
    };
    let preset = usize::from(known_release.is_some());
    if p.select(&t("wizard-client"), &items, preset)? == 1 {
        let release = p.input(
            &t("wizard-ise-release"),
            known_release.as_deref().filter(|r| !r.is_empty()),
            &|r| {
                parse_ise_release(r)
                    .map(|_| ())
                    .ok_or_else(|| t("wizard-ise-not-a-release"))
            },
        )?;
        if let Err(why) = ise_supported(&release) {
            p.note(&tr("wizard-ise-prepare", &[("why", Arg::Text(&why))]));
        }
        v.client = Client::Ise { release };
    } else {
        v.client = Client::Generic;
    }
    ask_cloud(p, v)
}

/// The clouds as the menu names them (message ids), in the order of [`Cloud::ALL`].
const CLOUDS: [&str; 4] = [
    "wizard-cloud-global",
    "wizard-cloud-gcc-high",
    "wizard-cloud-dod",
    "wizard-cloud-china",
];

/// The Microsoft cloud, the current one suggested.
fn ask_cloud(p: &mut dyn Prompter, v: &mut Values) -> Result<(), WizardError> {
    let clouds: Vec<String> = CLOUDS.map(t).to_vec();
    let current = Cloud::ALL.iter().position(|c| *c == v.cloud).unwrap_or(0);
    let index = p.select(&t("wizard-cloud"), &clouds, current)?;
    v.cloud = Cloud::ALL[index];
    // The SMTP host follows the cloud unless it was set to something else.
    if Cloud::ALL
        .iter()
        .any(|c| v.smtp_host == c.endpoints().smtp_host)
    {
        v.smtp_host = v.cloud.endpoints().smtp_host.to_string();
    }
    Ok(())
}

/// The cloud a failed test says the tenant is in, when it is not the one chosen: OpenID
/// discovery's `tenant_cloud`, or AADSTS900382 (another cloud, which one unknown).
pub fn cloud_suspect(steps: &[crate::checks::Step], chosen: Cloud) -> Option<Option<Cloud>> {
    let said = steps.iter().find_map(|s| {
        s.evidence
            .get("tenant_cloud")
            .and_then(serde_json::Value::as_str)
            .and_then(|c| validate::cloud(c).ok())
    });
    if let Some(c) = said.filter(|c| *c != chosen) {
        return Some(Some(c));
    }
    steps
        .iter()
        .any(|s| {
            s.evidence.get("aadsts").and_then(serde_json::Value::as_str) == Some("AADSTS900382")
        })
        .then_some(None)
}

/// The number (1-based) or the unique name (a case-insensitive part of it) of one of `items`:
/// a menu answered by a typed line, so pasted text cannot move a selection.
pub fn choice(answer: &str, items: &[String]) -> Result<usize, String> {
    let a = answer.trim();
    let count = i64::try_from(items.len()).unwrap_or(i64::MAX);
    if let Ok(n) = a.parse::<usize>() {
        return (1..=items.len())
            .contains(&n)
            .then(|| n - 1)
            .ok_or_else(|| tr("wizard-choose-range", &[("count", Arg::Number(count))]));
    }
    let lower = a.to_ascii_lowercase();
    let hits: Vec<usize> = items
        .iter()
        .enumerate()
        .filter(|(_, i)| !lower.is_empty() && i.to_ascii_lowercase().contains(&lower))
        .map(|(n, _)| n)
        .collect();
    match hits.as_slice() {
        [one] => Ok(*one),
        [] => {
            let shown: String = a.chars().take(40).collect();
            Err(tr(
                "wizard-no-such-choice",
                &[("answer", Arg::Text(&shown)), ("count", Arg::Number(count))],
            ))
        }
        _ => Err(tr("wizard-ambiguous-choice", &[("answer", Arg::Text(a))])),
    }
}

/// The client secret's value (never its id) and its expiry date.
fn ask_secret(p: &mut dyn Prompter, v: &mut Values) -> Result<(), WizardError> {
    p.note(&t("wizard-secret-note"));
    loop {
        let secret = p.password(&t("wizard-secret"))?;
        if crate::settings::secret::looks_like_secret_id(&secret) {
            p.note(&t("wizard-secret-is-id"));
            continue;
        }
        v.secret = Some(secret);
        v.certificate = None;
        break;
    }
    p.note(&t("wizard-expiry-note"));
    let expires = p.input(&t("wizard-expiry"), v.secret_expires.as_deref(), &|d| {
        if d.trim().is_empty() {
            Ok(())
        } else {
            check(|d| validate::date(d).map(|_| ()))(d)
        }
    })?;
    v.secret_expires = (!expires.trim().is_empty()).then(|| expires.trim().to_string());
    if let Some(date) = v
        .secret_expires
        .as_deref()
        .and_then(|d| validate::date(d).ok())
    {
        let days = (date - time::OffsetDateTime::now_utc().date()).whole_days();
        if days < 0 {
            p.note(&tr(
                "wizard-secret-expired",
                &[("days", Arg::Number(-days))],
            ));
        } else if days <= 60 {
            p.note(&tr(
                "wizard-secret-expiring",
                &[("days", Arg::Number(days))],
            ));
        }
    }
    Ok(())
}

/// The SMTP server, port and timeout.
fn ask_server(p: &mut dyn Prompter, v: &mut Values) -> Result<(), WizardError> {
    let default_host = v.cloud.endpoints().smtp_host;
    let host_default = if v.smtp_host.is_empty() {
        default_host.to_string()
    } else {
        v.smtp_host.clone()
    };
    v.smtp_host = p.input(
        &t("wizard-smtp-server"),
        Some(&host_default),
        &check(|h| validate::host(h).map(|_| ())),
    )?;
    v.smtp_port = p
        .input(
            &t("wizard-smtp-port"),
            Some(&v.smtp_port.to_string()),
            &check(|x| validate::port(x).map(|_| ())),
        )?
        .trim()
        .parse()
        .unwrap_or(587);
    v.timeout = p.input(
        &t("wizard-timeout"),
        Some(&v.timeout),
        &check(|x| validate::timeout(x).map(|_| ())),
    )?;
    Ok(())
}

fn non_empty(s: &str) -> Option<&str> {
    (!s.is_empty()).then_some(s)
}

/// The scope Cisco ISE fills in and sends: `https://outlook.office.com/.default` on the global
/// cloud (the guide's field), the cloud's own Exchange scope elsewhere.
pub fn ise_scope(cloud: Cloud) -> String {
    match cloud {
        Cloud::Global => "https://outlook.office.com/.default".to_string(),
        other => other.endpoints().scope.to_string(),
    }
}

/// The timeout Cisco ISE's guide sets: 60 seconds.
pub const ISE_TIMEOUT: &str = "60";

/// The values as Cisco ISE's SMTP Server page wants them (Administration › System › Settings ›
/// SMTP Server), field by field: the field names as ISE's page shows them (in English), the
/// notes in `lang`.
pub fn ise_fields(v: &Values, tenant_id: &str, lang: Lang) -> Vec<(&'static str, String)> {
    let say = |id: &str, args: &[(&str, Arg<'_>)]| crate::i18n::tr_in(lang, id, args);
    let filled = |value: &str| say("setup-ise-filled-in", &[("value", Arg::Text(value))]);
    let ep = v.cloud.endpoints();
    let seconds = v.timeout.trim().trim_end_matches('s');
    vec![
        ("SMTP Server", v.smtp_host.clone()),
        ("SMTP Port", v.smtp_port.to_string()),
        (
            "Connection Timeout",
            say("setup-ise-seconds", &[("seconds", Arg::Text(seconds))]),
        ),
        ("Use TLS", say("setup-ise-enabled", &[])),
        ("Authentication", "MS Exchange Online OAuth".into()),
        ("Email Address", v.mailbox.clone()),
        ("Client ID", v.client_id.clone()),
        ("Tenant ID", tenant_id.to_string()),
        ("Client Secret", say("setup-ise-paste-secret", &[])),
        (
            "Expiry Date",
            v.secret_expires
                .clone()
                .unwrap_or_else(|| say("setup-ise-expiry", &[])),
        ),
        (
            "OAuth Token Endpoint API",
            filled(&format!("{}/{tenant_id}/oauth2/v2.0/token", ep.authority)),
        ),
        ("Scope", filled(&ise_scope(v.cloud))),
    ]
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_menu_answer_is_a_number_or_one_name() {
        let items: Vec<String> = super::CLOUDS.map(crate::i18n::t).to_vec();
        assert_eq!(super::choice("2", &items), Ok(1));
        assert_eq!(super::choice(" china ", &items), Ok(3));
        assert_eq!(super::choice("dod", &items), Ok(2));
        assert!(
            super::choice("US Government", &items)
                .unwrap_err()
                .contains("more than one")
        );
        assert!(super::choice("5", &items).is_err());
        assert!(super::choice("https://login.microsoftonline.com/k", &items).is_err());
        assert!(super::choice("", &items).is_err());
    }

    use super::*;

    #[test]
    fn ise_releases() {
        assert_eq!(parse_ise_release("3.3 P8"), Some(((3, 3), 8)));
        assert_eq!(parse_ise_release("3.4 patch 4"), Some(((3, 4), 4)));
        assert_eq!(parse_ise_release("3.5"), Some(((3, 5), 0)));
        assert!(ise_supported("3.3 P8").is_ok() && ise_supported("3.6").is_ok());
        assert!(ise_supported("3.3 P7").unwrap_err().contains("Patch 8"));
        assert!(ise_supported("3.1 P5").unwrap_err().contains("3.2 P8"));
        assert!(ise_supported("banana").is_err());
    }

    /// Answers every question with its default, and keeps each select's default.
    struct Defaults(Vec<usize>);
    impl Prompter for Defaults {
        fn note(&mut self, _: &str) {}
        fn select(&mut self, _: &str, _: &[String], default: usize) -> Result<usize, WizardError> {
            self.0.push(default);
            Ok(default)
        }
        fn input(
            &mut self,
            _: &str,
            default: Option<&str>,
            check: &dyn Fn(&str) -> Result<(), String>,
        ) -> Result<String, WizardError> {
            let answer = default.unwrap_or("3.3 P8").to_string();
            check(&answer).map_err(WizardError::Io)?;
            Ok(answer)
        }
        fn password(&mut self, _: &str) -> Result<SecretString, WizardError> {
            Err(WizardError::Cancelled)
        }
        fn confirm(&mut self, _: &str, default: bool) -> Result<bool, WizardError> {
            Ok(default)
        }
    }

    #[test]
    fn target_ise_and_the_cloud_are_preselected() {
        let mut v = Values {
            client: Client::Ise {
                release: "3.4 P4".into(),
            },
            cloud: Cloud::ALL[1],
            tenant: String::new(),
            client_id: String::new(),
            secret: None,
            certificate: None,
            certificate_password: None,
            secret_expires: None,
            mailbox: String::new(),
            smtp_host: String::new(),
            smtp_port: 587,
            timeout: "60".into(),
            store: Store::File,
        };
        let mut p = Defaults(Vec::new());
        client_and_cloud(&mut p, &mut v).unwrap();
        assert_eq!(
            p.0,
            [1, 1],
            "Cisco ISE and the profile's cloud are the defaults"
        );
        assert!(matches!(&v.client, Client::Ise { release } if release == "3.4 P4"));
        assert_eq!(v.cloud, Cloud::ALL[1]);
    }

    #[test]
    fn each_class_points_back_to_a_value() {
        assert_eq!(
            field_for(ClassId::INVALID_CLIENT_SECRET),
            Some(Field::Credential)
        );
        assert_eq!(field_for(ClassId::APP_NOT_FOUND), Some(Field::ClientId));
        assert_eq!(field_for(ClassId::UNTRUSTED_CERTIFICATE), None);
    }
}
