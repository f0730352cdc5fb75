// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

/// Puts the interface in the user's language: Rightsize's own translation (compiled into the binary
/// as :/i18n/rightsize_<language>.qm) plus Qt's, for the texts of standard dialogs and buttons, when
/// the system has it. Used once at start-up, before the command line or the window produce any
/// text; the translators stay installed for as long as the loader lives.
class TranslationLoader
{
public:
    TranslationLoader();
    ~TranslationLoader();
    TranslationLoader(const TranslationLoader &) = delete;
    TranslationLoader &operator=(const TranslationLoader &) = delete;

    /// Languages with a bundled translation; English, the language of the sources, needs none.
    static QStringList bundledLanguages();
    /// The language to use: the setting when it names one ("en", "de", "fr"); otherwise ("" follows
    /// the system) the first of the system's preferred languages (QLocale::uiLanguages(), e.g.
    /// "de-AT") that Rightsize speaks, English included; English when none matches.
    static QString resolve(const QString &setting, const QStringList &uiLanguages);

    /// Resolves the setting against the system's languages and installs the result.
    QString installFor(const QString &setting);
    /// Installs the translators for `language` in place of any this loader installed before;
    /// "en" removes them. False (and English) when Rightsize has no translation for it.
    bool install(const QString &language);
    /// The language in effect: "en" or one of bundledLanguages().
    QString language() const { return m_language; }
    /// Whether Qt's own translation for the language was found and installed as well.
    bool hasQtTranslation() const { return m_qt != nullptr; }

private:
    void remove();

    QString m_language = QStringLiteral("en");
    std::unique_ptr<QTranslator> m_rightsize;
    std::unique_ptr<QTranslator> m_qt;
};
