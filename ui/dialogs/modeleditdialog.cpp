// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "modeleditdialog.h"

#include "models/scoretext.h"
#include "widgets/trimmedspinbox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <climits>

namespace {

enum QualityColumn { ValueColumn, SourceColumn, DateColumn };

/// Optional numbers use the spin box minimum as "unknown", shown as a dash. `shownDecimals` is the
/// least a value is shown with (2 for prices, 0 for counts); `decimals` how precisely it is kept.
QDoubleSpinBox *optionalDouble(QWidget *parent, const QString &objectName, double max, int decimals,
                               const QString &suffix, const std::optional<double> &value, int shownDecimals = 0)
{
    auto *spin = new TrimmedDoubleSpinBox(shownDecimals, parent);
    spin->setObjectName(objectName);
    spin->setRange(0.0, max);
    spin->setDecimals(decimals);
    spin->setSuffix(suffix);
    spin->setSpecialValueText(QStringLiteral("—"));
    spin->setValue(value.value_or(0.0));
    return spin;
}

QSpinBox *optionalCount(QWidget *parent, const QString &objectName, const std::optional<int> &value)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(objectName);
    spin->setRange(0, INT_MAX);
    spin->setGroupSeparatorShown(true);
    spin->setSpecialValueText(QStringLiteral("—"));
    spin->setValue(value.value_or(0));
    return spin;
}

std::optional<double> optionalValue(const QDoubleSpinBox *spin)
{
    return spin->value() > spin->minimum() ? std::optional<double>(spin->value()) : std::nullopt;
}

std::optional<int> optionalValue(const QSpinBox *spin)
{
    return spin->value() > spin->minimum() ? std::optional<int>(spin->value()) : std::nullopt;
}

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

