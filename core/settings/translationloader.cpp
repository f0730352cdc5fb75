// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "translationloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

TranslationLoader::TranslationLoader() = default;

TranslationLoader::~TranslationLoader()
{
    remove();
}

QStringList TranslationLoader::bundledLanguages()
{
    return {QStringLiteral("de"), QStringLiteral("fr")};
}

QString TranslationLoader::resolve(const QString &setting, const QStringList &uiLanguages)
{
    const QString english = QStringLiteral("en");
    if (setting == english || bundledLanguages().contains(setting))
        return setting;
    // The system lists the user's languages by preference; one Rightsize lacks (say Spanish before
    // German) is skipped rather than dropping straight to English, and English listed before a
    // translated language wins, as the user asked for it first.
    for (const QString &tag : uiLanguages) {
        const QString primary = tag.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (primary == english || bundledLanguages().contains(primary))
            return primary;
    }
    return english;
}

QString TranslationLoader::installFor(const QString &setting)
{
    install(resolve(setting, QLocale::system().uiLanguages()));
    return m_language;
}

bool TranslationLoader::install(const QString &language)
{
    remove();
    if (language == QLatin1String("en"))
        return true;
    if (!bundledLanguages().contains(language))
        return false;
    auto rightsize = std::make_unique<QTranslator>();
    if (!rightsize->load(QStringLiteral(":/i18n/rightsize_%1.qm").arg(language)))
        return false;
    QCoreApplication::installTranslator(rightsize.get());
    m_rightsize = std::move(rightsize);
    m_language = language;
    // Qt's own strings (the buttons of message boxes, file dialogs) come from the system's Qt
    // translations, which a minimal installation may lack; Rightsize's texts do not depend on them.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    }
    return true;
}

void TranslationLoader::remove()
{
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    if (m_rightsize)
        QCoreApplication::removeTranslator(m_rightsize.get());
    m_qt.reset();
    m_rightsize.reset();
    m_language = QStringLiteral("en");
}
