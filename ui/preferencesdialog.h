#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;

namespace salesplan::ui {

// Edit ▸ Preferences: the language of the application (or the system's), whether Chinese
// figures show large amounts in 万 and 亿, and the appearance (system, light or dark colours). OK
// writes them to QSettings and applies them at once: every open window speaks the new language
// without a restart.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // True after OK when the 万/亿 choice changed, so the figures shown must be written again.
    bool numberFormatChanged() const { return m_numberFormatChanged; }

    void accept() override;

private:
    void updateWanYiEnabled();

    QComboBox *m_language = nullptr;
    QCheckBox *m_wanYi = nullptr;
    QComboBox *m_appearance = nullptr;
    bool m_numberFormatChanged = false;
};

// The settings behind the dialog, read by the application at start.
namespace preferences {

// QSettings "language": "en", "zh_CN" or "zh_TW"; empty for the system's language.
QString storedLanguage();
// The language to speak: the stored one, else the system locale's.
QString effectiveLanguage();
// QSettings "format/largeAmountsInWanYi"; on unless the user turned it off.
bool storedWanYi();
// Gives core's number formatting the stored 万/亿 choice (see setLargeAmountsInWanYi).
void applyNumberFormat();

} // namespace preferences

} // namespace salesplan::ui
