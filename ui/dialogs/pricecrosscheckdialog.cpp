// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "pricecrosscheckdialog.h"

#include "catalog/catalogdiff.h"
#include "models/pricecrosschecktablemodel.h"
#include "widgets/columnsizing.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace {
QString describe(const QString &letter, const Catalog &c)
{
    const QString date = c.date.isValid() ? c.date.toString(Qt::ISODate) : PriceCrossCheckDialog::tr("undated");
    return PriceCrossCheckDialog::tr("<b>%1</b>: %2 (%3, %4 models)")
        .arg(letter, c.name.toHtmlEscaped(), date, QString::number(c.models.size()));
}
} // namespace

PriceCrossCheckDialog::PriceCrossCheckDialog(const Catalog &a, const Catalog &b, QWidget *parent)
    : QDialog(parent)
    , m_a(a)
    , m_b(b)
{
    setObjectName(QStringLiteral("priceCrossCheckDialog"));
    setWindowTitle(tr("Cross-check prices: %1 and %2").arg(a.name, b.name));

    auto *heading =
        new QLabel(tr("%1<br>%2").arg(describe(QStringLiteral("A"), a), describe(QStringLiteral("B"), b)), this);
    heading->setObjectName(QStringLiteral("crossCheckHeading"));
    heading->setTextFormat(Qt::RichText);
    auto *rule = new QLabel(tr("Models are matched by id, else by name without provider, date and variant "
                               "(gpt-4o-mini = openai/gpt-4o-mini)."),
                            this);
    rule->setWordWrap(true);

    m_threshold = new QDoubleSpinBox(this);
    m_threshold->setObjectName(QStringLiteral("thresholdSpin"));
    m_threshold->setRange(0.0, 1000.0);
    m_threshold->setDecimals(1);
    m_threshold->setSuffix(tr(" %"));
    m_threshold->setValue(kDefaultCrossCheckThresholdPercent);
    m_threshold->setToolTip(tr("List models whose input or output price differs by more than this, in % of the "
                               "lower price"));
    auto *thresholdLabel = new QLabel(tr("&Differ by more than:"), this);
    thresholdLabel->setBuddy(m_threshold);
    auto *thresholdRow = new QHBoxLayout;
    thresholdRow->addWidget(thresholdLabel);
    thresholdRow->addWidget(m_threshold);
    thresholdRow->addStretch(1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("crossCheckSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_model = new PriceCrossCheckTableModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("crossCheckTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("crossCheckEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(rule);
    layout->addLayout(thresholdRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(1000, 520);

    connect(m_threshold, &QDoubleSpinBox::valueChanged, this, &PriceCrossCheckDialog::recompute);
    recompute();
}

void PriceCrossCheckDialog::recompute()
{
    const PriceCrossCheck check = crossCheckPrices(m_a, m_b, m_threshold->value());
    m_model->setCheck(check, m_a.name, m_b.name);
    m_summary->setText(check.summary());
    const bool empty = m_model->rowCount() == 0;
    if (empty)
        m_empty->setText(check.matched() == 0
                             ? tr("The two catalogs have no model in common.")
                             : tr("No model is priced more than %1 apart.")
                                   .arg(m_threshold->textFromValue(m_threshold->value()) + m_threshold->suffix()));
    m_empty->setVisible(empty);
    m_view->setVisible(!empty);
    resizeColumnsToContents(m_view);
}

QString PriceCrossCheckDialog::summaryText() const
{
    return m_summary->text();
}
