#pragma once

#include "plan/plan.h"

#include <QWidget>

class QVBoxLayout;

namespace salesplan::ui {

class GuidancePanel;
class PlanDocument;

// The base of the seven section editors, used alike by the wizard's pages and the main window.
// It lays out the section's title, its collapsible guidance and a scrolling form below; the
// subclass fills contentLayout() with fields bound to the document.
class SectionEditor : public QWidget
{
    Q_OBJECT
public:
    SectionEditor(PlanDocument *document, Section section, QWidget *parent = nullptr);

    Section section() const { return m_section; }
    PlanDocument *document() const { return m_document; }

    // Moves the keyboard focus to the field with this key (e.g. "mission.mission", the key a
    // Finding names), or to a table's column by the table's key and the field's
    // ("mission.competitors.kind"); false when the editor has no such field.
    virtual bool focusField(const QString &fieldKey);

protected:
    QVBoxLayout *contentLayout() const { return m_content; }
    // The section's advice: what a good answer looks like, with an example. Rich text.
    void setGuidance(const QString &html);

private:
    PlanDocument *m_document;
    Section m_section;
    GuidancePanel *m_guidance = nullptr;
    QVBoxLayout *m_content = nullptr;
};

} // namespace salesplan::ui
