#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace salesplan::ui {

// A language SalesPlan speaks: its code ("en", "zh_CN", "zh_TW") and its name in itself.
struct LanguageChoice
{
    QString code;
    QString nativeName;
};

// The languages the app, its charts and its reports can be shown in, English first.
QList<LanguageChoice> supportedLanguages();

// True for "en", "zh_CN" and "zh_TW".
bool isSupportedLanguage(const QString &code);

// The supported language closest to `locale`: Traditional Chinese for Hant scripts and for Hong
// Kong, Macao and Taiwan, Simplified for other Chinese, English otherwise.
QString languageForLocale(const QLocale &locale);

// The supported language for a code given by a user: "zh_TW", "zh-Hant", "zh_HK", "en_GB"...
QString languageForCode(const QString &code);

// The locale that formats numbers and dates for a supported language code.
QLocale localeForLanguage(const QString &code);

// `source` (a text of translation context `context`) and its translation in every supported
// language, without repeats: how a column may be titled in a pasted header, whatever the
// language the user copied it in.
QStringList textInEveryLanguage(const char *context, const char *source);

// The process's translators: Qt's own (qtbase) and SalesPlan's, for one language at a time.
// Switching installs the new pair and sets the default QLocale; Qt then sends every widget a
// LanguageChange event, so open windows retranslate themselves.
class Translators
{
public:
    // Switches the application to `code` (a supported language; anything else means English).
    // Needs a QCoreApplication.
    static void use(const QString &code);
    // The language in use; "en" before use() is called.
    static QString current();
};

// Speaks another language for a while — a report or a new plan's default texts in the plan's
// language — and switches back when it goes out of scope. Does nothing when the language is
// already in use.
class ScopedLanguage
{
public:
    explicit ScopedLanguage(const QString &code);
    ~ScopedLanguage();
    ScopedLanguage(const ScopedLanguage &) = delete;
    ScopedLanguage &operator=(const ScopedLanguage &) = delete;

private:
    QString m_previous;
};

} // namespace salesplan::ui
