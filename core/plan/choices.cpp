#include "plan/choices.h"

namespace salesplan {

QString choiceKey(ChoiceList choices, int value)
{
    for (const ChoiceItem &item : choices) {
        if (item.value == value)
            return item.key.toString();
    }
    return choices.empty() ? QString() : choices.front().key.toString();
}

std::optional<int> choiceValue(ChoiceList choices, QStringView key)
{
    for (const ChoiceItem &item : choices) {
        if (item.key.compare(key.trimmed(), Qt::CaseInsensitive) == 0)
            return item.value;
    }
    return std::nullopt;
}

QString choiceName(ChoiceList choices, int value)
{
    for (const ChoiceItem &item : choices) {
        if (item.value == value)
            return Choice::tr(item.name);
    }
    return {};
}

std::optional<int> choiceFromText(ChoiceList choices, QStringView text)
{
    const QStringView trimmed = text.trimmed();
    for (const ChoiceItem &item : choices) {
        if (Choice::tr(item.name).compare(trimmed, Qt::CaseInsensitive) == 0 ||
            item.key.compare(trimmed, Qt::CaseInsensitive) == 0)
            return item.value;
    }
    return std::nullopt;
}

QStringList choiceKeys(ChoiceList choices)
{
    QStringList keys;
    for (const ChoiceItem &item : choices)
        keys.append(item.key.toString());
    return keys;
}

QStringList choiceNames(ChoiceList choices)
{
    QStringList names;
    for (const ChoiceItem &item : choices)
        names.append(Choice::tr(item.name));
    return names;
}

int choiceIndex(ChoiceList choices, int value)
{
    for (std::size_t i = 0; i < choices.size(); ++i) {
        if (choices[i].value == value)
            return int(i);
    }
    return -1;
}

} // namespace salesplan
