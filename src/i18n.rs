//! The words of the human output in the user's language: Fluent messages (`locales/*/`),
//! English the source, Korean, French, Brazilian Portuguese, Japanese and Traditional Chinese the
//! translations. Only the human renderer asks for them; JSON, JUnit and the monitoring formats
//! are read by machines and stay English, byte for byte, whatever the language.
//!
//! The language: `--lang`, else `SMTP_OAUTH_LANG`, else the POSIX locale (`LANGUAGE` as GNU
//! gettext reads it, then `LC_ALL` > `LC_MESSAGES` > `LANG`), negotiated with fluent-langneg.
//! Chinese of Taiwan, Hong Kong or Macau, or in the Hant script, is Traditional; other Chinese
//! falls back to English, never to Simplified (uutils met that trap). Any Portuguese is pt-BR.
//! Fluent's bidi isolation marks are off: terminals show them as garbage.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// A language the tool speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    En,
    Ko,
    Fr,
    PtBr,
    Ja,
    ZhTw,
    /// A pseudo-locale (`qps-ploc`, asked for by name only): English with accented letters in
    /// brackets, to see which words are not translated yet.
    Pseudo,
}

impl Lang {
    /// The real languages, English first.
    pub const ALL: [Lang; 6] = [
        Lang::En,
        Lang::Ko,
        Lang::Fr,
        Lang::PtBr,
        Lang::Ja,
        Lang::ZhTw,
    ];

    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ko => "ko",
            Lang::Fr => "fr",
            Lang::PtBr => "pt-BR",
            Lang::Ja => "ja",
            Lang::ZhTw => "zh-TW",
            Lang::Pseudo => "qps-ploc",
        }
    }

    /// The messages (the pseudo-locale uses the English ones).
    pub fn source(self) -> &'static str {
        match self {
            Lang::En | Lang::Pseudo => include_str!("../locales/en/smtp-oauth.ftl"),
            Lang::Ko => include_str!("../locales/ko/smtp-oauth.ftl"),
            Lang::Fr => include_str!("../locales/fr/smtp-oauth.ftl"),
            Lang::PtBr => include_str!("../locales/pt-BR/smtp-oauth.ftl"),
            Lang::Ja => include_str!("../locales/ja/smtp-oauth.ftl"),
            Lang::ZhTw => include_str!("../locales/zh-TW/smtp-oauth.ftl"),
        }
    }

    /// The locale segment of learn.microsoft.com for this language.
    pub fn learn_locale(self) -> &'static str {
        match self {
            Lang::En | Lang::Pseudo => "en-us",
            Lang::Ko => "ko-kr",
            Lang::Fr => "fr-fr",
            Lang::PtBr => "pt-br",
            Lang::Ja => "ja-jp",
            Lang::ZhTw => "zh-tw",
        }
    }
}

/// One requested locale (`ja_JP.UTF-8`, `zh-Hant-HK`, `pt`) as a language tag, or `None` for
/// the C locale and what does not parse.
fn parse(requested: &str) -> Option<LanguageIdentifier> {
    let base = requested
        .split(['.', '@'])
        .next()
        .unwrap_or_default()
        .trim()
        .replace('_', "-");
    if base.is_empty() || base.eq_ignore_ascii_case("c") || base.eq_ignore_ascii_case("posix") {
        return None;
    }
    base.parse().ok()
}

