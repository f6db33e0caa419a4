#include "segmentseditor.h"

#include "cells/fieldcolumns.h"
#include "cells/formparts.h"
#include "cells/tableparts.h"
#include "document/plandocument.h"
#include "fieldbinding.h"
#include "plantablemodel.h"
#include "tableeditor.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTableView>
#include <QVBoxLayout>

namespace salesplan::ui {

namespace {

// The table shows a segment's name, customers and tier; the details below it edit the rest.
RowTableModel<Segment> *segmentModel(PlanDocument *document, QObject *parent)
{
    return new RowTableModel<Segment>(
        document, Section::Segments,
        [](const Plan &plan) -> const QList<Segment> & { return plan.segments; },
        [](Plan &plan) -> QList<Segment> & { return plan.segments; },
        fieldColumns<Segment>(document, {u"name", u"type", u"tier"}),
        [](RowIdSource &ids) {
            Segment row;
            row.id = ids.take();
            return row;
        },
        parent);
}

QString characteristicsHint(CustomerType type)
{
    return type == CustomerType::Business
               ? SegmentsEditor::tr("Industry, registered capital, number of employees, region")
               : SegmentsEditor::tr("Age, income, occupation, city");
}

} // namespace

QStringList SegmentsEditor::parseTags(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;，；、]"));
    QStringList tags;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty())
            tags.append(tag);
    }
    return tags;
}

SegmentsEditor::SegmentsEditor(PlanDocument *document, QWidget *parent)
    : SectionEditor(document, Section::Segments, parent)
{
    setGuidance(tr(
        "<p>Start from the customers who already pay you and look for what they share. "
        "Describe each segment so that a new rep would recognise one: for companies the "
        "industry, registered capital and headcount; for consumers age, income and "
        "occupation. Add tags that round out the picture, the problem they struggle with and "
        "the goal it keeps them from.</p>"
        "<p>Give every segment a tier and a way of selling to it: <b>strategic</b> (few, large, "
        "long-term: senior people and tailored offers), <b>profit</b> (today's revenue: a "
        "standard offer and an efficient process), <b>nurture</b> (small now but growing: "
        "low-cost coverage), <b>maintain</b> (existing customers: renewals and upsell). For "
        "example: <i>large manufacturers, 1,000+ employees; sales data scattered across "
        "divisions; goal: one forecast a month; strategic: the director leads a pilot.</i></p>"));

    m_table = new TableEditor(segmentModel(document, this), QStringLiteral("segments"),
                              tr("Customer segments"), this);
    QTableView *view = m_table->view();
    fitTableToRows(view, 3, 1, 8);

    auto *heading = new QLabel(tr("&Segments:"), this);
    heading->setBuddy(view);

    m_details = new QGroupBox(this);
    m_details->setObjectName(QStringLiteral("segments.details"));
    auto *form = new QFormLayout(m_details);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_characteristics = multiLineEdit(2, characteristicsHint(CustomerType::Business), m_details);
    bindDetail(m_characteristics, &Segment::characteristics, QStringLiteral("characteristics"),
               tr("Edit segment characteristics"));
    addFormRow(form, tr("C&haracteristics:"), m_characteristics, m_characteristics,
               tr("Segment characteristics"));

    m_attributes = new QLineEdit(m_details);
    m_attributes->setObjectName(QStringLiteral("segments.attributes"));
    m_attributes->setPlaceholderText(tr("Tags separated by commas, e.g. price-sensitive, buys "
                                        "online, long decision chain"));
    connect(m_attributes, &QLineEdit::textEdited, this, [this](const QString &text) {
        const QStringList tags = parseTags(text);
        editCurrent(QStringLiteral("attributes"), tr("Edit segment attributes"),
                    [&](Segment &segment) { segment.attributes = tags; });
    });
    addFormRow(form, tr("&Attributes:"), m_attributes, m_attributes,
               tr("Segment attributes, separated by commas"));

    m_challenges = multiLineEdit(2,
                                 tr("What problem do they struggle with, and what does it cost "
                                    "them?"),
                                 m_details);
    bindDetail(m_challenges, &Segment::challenges, QStringLiteral("challenges"),
               tr("Edit segment challenges"));
    addFormRow(form, tr("Cha&llenges:"), m_challenges, m_challenges, tr("Segment challenges"));

    m_goals = multiLineEdit(2, tr("What do they want to achieve, and why does it matter to them?"),
                            m_details);
    bindDetail(m_goals, &Segment::goals, QStringLiteral("goals"), tr("Edit segment goals"));
    addFormRow(form, tr("G&oals:"), m_goals, m_goals, tr("Segment goals"));

    m_strategy =
        multiLineEdit(2, tr("How you sell to this tier: who covers it, what you offer"), m_details);
    bindDetail(m_strategy, &Segment::strategy, QStringLiteral("strategy"),
               tr("Edit segment strategy"));
    addFormRow(form, tr("St&rategy:"), m_strategy, m_strategy, tr("Segment strategy"));

    contentLayout()->addWidget(heading);
    contentLayout()->addWidget(m_table, 1);
    contentLayout()->addSpacing(8);
    contentLayout()->addWidget(m_details);

    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SegmentsEditor::onCurrentChanged);
    connect(m_table->model(), &QAbstractItemModel::modelReset, this, &SegmentsEditor::onModelReset);
    connect(document, &PlanDocument::changed, this, [this](PlanChanges changes) {
        if (changes.testFlag(PlanPart::Segments))
            showDetails();
    });

    if (m_table->model()->rowCount() > 0)
        view->setCurrentIndex(m_table->model()->index(0, 0));
    showDetails();
}

