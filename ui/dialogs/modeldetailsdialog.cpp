// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "modeldetailsdialog.h"

#include "catalog/catalog.h"
#include "common/money.h"
#include "common/numberformat.h"
#include "models/scoretext.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace {

QString unknown()
{
    return ModelDetailsDialog::tr("unknown");
}

QString trimmed(double value, int maxDecimals)
{
    return QLocale().toString(std::round(value * std::pow(10.0, maxDecimals)) / std::pow(10.0, maxDecimals), 'f',
                              QLocale::FloatingPointShortest);
}

} // namespace

ModelDetailsDialog::ModelDetailsDialog(const Catalog &catalog, const ModelSpec &model, bool editable, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("modelDetailsDialog"));
    setWindowTitle(tr("Model %1").arg(model.displayName.isEmpty() ? model.id : model.displayName));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto row = [this, form](const QString &label, const QString &objectName, const QString &text) {
        auto *value = new QLabel(text, this);
        value->setObjectName(objectName);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(label, value);
    };

    row(tr("Id:"), QStringLiteral("id"), model.id);
    row(tr("Name:"), QStringLiteral("name"), model.displayName.isEmpty() ? model.id : model.displayName);
    row(tr("Provider:"), QStringLiteral("provider"), model.provider.isEmpty() ? unknown() : model.provider);
    row(tr("Tier:"), QStringLiteral("tier"),
        model.parameterCountB
            ? tr("%1, %2 B parameters").arg(tierDisplayName(model.tier), trimmed(*model.parameterCountB, 1))
            : tr("%1, parameter count not published").arg(tierDisplayName(model.tier)));

    // An API price of $0 for both directions is a catalog placeholder, not a free model.
    const bool apiPriced = model.inputPricePerMTok > 0 || model.outputPricePerMTok > 0;
    const auto perMillion = [&](double price) {
        return apiPriced           ? tr("%1 per 1M tokens").arg(formatUsd(price))
            : model.isSelfHosted() ? tr("none (self-hosted)")
                                   : unknown();
    };
    row(tr("Input price:"), QStringLiteral("inputPrice"), perMillion(model.inputPricePerMTok));
    row(tr("Output price:"), QStringLiteral("outputPrice"), perMillion(model.outputPricePerMTok));
    row(tr("Self-hosted:"), QStringLiteral("selfHosted"),
        model.selfHostedPerHour ? tr("%1 per GPU hour").arg(formatUsd(*model.selfHostedPerHour)) : tr("not offered"));
    row(tr("Typical latency:"), QStringLiteral("latency"),
        model.typicalLatencyMs ? tr("%1 ms").arg(NumberFormat::localised(*model.typicalLatencyMs)) : unknown());
    row(tr("Context window:"), QStringLiteral("context"),
        model.contextWindow ? tr("%1 tokens").arg(QLocale().toString(*model.contextWindow)) : unknown());
    row(tr("Max output:"), QStringLiteral("maxOutput"),
        model.maxOutputTokens ? tr("%1 tokens").arg(QLocale().toString(*model.maxOutputTokens)) : unknown());
    row(tr("Capabilities:"), QStringLiteral("capabilities"),
        model.capabilities.isEmpty() ? tr("none listed") : model.capabilities.join(QStringLiteral(", ")));
    row(tr("Weights:"), QStringLiteral("weights"), model.openWeights ? tr("open") : tr("closed"));

    for (const BenchmarkInfo &b : catalog.benchmarks) {
        const QualityScore *s = model.score(b.id);
        QString text = tr("no published score");
        if (s) {
            const QString date = s->date.isValid() ? s->date.toString(Qt::ISODate) : unknown();
            text = tr("%1 (%2, %3)").arg(scoreText(b, s->value), s->source.isEmpty() ? b.source : s->source, date);
        }
        row(tr("%1:").arg(b.name), QStringLiteral("score_%1").arg(b.id), text);
    }
    row(tr("From:"), QStringLiteral("provenance"),
        model.provenance.date.isValid()
            ? tr("%1 catalog of %2 (%3)")
                  .arg(model.provenance.catalog, model.provenance.date.toString(Qt::ISODate),
                       model.provenance.origin.isEmpty() ? unknown() : model.provenance.origin)
            : model.provenance.catalog);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_edit = buttons->addButton(tr("&Edit…"), QDialogButtonBox::ActionRole);
    m_edit->setObjectName(QStringLiteral("editButton"));
    m_edit->setEnabled(editable);
    if (!editable)
        m_edit->setToolTip(tr("This catalog cannot be edited here."));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        accept();
        emit editRequested();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

QString ModelDetailsDialog::fieldText(const QString &objectName) const
{
    const auto *label = findChild<QLabel *>(objectName);
    return label ? label->text() : QString();
}