/// The language for the first of `requested` (most wanted first) the tool speaks.
pub fn negotiate(requested: &[String]) -> Lang {
    for r in requested {
        if r.trim().eq_ignore_ascii_case("qps-ploc") {
            return Lang::Pseudo;
        }
        let Some(id) = parse(r) else { continue };
        match id.language.as_str() {
            // Traditional for Taiwan, Hong Kong, Macau or the Hant script; never Simplified.
            "zh" => {
                let traditional = id.script.is_some_and(|s| s.as_str() == "Hant")
                    || id
                        .region
                        .is_some_and(|r| ["TW", "HK", "MO"].contains(&r.as_str()));
                if traditional {
                    return Lang::ZhTw;
                }
            }
            "pt" => return Lang::PtBr,
            _ => {
                let available: Vec<fluent_langneg::LanguageIdentifier> = Lang::ALL
                    .iter()
                    .filter_map(|l| l.tag().parse().ok())
                    .collect();
                let Ok(wanted) = id.to_string().parse::<fluent_langneg::LanguageIdentifier>()
                else {
                    continue;
                };
                let found = fluent_langneg::negotiate_languages(
                    &[wanted],
                    &available,
                    None,
                    fluent_langneg::NegotiationStrategy::Filtering,
                );
                if let Some(first) = found.first() {
                    let tag = first.to_string();
                    if let Some(l) = Lang::ALL.iter().find(|l| l.tag() == tag) {
                        return *l;
                    }
                }
            }
        }
    }
    Lang::En
}

/// What the user asked for, most wanted first: `--lang`, `SMTP_OAUTH_LANG`, then the POSIX
/// locale (`LANGUAGE`, a colon list, unless the locale is C; then `LC_ALL`, `LC_MESSAGES`,
/// `LANG`, the first that is set).
pub fn requested(flag: Option<&str>, env: &dyn Fn(&str) -> Option<String>) -> Vec<String> {
    let set = |k: &str| env(k).filter(|v| !v.trim().is_empty());
    let mut out = Vec::new();
    out.extend(flag.map(str::to_string));
    out.extend(set("SMTP_OAUTH_LANG"));
    let locale = set("LC_ALL")
        .or_else(|| set("LC_MESSAGES"))
        .or_else(|| set("LANG"));
    let c_locale = locale.as_deref().is_some_and(|l| parse(l).is_none());
    if !c_locale && let Some(list) = set("LANGUAGE") {
        out.extend(list.split(':').map(str::to_string));
    }
    out.extend(locale);
    out
}

static CURRENT: OnceLock<Lang> = OnceLock::new();

/// Sets the language of this run (the first call wins).
pub fn set(lang: Lang) {
    let _ = CURRENT.set(lang);
}

/// The language of this run (English until set).
pub fn current() -> Lang {
    CURRENT.get().copied().unwrap_or(Lang::En)
}

/// The pseudo-locale's letters: accented, so an untranslated English word stands out.
fn pseudo(text: &str) -> std::borrow::Cow<'_, str> {
    let accented: String = text
        .chars()
        .map(|c| match c {
            'a' => 'á',
            'e' => 'é',
            'i' => 'í',
            'o' => 'ó',
            'u' => 'ú',
            'A' => 'Á',
            'E' => 'É',
            'I' => 'Í',
            'O' => 'Ó',
            'U' => 'Ú',
            other => other,
        })
        .collect();
    std::borrow::Cow::Owned(accented)
}

fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = lang.tag().parse().unwrap_or_default();
    let mut b = FluentBundle::new_concurrent(vec![id]);
    b.set_use_isolating(false);
    if lang == Lang::Pseudo {
        b.set_transform(Some(pseudo));
    }
    // A message file that does not parse keeps what does; the tests require every file clean.
    let resource = FluentResource::try_new(lang.source().to_string()).unwrap_or_else(|(r, _)| r);
    let _ = b.add_resource(resource);
    b
}

/// Each language's messages, parsed the first time that language is asked for: a run says
/// things in English (the JSON) and in its reader's language, and parsing all six files at
/// start cost every run about 6 ms of CPU and 5 MiB (docs/benchmark.md).
/// One slot a real language, in [`Lang::ALL`]'s order, then the pseudo-locale's.
static BUNDLES: [OnceLock<FluentBundle<FluentResource>>; Lang::ALL.len() + 1] =
    [const { OnceLock::new() }; Lang::ALL.len() + 1];

