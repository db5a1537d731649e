//! Issue 19: the human output in the user's language. Every language file parses and has
//! exactly English's messages; Traditional Chinese uses no Simplified-only character; the JSON
//! is byte-identical whatever the language; the locale variables and `--lang` choose it; the
//! human report of a healthy and a failing diagnosis is pinned per language.

use smtp_oauth::i18n::{self, Lang};

use crate::support::Sandbox;

#[test]
fn every_language_has_exactly_the_english_messages() {
    let english = i18n::message_ids(Lang::En);
    assert!(english.len() > 40, "{english:?}");
    for lang in Lang::ALL {
        i18n::parses(lang).unwrap();
        let ids = i18n::message_ids(lang);
        let missing: Vec<&String> = english.iter().filter(|id| !ids.contains(id)).collect();
        let extra: Vec<&String> = ids.iter().filter(|id| !english.contains(id)).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{}: missing {missing:?}, extra {extra:?}",
            lang.tag()
        );
    }
}

/// Characters that exist only in Simplified Chinese (their Traditional forms differ): none may
/// appear in the zh-TW messages.
const SIMPLIFIED_ONLY: &str = "们个这为时发说对实现样经过进还没动应问题关开从间务体设证书连线码项户择请认输错误检传邮队权录储结败续须读览网络显验签处获启态载转条级";

#[test]
fn traditional_chinese_is_traditional() {
    let text = Lang::ZhTw.source();
    let found: Vec<char> = text
        .chars()
        .filter(|c| SIMPLIFIED_ONLY.contains(*c))
        .collect();
    assert!(
        found.is_empty(),
        "Simplified characters in zh-TW: {found:?}"
    );
}

fn run(sb: &Sandbox, args: &[&str], env: &[(&str, &str)]) -> crate::support::Output {
    let mut r = sb.cmd().args(args);
    for (k, v) in env {
        r = r.env(k, v);
    }
    r.run()
}

#[test]
fn json_is_the_same_in_every_language() {
    let sb = Sandbox::new();
    let english = crate::snapshots::redact(
        &run(
            &sb,
            &["demo", "service-principal-wrong-object-id", "--json"],
            &[],
        )
        .stdout,
    );
    for lang in [
        "ja_JP.UTF-8",
        "ko_KR.UTF-8",
        "fr_FR.UTF-8",
        "pt_BR.UTF-8",
        "zh_TW.UTF-8",
    ] {
        let other = crate::snapshots::redact(
            &run(
                &sb,
                &["demo", "service-principal-wrong-object-id", "--json"],
                &[("LANG", lang)],
            )
            .stdout,
        );
        assert_eq!(english, other, "{lang}: the JSON changed with the language");
    }
}

#[test]
fn the_language_comes_from_the_flag_the_variable_or_the_locale() {
    let sb = Sandbox::new();
    let healthy = |env: &[(&str, &str)], extra: &[&str]| {
        let mut args = vec!["demo"];
        args.extend(extra);
        run(&sb, &args, env).stdout
    };
    assert!(healthy(&[("LANG", "ja_JP.UTF-8")], &[]).contains("件成功。"));
    assert!(
        healthy(&[("LC_ALL", "fr_FR.UTF-8"), ("LANG", "ja_JP.UTF-8")], &[]).contains("réussies.")
    );
    assert!(
        healthy(&[("SMTP_OAUTH_LANG", "ko"), ("LANG", "fr_FR.UTF-8")], &[]).contains("개 통과.")
    );
    assert!(healthy(&[("LANG", "fr_FR.UTF-8")], &["--lang", "pt-BR"]).contains("aprovadas."));
    // Chinese of Taiwan is Traditional; of the mainland, English (never Simplified).
    assert!(healthy(&[("LANG", "zh_TW.UTF-8")], &[]).contains("項通過。"));
    assert!(healthy(&[("LANG", "zh_CN.UTF-8")], &[]).contains("passed."));
    assert!(healthy(&[("LANG", "C")], &[]).contains("passed."));
}

/// The pseudo-locale accents every translated word: what is still English shows as plain
/// ASCII in its labels (used to find untranslated strings).
#[test]
fn the_pseudo_locale_marks_the_translated_labels() {
    let sb = Sandbox::new();
    let out = run(&sb, &["demo", "auth-rejected", "--lang", "qps-ploc"], &[]).stdout;
    assert!(out.contains("Whát tó dó:"), "{out}");
    assert!(!out.contains("What to do:"), "{out}");
    assert!(out.contains("1 chéck fáíléd"), "{out}");
}