ModelEditDialog::ModelEditDialog(const Catalog &catalog, const ModelSpec &model, const QStringList &takenIds,
                                 QWidget *parent)
    : QDialog(parent)
    , m_catalog(catalog)
    , m_original(model)
    , m_takenIds(takenIds)
{
    setObjectName(QStringLiteral("modelEditDialog"));
    setWindowTitle(model.id.isEmpty() ? tr("Add model") : tr("Edit model %1").arg(model.id));

    auto *form = new QFormLayout;
    m_id = new QLineEdit(model.id, this);
    m_id->setObjectName(QStringLiteral("idEdit"));
    m_id->setPlaceholderText(tr("unique, e.g. the provider's model name"));
    form->addRow(tr("&Id:"), m_id);
    m_name = new QLineEdit(model.displayName, this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("shown in tables and charts; the id when empty"));
    form->addRow(tr("&Name:"), m_name);

    m_provider = new QComboBox(this);
    m_provider->setObjectName(QStringLiteral("providerEdit"));
    m_provider->setEditable(true);
    QStringList providers;
    for (const ModelSpec &m : catalog.models) {
        if (!m.provider.isEmpty() && !providers.contains(m.provider))
            providers.append(m.provider);
    }
    providers.sort(Qt::CaseInsensitive);
    m_provider->addItems(providers);
    m_provider->setCurrentText(model.provider);
    form->addRow(tr("&Provider:"), m_provider);

    m_tier = new QComboBox(this);
    m_tier->setObjectName(QStringLiteral("tierEdit"));
    for (Tier t : allTiers)
        m_tier->addItem(tierDisplayName(t), tierId(t));
    m_tier->setCurrentIndex(m_tier->findData(tierId(model.tier)));
    form->addRow(tr("&Tier:"), m_tier);

    m_parameters = optionalDouble(this, QStringLiteral("parametersEdit"), 100000, 3, tr(" B"), model.parameterCountB);
    m_parameters->setToolTip(tr("Billions of parameters; — when not published"));
    form->addRow(tr("P&arameters:"), m_parameters);
    m_inputPrice = optionalDouble(this, QStringLiteral("inputPriceEdit"), 100000, 6, {}, model.inputPricePerMTok, 2);
    m_inputPrice->setSpecialValueText(QString());
    m_inputPrice->setPrefix(QStringLiteral("$"));
    form->addRow(tr("&Input price per 1M tokens:"), m_inputPrice);
    m_outputPrice = optionalDouble(this, QStringLiteral("outputPriceEdit"), 100000, 6, {}, model.outputPricePerMTok, 2);
    m_outputPrice->setSpecialValueText(QString());
    m_outputPrice->setPrefix(QStringLiteral("$"));
    form->addRow(tr("&Output price per 1M tokens:"), m_outputPrice);
    m_selfHosted =
        optionalDouble(this, QStringLiteral("selfHostedEdit"), 10000, 2, tr(" $/GPU hour"), model.selfHostedPerHour, 2);
    m_selfHosted->setToolTip(tr("Rental price per GPU hour when you host the model yourself; — for API-only models"));
    form->addRow(tr("&Self-hosted:"), m_selfHosted);
    m_latency = optionalDouble(this, QStringLiteral("latencyEdit"), 600000, 1, tr(" ms"), model.typicalLatencyMs);
    form->addRow(tr("Typical &latency:"), m_latency);
    m_context = optionalCount(this, QStringLiteral("contextEdit"), model.contextWindow);
    form->addRow(tr("&Context window:"), m_context);
    m_maxOutput = optionalCount(this, QStringLiteral("maxOutputEdit"), model.maxOutputTokens);
    form->addRow(tr("&Max output tokens:"), m_maxOutput);
    m_capabilities = new QLineEdit(model.capabilities.join(QStringLiteral(", ")), this);
    m_capabilities->setObjectName(QStringLiteral("capabilitiesEdit"));
    m_capabilities->setPlaceholderText(tr("comma-separated, e.g. vision, function_calling, reasoning"));
    form->addRow(tr("Capa&bilities:"), m_capabilities);
    m_openWeights = new QCheckBox(tr("Open &weights"), this);
    m_openWeights->setObjectName(QStringLiteral("openWeightsEdit"));
    m_openWeights->setChecked(model.openWeights);
    form->addRow(QString(), m_openWeights);

    m_quality = new QTableWidget(int(catalog.benchmarks.size()), 3, this);
    m_quality->setObjectName(QStringLiteral("qualityEdit"));
    m_quality->setHorizontalHeaderLabels({tr("Score"), tr("Source"), tr("Date (YYYY-MM-DD)")});
    m_quality->horizontalHeader()->setSectionResizeMode(SourceColumn, QHeaderView::Stretch);
    for (int row = 0; row < catalog.benchmarks.size(); ++row) {
        const BenchmarkInfo &b = catalog.benchmarks.at(row);
        auto *header = new QTableWidgetItem(b.name);
        header->setToolTip(b.kind == ScoreKind::Rating ? tr("A rating, e.g. 1250")
                                                       : tr("An accuracy up to %1").arg(b.scaleMax));
        m_quality->setVerticalHeaderItem(row, header);
        const QualityScore *s = model.score(b.id);
        // Shown as people read it; an untouched cell keeps the stored value's full precision (model()).
        m_shownScores.append(s ? scoreText(b, s->value) : QString());
        m_quality->setItem(row, ValueColumn, new QTableWidgetItem(m_shownScores.constLast()));
        m_quality->setItem(row, SourceColumn, new QTableWidgetItem(s ? s->source : QString()));
        m_quality->setItem(row, DateColumn,
                           new QTableWidgetItem(s && s->date.isValid() ? s->date.toString(Qt::ISODate) : QString()));
    }
    m_quality->setMinimumHeight(m_quality->verticalHeader()->defaultSectionSize() * 4);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("validationError"));
    m_error->setWordWrap(true);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    m_error->setPalette(palette);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Quality scores (leave the score empty for none):"), this));
    layout->addWidget(m_quality, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_id, &QLineEdit::textChanged, this, &ModelEditDialog::validate);
    connect(m_quality, &QTableWidget::itemChanged, this, &ModelEditDialog::validate);
    validate();
    resize(620, 720);
}