/// The messages of `lang`.
fn bundle_of(lang: Lang) -> &'static FluentBundle<FluentResource> {
    let i = Lang::ALL
        .iter()
        .position(|l| *l == lang)
        .unwrap_or(Lang::ALL.len());
    BUNDLES[i].get_or_init(|| bundle(lang))
}

/// An argument of a message.
pub enum Arg<'a> {
    Text(&'a str),
    Number(i64),
}

/// A message and its values, kept with a check so that the human output says it in the user's
/// language while the JSON keeps the English text.
#[derive(Clone, Debug)]
pub struct Words {
    pub id: &'static str,
    pub args: Vec<(&'static str, Value)>,
}

/// A value of [`Words`].
#[derive(Clone, Debug)]
pub enum Value {
    Text(String),
    Number(i64),
    /// Other words, said in the same language (another check's summary in a sentence).
    Said(Box<Words>),
    /// A check's title, by its id, in the same language.
    CheckTitle(String),
}

impl Words {
    pub fn new(id: &'static str) -> Words {
        Words {
            id,
            args: Vec::new(),
        }
    }

    #[must_use]
    pub fn text(mut self, name: &'static str, value: impl Into<String>) -> Words {
        self.args.push((name, Value::Text(value.into())));
        self
    }

    #[must_use]
    pub fn number(mut self, name: &'static str, value: impl TryInto<i64>) -> Words {
        self.args
            .push((name, Value::Number(value.try_into().unwrap_or(i64::MAX))));
        self
    }

    /// Other words as a value of these (said in the same language).
    #[must_use]
    pub fn said(mut self, name: &'static str, value: Words) -> Words {
        self.args.push((name, Value::Said(Box::new(value))));
        self
    }

    /// A check's title as a value, by the check's id.
    #[must_use]
    pub fn check_title(mut self, name: &'static str, check_id: &str) -> Words {
        self.args
            .push((name, Value::CheckTitle(check_id.to_string())));
        self
    }

    /// Each text value, nested ones too (for scrubbing held secrets out of them).
    pub fn texts_mut(&mut self, f: &mut dyn FnMut(&mut String)) {
        for (_, v) in &mut self.args {
            match v {
                Value::Text(t) => f(t),
                Value::Said(w) => w.texts_mut(f),
                Value::Number(_) | Value::CheckTitle(_) => {}
            }
        }
    }

