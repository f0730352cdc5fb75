// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "catalog/catalogdiff.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

/// Shows what an import or a price update would change before anything is written: models added,
/// removed, with new prices (old → new) and otherwise changed, computed by diffCatalogs().
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    /// `before` is the catalog in use, `after` what it would become (or the imported catalog).
    ImportPreviewDialog(const Catalog &before, const Catalog &after, QWidget *parent = nullptr);

    const CatalogDiff &diff() const { return m_diff; }
    /// A line under the summary, e.g. how many fetched models the catalog does not list.
    void setNote(const QString &note);
    /// Text of the button that applies the change, e.g. "Import" or "Apply new prices".
    void setApplyText(const QString &text);
    /// Asks for the name the import is kept under; OK is refused while `isValid` rejects it.
    void askForCatalogName(const QString &suggested, const std::function<QString(const QString &)> &problemWithName);
    QString catalogName() const;

    /// The groups and rows as text, "Added (1)\n  new-mini …", for tests and screenshots.
    QString dump() const;

private:
    void validateName();

    CatalogDiff m_diff;
    QLabel *m_summary = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameProblem = nullptr;
    QTreeWidget *m_tree = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    std::function<QString(const QString &)> m_problemWithName;
};
