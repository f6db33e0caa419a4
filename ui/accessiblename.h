#pragma once

#include <QLabel>
#include <QString>

// How a field gets the name a screen reader says when its label is not beside it (Qt names a
// field from a buddy label only when they share a parent widget, so a field in a row widget with
// a Browse… button, or in a table, would be nameless).
namespace salesplan::ui {

// `labelText` without its mnemonic "&" and closing colon: "Save &as:" → "Save as",
// "保存为(&S)：" → "保存为".
inline QString fieldNameFromLabel(QString labelText)
{
    const qsizetype mnemonic = labelText.indexOf(QStringLiteral("(&"));
    if (mnemonic >= 0 && labelText.indexOf(u')', mnemonic) == mnemonic + 3)
        labelText.remove(mnemonic, 4);
    labelText.remove(u'&');
    labelText = labelText.trimmed();
    while (labelText.endsWith(u':') || labelText.endsWith(u'：'))
        labelText.chop(1);
    return labelText.trimmed();
}

// Makes `label` the buddy of `field` and names `field` after it.
inline void labelField(QLabel *label, QWidget *field)
{
    label->setBuddy(field);
    field->setAccessibleName(fieldNameFromLabel(label->text()));
}

} // namespace salesplan::ui
