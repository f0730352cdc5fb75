// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "pages/evaluations/evalcasestab.h"

#include "models/evalcasetablemodel.h"
#include "widgets/multilinedelegate.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

EvalCasesTab::EvalCasesTab(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("setNameEdit"));
    m_system = new QPlainTextEdit(this);
    m_system->setObjectName(QStringLiteral("systemEdit"));
    m_system->setPlaceholderText(tr("System prompt (optional)"));
    m_system->setMaximumHeight(fontMetrics().lineSpacing() * 3 + 12);
    m_user = new QPlainTextEdit(this);
    m_user->setObjectName(QStringLiteral("templateEdit"));
    m_user->setPlaceholderText(tr("Prompt template, e.g. “Answer briefly: {{question}}” — each {{variable}} is a "
                                  "column of the cases"));
    m_user->setMaximumHeight(fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("S&ystem:"), m_system);
    form->addRow(tr("&Template:"), m_user);
    layout->addLayout(form);

    m_model = new EvalCaseTableModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("caseTable"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new MultiLineDelegate(m_view));
    m_view->setWordWrap(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setToolTip(tr("Assertions: one per line, e.g. “contains: Paris”, “icontains: paris”, “regex: ^\\d+$”, "
                          "“is-json”, “llm-rubric: is polite”; plain text means equals"));
    layout->addWidget(m_view, 1);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("caseError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *row = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add case"), this);
    add->setObjectName(QStringLiteral("addCaseButton"));
    auto *duplicate = new QPushButton(tr("Duplicate"), this);
    duplicate->setObjectName(QStringLiteral("duplicateCaseButton"));
    auto *remove = new QPushButton(tr("Remove"), this);
    remove->setObjectName(QStringLiteral("removeCaseButton"));
    m_save = new QPushButton(tr("Save set"), this);
    m_save->setObjectName(QStringLiteral("saveSetButton"));
    m_save->setToolTip(tr("Save the cases and the template (Ctrl+S)"));
    row->addWidget(add);
    row->addWidget(duplicate);
    row->addWidget(remove);
    row->addStretch(1);
    row->addWidget(m_save);
    layout->addLayout(row);

    connect(add, &QPushButton::clicked, this, &EvalCasesTab::addCase);
    connect(duplicate, &QPushButton::clicked, this, &EvalCasesTab::duplicateCase);
    connect(remove, &QPushButton::clicked, this, &EvalCasesTab::removeCases);
    connect(m_save, &QPushButton::clicked, this, &EvalCasesTab::saveRequested);
    connect(m_system, &QPlainTextEdit::textChanged, this, &EvalCasesTab::templateEdited);
    connect(m_user, &QPlainTextEdit::textChanged, this, &EvalCasesTab::templateEdited);
    connect(m_name, &QLineEdit::textEdited, this, [this] { setDirty(true); });
    connect(m_model, &EvalCaseTableModel::edited, this, [this] {
        m_error->hide();
        setDirty(true);
    });
    connect(m_model, &EvalCaseTableModel::editRefused, this, [this](const QModelIndex &, const QString &problem) {
        m_error->setText(problem);
        m_error->show();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft) { m_view->resizeRowToContents(topLeft.row()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &EvalCasesTab::fitColumns);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
        for (int row = first; row <= last; ++row)
            m_view->resizeRowToContents(row);
    });
}

const EvalSet &EvalCasesTab::set() const
{
    return m_model->set();
}

QString EvalCasesTab::editedName() const
{
    return m_name->text().trimmed();
}

void EvalCasesTab::showSet(const EvalSet &set)
{
    {
        const QSignalBlocker a(m_system), b(m_user);
        if (m_system->toPlainText() != set.prompt.system)
            m_system->setPlainText(set.prompt.system);
        if (m_user->toPlainText() != set.prompt.user)
            m_user->setPlainText(set.prompt.user);
    }
    m_name->setText(set.name);
    m_model->setSet(set);
    m_error->hide();
    setDirty(false);
}

void EvalCasesTab::markSaved(const EvalSet &saved)
{
    m_model->setName(saved.name);
    m_name->setText(saved.name);
    setDirty(false);
}

void EvalCasesTab::setCanSave(bool canSave)
{
    m_canSave = canSave;
    m_save->setEnabled(m_dirty && m_canSave);
}

void EvalCasesTab::focusName()
{
    m_name->setFocus();
    m_name->selectAll();
}

void EvalCasesTab::setDirty(bool dirty)
{
    const bool changed = dirty != m_dirty;
    m_dirty = dirty;
    m_save->setEnabled(m_dirty && m_canSave);
    if (changed)
        emit dirtyChanged(dirty);
}

void EvalCasesTab::fitColumns()
{
    m_view->resizeColumnsToContents();
    const int widest = fontMetrics().horizontalAdvance(QLatin1Char('M')) * 24;
    for (int column = 0; column < m_model->columnCount(); ++column)
        m_view->setColumnWidth(column, std::min(m_view->columnWidth(column), widest));
    m_view->resizeRowsToContents();
}

void EvalCasesTab::templateEdited()
{
    if (m_model->set().name.isEmpty())
        return;
    m_model->setTemplate({m_system->toPlainText(), m_user->toPlainText()});
    setDirty(true);
}

void EvalCasesTab::addCase()
{
    if (m_model->set().name.isEmpty())
        return;
    const QModelIndex added = m_model->index(m_model->addCase(), EvalCaseTableModel::DescriptionColumn);
    m_view->setCurrentIndex(added);
    m_view->edit(added);
}

void EvalCasesTab::duplicateCase()
{
    const int copy = m_model->duplicateCase(m_view->currentIndex().row());
    if (copy >= 0)
        m_view->setCurrentIndex(m_model->index(copy, EvalCaseTableModel::DescriptionColumn));
}

void EvalCasesTab::removeCases()
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows << m_view->currentIndex().row();
    m_model->removeCases(rows);
}
