#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace salesplan::ui {

namespace {

const QString english = QStringLiteral("en");
const QString simplified = QStringLiteral("zh_CN");
const QString traditional = QStringLiteral("zh_TW");

struct InstalledTranslators
{
    QString code = english;
    QPointer<QTranslator> qt;
    QPointer<QTranslator> app;
};

InstalledTranslators &installed()
{
    static InstalledTranslators translators;
    return translators;
}

// Loads `name`_<code>.qm from `folder` into a new translator owned by the application, or
// returns null when there is no such file.
QTranslator *loadTranslator(const QString &name, const QString &code, const QString &folder)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(name + u'_' + code, folder))
        return translator;
    delete translator;
    return nullptr;
}

void removeTranslator(QPointer<QTranslator> &translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
}

} // namespace

QStringList textInEveryLanguage(const char *context, const char *source)
{
    // Loaded once, beside the installed ones: the app's own translations of each language.
    static const QList<QTranslator *> everyLanguage = [] {
        QList<QTranslator *> list;
        for (const QString &code : {simplified, traditional}) {
            if (QTranslator *translator =
                    loadTranslator(QStringLiteral("salesplan"), code, QStringLiteral(":/i18n")))
                list.append(translator);
        }
        return list;
    }();
    QStringList texts{QString::fromUtf8(source)};
    for (const QTranslator *translator : everyLanguage) {
        const QString translated = translator->translate(context, source);
        if (!translated.isEmpty() && !texts.contains(translated))
            texts.append(translated);
    }
    return texts;
}

QList<LanguageChoice> supportedLanguages()
{
    return {{english, QStringLiteral("English")},
            {simplified, QStringLiteral("简体中文")},
            {traditional, QStringLiteral("繁體中文")}};
}

bool isSupportedLanguage(const QString &code)
{
    return code == english || code == simplified || code == traditional;
}

QString languageForLocale(const QLocale &locale)
{
    if (locale.language() != QLocale::Chinese)
        return english;
    if (locale.script() == QLocale::TraditionalChineseScript)
        return traditional;
    switch (locale.territory()) {
    case QLocale::Taiwan:
    case QLocale::HongKong:
    case QLocale::Macao:
        return traditional;
    default:
        return simplified;
    }
}

QString languageForCode(const QString &code)
{
    if (isSupportedLanguage(code))
        return code;
    return languageForLocale(QLocale(code));
}

QLocale localeForLanguage(const QString &code)
{
    if (code == simplified)
        return QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China);
    if (code == traditional)
        return QLocale(QLocale::Chinese, QLocale::TraditionalChineseScript, QLocale::Taiwan);
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

void Translators::use(const QString &code)
{
    const QString language = isSupportedLanguage(code) ? code : english;
    InstalledTranslators &translators = installed();
    removeTranslator(translators.qt);
    removeTranslator(translators.app);
    translators.code = language;
    QLocale::setDefault(localeForLanguage(language));
    if (language == english) {
        // English needs only the plural forms of SalesPlan's own texts ("1 rep", "2 reps").
        translators.app =
            loadTranslator(QStringLiteral("salesplan"), language, QStringLiteral(":/i18n"));
    } else {
        translators.qt = loadTranslator(QStringLiteral("qtbase"), language,
                                        QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        translators.app =
            loadTranslator(QStringLiteral("salesplan"), language, QStringLiteral(":/i18n"));
    }
    if (translators.qt)
        QCoreApplication::installTranslator(translators.qt);
    if (translators.app)
        QCoreApplication::installTranslator(translators.app);
}

QString Translators::current()
{
    return installed().code;
}

ScopedLanguage::ScopedLanguage(const QString &code)
    : m_previous(Translators::current())
{
    if (!code.isEmpty() && code != m_previous)
        Translators::use(code);
}

ScopedLanguage::~ScopedLanguage()
{
    if (Translators::current() != m_previous)
        Translators::use(m_previous);
}

} // namespace salesplan::ui
