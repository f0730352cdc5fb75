// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "catalog/catalog.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

/// A form for one catalog model: every ModelSpec field, scores per benchmark of the catalog with
/// source and date. OK stays disabled, with the reason shown, while the entry is invalid (an
/// empty or duplicate id, an unreadable score or date).
class ModelEditDialog : public QDialog
{
    Q_OBJECT
public:
    /// `takenIds` are the ids other models of the catalog already use.
    ModelEditDialog(const Catalog &catalog, const ModelSpec &model, const QStringList &takenIds,
                    QWidget *parent = nullptr);

    /// The entry as edited; provenance as given to the constructor.
    ModelSpec model() const;
    /// Empty when the entry can be saved, else why not.
    QString validationError() const;

private:
    void validate();

    const Catalog &m_catalog;
    ModelSpec m_original;
    QStringList m_takenIds;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_provider = nullptr;
    QComboBox *m_tier = nullptr;
    QDoubleSpinBox *m_parameters = nullptr;
    QDoubleSpinBox *m_inputPrice = nullptr;
    QDoubleSpinBox *m_outputPrice = nullptr;
    QDoubleSpinBox *m_selfHosted = nullptr;
    QDoubleSpinBox *m_latency = nullptr;
    QSpinBox *m_context = nullptr;
    QSpinBox *m_maxOutput = nullptr;
    QLineEdit *m_capabilities = nullptr;
    QCheckBox *m_openWeights = nullptr;
    QTableWidget *m_quality = nullptr;
    QStringList m_shownScores; ///< each benchmark row's score as first shown; empty for none
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