const Segment *SegmentsEditor::currentSegment() const
{
    for (const Segment &segment : document()->plan().segments) {
        if (segment.id == m_currentId)
            return &segment;
    }
    return nullptr;
}

void SegmentsEditor::onCurrentChanged()
{
    const QModelIndex current = m_table->view()->currentIndex();
    const QList<Segment> &segments = document()->plan().segments;
    m_currentRow = current.isValid() ? current.row() : -1;
    m_currentId =
        m_currentRow >= 0 && m_currentRow < segments.size() ? segments.at(m_currentRow).id : 0;
    showDetails();
}

void SegmentsEditor::onModelReset()
{
    // A reset (rows added, removed, undone) forgets the current row: find the segment again by
    // its id, or stay near where it was.
    const QList<Segment> &segments = document()->plan().segments;
    int row = -1;
    for (int i = 0; i < segments.size(); ++i) {
        if (segments.at(i).id == m_currentId)
            row = i;
    }
    if (row < 0 && !segments.isEmpty())
        row = qBound(0, m_currentRow, int(segments.size()) - 1);
    if (row >= 0)
        m_table->view()->setCurrentIndex(m_table->model()->index(row, 0));
    onCurrentChanged();
}

void SegmentsEditor::showDetails()
{
    const Segment *segment = currentSegment();
    m_showing = true;
    const auto show = [](QPlainTextEdit *editor, const QString &text) {
        if (editor->toPlainText() != text)
            editor->setPlainText(text);
    };
    const Segment empty;
    const Segment &shown = segment ? *segment : empty;
    show(m_characteristics, shown.characteristics);
    show(m_challenges, shown.challenges);
    show(m_goals, shown.goals);
    show(m_strategy, shown.strategy);
    // The line may hold a trailing comma being typed: only replace text that says otherwise.
    if (parseTags(m_attributes->text()) != shown.attributes)
        m_attributes->setText(shown.attributes.join(tr(", ", "between attribute tags")));
    m_characteristics->setPlaceholderText(characteristicsHint(shown.type));
    m_showing = false;

    m_details->setEnabled(segment != nullptr);
    if (!segment) {
        m_details->setTitle(tr("Segment details: add or choose a segment above"));
    } else {
        const QString name = segment->name.isEmpty() ? tr("(no name yet)") : segment->name;
        m_details->setTitle(tr("Details of the segment “%1”").arg(name));
    }
}

void SegmentsEditor::bindDetail(QPlainTextEdit *editor, QString Segment::*member,
                                const QString &field, const QString &undoText)
{
    editor->setObjectName(QStringLiteral("segments.") + field);
    connect(editor, &QPlainTextEdit::textChanged, this, [this, editor, member, field, undoText] {
        if (m_showing)
            return;
        const QString text = editor->toPlainText();
        editCurrent(field, undoText, [&](Segment &segment) { segment.*member = text; });
    });
}

void SegmentsEditor::editCurrent(const QString &field, const QString &undoText,
                                 const std::function<void(Segment &)> &change)
{
    const RowId id = m_currentId;
    if (m_showing || id == 0)
        return;
    document()->edit(
        undoText,
        [&](Plan &plan) {
            for (Segment &segment : plan.segments) {
                if (segment.id == id)
                    change(segment);
            }
        },
        mergeKeyFor(QStringLiteral("segments.%1.%2").arg(id).arg(field)));
}

} // namespace salesplan::ui