#[test]
fn the_human_report_is_pinned_in_every_language() {
    let sb = Sandbox::new();
    for lang in Lang::ALL {
        for scenario in ["healthy", "service-principal-wrong-object-id"] {
            let out = run(
                &sb,
                &["demo", scenario, "--no-color", "--lang", lang.tag()],
                &[],
            );
            insta::assert_snapshot!(
                format!("human_{}_{scenario}", lang.tag()),
                crate::snapshots::redact(&out.stdout)
            );
        }
    }
}

/// The English messages of the failure-class titles are the catalog's titles, one per class.
#[test]
fn every_failure_class_has_its_title_in_every_language() {
    for id in smtp_oauth::failures::ClassId::ALL {
        let class = smtp_oauth::failures::by_id(id.as_str()).unwrap();
        let key = format!("class-{}", id.as_str());
        assert_eq!(
            i18n::message_in(Lang::En, &key, &[]).as_deref(),
            Some(class.title),
            "{key}"
        );
        for lang in Lang::ALL {
            assert!(
                i18n::message_ids(lang).contains(&key),
                "{}: {key}",
                lang.tag()
            );
        }
    }
}

/// The English messages of a class's texts are the catalog's, placeholder for placeholder (the
/// catalog stays the source), every class has them, and every language has them all.
#[test]
fn translated_class_texts_follow_the_catalog() {
    let mut translated = 0;
    for id in smtp_oauth::failures::ClassId::ALL {
        let class = smtp_oauth::failures::by_id(id.as_str()).unwrap();
        let Some((when, causes, fix)) =
            i18n::class_templates(Lang::En, id.as_str(), class.causes.len(), class.fix.len())
        else {
            continue;
        };
        translated += 1;
        assert_eq!(when, class.when, "{}", id.as_str());
        assert_eq!(causes, class.causes, "{}", id.as_str());
        assert_eq!(fix, class.fix, "{}", id.as_str());
        for lang in Lang::ALL {
            assert!(
                i18n::class_templates(lang, id.as_str(), class.causes.len(), class.fix.len())
                    .is_some(),
                "{} lacks a text of {}",
                lang.tag(),
                id.as_str()
            );
        }
    }
    assert_eq!(
        translated,
        smtp_oauth::failures::ClassId::ALL.len(),
        "every class's texts are in the message files"
    );
}

/// Documentation links point to learn.microsoft.com in the user's locale.
#[test]
fn learn_links_follow_the_language() {
    let sb = Sandbox::new();
    let out = run(&sb, &["explain", "smtp-auth-disabled", "--lang", "ko"], &[]).stdout;
    assert!(
        out.contains("https://learn.microsoft.com/ko-kr/exchange/"),
        "{out}"
    );
    let out = run(&sb, &["explain", "smtp-auth-disabled"], &[]).stdout;
    assert!(
        out.contains("https://learn.microsoft.com/exchange/"),
        "{out}"
    );
}

/// Every demo scenario's summary is a message in every language, and the English one is the
/// simulator's own summary word for word (the simulator stays the source; JSON keeps it).
#[test]
fn every_scenario_summary_is_a_message() {
    for s in smtp_oauth::sim::scenario::SCENARIOS {
        let key = format!("scenario-{}", s.name);
        assert_eq!(
            i18n::message_in(Lang::En, &key, &[]).as_deref(),
            Some(s.summary),
            "{key}"
        );
        for lang in Lang::ALL {
            assert!(
                i18n::message_ids(lang).contains(&key),
                "{}: {key}",
                lang.tag()
            );
        }
    }
}

/// Names that are the same in every language (products, protocols, Microsoft's portal nouns
/// kept in English by its own localized portals).
const SAME_IN_EVERY_LANGUAGE: &[&str] = &[
    "Microsoft",
    "Exchange",
    "Entra",
    "Graph",
    "PowerShell",
    "Office",
    "Online",
    "Azure",
    "Contoso",
    "Cisco",
    "OAuth",
    "FullAccess",
    "SendAs",
    // Setting values, never translated (`--cloud global`).
    "global",
];

