// Preferences ▸ Appearance: the system's colours, or a light or dark palette on Fusion, kept in
// QSettings and applied at once; text in a severity's colour stays readable when it changes.
#include <catch2/catch.hpp>

#include "appearance.h"
#include "icons/appicons.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "severitystyle.h"

#include "uitestsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QStyle>
#include <QToolBar>

#include <cmath>

using namespace salesplan;
using namespace salesplan::ui;

namespace {

// The contrast ratio of two colours (WCAG 2), 1 to 21.
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

// The lightness of `icon`'s drawn pixels, 0–255, on average.
int inkLightness(const QIcon &icon)
{
    const QImage image = icon.pixmap(24, 24).toImage();
    int sum = 0;
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qAlpha(image.pixel(x, y)) > 200) {
                sum += image.pixelColor(x, y).lightness();
                ++count;
            }
        }
    }
    REQUIRE(count > 0);
    return sum / count;
}

} // namespace

TEST_CASE("Preferences ▸ Appearance makes the application dark at once and keeps the choice",
          "[appearance]")
{
    QSettings().clear();
    Appearances::apply(Appearance::System); // notes the system's look
    const QPalette system = QApplication::palette();
    QWidget page;
    auto *problem = new QLabel(QStringLiteral("The target must be above zero."), &page);
    showInSeverityColor(problem, Severity::Error);
    page.show();

    PreferencesDialog dialog;
    auto *appearance = dialog.findChild<QComboBox *>(QStringLiteral("preferences.appearance"));
    REQUIRE(appearance);
    CHECK(appearance->currentData().toInt() == int(Appearance::System));
    appearance->setCurrentIndex(appearance->findData(int(Appearance::Dark)));
    dialog.accept();

    CHECK(Appearances::stored() == Appearance::Dark);
    CHECK(QSettings().value(QStringLiteral("appearance")).toString() == QStringLiteral("dark"));
    const QPalette dark = QApplication::palette();
    CHECK(dark.color(QPalette::Window).lightness() < 80);
    CHECK(contrast(dark.color(QPalette::WindowText), dark.color(QPalette::Window)) > 7.0);
    CHECK(contrast(dark.color(QPalette::Text), dark.color(QPalette::Base)) > 7.0);
    CHECK(QApplication::style()->name().compare(QStringLiteral("fusion"), Qt::CaseInsensitive) ==
          0);
    QApplication::processEvents(); // the windows take the new palette from the event loop
    // The error text changed with the palette: it reads on the dark window.
    CHECK(contrast(problem->palette().color(QPalette::WindowText), dark.color(QPalette::Window)) >
          4.5);

    Appearances::apply(Appearances::fromKey(QStringLiteral("light")));
    QApplication::processEvents();
    CHECK(QApplication::palette().color(QPalette::Window).lightness() > 180);
    CHECK(contrast(problem->palette().color(QPalette::WindowText),
                   QApplication::palette().color(QPalette::Window)) > 4.5);

    Appearances::store(Appearance::System);
    Appearances::apply(Appearance::System);
    CHECK(QApplication::palette().color(QPalette::Window) == system.color(QPalette::Window));
    CHECK_FALSE(QSettings().contains(QStringLiteral("appearance")));
}

TEST_CASE("The toolbar's icons turn light when the palette turns dark, and back", "[appearance]")
{
    QSettings().clear();
    Appearances::apply(Appearance::Light);
    MainWindow window;
    window.show();
    auto *toolBar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    REQUIRE(toolBar);
    // The first action, New: the bundled icon unless the desktop's theme has one.
    const auto newIcon = [toolBar] {
        return toolBar->actions().first()->icon();
    };
    if (!QIcon::hasThemeIcon(QStringLiteral("document-new")))
        CHECK(inkLightness(newIcon()) < 110);

    Appearances::apply(Appearance::Dark);
    QApplication::processEvents(); // the palette reaches the window
    QApplication::processEvents(); // the window draws its icons again
    CHECK(isDarkPalette(QApplication::palette()));
    if (!QIcon::hasThemeIcon(QStringLiteral("document-new")))
        CHECK(inkLightness(newIcon()) > 180);

    Appearances::apply(Appearance::Light);
    QApplication::processEvents();
    QApplication::processEvents();
    if (!QIcon::hasThemeIcon(QStringLiteral("document-new")))
        CHECK(inkLightness(newIcon()) < 110);
    Appearances::apply(Appearance::System);
}
