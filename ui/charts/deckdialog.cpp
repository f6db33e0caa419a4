#include "charts/deckdialog.h"

#include "document/plandocument.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace salesplan::ui {

namespace {

constexpr int keyRole = Qt::UserRole;

} // namespace

DeckDialog::DeckDialog(PlanDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("deckDialog"));
    setWindowTitle(tr("Choose slides"));
    const Plan &plan = document->plan();

    // The deck's charts first, in its order and checked; then the others, unchecked. An empty
    // deck is every chart that has data; a chart without data says so after its title.
    const QList<ChartSpec> all = chartsFor(plan);
    const QList<ChartSpec> withData = chartsWithData(plan, document->summary());
    QList<ChartSpec> ordered;
    for (const QString &key : plan.presentationDeck) {
        const std::optional<ChartSpec> spec = ChartSpec::fromKey(key);
        if (spec && all.contains(*spec) && !ordered.contains(*spec))
            ordered.append(*spec);
    }
    const bool everything = ordered.isEmpty();
    const qsizetype checkedCount = ordered.size();
    for (const ChartSpec &spec : all) {
        if (!ordered.contains(spec))
            ordered.append(spec);
    }
    m_list->setObjectName(QStringLiteral("deckList"));
    for (qsizetype i = 0; i < ordered.size(); ++i) {
        const bool hasData = withData.contains(ordered[i]);
        QString text = chartTitle(ordered[i], plan);
        if (!hasData)
            //: After a chart's title in Choose Slides: the chart has nothing to show yet.
            text = tr("%1 (no data)").arg(text);
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(keyRole, ordered[i].key());
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        if (!hasData)
            item->setToolTip(tr("The plan has nothing for this chart to show yet; the default "
                                "deck leaves it out."));
        const bool checked = everything ? hasData : i < checkedCount;
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
    m_list->setCurrentRow(0);

    m_up = new QPushButton(tr("Move &up"), this);
    m_up->setObjectName(QStringLiteral("moveUpButton"));
    m_down = new QPushButton(tr("Move &down"), this);
    m_down->setObjectName(QStringLiteral("moveDownButton"));
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    auto *upShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up), m_list);
    connect(upShortcut, &QShortcut::activated, this, [this] { moveCurrent(-1); });
    auto *downShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down), m_list);
    connect(downShortcut, &QShortcut::activated, this, [this] { moveCurrent(1); });
    connect(m_list, &QListWidget::currentRowChanged, this, &DeckDialog::updateButtons);
    connect(m_list, &QListWidget::itemChanged, this, &DeckDialog::updateButtons);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &DeckDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DeckDialog::reject);

    auto *hint = new QLabel(tr("Tick the charts to present and put them in the order you will "
                               "show them."),
                            this);
    hint->setWordWrap(true);
    auto *side = new QVBoxLayout;
    side->addWidget(m_up);
    side->addWidget(m_down);
    side->addStretch(1);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_list, 1);
    middle->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(middle, 1);
    layout->addWidget(buttons);
    resize(480, 420);
    updateButtons();
}

QStringList DeckDialog::chosenDeck() const
{
    QStringList keys;
    QStringList listed;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        const QString key = item->data(keyRole).toString();
        listed.append(key);
        if (item->checkState() == Qt::Checked)
            keys.append(key);
    }
    QStringList defaults;
    const QList<ChartSpec> withData = chartsWithData(m_document->plan(), m_document->summary());
    for (const ChartSpec &spec : withData)
        defaults.append(spec.key());
    return keys == defaults ? QStringList() : keys;
}

void DeckDialog::accept()
{
    const QStringList deck = chosenDeck();
    const bool written =
        m_document->edit(tr("Choose slides"), [deck](Plan &plan) { plan.presentationDeck = deck; });
    if (written)
        QDialog::accept();
}

void DeckDialog::moveCurrent(int by)
{
    const int row = m_list->currentRow();
    const int target = row + by;
    if (row < 0 || target < 0 || target >= m_list->count())
        return;
    QListWidgetItem *item = m_list->takeItem(row);
    m_list->insertItem(target, item);
    m_list->setCurrentRow(target);
    updateButtons();
}

void DeckDialog::updateButtons()
{
    const int row = m_list->currentRow();
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_list->count() - 1);
    bool anyChecked = false;
    for (int i = 0; i < m_list->count() && !anyChecked; ++i)
        anyChecked = m_list->item(i)->checkState() == Qt::Checked;
    m_ok->setEnabled(anyChecked); // a presentation needs at least one slide
}

} // namespace salesplan::ui