/// Text that is not the tool's to translate, taken out before looking for English: Microsoft's
/// replies and errors, links, commands, quoted and bracketed server text, names and ids, and
/// the system resolver's words. Written for text whose numbers all read `0` (see [`scrub`]).
const NOT_OURS: &[&str] = &[
    // An SMTP reply with its enhanced code (`535 5.7.3 …`), to the end of the line.
    r"\b0[ -]0\.0\.0\b.*",
    r"AADSTS0:.*",
    r".*Microsoft ESMTP MAIL Service ready.*",
    r"https?://\S+",
    r"`[^`]*`",
    r#""[^"]*""#,
    r"\[[A-Z0][^\]]*\]",
    r"HTTP 0: .*",
    // PowerShell: a cmdlet and its arguments up to the next command; a property's value.
    r"\b[A-Z][a-z]+-[A-Z][A-Za-z]+\b[^;]*",
    r"\b[A-Z]\w+ = (true|false)\b",
    r"\b(C|ST|L|O|OU|CN)=[^,()]*",
    r"[\w.+-]+@[\w.-]+",
    r"\b[\w-]+(\.[\w-]+)+\b",
    r"\b[A-Za-z0-9]+([-_][A-Za-z0-9]+)+\b",
    r"\b[A-Z][a-z]+[A-Z]\w*\b",
    r"failed to lookup address information: .*",
];

/// `text` with what changes from run to run (trace and request ids, numbers) made equal, then
/// what is not ours to translate taken out.
fn scrub(text: &str) -> String {
    static RULES: std::sync::LazyLock<Vec<(regex::Regex, &str)>> = std::sync::LazyLock::new(|| {
        let mut rules = vec![
            (r"\b[0-9A-F]{16}\b", "0"),
            (r"\b[0-9a-fA-F]{8}-[0-9a-fA-F-]{27}\b", "0"),
            (r"\d+", "0"),
        ];
        rules.extend(NOT_OURS.iter().map(|p| (*p, " ")));
        rules
            .into_iter()
            .map(|(p, with)| (regex::Regex::new(p).unwrap(), with))
            .collect()
    });
    RULES.iter().fold(text.to_string(), |t, (re, with)| {
        re.replace_all(&t, *with).into_owned()
    })
}

