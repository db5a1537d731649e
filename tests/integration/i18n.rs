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