QString ModelEditDialog::validationError() const
{
    const QString id = m_id->text().trimmed();
    if (id.isEmpty())
        return tr("The id must not be empty.");
    if (m_takenIds.contains(id))
        return tr("Another model of this catalog already has the id “%1”.").arg(id);
    for (int row = 0; row < m_quality->rowCount(); ++row) {
        const QString name = m_catalog.benchmarks.at(row).name;
        const QString value = cellText(m_quality, row, ValueColumn);
        bool ok = true;
        if (!value.isEmpty()) {
            QLocale::c().toDouble(value, &ok);
            if (!ok)
                QLocale().toDouble(value, &ok);
        }
        if (!ok)
            return tr("The %1 score “%2” is not a number.").arg(name, value);
        const QString date = cellText(m_quality, row, DateColumn);
        if (!date.isEmpty() && !QDate::fromString(date, Qt::ISODate).isValid())
            return tr("The %1 date “%2” is not a date like 2026-07-24.").arg(name, date);
    }
    return {};
}

void ModelEditDialog::validate()
{
    const QString error = validationError();
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
}

ModelSpec ModelEditDialog::model() const
{
    ModelSpec m = m_original;
    m.id = m_id->text().trimmed();
    m.displayName = m_name->text().trimmed().isEmpty() ? m.id : m_name->text().trimmed();
    m.provider = m_provider->currentText().trimmed();
    m.tier = tierFromId(m_tier->currentData().toString()).value_or(Tier::Medium);
    // A tier set by hand is the user's statement, no longer a guess from the size or the price.
    if (m.tier != m_original.tier)
        m.tierBasis = TierBasis::Catalog;
    m.parameterCountB = optionalValue(m_parameters);
    if (m.activeParameterCountB && (!m.parameterCountB || *m.activeParameterCountB > *m.parameterCountB))
        m.activeParameterCountB.reset();
    m.inputPricePerMTok = m_inputPrice->value();
    m.outputPricePerMTok = m_outputPrice->value();
    m.selfHostedPerHour = optionalValue(m_selfHosted);
    m.typicalLatencyMs = optionalValue(m_latency);
    m.contextWindow = optionalValue(m_context);
    m.maxOutputTokens = optionalValue(m_maxOutput);
    m.capabilities.clear();
    const QStringList capabilities = m_capabilities->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &c : capabilities) {
        if (!c.trimmed().isEmpty() && !m.capabilities.contains(c.trimmed()))
            m.capabilities.append(c.trimmed());
    }
    m.openWeights = m_openWeights->isChecked();

    // Scores on benchmarks this catalog does not declare are kept as they were: the form cannot show them.
    QList<QualityScore> quality;
    for (const QualityScore &s : std::as_const(m_original.quality)) {
        if (!m_catalog.findBenchmark(s.benchmark))
            quality.append(s);
    }
    for (int row = 0; row < m_quality->rowCount(); ++row) {
        const QString value = cellText(m_quality, row, ValueColumn);
        if (value.isEmpty())
            continue;
        const BenchmarkInfo &benchmark = m_catalog.benchmarks.at(row);
        bool ok = false;
        double v = QLocale::c().toDouble(value, &ok);
        if (!ok)
            v = QLocale().toDouble(value, &ok);
        if (!ok)
            continue;
        if (const QualityScore *original = m_original.score(benchmark.id); original && value == m_shownScores.at(row))
            v = original->value;
        QualityScore score{benchmark.id,
                           v,
                           cellText(m_quality, row, SourceColumn),
                           QDate::fromString(cellText(m_quality, row, DateColumn), Qt::ISODate),
                           {},
                           {}};
        // An unchanged value keeps the interval it came with.
        if (const QualityScore *before = m_original.score(score.benchmark); before && before->value == v) {
            score.low = before->low;
            score.high = before->high;
        }
        quality.append(score);
    }
    // Unchanged scores keep their original order, so an untouched form is no edit.
    QList<QualityScore> ordered;
    for (const QualityScore &s : std::as_const(m_original.quality)) {
        for (const QualityScore &q : std::as_const(quality)) {
            if (q.benchmark == s.benchmark && !ordered.contains(q))
                ordered.append(q);
        }
    }
    for (const QualityScore &q : std::as_const(quality)) {
        if (!ordered.contains(q))
            ordered.append(q);
    }
    m.quality = ordered;
    return m;
}
