#include "preferencesdialog.h"

#include "appearance.h"
#include "language/language.h"
#include "plan/format.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace salesplan::ui {

namespace preferences {

namespace {

const QString languageKey = QStringLiteral("language");
const QString wanYiKey = QStringLiteral("format/largeAmountsInWanYi");

} // namespace

QString storedLanguage()
{
    const QString stored = QSettings().value(languageKey).toString();
    return isSupportedLanguage(stored) ? stored : QString();
}

QString effectiveLanguage()
{
    const QString stored = storedLanguage();
    return stored.isEmpty() ? languageForLocale(QLocale::system()) : stored;
}

bool storedWanYi()
{
    return QSettings().value(wanYiKey, true).toBool();
}

void applyNumberFormat()
{
    setLargeAmountsInWanYi(storedWanYi());
}

} // namespace preferences

namespace {

QString nativeName(const QString &code)
{
    const QList<LanguageChoice> languages = supportedLanguages();
    for (const LanguageChoice &language : languages) {
        if (language.code == code)
            return language.nativeName;
    }
    return code;
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_wanYi(new QCheckBox(tr("Show large amounts in 万 and 亿 (¥1.2亿, ¥500万)"), this))
    , m_appearance(new QComboBox(this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_language->setObjectName(QStringLiteral("preferences.language"));
    m_wanYi->setObjectName(QStringLiteral("preferences.wanYi"));

    const QString system = languageForLocale(QLocale::system());
    //: The language choice that follows the operating system; %1 is that language's name.
    m_language->addItem(tr("System default (%1)").arg(nativeName(system)), QString());
    const QList<LanguageChoice> languages = supportedLanguages();
    for (const LanguageChoice &language : languages)
        m_language->addItem(language.nativeName, language.code);
    // What the app speaks now: the stored choice, else a --lang that differs from the system's.
    QString shown = preferences::storedLanguage();
    if (shown.isEmpty() && Translators::current() != system)
        shown = Translators::current();
    m_language->setCurrentIndex(qMax(0, m_language->findData(shown)));
    m_wanYi->setChecked(preferences::storedWanYi());
    m_wanYi->setToolTip(tr("For Chinese only. Tables, charts and the report show ¥1.2亿 instead "
                           "of ¥120,000,000.00; the exact figure stays in the tooltip."));
    connect(m_language, &QComboBox::currentIndexChanged, this,
            &PreferencesDialog::updateWanYiEnabled);
    updateWanYiEnabled();
    m_appearance->setObjectName(QStringLiteral("preferences.appearance"));
    for (const Appearance appearance : {Appearance::System, Appearance::Light, Appearance::Dark})
        m_appearance->addItem(Appearances::displayName(appearance), int(appearance));
    m_appearance->setCurrentIndex(m_appearance->findData(int(Appearances::stored())));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_wanYi);
    form->addRow(tr("&Appearance:"), m_appearance);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

void PreferencesDialog::updateWanYiEnabled()
{
    const QString code = m_language->currentData().toString();
    const QString language = code.isEmpty() ? languageForLocale(QLocale::system()) : code;
    m_wanYi->setEnabled(language != QStringLiteral("en"));
}

void PreferencesDialog::accept()
{
    QSettings settings;
    const QString language = m_language->currentData().toString();
    if (language.isEmpty())
        settings.remove(preferences::languageKey);
    else
        settings.setValue(preferences::languageKey, language);
    m_numberFormatChanged = m_wanYi->isChecked() != preferences::storedWanYi();
    settings.setValue(preferences::wanYiKey, m_wanYi->isChecked());
    preferences::applyNumberFormat();
    const auto appearance = Appearance(m_appearance->currentData().toInt());
    if (appearance != Appearances::stored()) {
        Appearances::store(appearance);
        Appearances::apply(appearance);
    }
    QDialog::accept();
    // Once the dialog has closed: the windows retranslate from the event loop.
    const QString chosen = preferences::effectiveLanguage();
    if (chosen != Translators::current())
        Translators::use(chosen);
}

} // namespace salesplan::ui