    /// The words in `lang`.
    pub fn in_lang(&self, lang: Lang) -> Option<String> {
        let nested: Vec<Option<String>> = self
            .args
            .iter()
            .map(|(_, v)| match v {
                Value::Said(w) => w.in_lang(lang),
                Value::CheckTitle(id) => Some(check_title_in(lang, id, id)),
                Value::Text(_) | Value::Number(_) => None,
            })
            .collect();
        let args: Vec<(&str, Arg<'_>)> = self
            .args
            .iter()
            .zip(&nested)
            .map(|((k, v), said)| {
                (
                    *k,
                    match (v, said) {
                        (Value::Text(t), _) => Arg::Text(t.as_str()),
                        (Value::Number(n), _) => Arg::Number(*n),
                        (_, Some(said)) => Arg::Text(said.as_str()),
                        (_, None) => Arg::Text(""),
                    },
                )
            })
            .collect();
        message_in(lang, self.id, &args)
    }

    /// The words in English (the JSON's).
    pub fn english(&self) -> String {
        self.in_lang(Lang::En).unwrap_or_default()
    }

    /// The words in this run's language.
    pub fn say(&self) -> Option<String> {
        self.in_lang(current())
    }
}

/// The message `id` in `lang`, with `args`; English when the language lacks it, the id itself
/// when English does too (never a panic).
pub fn message_in(lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> Option<String> {
    let lookup = |l: Lang| {
        let b = bundle_of(l);
        let msg = b.get_message(id)?;
        let pattern = msg.value()?;
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            match v {
                Arg::Text(t) => fa.set(*k, FluentValue::from(*t)),
                Arg::Number(n) => fa.set(*k, FluentValue::from(*n)),
            }
        }
        let mut errors = Vec::new();
        Some(
            b.format_pattern(pattern, Some(&fa), &mut errors)
                .into_owned(),
        )
    };
    lookup(lang).or_else(|| lookup(Lang::En))
}

/// Where a setting came from (`Source`'s English: `env HTTPS_PROXY`, `flag --proxy` …) in
/// `lang`; the names in it stay as they are.
pub fn source_words_in(lang: Lang, source: &str) -> String {
    source_said(source)
        .in_lang(lang)
        .unwrap_or_else(|| source.to_string())
}

/// [`source_words_in`]'s words.
pub fn source_said(source: &str) -> Words {
    const NAMED: &[(&str, &str, &str)] = &[
        ("flag ", "source-flag", "name"),
        ("env ", "source-env", "name"),
        ("profile ", "source-profile", "name"),
        ("file ", "source-file", "path"),
        ("keyring ", "source-keyring", "entry"),
        ("default for ", "source-default-for", "what"),
        ("derived from ", "source-derived", "what"),
    ];
    for (prefix, id, arg) in NAMED {
        if let Some(name) = source.strip_prefix(prefix) {
            return Words::new(id).text(arg, name);
        }
    }
    match source {
        "default" => Words::new("source-default"),
        "stdin" => Words::new("source-stdin"),
        "prompt" => Words::new("source-prompt"),
        "config set" => Words::new("source-config-set"),
        other => Words::new("verbatim").text("text", other),
    }
}

/// `text` followed by spaces up to `width` terminal columns (a CJK character takes two).
pub fn pad(text: &str, width: usize) -> String {
    let w = unicode_width::UnicodeWidthStr::width(text);
    format!("{text}{}", " ".repeat(width.saturating_sub(w)))
}

/// The widest of `texts`, in terminal columns.
pub fn columns<'a>(texts: impl IntoIterator<Item = &'a str>) -> usize {
    texts
        .into_iter()
        .map(unicode_width::UnicodeWidthStr::width)
        .max()
        .unwrap_or(0)
}

/// The message `id` in this run's language.
pub fn t(id: &str) -> String {
    tr(id, &[])
}

/// The message `id` in this run's language, with `args`.
pub fn tr(id: &str, args: &[(&str, Arg<'_>)]) -> String {
    tr_in(current(), id, args)
}

/// The message `id` in `lang` (English where `lang` lacks it, the id where English does too).
pub fn tr_in(lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    message_in(lang, id, args).unwrap_or_else(|| id.to_string())
}

/// `words` joined by the two-place message `list_id` (`{ $a }; { $b }`, one line under the
/// other …), said in whatever language the whole is said in.
pub fn joined(list_id: &'static str, words: impl IntoIterator<Item = Words>) -> Words {
    words
        .into_iter()
        .reduce(|a, b| Words::new(list_id).said("a", a).said("b", b))
        .unwrap_or_else(|| Words::new("verbatim").text("text", ""))
}

/// The title of a check in this run's language, by its id; `fallback` (the title the check
/// carries) for a check without a message.
pub fn check_title(check_id: &str, fallback: &str) -> String {
    check_title_in(current(), check_id, fallback)
}

/// The title of a check in `lang`, by its id.
pub fn check_title_in(lang: Lang, check_id: &str, fallback: &str) -> String {
    let id = format!("check-{}", check_id.replace(['.', '_'], "-"));
    message_in(lang, &id, &[]).unwrap_or_else(|| fallback.to_string())
}

/// The title of a failure class in this run's language, by its id; `fallback` (the catalog's
/// English title) for a class without a message.
pub fn class_title(class_id: &str, fallback: &str) -> String {
    message_in(current(), &format!("class-{class_id}"), &[]).unwrap_or_else(|| fallback.to_string())
}

/// A failure class's texts in `lang` — its `when`, causes and fixes — as templates with the
/// catalog's `{placeholder}`s (filled by the caller, as the catalog's are), or `None` when the
/// language lacks one of them (a class is never shown half translated).
pub fn class_templates(
    lang: Lang,
    class_id: &str,
    causes: usize,
    fixes: usize,
) -> Option<(String, Vec<String>, Vec<String>)> {
    // Each placeholder formats as itself, `{name}`, for `Vars::fill`.
    let names: Vec<(&str, String)> = crate::failures::PLACEHOLDERS
        .iter()
        .map(|(k, _)| (*k, format!("{{{k}}}")))
        .collect();
    let args: Vec<(&str, Arg<'_>)> = names
        .iter()
        .map(|(k, v)| (*k, Arg::Text(v.as_str())))
        .collect();
    let one = |id: String| {
        bundle_of(lang).get_message(&id)?;
        message_in(lang, &id, &args)
    };
    let when = one(format!("class-{class_id}-when"))?;
    let causes = (1..=causes)
        .map(|i| one(format!("class-{class_id}-cause-{i}")))
        .collect::<Option<Vec<_>>>()?;
    let fixes = (1..=fixes)
        .map(|i| one(format!("class-{class_id}-fix-{i}")))
        .collect::<Option<Vec<_>>>()?;
    Some((when, causes, fixes))
}

/// A learn.microsoft.com link in the user's locale (`/ja-jp/…`); other links as they are.
pub fn learn_url(url: &str) -> String {
    learn_url_in(current(), url)
}

/// A learn.microsoft.com link in `lang`'s locale.
pub fn learn_url_in(lang: Lang, url: &str) -> String {
    match url.strip_prefix("https://learn.microsoft.com/") {
        Some(rest) if lang != Lang::En && lang != Lang::Pseudo => {
            format!("https://learn.microsoft.com/{}/{rest}", lang.learn_locale())
        }
        _ => url.to_string(),
    }
}

/// An area of the catalog in this run's language, from its English title.
pub fn area_title(english: &str) -> String {
    area_title_in(current(), english)
}

/// An area of the catalog in `lang`, from its English title.
pub fn area_title_in(lang: Lang, english: &str) -> String {
    area_key(english)
        .and_then(|k| message_in(lang, k, &[]))
        .unwrap_or_else(|| english.to_string())
}

/// The message id of an area of the catalog, by its English title.
fn area_key(english: &str) -> Option<&'static str> {
    Some(match english {
        "Network and proxy" => "area-network",
        "TLS and certificates" => "area-tls",
        "Token endpoint (Entra ID)" => "area-token",
        "Token contents" => "area-claims",
        "SMTP session" => "area-smtp",
        "Exchange prerequisites" => "area-exchange",
        "Client platform" => "area-client",
        _ => return None,
    })
}

/// The message ids of a language's file, in order (for the parity tests).
pub fn message_ids(lang: Lang) -> Vec<String> {
    let resource = match FluentResource::try_new(lang.source().to_string()) {
        Ok(r) | Err((r, _)) => r,
    };
    resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

/// Whether a language's file parses without an error.
pub fn parses(lang: Lang) -> Result<(), String> {
    FluentResource::try_new(lang.source().to_string())
        .map(|_| ())
        .map_err(|(_, errors)| format!("{}: {errors:?}", lang.tag()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(tags: &[&str]) -> Lang {
        negotiate(&tags.iter().map(|t| (*t).to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn locales_negotiate_to_the_languages_spoken() {
        assert_eq!(n(&["ja_JP.UTF-8"]), Lang::Ja);
        assert_eq!(n(&["ko_KR.UTF-8"]), Lang::Ko);
        assert_eq!(n(&["fr_CA.UTF-8"]), Lang::Fr);
        assert_eq!(n(&["fr_FR@euro"]), Lang::Fr);
        assert_eq!(n(&["pt_BR.UTF-8"]), Lang::PtBr);
        assert_eq!(n(&["pt"]), Lang::PtBr);
        assert_eq!(n(&["pt_PT.UTF-8"]), Lang::PtBr);
        // Traditional Chinese, never Simplified.
        assert_eq!(n(&["zh_TW.UTF-8"]), Lang::ZhTw);
        assert_eq!(n(&["zh_HK.UTF-8"]), Lang::ZhTw);
        assert_eq!(n(&["zh-Hant"]), Lang::ZhTw);
        assert_eq!(n(&["zh_CN.UTF-8"]), Lang::En);
        assert_eq!(n(&["zh-Hans-TW"]), Lang::ZhTw);
        assert_eq!(n(&["zh"]), Lang::En);
        assert_eq!(n(&["C.UTF-8"]), Lang::En);
        assert_eq!(n(&["de_DE.UTF-8", "ja"]), Lang::Ja);
        assert_eq!(n(&["es_ES"]), Lang::En);
        assert_eq!(n(&["qps-ploc"]), Lang::Pseudo);
        assert_eq!(n(&[]), Lang::En);
    }

    #[test]
    fn the_flag_then_the_variable_then_the_locale() {
        let env = |vars: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                vars.iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| (*v).to_string())
            }
        };
        let e = env(&[("LANG", "fr_FR.UTF-8"), ("SMTP_OAUTH_LANG", "ko")]);
        assert_eq!(negotiate(&requested(Some("ja"), &e)), Lang::Ja);
        assert_eq!(negotiate(&requested(None, &e)), Lang::Ko);
        let e = env(&[("LANG", "fr_FR.UTF-8"), ("LC_ALL", "pt_BR.UTF-8")]);
        assert_eq!(negotiate(&requested(None, &e)), Lang::PtBr);
        let e = env(&[("LANG", "fr_FR.UTF-8"), ("LANGUAGE", "zh_TW:en")]);
        assert_eq!(negotiate(&requested(None, &e)), Lang::ZhTw);
        // LANGUAGE is ignored under the C locale, as gettext does.
        let e = env(&[("LC_ALL", "C"), ("LANGUAGE", "ja")]);
        assert_eq!(negotiate(&requested(None, &e)), Lang::En);
    }

    #[test]
    fn learn_links_carry_the_locale() {
        let url = "https://learn.microsoft.com/graph/api/application-addkey";
        assert_eq!(
            learn_url_in(Lang::Ja, url),
            "https://learn.microsoft.com/ja-jp/graph/api/application-addkey"
        );
        assert_eq!(
            learn_url_in(Lang::PtBr, url),
            "https://learn.microsoft.com/pt-br/graph/api/application-addkey"
        );
        assert_eq!(learn_url_in(Lang::En, url), url);
        assert_eq!(learn_url_in(Lang::Pseudo, url), url);
        let other = "https://aka.ms/NewClientSecret";
        assert_eq!(learn_url_in(Lang::ZhTw, other), other);
    }

    #[test]
    fn every_area_of_the_catalog_has_a_message() {
        for id in crate::failures::ClassId::ALL {
            let area = crate::failures::by_id(id.as_str()).unwrap().area.title();
            let key = area_key(area).unwrap_or_else(|| panic!("no message for the area {area}"));
            assert_eq!(message_in(Lang::En, key, &[]).as_deref(), Some(area));
        }
    }

    #[test]
    fn plurals_and_particles_come_from_selectors() {
        let count = |lang, n| {
            message_in(lang, "report-summary-failed", &[("count", Arg::Number(n))]).unwrap()
        };
        assert_eq!(count(Lang::En, 1), "1 check failed");
        assert_eq!(count(Lang::En, 3), "3 checks failed");
        assert_eq!(count(Lang::Fr, 2), "2 vérifications en échec");
        assert_eq!(count(Lang::Ja, 2), "2 件のチェックが失敗");
        // No isolation marks in terminal text.
        assert!(!count(Lang::Ko, 2).contains('\u{2068}'));
    }
}
