// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "importpreviewdialog.h"

#include "common/money.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum Column { ModelColumn, ProviderColumn, InputColumn, OutputColumn, ColumnCount };

QString priceChange(double before, double after)
{
    if (before == after)
        return formatUsd(after);
    const double percent = before > 0.0 ? (after - before) / before * 100.0 : 0.0;
    if (before > 0.0)
        return ImportPreviewDialog::tr("%1 → %2 (%3%4 %)")
            .arg(formatUsd(before), formatUsd(after), percent > 0 ? QStringLiteral("+") : QString(),
                 QLocale().toString(percent, 'f', 0));
    return ImportPreviewDialog::tr("%1 → %2").arg(formatUsd(before), formatUsd(after));
}

QTreeWidgetItem *group(QTreeWidget *tree, const QString &title, const QString &objectName)
{
    auto *item = new QTreeWidgetItem(tree, {title});
    item->setData(0, Qt::UserRole, objectName);
    QFont font = item->font(0);
    font.setBold(true);
    item->setFont(0, font);
    item->setFirstColumnSpanned(true);
    return item;
}

void modelRow(QTreeWidgetItem *parent, const ModelSpec &m)
{
    new QTreeWidgetItem(parent,
                        {m.displayName == m.id ? m.id : ImportPreviewDialog::tr("%1 (%2)").arg(m.displayName, m.id),
                         m.provider, formatUsd(m.inputPricePerMTok), formatUsd(m.outputPricePerMTok)});
}

} // namespace

ImportPreviewDialog::ImportPreviewDialog(const Catalog &before, const Catalog &after, QWidget *parent)
    : QDialog(parent)
    , m_diff(diffCatalogs(before, after))
{
    setObjectName(QStringLiteral("importPreviewDialog"));
    setWindowTitle(tr("Preview of the changes"));

    auto *heading = new QLabel(tr("<b>%1</b> (%2, %3 models) → <b>%4</b> (%5, %6 models)")
                                   .arg(before.name.toHtmlEscaped(), before.date.toString(Qt::ISODate))
                                   .arg(before.models.size())
                                   .arg(after.name.toHtmlEscaped(), after.date.toString(Qt::ISODate))
                                   .arg(after.models.size()),
                               this);
    heading->setObjectName(QStringLiteral("previewHeading"));
    m_summary = new QLabel(m_diff.isEmpty() ? tr("No model changes.") : m_diff.summary(), this);
    m_summary->setObjectName(QStringLiteral("previewSummary"));
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("previewNote"));
    m_note->setWordWrap(true);
    m_note->hide();

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("diffTree"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Model"), tr("Provider"), tr("Input $/1M"), tr("Output $/1M")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(ModelColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(ProviderColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(InputColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(OutputColumn, QHeaderView::ResizeToContents);

    if (!m_diff.priceChanges.isEmpty()) {
        QTreeWidgetItem *g =
            group(m_tree, tr("New prices (%1)").arg(m_diff.priceChanges.size()), QStringLiteral("prices"));
        for (const PriceChange &c : std::as_const(m_diff.priceChanges)) {
            const ModelSpec *m = after.findModel(c.id);
            new QTreeWidgetItem(g,
                                {c.displayName == c.id ? c.id : tr("%1 (%2)").arg(c.displayName, c.id),
                                 m ? m->provider : QString(), priceChange(c.oldInputPerMTok, c.newInputPerMTok),
                                 priceChange(c.oldOutputPerMTok, c.newOutputPerMTok)});
        }
    }
    if (!m_diff.added.isEmpty()) {
        QTreeWidgetItem *g = group(m_tree, tr("Added (%1)").arg(m_diff.added.size()), QStringLiteral("added"));
        for (const ModelSpec &m : std::as_const(m_diff.added))
            modelRow(g, m);
    }
    if (!m_diff.removed.isEmpty()) {
        QTreeWidgetItem *g = group(m_tree, tr("Removed (%1)").arg(m_diff.removed.size()), QStringLiteral("removed"));
        for (const ModelSpec &m : std::as_const(m_diff.removed))
            modelRow(g, m);
    }
    if (!m_diff.otherChanges.isEmpty()) {
        QTreeWidgetItem *g =
            group(m_tree, tr("Other changes: limits, scores, details (%1)").arg(m_diff.otherChanges.size()),
                  QStringLiteral("other"));
        for (const QString &id : std::as_const(m_diff.otherChanges)) {
            if (const ModelSpec *m = after.findModel(id))
                modelRow(g, *m);
        }
    }
    // Small groups open, long ones closed, so that every group heading stays in view.
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *g = m_tree->topLevelItem(i);
        g->setExpanded(g->childCount() <= 50 || m_tree->topLevelItemCount() == 1);
    }

    m_nameLabel = new QLabel(tr("Keep as &catalog:"), this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("catalogNameEdit"));
    m_nameLabel->setBuddy(m_name);
    m_nameProblem = new QLabel(this);
    m_nameProblem->setObjectName(QStringLiteral("catalogNameProblem"));
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_nameLabel);
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_nameProblem, 1);
    m_nameLabel->hide();
    m_name->hide();
    m_nameProblem->hide();
    connect(m_name, &QLineEdit::textChanged, this, &ImportPreviewDialog::validateName);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("applyButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_note);
    layout->addWidget(m_tree, 1);
    layout->addLayout(nameRow);
    layout->addWidget(m_buttons);
    resize(820, 560);
}

void ImportPreviewDialog::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void ImportPreviewDialog::setApplyText(const QString &text)
{
    m_buttons->button(QDialogButtonBox::Ok)->setText(text);
}

void ImportPreviewDialog::askForCatalogName(const QString &suggested,
                                            const std::function<QString(const QString &)> &problemWithName)
{
    m_problemWithName = problemWithName;
    m_nameLabel->show();
    m_name->show();
    m_nameProblem->show();
    m_name->setText(suggested);
    validateName();
}

QString ImportPreviewDialog::catalogName() const
{
    return m_name->text().trimmed();
}

void ImportPreviewDialog::validateName()
{
    const QString problem = m_problemWithName ? m_problemWithName(catalogName()) : QString();
    m_nameProblem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

QString ImportPreviewDialog::dump() const
{
    QStringList lines;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *g = m_tree->topLevelItem(i);
        lines.append(g->text(0));
        for (int c = 0; c < g->childCount(); ++c) {
            const QTreeWidgetItem *row = g->child(c);
            lines.append(
                QStringLiteral("  %1 | %2 | %3 | %4").arg(row->text(0), row->text(1), row->text(2), row->text(3)));
        }
    }
    return lines.join(QLatin1Char('\n'));
}
