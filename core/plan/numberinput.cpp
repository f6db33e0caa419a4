#include "plan/numberinput.h"

#include "plan/format.h"

#include <cmath>

namespace salesplan {

namespace {

// Full-width digits, signs and punctuation in ASCII, the minus sign as a hyphen, and no spaces:
// "４５ ％" -> "45%".
QString folded(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        const char16_t code = c.unicode();
        if (code >= 0xFF01 && code <= 0xFF5E)
            result.append(QChar(char16_t(code - 0xFEE0)));
        else if (code == 0x2212)
            result.append(u'-');
        else if (!c.isSpace())
            result.append(c);
    }
    return result;
}

// Whether `text` holds only what a plain number is written with: digits, a sign, decimal
// points and group separators (the locale's and the ASCII ones). No letters, so no "1e30".
bool looksLikeNumber(const QString &text, const QLocale &locale)
{
    const QString allowed =
        QStringLiteral("+-.,") + locale.decimalPoint() + locale.groupSeparator();
    for (const QChar c : text) {
        if (!(c >= u'0' && c <= u'9') && !allowed.contains(c))
            return false;
    }
    return true;
}

// The digits after the decimal point.
int decimalsOf(const QString &text, const QString &point)
{
    const qsizetype at = text.lastIndexOf(point);
    return at < 0 ? 0 : int(text.size() - at - point.size());
}

} // namespace

QString NumberRule::written(double value, const QLocale &locale) const
{
    const QString number = formatNumber(value, decimals, locale);
    return percent ? number + locale.percent() : number;
}

Result<double> parseNumberInput(const QString &text, const NumberRule &rule, const QLocale &locale)
{
    QString number = folded(text);
    if (rule.percent && number.endsWith(u'%'))
        number.chop(1);
    if (number.isEmpty())
        return Error{NumberRule::tr("number"), NumberRule::tr("type a number")};
    const Error notANumber{NumberRule::tr("number"),
                           NumberRule::tr("\"%1\" is not a number").arg(text.trimmed())};
    if (!looksLikeNumber(number, locale))
        return notANumber;
    bool ok = false;
    QString point = locale.decimalPoint();
    double value = locale.toDouble(number, &ok);
    if (!ok) {
        point = QStringLiteral(".");
        value = QLocale::c().toDouble(number, &ok);
    }
    if (!ok || !std::isfinite(value))
        return notANumber;
    if (decimalsOf(number, point) > rule.decimals) {
        return Error{NumberRule::tr("number"),
                     rule.decimals == 0
                         ? NumberRule::tr("must be a whole number")
                         : NumberRule::tr("has too many decimals: %1 at most").arg(rule.decimals)};
    }
    // A bound held as a fraction times 100 may be a hair off (0.99 × 100 is 98.999…).
    const double slack = 1e-9 * std::max(1.0, std::abs(value));
    if (value < rule.minimum - slack || value > rule.maximum + slack) {
        const bool upper = rule.maximum < std::numeric_limits<double>::max();
        const bool lower = rule.minimum > std::numeric_limits<double>::lowest();
        const QString shown = rule.written(value, locale);
        QString reason;
        if (upper && lower)
            reason = NumberRule::tr("%1 is out of range: %2 to %3")
                         .arg(shown, rule.written(rule.minimum, locale),
                              rule.written(rule.maximum, locale));
        else if (lower)
            reason = NumberRule::tr("%1 is out of range: %2 or more")
                         .arg(shown, rule.written(rule.minimum, locale));
        else
            reason = NumberRule::tr("%1 is out of range: %2 or less")
                         .arg(shown, rule.written(rule.maximum, locale));
        return Error{NumberRule::tr("number"), reason};
    }
    return value;
}

} // namespace salesplan
