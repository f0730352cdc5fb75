// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include <QDialog>

struct Catalog;
struct ModelSpec;
class QPushButton;

/// One catalog model, read only, as a person reads it: prices in dollars, sizes and latencies with
/// their units, every score with its source and date, unknown values said to be unknown. What a
/// double-click on the Catalog shows, so that looking never edits by accident; Edit… asks for the
/// form explicitly.
class ModelDetailsDialog : public QDialog
{
    Q_OBJECT
public:
    /// `editable`: whether the catalog accepts edits (Edit… is disabled otherwise).
    ModelDetailsDialog(const Catalog &catalog, const ModelSpec &model, bool editable, QWidget *parent = nullptr);

    /// The text of the row labelled by `objectName` (e.g. "inputPrice"), for tests.
    QString fieldText(const QString &objectName) const;
    QPushButton *editButton() const { return m_edit; }

signals:
    /// The user asked to edit the model; the dialog has closed.
    void editRequested();

private:
    QPushButton *m_edit = nullptr;
};