/// Every text value of a JSON report's evidence (the data shown as it is: names, ids,
/// Microsoft's own words), longest first.
fn evidence_texts(report: &serde_json::Value) -> Vec<String> {
    fn walk(v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::String(s) if s.len() > 2 => out.push(s.clone()),
            serde_json::Value::Array(a) => a.iter().for_each(|v| walk(v, out)),
            serde_json::Value::Object(m) => m.values().for_each(|v| walk(v, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for check in report["checks"].as_array().into_iter().flatten() {
        walk(&check["evidence"], &mut out);
    }
    let mut out: Vec<String> = out
        .iter()
        .map(|t| scrub(t).trim().to_string())
        .filter(|t| t.len() > 2)
        .collect();
    out.sort_by_key(|s| std::cmp::Reverse(s.len()));
    out
}

/// The lines of a pseudo-locale report with a word left in plain English: the pseudo-locale
/// accents every vowel of the tool's own words, so a word of three letters or more with a plain
/// vowel came from somewhere else.
fn english_left(human: &str, report: &serde_json::Value, scenario: &str) -> Vec<String> {
    let word = regex::Regex::new(r"[A-Za-z][A-Za-z']+").unwrap();
    let texts = evidence_texts(report);
    let mut left = Vec::new();
    for line in human.lines() {
        let mut rest = scrub(line);
        for t in &texts {
            rest = rest.replace(t.as_str(), " ");
        }
        rest = rest.replace(scenario, " ");
        let english: Vec<&str> = word
            .find_iter(&rest)
            .map(|m| m.as_str())
            .filter(|w| {
                w.len() >= 3
                    && w.contains(['a', 'e', 'i', 'o', 'u', 'A', 'E', 'I', 'O', 'U'])
                    && !w.chars().all(|c| c.is_ascii_uppercase())
                    && !SAME_IN_EVERY_LANGUAGE.contains(w)
            })
            .collect();
        if !english.is_empty() {
            left.push(format!("{line}   <- {english:?}"));
        }
    }
    left
}

/// Every demo scenario's human report in the pseudo-locale has no English sentence left (only
/// Microsoft's texts, commands, names and ids), and its JSON is the pinned English JSON byte
/// for byte.
#[test]
fn no_english_is_left_in_any_scenario_and_the_json_stays_english() {
    let sb = Sandbox::new();
    let results = crate::snapshots::each_scenario(&sb, |n| {
        let pseudo = ["--lang", "qps-ploc", "--no-color"];
        let human = sb.cmd().args(["demo", n]).args(pseudo).run();
        let json = sb.cmd().args(["demo", n, "--json"]).args(pseudo).run();
        let text = format!("{}\n{}", human.stdout, human.stderr);
        let left = english_left(&text, &json.json(), n);
        let pinned = std::fs::read_to_string(format!(
            "tests/integration/snapshots/integration__snapshots__demo_json__{n}.snap"
        ))
        .unwrap_or_default();
        let body = pinned.splitn(3, "---\n").nth(2).unwrap_or_default();
        let same = body.trim_end() == crate::snapshots::redact(&json.stdout).trim_end();
        (left, same)
    });
    let mut problems = Vec::new();
    for (name, (left, same)) in results {
        if !same {
            problems.push(format!(
                "{name}: the JSON differs from the English one pinned"
            ));
        }
        problems.extend(left.into_iter().map(|l| format!("{name}: {l}")));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// A command that fails with a usage or configuration error (exit 2): its stderr, and the
/// message of the JSON error document the same command prints with `--json`.
fn error_said(args: &[&str]) -> (String, String) {
    let sb = Sandbox::new();
    let out = run(&sb, args, &[]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    let mut json_args = args.to_vec();
    json_args.push("--json");
    let json = run(&sb, &json_args, &[]);
    assert_eq!(json.code, 2, "{}", json.stdout);
    let doc = json.json();
    let message = doc["error"]["message"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    (out.stderr, message)
}

/// A refused setting is said on stderr in the user's language (where it came from and the
/// form expected, with the portal's labels); the JSON error keeps the English message.
#[test]
fn a_refused_setting_is_said_in_the_users_language() {
    let (said, english) = error_said(&["diagnose", "--tenant", "not a tenant", "--lang", "ja"]);
    for part in [
        "smtp-oauth: エラー: tenant の値が正しくありません（設定元: フラグ --tenant）",
        "`not a tenant` はテナントの GUID でもドメイン名でもありません",
        "概要 › テナント ID",
    ] {
        assert!(said.contains(part), "{part}:\n{said}");
    }
    assert!(
        english.starts_with("invalid tenant (from flag --tenant): `not a tenant` is neither a tenant GUID nor a domain name\n  expected: a Directory (tenant) ID"),
        "{english}"
    );
}

/// The settings a run lacks are listed in the user's language, where to find each in the
/// localized portal; the JSON error's message is the English list.
#[test]
fn missing_settings_are_listed_in_the_users_language() {
    let (said, english) = error_said(&["diagnose", "--lang", "ko"]);
    for part in [
        "다음 설정이 없습니다:\n  테넌트: --tenant 또는 SMTP_OAUTH_TENANT",
        "\n  사서함: --mailbox",
    ] {
        assert!(said.contains(part), "{part}:\n{said}");
    }
    assert!(
        english.starts_with("missing settings:\n  tenant: --tenant or SMTP_OAUTH_TENANT"),
        "{english}"
    );
}

/// `config show` says where each value came from in the user's language; the names stay.
#[test]
fn config_show_says_the_sources_in_the_users_language() {
    let sb = Sandbox::new();
    let tenant = [("SMTP_OAUTH_TENANT", "4b7c1e2a-9d3f-4a65-8e21-6f0c3b9d7a14")];
    let out = run(
        &sb,
        &["config", "show", "--lang", "fr", "--no-color"],
        &tenant,
    );
    assert!(
        out.stdout.starts_with("Profil default dans "),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout
            .contains("variable d'environnement SMTP_OAUTH_TENANT"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains("déduit de authority + tenant"),
        "{}",
        out.stdout
    );
    let english = run(&sb, &["config", "show", "--no-color"], &tenant);
    assert!(
        english.stdout.contains("env SMTP_OAUTH_TENANT"),
        "{}",
        english.stdout
    );
}

/// Usage errors are said in the user's language; the JSON error keeps the English message.
#[test]
fn a_usage_error_is_said_in_the_users_language() {
    let (said, english) = error_said(&["demo", "no-such-scenario", "--lang", "zh-TW"]);
    assert!(
        said.contains(
            "錯誤： `no-such-scenario` 不是示範情境；`smtp-oauth demo --list` 會列出所有情境"
        ),
        "{said}"
    );
    assert_eq!(
        english,
        "`no-such-scenario` is not a demo scenario; `smtp-oauth demo --list` lists them"
    );
}
